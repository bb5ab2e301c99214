"""The moderation queue: every piece of registered content that needs a moderator's eyes."""

from collections import Counter, defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from community.moderation.models import Flag, FlagReason, Status
from community.moderation.registry import moderated_models

STATES = ("pending", "hidden_by_flags", "flagged")


def model_key(model):
    return f"{model._meta.app_label}.{model._meta.model_name}"


class QueueItem:
    def __init__(self, obj, flags):
        self.object = obj
        self.key = model_key(type(obj))
        self.type_label = type(obj)._meta.verbose_name
        self.flags = flags
        self.author = getattr(obj, "author", None)
        self.created_at = getattr(obj, "created_at", None)
        reasons = Counter(flag.reason for flag in flags)
        self.reasons = [
            (FlagReason(reason).label, count) for reason, count in reasons.most_common()
        ]
        self.notes = [flag.note for flag in flags if flag.note]

    @property
    def state(self):
        if self.object.status == Status.PENDING:
            return "pending"
        if self.object.hidden_by_flags:
            return "hidden_by_flags"
        return "flagged"

    @property
    def url(self):
        try:
            return self.object.get_absolute_url()
        except Exception:  # a target that no longer exists
            return ""


def queue_items(model_keys=None, state=None):
    """QueueItems of every (or the given) registered model, oldest first."""
    items = []
    for model in moderated_models():
        if model_keys and model_key(model) not in model_keys:
            continue
        content_type = ContentType.objects.get_for_model(model)
        open_flags = Flag.objects.filter(content_type=content_type, resolved_at=None)
        flagged_ids = open_flags.values("object_id")
        if state == "pending":
            wanted = Q(status=Status.PENDING)
        elif state == "hidden_by_flags":
            wanted = Q(hidden_by_flags=True, status=Status.PUBLISHED)
        elif state == "flagged":
            wanted = Q(pk__in=flagged_ids) & ~Q(status=Status.PENDING)
        else:
            wanted = (
                Q(status=Status.PENDING)
                | Q(hidden_by_flags=True, status=Status.PUBLISHED)
                | Q(pk__in=flagged_ids)
            )
        rows = list(model._default_manager.filter(wanted).select_related("author__profile"))
        flags = defaultdict(list)
        for flag in open_flags.filter(object_id__in=[row.pk for row in rows]):
            flags[flag.object_id].append(flag)
        items += [QueueItem(row, flags[row.pk]) for row in rows]
    items.sort(key=lambda item: (item.created_at is None, item.created_at))
    return items


def queue_size():
    return len(queue_items())
