"""The corpus in the database: pages in the tree, threads and posts, their search entries.

Everything generated is marked so that a reset removes exactly it: page and category slugs
start with "generated-", and threads sit in the generated categories. Pages go straight into the
tree (paths computed as treebeard would, rows inserted in bulk) and their search entries come
from the real builder (`search.pages.page_entry`), threads' from `thread_entry`; posts build
theirs in the same shape directly, which saves the queries `post_entry` makes for a post's
position.
"""

import datetime
import time
import uuid

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import CharField, F, Q
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Locale, Page, Site
from wagtail.search.backends import get_search_backend

from anyascii import anyascii
from taggit.models import Tag
from tqdm import tqdm

from bench.search_corpus.text import (
    COLUMN,
    HIDDEN_POSTS,
    RESOURCE_KINDS,
    Generator,
    Writer,
)
from bench.search_corpus.words import CATEGORIES
from cms.models import (
    ArticleIndexPage,
    ArticlePage,
    ArticlePageTag,
    EventIndexPage,
    EventPage,
    ResourceCentrePage,
)
from community.discussions.models import Category, Post, Thread
from community.discussions.models.threads import POSTS_PER_PAGE
from community.discussions.search_sources import thread_entry
from community.moderation.models import Status
from search import indexing
from search.models import Audience, SearchEntry
from search.pages import page_entry

PREFIX = "generated-"
MEMBER = "generated-bench-member"
BATCH = 1000


class CorpusError(Exception):
    """The corpus cannot be generated as asked (content there already, no home page)."""


def generate(*, pages, posts, seed=1, reset=False, progress=False, log=None):
    """Add `pages` pages and `posts` posts with their search entries, in one transaction.

    `reset` first deletes what an earlier run generated; without it a second run is refused,
    so the same seed always gives the same corpus. `log` receives a line per phase.
    """
    run = Run(progress=progress, log=log)
    started = time.monotonic()
    if reset:
        run.phase("reset", delete_generated)
    elif generated_pages().exists() or generated_threads().exists():
        raise CorpusError("Generated content is there already: add --reset to replace it.")
    with transaction.atomic():
        run.generate(Generator(seed), pages, posts)
    run.log(f"Done in {time.monotonic() - started:.1f} s.")


