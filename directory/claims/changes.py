"""Which fields of a provider a member may propose, how they compare, how they are applied.

Synchronised fields (contact details, capacity and the coded lists) are the same in every
language, so an accepted change reaches every translation of the page. Translatable text
(summary, address, accreditation, and the services' names and descriptions) is applied to
the page in the proposal's language only. Services are matched across languages by their
translation_key: a changed type or capacity, or a removed service, reaches every
translation; a new service is added in the proposal's language only, for the editors to
translate.
"""

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from directory.choices import ServiceType, SpokenLanguage, TargetGroup
from directory.models import ProviderService, ServiceProviderPage
from directory.models.providers import labels

TEXT_FIELDS = ("summary", "address", "accreditation")
SYNCHRONISED_FIELDS = ("phone", "email", "website", "capacity", "languages", "target_groups")
PAGE_FIELDS = (
    "summary",
    "address",
    "phone",
    "email",
    "website",
    "capacity",
    "languages",
    "target_groups",
    "accreditation",
)
SERVICE_FIELDS = ("service_type", "name", "description", "capacity")
SYNCHRONISED_SERVICE_FIELDS = ("service_type", "capacity")
CODE_LISTS = {"languages": SpokenLanguage, "target_groups": TargetGroup}


def field_label(name):
    if name == "services":
        return _("Services")
    return ServiceProviderPage._meta.get_field(name).verbose_name


def ordered_services(page):
    return sorted(
        page.services.all(), key=lambda service: (service.sort_order or 0, service.pk or 0)
    )


def service_values(service):
    values = {name: getattr(service, name) for name in SERVICE_FIELDS}
    values["key"] = str(service.translation_key)
    return values


def current_values(page):
    """The proposable values of a page (pass the latest revision's object for the draft)."""
    values = {name: getattr(page, name) for name in PAGE_FIELDS}
    for name in CODE_LISTS:
        values[name] = list(values[name] or [])
    values["services"] = [service_values(service) for service in ordered_services(page)]
    return values


def normalise(name, value):
    if name in CODE_LISTS:
        return sorted(value or [])
    if name == "services":
        return [{key: item.get(key) for key in ("key", *SERVICE_FIELDS)} for item in value or []]
    return value if value is not None else None


def changed_values(page, proposed):
    """(changes, original): the proposed values that differ from the page, and the page's."""
    current = current_values(page)
    changes, original = {}, {}
    for name, value in proposed.items():
        if normalise(name, value) != normalise(name, current[name]):
            changes[name] = value
            original[name] = current[name]
    return changes, original


def display(name, value):
    """A value as the reviewer reads it: labels for codes, one line per service."""
    if name in CODE_LISTS:
        return ", ".join(str(label) for label in labels(CODE_LISTS[name], value)) or "—"
    if name == "services":
        lines = []
        for item in value or []:
            line = str(dict(ServiceType.choices).get(item.get("service_type"), ""))
            if item.get("name"):
                line += f" – {item['name']}"
            if item.get("capacity") is not None:
                line += f" ({item['capacity']})"
            if item.get("description"):
                line += f": {item['description']}"
            lines.append(line)
        return "\n".join(lines) or "—"
    if value in (None, ""):
        return "—"
    return str(value)


def diff_rows(proposal, page):
    """One row per proposed field: its label, the value now, when proposed, and proposed."""
    current = current_values(page)
    rows = []
    for name in (*PAGE_FIELDS, "services"):
        if name not in proposal.changes:
            continue
        now = current[name]
        rows.append(
            {
                "name": name,
                "label": field_label(name),
                "current": display(name, now),
                "proposed": display(name, proposal.changes[name]),
                "changed_since": normalise(name, now)
                != normalise(name, proposal.original.get(name)),
                "synchronised": name in SYNCHRONISED_FIELDS,
            }
        )
    return rows


def _publish(page, user):
    revision = page.save_revision(user=user, log_action=True)
    if page.live:
        revision.publish(user=user)
    return revision


def _apply_services(page, proposed):
    existing = {str(service.translation_key): service for service in page.services.all()}
    services = []
    for position, item in enumerate(proposed):
        service = existing.get(item.get("key") or "") or ProviderService(locale_id=page.locale_id)
        for name in SERVICE_FIELDS:
            setattr(service, name, item.get(name) if name != "name" else item.get(name) or "")
        service.description = service.description or ""
        service.sort_order = position
        services.append(service)
    page.services = services


def _sync_services(translation, original, proposed):
    """Types and capacities changed and services removed, in another language's page."""
    proposed_by_key = {item["key"]: item for item in proposed if item.get("key")}
    removed = {item["key"] for item in original if item["key"] not in proposed_by_key}
    kept = []
    changed = False
    for service in ordered_services(translation):
        key = str(service.translation_key)
        if key in removed:
            changed = True
            continue
        if key in proposed_by_key:
            for name in SYNCHRONISED_SERVICE_FIELDS:
                if getattr(service, name) != proposed_by_key[key][name]:
                    setattr(service, name, proposed_by_key[key][name])
                    changed = True
        kept.append(service)
    if changed:
        translation.services = kept
    return changed


@transaction.atomic
def apply_proposal(proposal, user):
    """Apply the changes to the page (and the synchronised ones to its translations)."""
    page = proposal.page.get_latest_revision_as_object()
    changes = proposal.changes
    for name in PAGE_FIELDS:
        if name in changes:
            setattr(page, name, changes[name])
    if "services" in changes:
        _apply_services(page, changes["services"])
    _publish(page, user)

    synchronised = {name: changes[name] for name in SYNCHRONISED_FIELDS if name in changes}
    if not synchronised and "services" not in changes:
        return
    for translation in proposal.page.get_translations().specific():
        draft = translation.get_latest_revision_as_object()
        changed = False
        for name, value in synchronised.items():
            if getattr(draft, name) != value:
                setattr(draft, name, value)
                changed = True
        if "services" in changes:
            original = proposal.original.get("services", [])
            changed = _sync_services(draft, original, changes["services"]) or changed
        if changed:
            _publish(draft, user)
