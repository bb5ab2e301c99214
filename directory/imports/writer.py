"""Rows to pages: checked with the models' own validation, then created or updated by key.

A record's Bulgarian page is its source; English and Romanian pages are Wagtail translations
of it (same translation key, made with ``copy_for_translation`` under the translated index)
and take every synchronised field (codes, coordinates, contacts…) from it, so only titles,
summaries and the other translatable texts come from their own row. A preview plans the same
changes on pages that are never saved.
"""

from dataclasses import dataclass

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.translation import gettext as _

from wagtail.coreutils import find_available_slug
from wagtail.models import Locale, Page, Site

from core.text import ascii_slug
from core.translation import detach_alias, publish, synchronised_fields, translation_for
from directory.imports.columns import COLUMNS, KEY, LAWS, SOURCE_LANGUAGE
from directory.models import (
    DirectoryPage,
    LegislationIndexPage,
    LegislationPage,
    ProviderService,
    ServiceProviderPage,
)

CREATE, UPDATE, UNCHANGED, ERROR = "create", "update", "unchanged", "error"
# A path no real page has: lets an unsaved page find its parent while it is validated.
UNSAVED_STEP = "ZZZZ"


def models_for(record_type):
    if record_type == LAWS:
        return LegislationPage, LegislationIndexPage
    return ServiceProviderPage, DirectoryPage


@dataclass
class Plan:
    language: str
    page: Page
    action: str
    creating: bool
    alias: bool = False


