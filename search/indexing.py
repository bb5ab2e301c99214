"""Keep `SearchEntry` rows in step with the content they describe.

`sync(obj)` writes (or removes) the one entry of a page, material, thread or post; Wagtail's own
signal handlers then update the backend's index for that entry. `rebuild()` recomputes every
entry, with a progress bar, for `manage.py rebuild_search`.
"""

from django.db import transaction

from wagtail.models import Page

from search import sources
from search.analysis import document_terms, prefix_terms
from search.models import SearchEntry


def _pages():
    return Page.objects.live().filter(depth__gt=2).specific().order_by("path")


def _materials():
    from community.materials.models import PracticeMaterial

    return PracticeMaterial.objects.filter(PracticeMaterial.visible_q()).prefetch_related("tags")


def _threads():
    from community.discussions.models import Thread

    return Thread.objects.filter(Thread.visible_q()).select_related("category")


def _posts():
    from community.discussions.models import Post

    return Post.objects.filter(Post.visible_q(), Post.visible_q("thread__")).select_related(
        "thread"
    )


# source name: (model path, entry builder, queryset of candidates for a rebuild)
SOURCES = {
    "page": ("wagtailcore.Page", sources.page_entry, _pages),
    "material": ("materials.PracticeMaterial", sources.material_entry, _materials),
    "thread": ("discussions.Thread", sources.thread_entry, _threads),
    "post": ("discussions.Post", sources.post_entry, _posts),
}


def source_name(obj):
    if isinstance(obj, Page):
        return "page"
    label = obj._meta.label
    for name, (model_label, _builder, _candidates) in SOURCES.items():
        if model_label == label:
            return name
    return None


def analysed(fields):
    """The entry's fields plus the analysed terms the backend indexes."""
    language = fields["language"]
    tags = fields.get("tag_names", "").replace("|", " ")
    return {
        **fields,
        "heading": fields["heading"][:255],
        "title": document_terms(fields["heading"], language),
        "body": document_terms(f"{fields['text']}\n{tags}", language),
        "autocomplete_text": " ".join(prefix_terms(f"{fields['heading']} {tags}")),
    }


def sync(obj):
    """Bring the object's entry up to date: written if it may be found, removed if not."""
    name = source_name(obj)
    if name is None or obj.pk is None:
        return None
    builder = SOURCES[name][1]
    fields = builder(obj)
    if fields is None:
        remove(name, obj.pk)
        return None
    entry, _created = SearchEntry.objects.update_or_create(
        source=name, source_pk=obj.pk, defaults=analysed(fields)
    )
    return entry


def remove(name, pk):
    # One by one, so that Wagtail's post_delete handler takes each out of the backend's index.
    for entry in SearchEntry.objects.filter(source=name, source_pk=pk):
        entry.delete()


def sync_page_tree(page):
    """A page and everything below it (after a move or a change of view restrictions)."""
    for descendant in Page.objects.descendant_of(page, inclusive=True).specific().iterator():
        if descendant.live:
            sync(descendant)
        else:
            remove("page", descendant.pk)


def sync_thread_posts(thread):
    from community.discussions.models import Post

    for post in Post.objects.filter(thread=thread).select_related("thread").iterator():
        sync(post)


def rebuild(progress=None):
    """Recompute every entry and drop those whose content is gone or hidden.

    `progress(iterable, total, description)` wraps each source's loop (a tqdm bar in the
    management command). Returns the number of entries per source.
    """
    counts = {}
    for name, (_label, builder, candidates) in SOURCES.items():
        queryset = candidates()
        total = queryset.count()
        iterable = queryset.iterator(chunk_size=200) if name != "page" else queryset
        if progress is not None:
            iterable = progress(iterable, total, name)
        kept = set()
        for obj in iterable:
            with transaction.atomic():
                fields = builder(obj)
                if fields is None:
                    continue
                SearchEntry.objects.update_or_create(
                    source=name, source_pk=obj.pk, defaults=analysed(fields)
                )
            kept.add(obj.pk)
        existing = set(SearchEntry.objects.filter(source=name).values_list("source_pk", flat=True))
        for pk in existing - kept:
            remove(name, pk)
        counts[name] = len(kept)
    return counts
