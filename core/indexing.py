"""Search and reference index updates once per imported page rather than once per save.

Creating, translating and publishing a page saves it four to seven times, and each save
updates the search index and Wagtail's reference index (the "usage" of images and
documents). During an import those per-save updates are switched off and each page, image
and document is queued to be indexed once, by the task worker, after its line's transaction
has committed (never, then, in a dry run). Switching the search handlers off is
process-wide: fine for a management command.
"""

from contextlib import contextmanager

from django.db import transaction
from django.db.models.signals import post_save

from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler
from modelsearch.tasks import insert_or_update_object_task
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task


@contextmanager
def deferred_indexing():
    disconnected = [
        model
        for model in index.get_indexed_models()
        if post_save.disconnect(post_save_signal_handler, sender=model)
    ]
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in disconnected:
            post_save.connect(post_save_signal_handler, sender=model)


def index_on_commit(objects):
    """Index these objects once the current transaction commits."""
    keys = {(obj._meta.app_label, obj._meta.model_name, str(obj.pk)) for obj in objects}

    def update():
        for key in sorted(keys):
            insert_or_update_object_task.enqueue(*key)
            update_reference_index_task.enqueue(*key)

    transaction.on_commit(update)
