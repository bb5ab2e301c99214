"""Factories for the social-service directory: providers, their services, legislation."""

from decimal import Decimal

import factory
from factory.django import DjangoModelFactory

from directory import models
from directory.choices import (
    Funding,
    LegalStatus,
    LegislationStatus,
    LegislationType,
    ProviderKind,
    ServiceType,
    TargetGroup,
)
from tests.factories.core import PraktikaPageFactory


class DirectoryPageFactory(PraktikaPageFactory):
    title = "Карта на социалните услуги"
    slug = "karta"
    introduction = "Доставчици на социални услуги в трансграничния регион."

    class Meta:
        model = models.DirectoryPage


class ServiceProviderPageFactory(PraktikaPageFactory):
    title = factory.Sequence(lambda n: f"Център за обществена подкрепа – Видин {n + 1}")
    record_key = factory.Sequence(lambda n: f"TEST-{n + 1:04d}")
    organisation_kind = ProviderKind.PUBLIC
    legal_status = LegalStatus.MUNICIPAL
    summary = "Подкрепа за деца и семейства в риск."
    address = "ул. „Цар Симеон Велики“ 1"
    municipality = "Видин"
    region = "bg-vidin"
    country = "BG"
    latitude = Decimal("43.990000")
    longitude = Decimal("22.880000")
    phone = "+359 94 600 000"
    email = "csp@example.org"
    languages = ["bg", "ro"]
    target_groups = [TargetGroup.CHILDREN, TargetGroup.FAMILIES]
    capacity = 40
    funding = Funding.STATE_DELEGATED

    class Meta:
        model = models.ServiceProviderPage


class ProviderServiceFactory(DjangoModelFactory):
    page = factory.SubFactory(ServiceProviderPageFactory)
    service_type = ServiceType.COMMUNITY_SUPPORT
    name = ""
    description = "Консултации за родители."

    class Meta:
        model = models.ProviderService


class LegislationIndexPageFactory(PraktikaPageFactory):
    title = "Законодателство и политики"
    slug = "zakonodatelstvo"
    introduction = "Социалното законодателство на България и Румъния."

    class Meta:
        model = models.LegislationIndexPage


class LegislationPageFactory(PraktikaPageFactory):
    title = factory.Sequence(lambda n: f"Закон за социалните услуги ({n + 1})")
    record_key = factory.Sequence(lambda n: f"LAW-{n + 1:04d}")
    country = "BG"
    record_type = LegislationType.LAW
    year = 2019
    status = LegislationStatus.IN_FORCE
    summary = "Урежда предоставянето, планирането и качеството на социалните услуги."
    link = "https://www.example.org/zakon"

    class Meta:
        model = models.LegislationPage
