"""``load_demo --reset``: remove what the demo created, and nothing else."""

from django.db.models import Q

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail_localize.models import TranslatableObject

from cms.models import NavigationMenu, Organisation
from demo.core import SOURCE_LANGUAGE, demo_uuid
from demo.media import demo_collection


def demo_keys():
    from demo.cms import articles, events, navigation, projects, publications, site
    from demo.cms.organisations import ORGANISATIONS
    from demo.directory import demo_keys as directory_keys

    specs = [site.HOME, *site.INDEX_PAGES, site.CONTACT, *site.STANDARD_PAGES]
    specs += projects.PROJECTS + events.EVENTS + publications.PUBLICATIONS + articles.ARTICLES
    keys = [spec["key"] for spec in specs]
    keys += [f"organisation/{key}" for key in ORGANISATIONS]
    keys += [navigation.menu_key(location) for location in navigation.MENUS]
    return [demo_uuid(key) for key in keys] + directory_keys()


def take_offline(homes):
    """Unpublish the demo trees in one update, with their search entries and cached copies.

    Wagtail unpublishes each live page before deleting it, and every unpublishing re-syncs
    the page's search entries and purges its cache: for the directory's ~700 records that took
    minutes. Offline pages are deleted without it.
    """
    from cms.cache.purge import purge_all
    from search.models import SearchEntry

    in_trees = Q(pk__in=[])
    for home in homes:
        in_trees |= Q(path__startswith=home.path)
    ids = list(Page.objects.filter(in_trees).values_list("pk", flat=True))
    Page.objects.filter(pk__in=ids).update(live=False)
    SearchEntry.objects.filter(source="page", source_pk__in=ids).delete()
    purge_all()


def delete_demo_content(ctx):
    from demo import community

    ctx.log("Removing the demo content...")
    community.delete(ctx)
    homes = Page.objects.filter(translation_key=demo_uuid("home"), depth=2)
    take_offline(homes)
    # Translations first: their trees hold aliases of the Bulgarian pages.
    for home in sorted(homes, key=lambda page: page.locale.language_code == SOURCE_LANGUAGE):
        ctx.log(f"  pages under {home.url_path} ({home.locale.language_code})")
        home.delete()
    keys = demo_keys()
    NavigationMenu.objects.filter(translation_key__in=keys).delete()
    Organisation.objects.filter(translation_key__in=keys).delete()
    TranslatableObject.objects.filter(translation_key__in=keys).delete()
    collection = demo_collection()
    images = get_image_model().objects.filter(collection=collection)
    documents = get_document_model().objects.filter(collection=collection)
    ctx.log(f"  {images.count()} images and {documents.count()} documents")
    for item in [*images, *documents]:
        item.delete()
