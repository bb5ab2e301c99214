"""Generic creation of demo pages and snippets in Bulgarian, and of their translations.

A page spec is a plain dict::

    {
        "key": "project-regional-network",   # stable: the translation key derives from it
        "model": ProjectPage,
        "parent": "projects",                # the parent's key (None: the tree root)
        "fields": {...},                     # per-language values where the text differs
        "streams": {"body": [(block type, value), ...]},
        "children": {"activities": [{...}, ...]},
        "tags": L([...], [...], [...]),      # ArticlePage only: tags are per language
        "alias": True,                       # en/ro get an alias instead of a translation
    }

Objects that already exist in a language are left alone, so running the loader again
changes nothing.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from wagtail.models import Orderable, Page, Site, TranslatableMixin

from demo.core import SOURCE_LANGUAGE, TARGET_LANGUAGES, DemoContentError, demo_uuid, pick
from demo.translate import translate


def build_page(ctx, spec, lang):
    """An unsaved page holding the spec's content in one language."""
    model, key = spec["model"], spec["key"]
    locale = ctx.locale(lang)
    values = {name: ctx.resolve(value, lang) for name, value in pick(spec["fields"], lang).items()}
    page = model(**values, locale=locale, translation_key=demo_uuid(key))
    for field_name, items in spec.get("streams", {}).items():
        stream_block = model._meta.get_field(field_name).stream_block
        setattr(page, field_name, ctx.stream(stream_block, f"{key}/{field_name}", items, lang))
    for relation, items in spec.get("children", {}).items():
        setattr(page, relation, build_children(ctx, model, relation, items, lang, key))
    if spec.get("tags"):
        page.tags.set(pick(spec["tags"], lang))
    return page


def build_children(ctx, model, relation, items, lang, key):
    child_model = model._meta.get_field(relation).related_model
    children = []
    for index, item in enumerate(items):
        values = {name: ctx.resolve(value, lang) for name, value in pick(item, lang).items()}
        child = child_model(**values)
        if isinstance(child, TranslatableMixin):
            child.locale = ctx.locale(lang)
            child.translation_key = demo_uuid(f"{key}/{relation}/{index}")
        if isinstance(child, Orderable):
            child.sort_order = index
        children.append(child)
    return children


def _set_tags(names):
    def before_publish(page):
        page.tags.set(names)

    return before_publish


def ensure_source(ctx, spec):
    """The Bulgarian page of a spec, created and published if missing."""
    model = spec["model"]
    translation_key = demo_uuid(spec["key"])
    source = model.objects.filter(translation_key=translation_key, locale=ctx.locale("bg")).first()
    ctx.count("pages", source is None)
    if source is None:
        source = build_page(ctx, spec, SOURCE_LANGUAGE)
        if spec.get("parent"):
            parent = ctx.page(spec["parent"], SOURCE_LANGUAGE)
        else:
            parent = Page.get_first_root_node()
        parent.add_child(instance=source)
        source.save_revision().publish()
        source.refresh_from_db()
        source.created_by_demo = True
    return source


def ensure_translations(ctx, spec, source):
    """English and Romanian versions: wagtail-localize translations, or aliases if asked."""
    translation_key = demo_uuid(spec["key"])
    for lang in TARGET_LANGUAGES:
        locale = ctx.locale(lang)
        if Page.objects.filter(translation_key=translation_key, locale=locale).exists():
            ctx.count("pages", False)
            continue
        if spec.get("alias"):
            source.create_alias(
                parent=ctx.page(spec["parent"], lang),
                update_locale=locale,
                reset_translation_key=False,
            )
            ctx.count("pages", True)
            continue
        tags = spec.get("tags")
        try:
            with transaction.atomic():
                translate(
                    source,
                    build_page(ctx, spec, lang),
                    locale,
                    before_publish=_set_tags(pick(tags, lang)) if tags else None,
                )
        except DemoContentError as error:
            if getattr(source, "created_by_demo", False):
                raise
            # An editor has changed the Bulgarian page since the demo made it: its text no
            # longer matches the demo's translation, so this language is left to translators.
            ctx.log(f"  {source.url_path} not translated into {lang}: {error}")
            continue
        ctx.count("pages", True)


def ensure_page(ctx, spec):
    source = ensure_source(ctx, spec)
    ensure_translations(ctx, spec, source)
    return source


def ensure_pages(ctx, specs, family):
    ctx.log(f"{family}...")
    before = dict(ctx.counts.get("pages", {"created": 0, "existing": 0}))
    pages = [ensure_page(ctx, spec) for spec in specs]
    log_page_counts(ctx, before, len(specs))
    return pages


def log_page_counts(ctx, before, specs):
    after = ctx.counts.get("pages", {"created": 0, "existing": 0})
    created = after["created"] - before.get("created", 0)
    existing = after["existing"] - before.get("existing", 0)
    noun = "page" if specs == 1 else "pages"
    ctx.log(f"  {specs} {noun} x 3 languages: {created} created, {existing} already there")


def ensure_snippet(ctx, model, key, build, family):
    """A translatable snippet in Bulgarian and its en/ro translations; ``build(lang)`` makes one."""
    translation_key = demo_uuid(key)
    source = model.objects.filter(translation_key=translation_key, locale=ctx.locale("bg")).first()
    ctx.count(family, source is None)
    if source is None:
        source = build(SOURCE_LANGUAGE)
        source.locale = ctx.locale(SOURCE_LANGUAGE)
        source.translation_key = translation_key
        source.full_clean()
        source.save()
    for lang in TARGET_LANGUAGES:
        locale = ctx.locale(lang)
        exists = model.objects.filter(translation_key=translation_key, locale=locale).exists()
        ctx.count(family, not exists)
        if not exists:
            target = build(lang)
            target.locale = locale
            target.translation_key = translation_key
            translate(source, target, locale)
    return source


def ensure_site(ctx, home):
    """The default site serves the Bulgarian home page; Wagtail's welcome page goes."""
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True)
    wanted = {
        "hostname": "localhost",
        "port": 80,
        "is_default_site": True,
        "root_page_id": home.pk,
        "site_name": "Praktika",
    }
    if site.pk is None or any(getattr(site, name) != value for name, value in wanted.items()):
        for name, value in wanted.items():
            setattr(site, name, value)
        site.save()
        ctx.log("  default site now serves the Bulgarian home page")

    generic = ContentType.objects.get_for_model(Page)
    welcome = Page.objects.filter(depth=2, content_type=generic)
    for page in welcome:
        ctx.log(f"  removing Wagtail's initial page {page.title!r}")
        page.delete()
    return site
