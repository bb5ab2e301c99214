"""Creating the directory's demo records and their wagtail-localize translations, quickly.

``demo.translate`` makes each translation exactly as wagtail-localize's editor does
(``Translation.save_target``: copy the source page, ingest the segments, save, revise, then
publish). For a couple of hundred records in two languages that path takes minutes, and
``load_demo`` runs in the test suite and in ``make run``. Here the English and Romanian pages
are built from the same data as the Bulgarian one and published directly, and the
wagtail-localize records are made as the editor leaves them: one ``TranslationSource`` per
record, an enabled ``Translation`` per language with a ``StringTranslation`` for every segment
(checked against the source segment by segment, as ``demo.translate`` does), and a
``TranslationLog``. Editors open these pages in the translation editor, and a later change to
the Bulgarian page syncs into them as usual.
"""

import time

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from wagtail.models import Page, PageLogEntry, Revision
from wagtail_localize.models import Translation, TranslationLog, TranslationSource

from cms.cache.purge import purge_all
from core.indexing import deferred_indexing, index_on_commit
from demo.core import SOURCE_LANGUAGE, TARGET_LANGUAGES, DemoContentError, demo_uuid
from demo.pages import build_page, log_page_counts
from demo.translate import record_translations


class RecordBatch:
    """Pages created in one run: placed under their index pages, then given their revisions.

    Each page is saved once, live, at the end of its index page's children (what treebeard's
    ``add_child`` does, without re-reading the parent each time), and the revisions, publish
    log entries and translation logs are written in bulk at the end. The records are checked
    by the tests with ``full_clean``; the site's search entries come from the loader's final
    rebuild, and Wagtail's search and reference indexes are updated once per record on commit
    (as ``cms.importing`` does).
    """

    def __init__(self, ctx):
        self.ctx = ctx
        self.now = timezone.now()
        self.parents = {}  # (index key, language) -> [parent page, last child path, added]
        self.pages = []
        self.translation_logs = []  # (page, TranslationSource)

    def add(self, parent_key, lang, page, translation_source=None):
        if (parent_key, lang) not in self.parents:
            parent = self.ctx.page(parent_key, lang)
            last = parent.get_last_child()
            self.parents[parent_key, lang] = [parent, last.path if last else None, 0]
        entry = self.parents[parent_key, lang]
        parent, last_path = entry[0], entry[1]
        page.depth = parent.depth + 1
        page.path = (
            Page(path=last_path)._inc_path()
            if last_path
            else Page._get_path(parent.path, page.depth, 1)
        )
        page.numchild = 0
        page._cached_parent_obj = parent
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.last_published_at = self.now
        page.latest_revision_created_at = self.now
        page.save(clean=False, log_action=None)
        entry[1] = page.path
        entry[2] += 1
        self.pages.append(page)
        if translation_source is not None:
            self.translation_logs.append((page, translation_source))

    def finish(self):
        for parent, _last, added in self.parents.values():
            if added:
                Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + added)
        if not self.pages:
            return
        base_type = ContentType.objects.get_for_model(Page)
        revisions = Revision.objects.bulk_create(
            Revision(
                content_type_id=page.content_type_id,
                base_content_type=base_type,
                object_id=str(page.pk),
                created_at=self.now,
                content=page.serializable_data(),
                object_str=str(page)[:255],
            )
            for page in self.pages
        )
        updates = []
        for page, revision in zip(self.pages, revisions, strict=True):
            page.latest_revision_id = page.live_revision_id = revision.pk
            updates.append(
                Page(pk=page.pk, latest_revision_id=revision.pk, live_revision_id=revision.pk)
            )
        Page.objects.bulk_update(updates, ["latest_revision", "live_revision"], batch_size=200)
        PageLogEntry.objects.bulk_create(
            PageLogEntry(
                content_type_id=page.content_type_id,
                page_id=page.pk,
                label=str(page)[:255],
                action="wagtail.publish",
                timestamp=self.now,
                revision=revision,
                content_changed=True,
            )
            for page, revision in zip(self.pages, revisions, strict=True)
        )
        revision_of = {
            page.pk: revision for page, revision in zip(self.pages, revisions, strict=True)
        }
        TranslationLog.objects.bulk_create(
            TranslationLog(source=source, locale=page.locale, revision=revision_of[page.pk])
            for page, source in self.translation_logs
        )
        # Wagtail's own index (the admin's page search) gets each record once, on commit.
        index_on_commit(self.pages)
        # The map and legislation lists show these records now.
        purge_all()


def ensure_records(ctx, specs):
    ctx.log("Directory records...")
    started = time.monotonic()
    before = dict(ctx.counts.get("pages", {"created": 0, "existing": 0}))
    keys = [demo_uuid(spec["key"]) for spec in specs]
    existing = set(
        Page.objects.filter(translation_key__in=keys).values_list(
            "translation_key", "locale__language_code"
        )
    )
    batch = RecordBatch(ctx)
    with deferred_indexing():
        for spec in specs:
            ensure_record(ctx, spec, existing, batch)
        batch.finish()
    log_page_counts(ctx, before, len(specs))
    ctx.log(f"  in {time.monotonic() - started:.1f} s")


def ensure_record(ctx, spec, existing, batch):
    translation_key = demo_uuid(spec["key"])
    created_source = (translation_key, SOURCE_LANGUAGE) not in existing
    ctx.count("pages", created_source)
    if created_source:
        source = build_page(ctx, spec, SOURCE_LANGUAGE)
        batch.add(spec["parent"], SOURCE_LANGUAGE, source)
    else:
        source = None
    translation_source = None
    for lang in TARGET_LANGUAGES:
        if (translation_key, lang) in existing:
            ctx.count("pages", False)
            continue
        if source is None:
            source = spec["model"].objects.get(
                translation_key=translation_key, locale=ctx.locale(SOURCE_LANGUAGE)
            )
        try:
            with transaction.atomic():
                if translation_source is None:
                    translation_source, _created = TranslationSource.get_or_create_from_instance(
                        source
                    )
                translate_record(ctx, spec, translation_source, lang, batch)
        except DemoContentError as error:
            if created_source:
                raise
            # An editor has changed the Bulgarian record since the demo made it.
            ctx.log(f"  {source.url_path} not translated into {lang}: {error}")
            continue
        ctx.count("pages", True)


def translate_record(ctx, spec, translation_source, lang, batch):
    locale = ctx.locale(lang)
    target = build_page(ctx, spec, lang)
    translation, _created = Translation.objects.get_or_create(
        source=translation_source, target_locale=locale, defaults={"enabled": True}
    )
    if not translation.enabled:
        translation.enabled = True
        translation.save(update_fields=["enabled"])
    record_translations(translation_source, target, locale)
    batch.add(spec["parent"], lang, target, translation_source)
