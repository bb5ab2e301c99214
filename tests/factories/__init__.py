"""Factories by app, importable from here as before the split.

The trilingual tree the tests share is built from these in tests/site_tree.py.
"""

from tests.factories.cms import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    ContactFormFieldFactory,
    ContactPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    HomePageFactory,
    OrganisationFactory,
    ProjectActivityFactory,
    ProjectFunderFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
    ProjectPartnerFactory,
    ProjectResultFactory,
    PublicationFileFactory,
    PublicationIndexPageFactory,
    PublicationPageFactory,
    ResourceCentrePageFactory,
    StandardPageFactory,
)
from tests.factories.community import PracticeMaterialFactory
from tests.factories.core import (
    ImageFactory,
    PdfDocumentFactory,
    PraktikaPageFactory,
    get_locale,
    make_pdf,
    translate_page,
    translate_snippet,
)
from tests.factories.directory import (
    DirectoryPageFactory,
    LegislationIndexPageFactory,
    LegislationPageFactory,
    ProviderServiceFactory,
    ServiceProviderPageFactory,
)

__all__ = [
    "ArticleIndexPageFactory",
    "ArticlePageFactory",
    "ContactFormFieldFactory",
    "ContactPageFactory",
    "DirectoryPageFactory",
    "EventIndexPageFactory",
    "EventPageFactory",
    "HomePageFactory",
    "ImageFactory",
    "LegislationIndexPageFactory",
    "LegislationPageFactory",
    "OrganisationFactory",
    "PdfDocumentFactory",
    "PracticeMaterialFactory",
    "PraktikaPageFactory",
    "ProjectActivityFactory",
    "ProjectFunderFactory",
    "ProjectIndexPageFactory",
    "ProjectPageFactory",
    "ProjectPartnerFactory",
    "ProjectResultFactory",
    "ProviderServiceFactory",
    "PublicationFileFactory",
    "PublicationIndexPageFactory",
    "PublicationPageFactory",
    "ResourceCentrePageFactory",
    "ServiceProviderPageFactory",
    "StandardPageFactory",
    "get_locale",
    "make_pdf",
    "translate_page",
    "translate_snippet",
]