class Run:
    """One generation: its phases, timed and counted, with optional progress bars."""

    def __init__(self, progress=False, log=None):
        self.show = progress
        self.write = log

    def generate(self, generator, pages, posts):
        entries = []
        if pages > 0:
            page_ids = self.phase("pages", lambda: self.make_pages(generator, pages))
            entries += self.phase("page entries", lambda: self.page_entries(page_ids))
        if posts > 0:
            threads = self.phase("threads and posts", lambda: self.make_posts(generator, posts))
            entries += self.phase("thread and post entries", lambda: self.post_entries(threads))
        if entries:
            self.phase("search index", lambda: self.index(entries))

    def log(self, message):
        if self.write is not None:
            self.write(message)

    def progress(self, iterable, total, name):
        return tqdm(iterable, total=total, desc=f"{name:>14}", unit=" rows", disable=not self.show)

    def phase(self, name, work):
        started = time.monotonic()
        result = work()
        if isinstance(result, dict):
            counts = ", ".join(f"{count:,} {key}" for key, count in result.items())
        else:
            counts = f"{len(result):,}"
        self.log(f"{name}: {counts} in {time.monotonic() - started:.1f} s")
        return result

    # Pages -------------------------------------------------------------------------------------

    def make_pages(self, generator, count):
        """Page rows in bulk (tree paths computed), then each one's own row; returns their ids."""
        parents = {code: section_parents(code) for code in COLUMN}
        locales = {locale.language_code: locale for locale in Locale.objects.all()}
        planned = []  # (specific page, parent, tag names)
        while len(planned) < count:
            group = generator.page_group(len(planned))
            for language in group["languages"][: count - len(planned)]:
                writer = Writer(generator.rng, language)
                page, section, names = build_page(writer, group, locales[language])
                planned.append((page, parents[language][section], names))
        by_parent = {}
        for page, parent, _names in planned:
            by_parent.setdefault(parent.pk, (parent, []))[1].append(page)
        for parent, children in by_parent.values():
            place_in_tree(parent, children)
        bases = Page.objects.bulk_create(
            [base_page(page) for page, _parent, _names in planned], batch_size=BATCH
        )
        tags, page_tags = {}, []
        rows = zip(planned, bases, strict=True)
        for (page, _parent, names), base in self.progress(rows, len(bases), "pages"):
            page.pk = base.pk
            # Only the page type's own table: the Page row is in already.
            page.save_base(raw=True, force_insert=True)
            for name in names:
                if name not in tags:
                    tags[name] = Tag.objects.get_or_create(name=name)[0]
                page_tags.append(ArticlePageTag(content_object_id=base.pk, tag=tags[name]))
        ArticlePageTag.objects.bulk_create(page_tags, batch_size=BATCH)
        Site.clear_site_root_paths_cache()
        return [base.pk for base in bases]

    def page_entries(self, page_ids):
        entries = []
        for model in (ArticlePage, EventPage):
            pages = model.objects.filter(pk__in=page_ids).select_related("locale")
            if model is ArticlePage:
                pages = pages.prefetch_related("tags")
            total = pages.count()
            for page in self.progress(pages.iterator(chunk_size=500), total, model.__name__):
                fields = page_entry(page)
                if fields is not None:
                    entries.append(entry_for("page", page.pk, fields))
        return entries

    # Threads and posts ---------------------------------------------------------------------------

    def make_posts(self, generator, count):
        """Threads of a few to a few dozen posts in the generated categories; returns the threads."""
        member = generated_member()
        categories = generated_categories()
        threads, posts = [], []
        while len(posts) < count:
            spec = generator.thread()
            length = min(spec["length"], count - len(posts))
            start = spec["started"]
            hours = [0] + sorted(generator.rng.randrange(1, 24 * 60) for _ in range(length - 1))
            thread = Thread(
                category=categories[spec["language"]][spec["category"]],
                title=spec["title"],
                slug=(PREFIX + slugify(anyascii(spec["title"])))[:80],
                author=member,
                language=spec["language"],
                created_at=start,
                last_post_at=start + datetime.timedelta(hours=hours[-1]),
            )
            threads.append(thread)
            for position, offset in enumerate(hours):
                hidden = position > 0 and generator.rng.random() < HIDDEN_POSTS
                posts.append(
                    Post(
                        thread=thread,
                        author=member,
                        body=generator.post_body(spec),
                        created_at=start + datetime.timedelta(hours=offset),
                        status=Status.HIDDEN if hidden else Status.PUBLISHED,
                    )
                )
                thread.post_count += not hidden
        Thread.objects.bulk_create(threads, batch_size=BATCH)
        for start in self.progress(range(0, len(posts), BATCH), -(-len(posts) // BATCH), "posts"):
            Post.objects.bulk_create(posts[start : start + BATCH])
        return threads

    def post_entries(self, threads):
        ids = [thread.pk for thread in threads]
        by_thread = {}
        posts = Post.objects.filter(thread__in=ids).order_by("thread", "created_at", "pk")
        for post in posts.only(
            "pk", "thread_id", "body", "created_at", "status", "hidden_by_flags"
        ):
            by_thread.setdefault(post.thread_id, []).append(post)
        entries = []
        loaded = Thread.objects.filter(pk__in=ids).select_related("category").order_by("pk")
        for thread in self.progress(loaded, len(ids), "threads"):
            fields = thread_entry(thread)
            if fields is not None:
                entries.append(entry_for("thread", thread.pk, fields))
            url = thread.get_absolute_url()
            # The opening post is searched as its thread; hidden posts keep their place.
            for position, post in enumerate(by_thread.get(thread.pk, [])):
                if position > 0 and post.status == Status.PUBLISHED:
                    page = position // POSTS_PER_PAGE + 1
                    entries.append(entry_for("post", post.pk, post_fields(thread, post, url, page)))
        return entries

    # The index -----------------------------------------------------------------------------------

    def index(self, entries):
        """The entries in the database, then in the backend's index a chunk at a time."""
        SearchEntry.objects.bulk_create(entries, batch_size=BATCH)
        index = get_search_backend().get_index_for_model(SearchEntry)
        chunks = [entries[start : start + BATCH] for start in range(0, len(entries), BATCH)]
        for chunk in self.progress(chunks, len(chunks), "index chunks"):
            index.add_items(SearchEntry, chunk)
        return entries


def section_parents(language):
    """{section: page} of a language: news, resource centre and events, made when missing."""
    locale = Locale.objects.get(language_code=language)
    found = {}
    for key, model in (("news", ArticleIndexPage), ("events", EventIndexPage)):
        existing = model.objects.filter(locale=locale, alias_of__isnull=True).order_by("path")
        found[key] = existing.first() or make_section(model, locale, key)
    resources = ResourceCentrePage.objects.filter(locale=locale, alias_of__isnull=True)
    found["resources"] = resources.order_by("path").first() or found["news"]
    return found


def make_section(model, locale, key):
    home = Page.objects.filter(depth=2, locale=locale).order_by("path").first()
    if home is None:
        raise CorpusError(f"No home page in {locale.language_code}: load the demo content first.")
    section = model(title=key.title(), slug=PREFIX + key, locale=locale)
    home.add_child(instance=section)
    section.save_revision().publish()
    return model.objects.get(pk=section.pk)


def build_page(writer, group, locale):
    """(unsaved specific page, section key, tag names) of one language version."""
    title = writer.fill(*group["title"])[:255]
    paragraphs, current = [], []
    for position, (template, slots) in enumerate(group["body"]):
        if position in group["breaks"] and current:
            paragraphs.append(" ".join(current))
            current = []
        current.append(writer.fill(template, slots))
    paragraphs.append(" ".join(current))
    blocks = [
        {"type": "paragraph", "value": f"<p>{text}</p>", "id": str(uuid.uuid4())}
        for text in paragraphs
    ]
    common = {
        "title": title,
        "slug": f"{PREFIX}{group['number']:05d}-{slugify(anyascii(title))[:50]}".rstrip("-"),
        "locale": locale,
        "translation_key": group["key"],
    }
    lead = writer.text(group["lead"])
    if group["event"]:
        place = group["plan"]["place"]
        page = EventPage(
            **common,
            event_type=group["plan"]["activity"][3],
            start_date=group["date"],
            city=place[writer.column],
            region=place[3],
            country=place[3][:2].upper(),
            participants_total=group["participants"],
            summary=lead,
            write_up=blocks,
        )
        return page, "events", []
    kind = group["kind"]
    page = ArticlePage(**common, kind=kind, date=group["date"], lead=lead, body=blocks)
    names = dict.fromkeys(topic[writer.column].split("|")[0][:100] for topic in group["tags"])
    return page, "resources" if kind in RESOURCE_KINDS else "news", list(names)


def place_in_tree(parent, children):
    """Paths after the parent's last child, as treebeard's add_child would give them."""
    last = parent.get_last_child()
    step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
    published = timezone.now()
    for offset, page in enumerate(children):
        page.depth = parent.depth + 1
        page.path = Page._get_path(parent.path, page.depth, step + offset)
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.first_published_at = page.last_published_at = published
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(children))


def base_page(page):
    return Page(
        title=page.title,
        draft_title=page.title,
        slug=page.slug,
        content_type=ContentType.objects.get_for_model(page),
        path=page.path,
        depth=page.depth,
        numchild=0,
        url_path=page.url_path,
        live=True,
        has_unpublished_changes=False,
        first_published_at=page.first_published_at,
        last_published_at=page.last_published_at,
        locale=page.locale,
        translation_key=page.translation_key,
    )


def post_fields(thread, post, thread_url, page):
    """What the discussions' `post_entry` gives a reply, its position known without a query."""
    date = timezone.localtime(post.created_at).date()
    query = f"?page={page}" if page > 1 else ""
    return {
        "kind": "post",
        "language": thread.language,
        "group_key": f"post:{post.pk}",
        "audience": Audience.MEMBERS,
        "url": f"{thread_url}{query}#post-{post.pk}",
        "heading": thread.title,
        "text": post.body,
        "date": date,
        "year": date.year,
        "region": "",
        "tag_keys": "",
        "tag_names": "",
    }


def entry_for(source, pk, fields):
    return SearchEntry(source=source, source_pk=pk, **indexing.analysed(fields))


def generated_member():
    user, _created = get_user_model().objects.get_or_create(
        username=MEMBER, defaults={"email": f"{MEMBER}@praktika.invalid"}
    )
    return user


def generated_categories():
    """{language: [Category, ...]}: the generated categories, translations of each other."""
    made = {code: [] for code in COLUMN}
    for number, names in enumerate(CATEGORIES):
        key = uuid.uuid5(uuid.NAMESPACE_URL, f"praktika:{PREFIX}category:{number}")
        for code, column in COLUMN.items():
            category, _created = Category.objects.get_or_create(
                locale=Locale.objects.get(language_code=code),
                slug=f"{PREFIX}{number + 1}",
                defaults={"name": names[column], "translation_key": key, "sort_order": 900},
            )
            made[code].append(category)
    return made


def generated_pages():
    return Page.objects.filter(slug__startswith=PREFIX)


def generated_threads():
    return Thread.objects.filter(category__slug__startswith=PREFIX)


@transaction.atomic
def delete_generated():
    """Every generated page, thread, post and category, the member, and their search entries."""
    pages, threads = generated_pages(), generated_threads()
    posts = Post.objects.filter(thread__in=threads)
    counts = {"pages": pages.count(), "threads": threads.count(), "posts": posts.count()}
    counts["entries"] = unindex(
        SearchEntry.objects.filter(
            Q(source="page", source_pk__in=pages.values("pk"))
            | Q(source="thread", source_pk__in=threads.values("pk"))
            | Q(source="post", source_pk__in=posts.values("pk"))
        )
    )
    threads.delete()
    Category.objects.filter(slug__startswith=PREFIX).delete()
    delete_untouched_pages(pages)
    # Wagtail unpublishes each live page it deletes, with all its signals: not needed here.
    pages.update(live=False)
    pages.delete()  # treebeard's delete: descendants too, and the parents' child counts
    get_user_model().objects.filter(username=MEMBER).delete()
    return counts


def delete_untouched_pages(pages):
    """Delete the generated pages nobody has edited since, a table at a time.

    Deleting pages one by one through Wagtail costs some 25 queries each (unpublishing,
    translations, references). A generated page never saved since has no revision and nothing
    of its own in other tables; should anything point at one all the same, the database refuses
    the delete and the reset is rolled back.
    """
    untouched = pages.filter(depth__gt=3, numchild=0, latest_revision__isnull=True)
    parents = {path[: -Page.steplen] for path in untouched.values_list("path", flat=True)}
    ArticlePageTag.objects.filter(content_object__in=untouched.values("pk")).delete()
    for model in (ArticlePage, EventPage):
        specific = model.objects.filter(pk__in=untouched.values("pk"))
        specific._raw_delete(specific.db)
    untouched._raw_delete(untouched.db)
    for path in parents:
        children = Page.objects.filter(path__startswith=path, depth=len(path) // Page.steplen + 1)
        Page.objects.filter(path=path).update(numchild=children.count())


def unindex(entries):
    """Delete entries and their rows in the backend's index, in bulk where the backend allows."""
    count = entries.count()
    index = get_search_backend().get_index_for_model(SearchEntry)
    if hasattr(index, "entries"):
        # The database backends keep one IndexEntry per object, keyed by its id as text.
        index.entries.filter(
            content_type=ContentType.objects.get_for_model(SearchEntry),
            object_id__in=entries.annotate(text_id=Cast("pk", CharField())).values("text_id"),
        ).delete()
    else:
        for entry in entries.iterator():
            index.delete_item(entry)
    # Out of the index already: a plain delete, without the per-row signal that would unindex it.
    entries._raw_delete(entries.db)
    return count
