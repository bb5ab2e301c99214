from cms.models.articles import (
    ArticleDocument,
    ArticleIndexPage,
    ArticlePage,
    ArticlePageTag,
    ArticleRelatedPage,
    ResourceCentrePage,
)
from cms.models.events import EventDocument, EventGalleryImage, EventIndexPage, EventPage
from cms.models.home import HomePage, HomePageFeaturedItem
from cms.models.imports import ImportedPage
from cms.models.projects import (
    ProjectActivity,
    ProjectFunder,
    ProjectIndexPage,
    ProjectPage,
    ProjectPartner,
    ProjectResult,
)
from cms.models.publications import (
    PublicationDownloadCount,
    PublicationFile,
    PublicationIndexPage,
    PublicationPage,
)
from cms.models.snippets import NavigationMenu, Organisation
from cms.models.standard import ContactFormField, ContactPage, StandardPage

__all__ = [
    "ArticleDocument",
    "ArticleIndexPage",
    "ArticlePage",
    "ArticlePageTag",
    "ArticleRelatedPage",
    "ContactFormField",
    "ContactPage",
    "EventDocument",
    "EventGalleryImage",
    "EventIndexPage",
    "EventPage",
    "HomePage",
    "HomePageFeaturedItem",
    "ImportedPage",
    "NavigationMenu",
    "Organisation",
    "ProjectActivity",
    "ProjectFunder",
    "ProjectIndexPage",
    "ProjectPage",
    "ProjectPartner",
    "ProjectResult",
    "PublicationDownloadCount",
    "PublicationFile",
    "PublicationIndexPage",
    "PublicationPage",
    "ResourceCentrePage",
    "StandardPage",
]
