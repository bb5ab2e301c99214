"""Where each page type may be created, and creating articles and events in the admin."""

import datetime

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

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
from directory.models import (
    DirectoryPage,
    LegislationIndexPage,
    LegislationPage,
    ServiceProviderPage,
)
from tests.factories import (
    ArticleIndexPageFactory,
    ContactPageFactory,
    DirectoryPageFactory,
    EventIndexPageFactory,
    LegislationIndexPageFactory,
    ProjectIndexPageFactory,
    PublicationIndexPageFactory,
    ResourceCentrePageFactory,
)
from tests.site_tree import make_home_site

SECTIONS = {
    ArticleIndexPage,
    DirectoryPage,
    LegislationIndexPage,
    ResourceCentrePage,
    EventIndexPage,
    ProjectIndexPage,
    PublicationIndexPage,
    StandardPage,
    ContactPage,
}
DETAIL_PAGES = {
    ArticlePage,
    EventPage,
    ProjectPage,
    PublicationPage,
    ServiceProviderPage,
    LegislationPage,
}


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_only(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertAllowedParentPageTypes(HomePage, {Page})
        for model in SECTIONS | DETAIL_PAGES:
            self.assertCanNotCreateAt(model, HomePage)

    def test_home_page_holds_the_sections(self):
        # Plain wagtailcore.Page is allowed by type but is not creatable by editors.
        self.assertAllowedSubpageTypes(HomePage, SECTIONS | {Page})
        self.assertEqual(set(HomePage.creatable_subpage_models()), SECTIONS)
        for model in SECTIONS:
            self.assertCanCreateAt(HomePage, model)
        for model in DETAIL_PAGES:
            self.assertCanNotCreateAt(HomePage, model)

    def test_each_index_holds_its_own_detail_pages(self):
        self.assertAllowedSubpageTypes(ArticleIndexPage, {ArticlePage})
        self.assertAllowedSubpageTypes(ResourceCentrePage, {ArticlePage})
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertAllowedSubpageTypes(ProjectIndexPage, {ProjectPage})
        self.assertAllowedSubpageTypes(PublicationIndexPage, {PublicationPage})
        self.assertAllowedSubpageTypes(DirectoryPage, {ServiceProviderPage})
        self.assertAllowedSubpageTypes(LegislationIndexPage, {LegislationPage})
        self.assertCanNotCreateAt(DirectoryPage, LegislationPage)
        self.assertCanNotCreateAt(LegislationIndexPage, ServiceProviderPage)
        self.assertCanNotCreateAt(EventIndexPage, ArticlePage)
        self.assertCanNotCreateAt(ArticleIndexPage, EventPage)
        self.assertCanNotCreateAt(PublicationIndexPage, ProjectPage)
        self.assertCanNotCreateAt(ProjectIndexPage, PublicationPage)

    def test_detail_pages_are_leaves(self):
        for model in DETAIL_PAGES | {ContactPage}:
            self.assertAllowedSubpageTypes(model, set())

    def test_detail_pages_live_under_their_index(self):
        self.assertAllowedParentPageTypes(ArticlePage, {ArticleIndexPage, ResourceCentrePage})
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedParentPageTypes(ProjectPage, {ProjectIndexPage})
        self.assertAllowedParentPageTypes(PublicationPage, {PublicationIndexPage})
        self.assertAllowedParentPageTypes(ServiceProviderPage, {DirectoryPage})
        self.assertAllowedParentPageTypes(LegislationPage, {LegislationIndexPage})
        for index in (ArticleIndexPage, ResourceCentrePage, EventIndexPage):
            self.assertCanNotCreateAt(Page, index)
            self.assertCanNotCreateAt(StandardPage, index)

    def test_standard_pages_nest(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertEqual(set(StandardPage.creatable_subpage_models()), {StandardPage})
        self.assertAllowedParentPageTypes(ContactPage, {HomePage})


class OneOfEachSectionTests(WagtailPageTestCase):
    """A language's home page has at most one news index, events index, contact page..."""

    @classmethod
    def setUpTestData(cls):
        cls.home = make_home_site()[0]

    def test_a_second_section_of_a_kind_cannot_be_added(self):
        for model, factory in [
            (ArticleIndexPage, ArticleIndexPageFactory),
            (ResourceCentrePage, ResourceCentrePageFactory),
            (EventIndexPage, EventIndexPageFactory),
            (ProjectIndexPage, ProjectIndexPageFactory),
            (PublicationIndexPage, PublicationIndexPageFactory),
            (ContactPage, ContactPageFactory),
            (DirectoryPage, DirectoryPageFactory),
            (LegislationIndexPage, LegislationIndexPageFactory),
        ]:
            with self.subTest(model=model.__name__):
                self.assertTrue(model.can_create_at(self.home))
                factory(parent=self.home)
                self.assertFalse(model.can_create_at(Page.objects.get(pk=self.home.pk)))

    def test_standard_pages_are_not_limited(self):
        self.assertTrue(StandardPage.can_create_at(self.home))


class CreatePagesInTheAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home_site()[0]
        cls.news = ArticleIndexPageFactory(parent=cls.home)
        cls.events = EventIndexPageFactory(parent=cls.home)

    def setUp(self):
        # Not self.login(): the test client's login() gives authenticate() no request, which
        # django-axes needs to count failures per address.
        self.client.force_login(self.create_test_user())

    def test_create_an_article(self):
        self.assertCanCreate(
            self.news,
            ArticlePage,
            nested_form_data(
                {
                    "title": "Стартира картографирането на социалните ресурси",
                    "slug": "kartografirane",
                    "kind": "news",
                    "date": "2017-06-01",
                    "authors": "Екипът на проекта",
                    "tags": "картографиране, Видин",
                    "lead": "Картографирането обхваща 13 области от двете страни на Дунав.",
                    "body": streamfield(
                        [
                            ("heading", {"text": "Какво картографираме", "level": "h2"}),
                            (
                                "paragraph",
                                rich_text(
                                    "<p>Услуги във Враца, Плевен, Русе и Добрич.</p>",
                                    features=["bold", "italic", "link"],
                                ),
                            ),
                        ]
                    ),
                    "documents": inline_formset([]),
                    "related_pages": inline_formset([]),
                    "comments": inline_formset([]),
                    "listing_summary": "",
                }
            ),
        )

        article = ArticlePage.objects.child_of(self.news).get(slug="kartografirane")
        self.assertTrue(article.live)
        self.assertEqual(article.locale.language_code, "bg")
        self.assertEqual(article.date, datetime.date(2017, 6, 1))
        self.assertEqual([block.block_type for block in article.body], ["heading", "paragraph"])
        self.assertEqual(article.body[0].value["text"], "Какво картографираме")
        self.assertIn("Плевен", str(article.body[1].value))
        self.assertEqual(sorted(article.tags.names()), ["Видин", "картографиране"])

    def test_create_an_event(self):
        data = nested_form_data(
            {
                "title": "Фокус група „Укрепване на системата за закрила на детето“",
                "slug": "fokus-grupa-harmanli",
                "event_type": "focus_group",
                "start_date": "2020-06-17",
                "end_date": "",
                "venue": "",
                "city": "Харманли",
                "region": "bg-haskovo",
                "country": "BG",
                "organisers": "Фондация за закрила на детето",
                "trainers": "",
                "participants_total": "21",
                "participants_bg": "21",
                "participants_ro": "",
                "project": "",
                "summary": "Специалистите обсъдиха как да се включват родителите повече.",
                "write_up": streamfield(
                    [("paragraph", rich_text("<p>Нужна е по-добра координация.</p>"))]
                ),
                "findings": rich_text("<p>Редовно опресняване на знанията.</p>"),
                "gallery_images": inline_formset([]),
                "documents": inline_formset([]),
                "comments": inline_formset([]),
            }
        )
        # A multiple choice: the field's name repeated, which nested_form_data cannot express.
        data["audience"] = ["social_worker", "child_protection"]
        self.assertCanCreate(self.events, EventPage, data)

        event = EventPage.objects.child_of(self.events).get(slug="fokus-grupa-harmanli")
        self.assertTrue(event.live)
        self.assertEqual(event.start_date, datetime.date(2020, 6, 17))
        self.assertEqual(event.participants_total, 21)
        self.assertEqual(event.audience, ["social_worker", "child_protection"])
        self.assertEqual(event.region, "bg-haskovo")
        self.assertIn("координация", str(event.write_up[0].value))

    def test_the_admin_refuses_an_event_in_the_wrong_country(self):
        with self.assertRaisesMessage(AssertionError, "region"):
            self.assertCanCreate(
                self.events,
                EventPage,
                nested_form_data(
                    {
                        "title": "Тематичен форум",
                        "slug": "tematichen-forum",
                        "event_type": "thematic_forum",
                        "start_date": "2018-03-14",
                        "end_date": "2018-03-15",
                        "city": "Русе",
                        "region": "ro-giurgiu",
                        "country": "BG",
                        "participants_total": "20",
                        "summary": "Двудневна среща на 20 експерти.",
                        "write_up": streamfield([]),
                        "gallery_images": inline_formset([]),
                        "documents": inline_formset([]),
                        "comments": inline_formset([]),
                    }
                ),
            )
        self.assertFalse(EventPage.objects.filter(slug="tematichen-forum").exists())
