from directory.models.legislation import LegislationDocument, LegislationIndexPage, LegislationPage
from directory.models.providers import (
    DirectoryPage,
    ProviderService,
    ServiceProviderPage,
)

__all__ = [
    "DirectoryPage",
    "LegislationDocument",
    "LegislationIndexPage",
    "LegislationPage",
    "ProviderService",
    "ServiceProviderPage",
]
