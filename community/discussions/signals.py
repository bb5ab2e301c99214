"""Keep thread counters right and tell followers when moderation changes what members see.

The moderation actions (community.moderation.actions) save the content with `save()`, so a
post approved from the queue reaches its followers then, and not while it was waiting.
"""

from django.db.models.signals import post_init, post_save
from django.dispatch import receiver

from community.discussions.models import Post, Thread
from community.moderation.models import Status


@receiver(post_init, sender=Post)
@receiver(post_init, sender=Thread)
def remember_status(sender, instance, **kwargs):
    instance._loaded_status = (instance.status, instance.hidden_by_flags) if instance.pk else None


@receiver(post_save, sender=Post)
def post_saved(sender, instance, created, **kwargs):
    before = instance._loaded_status
    instance._loaded_status = (instance.status, instance.hidden_by_flags)
    if created or before is None or before == instance._loaded_status:
        return
    instance.thread.refresh_counters()
    if before[0] == Status.PENDING and instance.is_visible:
        from community.discussions.notifications import notify_post

        notify_post(instance, new_thread=instance.is_opening_post())


@receiver(post_save, sender=Thread)
def thread_saved(sender, instance, created, **kwargs):
    before = instance._loaded_status
    instance._loaded_status = (instance.status, instance.hidden_by_flags)
    if created or before is None or before[0] != Status.PENDING or not instance.is_visible:
        return
    opening = instance.posts.order_by("created_at", "pk").first()
    if opening is not None and opening.is_visible:
        from community.discussions.notifications import notify_post

        notify_post(opening, new_thread=True)
