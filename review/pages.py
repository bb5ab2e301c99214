"""Which page of the demo stands for each page type, found in the database, not by its slug.

The demo's content changes (new pages, other slugs, events that move from upcoming to past);
asking the database for "a live article translated into every language" keeps the screenshots
working when it does. A page type the demo has nothing for is kept, with the reason, so the
index says so instead of silently dropping it.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.models import Group
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import Locale, Page

from cms.models import (
    ArticleIndexPage,
    ArticlePage,
    ContactPage,
    EventIndexPage,
    EventPage,
    HomePage,
    ProjectIndexPage,
    ProjectPage,
    PublicationIndexPage,
    PublicationPage,
    ResourceCentrePage,
    StandardPage,
)
from community.discussions.models import Thread
from community.materials.models import PracticeMaterial
from community.moderation.models import Status
from demo.community.members import MODERATORS_GROUP, demo_users
from directory.models import (
    DirectoryPage,
    LegislationIndexPage,
    LegislationPage,
    ServiceProviderPage,
)

LANGUAGES = [code for code, _name in settings.LANGUAGES]
# Found in every language of the demo, in either alphabet (the browser tests search for it too).
SEARCH_TERM = "genogram"
NO_RESULTS_TERM = "zqxwvy"
MISSING_PATH = "screenshots-no-such-page/"
# How many Bulgarian candidates to try before settling for one with untranslated aliases.
CANDIDATES = 40


@dataclass
class PageType:
    kind: str
    title: str
    paths: dict = field(default_factory=dict)  # language -> path
    member: bool = False
    expected_status: int = 200
    note: str = ""
    missing: str = ""


def versions(page):
    """{language: live page} of `page` and its translations (aliases where not translated)."""
    pages = (
        Page.objects.live().filter(translation_key=page.translation_key).select_related("locale")
    )
    return {version.locale.language_code: version for version in pages}


def translated(pages):
    """The versions of the first of `pages` (Bulgarian) translated into every language.

    Falls back to the first one that exists in every language as an untranslated alias.
    """
    fallback = None
    for page in list(pages)[:CANDIDATES]:
        found = versions(page)
        if set(found) != set(LANGUAGES):
            continue
        if all(version.alias_of_id is None for version in found.values()):
            return found
        fallback = fallback or found
    return fallback or {}


def source_pages(model):
    return model.objects.live().filter(locale=Locale.get_default(), alias_of__isnull=True)


def page_paths(found):
    return {language: page.get_url() for language, page in found.items()}


def view_paths(name, *args):
    paths = {}
    for language in LANGUAGES:
        with translation.override(language):
            paths[language] = reverse(name, args=args)
    return paths


def prefixed(path):
    return {language: f"/{language}/{path}" for language in LANGUAGES}


def upcoming_events():
    today = timezone.localdate()
    upcoming = Q(end_date__gte=today) | Q(end_date__isnull=True, start_date__gte=today)
    return source_pages(EventPage).filter(upcoming).order_by("start_date", "pk")


def written_up_events():
    """Past events with a write-up, those with a gallery first."""
    today = timezone.localdate()
    past = source_pages(EventPage).exclude(
        Q(end_date__gte=today) | Q(end_date__isnull=True, start_date__gte=today)
    )
    past = past.annotate(photos=Count("gallery_images")).order_by("-photos", "-start_date")
    return [event for event in past if event.write_up]


def the_viewer():
    """The demo member the member-only pages are shot as: a trusted one, not a moderator."""
    moderators = Group.objects.filter(name=MODERATORS_GROUP)
    members = demo_users().filter(is_active=True, is_staff=False).exclude(groups__in=moderators)
    return members.filter(profile__trusted=True).order_by("pk").first() or members.first()


def shown_member(viewer):
    """Another member's profile, the most filled in first."""
    others = demo_users().filter(is_active=True).exclude(pk=getattr(viewer, "pk", None))
    others = others.exclude(profile__display_name="")
    filled = others.exclude(profile__bio="").exclude(profile__avatar="")
    return filled.order_by("pk").first() or others.order_by("pk").first()


