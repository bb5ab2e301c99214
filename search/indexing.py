"""Keep `SearchEntry` rows in step with the content they describe.

`sync(obj)` writes (or removes) the one entry of a page or of an object of a registered
source (see `search.registry`); Wagtail's own signal handlers then update the backend's index
for that entry. `rebuild()` recomputes every entry, with a progress bar, for
`manage.py rebuild_search`.
"""

from django.db import transaction

from wagtail.models import Page

from search import registry
from search.analysis import document_terms, prefix_terms
from search.models import SearchEntry
from search.pages import PAGES
from search.similarity import similar_key


def all_sources():
    return {PAGES.name: PAGES, **registry.sources()}


def source_of(obj):
    if isinstance(obj, Page):
        return PAGES
    return registry.source_for(obj)


def source_name(obj):
    source = source_of(obj)
    return source.name if source is not None else None


def analysed(fields):
    """The entry's fields plus the analysed terms the backend indexes.

    An undated kind's entries lose the date and year their source gave (see
    `registry.register_kind`).
    """
    language = fields["language"]
    tags = fields.get("tag_names", "").replace("|", " ")
    dates = {} if registry.is_dated(fields["kind"]) else {"date": None, "year": None}
    return {
        **fields,
        **dates,
        "similar_key": similar_key(fields["kind"], fields["heading"], fields["text"]),
        "heading": fields["heading"][:255],
        "title": document_terms(fields["heading"], language),
        "body": document_terms(f"{fields['text']}\n{tags}", language),
        "autocomplete_text": " ".join(prefix_terms(f"{fields['heading']} {tags}")),
    }


def sync(obj):
    """Bring the object's entry up to date: written if it may be found, removed if not."""
    source = source_of(obj)
    if source is None or obj.pk is None:
        return None
    fields = source.entry(obj)
    if fields is None:
        remove(source.name, obj.pk)
        return None
    entry, _created = SearchEntry.objects.update_or_create(
        source=source.name, source_pk=obj.pk, defaults=analysed(fields)
    )
    return entry


def sync_with_dependents(obj):
    """The object's entry and those that show something of it (a thread's title on its replies)."""
    entry = sync(obj)
    source = source_of(obj)
    if source is not None:
        for dependent in source.dependents(obj):
            sync(dependent)
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
            remove(PAGES.name, descendant.pk)


def rebuild(progress=None):
    """Recompute every entry and drop those whose content is gone or hidden.

    `progress(iterable, total, description)` wraps each source's loop (a tqdm bar in the
    management command). Returns the number of entries per source.
    """
    counts = {}
    for name, source in all_sources().items():
        queryset = source.candidates()
        total = queryset.count()
        # Specific pages come in one query per type: iterator() would lose that.
        iterable = queryset.iterator(chunk_size=200) if source is not PAGES else queryset
        if progress is not None:
            iterable = progress(iterable, total, name)
        kept = set()
        for obj in iterable:
            with transaction.atomic():
                fields = source.entry(obj)
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
