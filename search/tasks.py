"""Search work that can touch many entries, done by the task worker instead of the request."""

from wagtail.models import Page

from core.tasks import retrying_task
from search import indexing


@retrying_task()
def sync_page_tree_task(page_id):
    """Unpublishing, moving, renaming or restricting a section changes every page below it."""
    page = Page.objects.filter(pk=page_id).first()
    if page is not None:
        indexing.sync_page_tree(page)