def object_paths(item):
    paths = {}
    for language in LANGUAGES:
        with translation.override(language):
            paths[language] = item.get_absolute_url()
    return paths


def articles():
    """Articles of the news index (the resource centre's are another family of pages)."""
    index = source_pages(ArticleIndexPage).first()
    if index is None:
        return []
    return source_pages(ArticlePage).child_of(index).order_by("-date", "pk")


# (kind, title, the Bulgarian candidates: a page model for its first page in the tree).
PAGE_TREE_TYPES = [
    ("home", "Home", HomePage),
    ("article-index", "Article index", ArticleIndexPage),
    ("article", "Article", articles),
    ("event-index", "Event index", EventIndexPage),
    ("event-upcoming", "Event, upcoming", upcoming_events),
    ("event-write-up", "Event, past, with its write-up", written_up_events),
    ("project-index", "Project index", ProjectIndexPage),
    ("project", "Project", ProjectPage),
    ("publication-index", "Publication index", PublicationIndexPage),
    (
        "publication",
        "Publication",
        lambda: source_pages(PublicationPage).annotate(n=Count("files")).order_by("-n", "path"),
    ),
    ("resource-centre", "Resource centre", ResourceCentrePage),
    ("standard", "Standard page", lambda: source_pages(StandardPage).order_by("depth", "path")),
    ("contact", "Contact page", ContactPage),
    ("directory", "Directory map", DirectoryPage),
    ("provider", "Service provider", ServiceProviderPage),
    ("legislation-index", "Legislation index", LegislationIndexPage),
    ("law", "Law or policy", LegislationPage),
]


# Every page type, in the order of the index (`find_page_types` makes them).
KINDS = (
    *(kind for kind, _title, _candidates in PAGE_TREE_TYPES),
    "search-results",
    "search-none",
    "members",
    "member-profile",
    "materials",
    "materials-logged-out",
    "material",
    "discussions",
    "discussions-logged-out",
    "thread",
    "login",
    "signup",
    "not-found",
)


def page_type(kind, title, paths, **options):
    if not paths:
        return PageType(kind, title, missing="none in the demo", **options)
    return PageType(kind, title, paths, **options)


def tree_page_types():
    found = []
    for kind, title, candidates in PAGE_TREE_TYPES:
        if isinstance(candidates, type):
            pages = source_pages(candidates).order_by("path")
        else:
            pages = candidates()
        found.append(page_type(kind, title, page_paths(translated(pages))))
    return found


def find_page_types(viewer):
    """Every page type, in the order the index shows them, with its path in each language."""
    member = {"member": True, "note": f"logged in as {viewer.email}" if viewer else ""}
    logged_out = {"note": "logged out"}
    profile = shown_member(viewer)
    thread = Thread.objects.filter(status=Status.PUBLISHED).order_by("-post_count", "pk").first()
    # A members-only material first: the page members see, with its download.
    material = (
        PracticeMaterial.objects.filter(PracticeMaterial.visible_q())
        .order_by("public", "pk")
        .first()
    )
    return [
        *tree_page_types(),
        PageType("search-results", "Search with results", prefixed(f"search/?q={SEARCH_TERM}")),
        PageType("search-none", "Search, no results", prefixed(f"search/?q={NO_RESULTS_TERM}")),
        PageType("members", "Member list", view_paths("members:list"), **member),
        page_type(
            "member-profile",
            "Member profile",
            profile and view_paths("members:profile", profile.pk),
            **member,
        ),
        PageType("materials", "Practice materials", view_paths("materials:list"), **member),
        PageType(
            "materials-logged-out", "Practice materials", view_paths("materials:list"), **logged_out
        ),
        page_type("material", "Practice material", material and object_paths(material), **member),
        PageType("discussions", "Discussions", view_paths("discussions:index"), **member),
        PageType(
            "discussions-logged-out",
            "Discussions",
            view_paths("discussions:index"),
            **logged_out,
        ),
        page_type("thread", "Discussion thread", thread and object_paths(thread), **member),
        PageType("login", "Log in", view_paths("account_login")),
        PageType("signup", "Sign up", view_paths("account_signup")),
        PageType("not-found", "Page not found", prefixed(MISSING_PATH), expected_status=404),
    ]