class Writer:
    def __init__(self, record_type, user=None, language_columns=False):
        self.record_type = record_type
        self.language_columns = language_columns
        self.model, self.index_model = models_for(record_type)
        self.user = user
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        self.synchronised = synchronised_fields(self.model)
        self.column_of = {column.field: name for name, column in COLUMNS[record_type].items()}
        self.compared = sorted({"title", *self.column_of} - {"services"})
        self.permissions = {}

    # Where records go ------------------------------------------------------------------

    def index(self, language):
        """A fresh copy of the index records go under in that language, or None."""
        source_locale = self.locales.get(SOURCE_LANGUAGE)
        pages = self.index_model.objects.filter(locale=source_locale)
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is not None:
            home = site.root_page.get_translation_or_none(source_locale) or site.root_page
            pages = pages.descendant_of(home)
        index = pages.order_by("path").first()
        if index is None or language == SOURCE_LANGUAGE:
            return index
        return index.get_translation_or_none(self.locales[language])

    def may_write(self, page, creating):
        """Creating needs add and publish rights on the index; updating, on the page."""
        key = (page.pk, creating)
        if key not in self.permissions:
            permissions = page.permissions_for_user(self.user)
            if creating:
                allowed = permissions.can_add_subpage() and permissions.can_publish_subpage()
            else:
                allowed = permissions.can_edit() and permissions.can_publish()
            self.permissions[key] = allowed
        return self.permissions[key]

    def find(self, language, key):
        return (
            self.model.objects.filter(locale=self.locales[language], record_key=key)
            .order_by("pk")
            .first()
        )

    # Planning --------------------------------------------------------------------------

    def column(self, version, field):
        """The file's column a model field's error belongs to."""
        if field in version.columns:
            return version.columns[field]
        name = self.column_of.get("title" if field == "slug" else field, "")
        column = COLUMNS[self.record_type].get(name)
        if self.language_columns and column is not None and column.translatable:
            return f"{name}_{version.language}"
        return name

    def plan(self, row, version, source, write=False):
        """The page this version would write, validated; None (and row errors) if it cannot."""
        language = version.language
        locale = self.locales[language]
        page = self.find(language, row.key) if row.key else None
        translating = language != SOURCE_LANGUAGE
        if translating and source is None and row.key:
            source = self.find(SOURCE_LANGUAGE, row.key)
        if translating and source is None and page is None:
            if row.key:
                row.error(
                    KEY,
                    _(
                        "there is no Bulgarian record with the key %(key)s: import the "
                        "Bulgarian version first, or use language columns"
                    )
                    % {"key": row.key},
                )
            return None
        creating = page is None
        parent = self.index(language) if creating else page.get_parent()
        if parent is None:
            row.error(
                "",
                _("there is no %(index)s in %(language)s to put the record in")
                % {"index": self.index_model._meta.verbose_name, "language": language},
            )
            return None
        if not self.may_write(parent if creating else page, creating):
            row.error(
                "", _("you may not add or publish records in %(title)s") % {"title": parent.title}
            )
            return None
        before = None if creating else self.snapshot(page)
        if creating:
            page = self.new_page(locale, parent, source if translating else None, write)
        alias = bool(page.alias_of_id)
        for name, value in version.values.items():
            if not (translating and name in self.synchronised):
                setattr(page, name, value)
        if translating and source is not None:
            for name in self.compared:
                if name in self.synchronised:
                    setattr(page, name, getattr(source, name))
        page.record_key = row.key
        if creating and not page.slug:
            page.slug = find_available_slug(parent, ascii_slug(page.title or row.key))
        providers = self.model is ServiceProviderPage
        before_services = self.service_snapshot(page) if providers and not creating else None
        if providers:
            self.plan_services(row, version, page, source if translating else None, creating)
        self.validate(row, version, page)
        if row.errors:
            return None
        changed = before != self.snapshot(page)
        if providers and not creating:
            changed = changed or before_services != self.service_snapshot(page)
        if creating:
            action = CREATE
        elif page.live and not alias and not changed:
            action = UNCHANGED
        else:
            action = UPDATE
        return Plan(language=language, page=page, action=action, creating=creating, alias=alias)

    def new_page(self, locale, parent, source, write):
        if source is not None and write and source.pk:
            return translation_for(source, locale)[0]
        page = self.model(locale=locale, live=False)
        if source is not None:
            page.translation_key = source.translation_key
            page.slug = source.slug
            for name in self.compared:
                setattr(page, name, getattr(source, name))
            if self.model is ServiceProviderPage:
                page.services = [
                    ProviderService(
                        service_type=service.service_type,
                        name=service.name,
                        description=service.description,
                        capacity=service.capacity,
                        translation_key=service.translation_key,
                        locale=locale,
                        sort_order=service.sort_order,
                    )
                    for service in source.services.all()
                ]
        page.path, page.depth = parent.path + UNSAVED_STEP, parent.depth + 1
        page._cached_parent_obj = parent
        return page

    def snapshot(self, page):
        return {name: getattr(page, name) for name in self.compared}

    @staticmethod
    def service_snapshot(page):
        return [(service.service_type, service.name) for service in page.services.all()]

    def plan_services(self, row, version, page, source, creating):
        items = version.services
        column = version.columns.get("services", "services")
        if items is None:
            if creating and source is None and column not in {c for c, _m in row.errors}:
                row.error(column, _("a new provider needs at least one service"))
            return
        current = list(page.services.all())
        services = []
        if source is not None:
            source_services = list(source.services.all())
            if [kind for kind, _name in items] != [s.service_type for s in source_services]:
                row.error(
                    column,
                    _(
                        "a translation lists the same types of service, in the same order, as "
                        "the Bulgarian record: %(types)s"
                    )
                    % {"types": "; ".join(s.service_type for s in source_services) or "–"},
                )
                return
            by_key = {service.translation_key: service for service in current}
            for position, (original, (_kind, name)) in enumerate(
                zip(source_services, items, strict=True)
            ):
                service = by_key.get(original.translation_key) or ProviderService(
                    translation_key=original.translation_key,
                    locale=page.locale,
                    description=original.description,
                )
                service.service_type, service.capacity = original.service_type, original.capacity
                service.name, service.sort_order = name, position
                services.append(service)
        else:
            if not items:
                row.error(column, _("a provider needs at least one service"))
                return
            for position, (kind, name) in enumerate(items):
                kept = current[position] if position < len(current) else None
                service = (
                    kept
                    if kept and kept.service_type == kind
                    else ProviderService(service_type=kind, locale=page.locale)
                )
                service.name, service.sort_order = name, position
                services.append(service)
        for service in services:
            try:
                service.full_clean(exclude=["page", "locale", "translation_key"])
            except ValidationError as error:
                row.error(column, " ".join(error.messages))
        page.services = services

    def validate(self, row, version, page):
        try:
            page.full_clean()
        except ValidationError as error:
            seen = {column for column, _message in row.errors}
            for field, messages in error.message_dict.items():
                column = "" if field == NON_FIELD_ERRORS else self.column(version, field)
                if column in seen and column:
                    continue
                for message in messages:
                    row.error(column, message)

    # Writing ---------------------------------------------------------------------------

    def apply(self, plan):
        if plan.action == UNCHANGED:
            return
        page = plan.page
        if plan.alias:
            detach_alias(page)
        if page.pk is None:
            parent = self.index(plan.language)
            page.live = False
            parent.add_child(instance=page)
        publish(page, user=self.user, log_action=True)
