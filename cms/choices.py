"""Vocabularies of the editorial content types: event, article and publication kinds, projects."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class EventType(models.TextChoices):
    TRAINING = "training", _("Training")
    FOCUS_GROUP = "focus_group", _("Focus group")
    THEMATIC_FORUM = "thematic_forum", _("Thematic forum")
    QUALIFICATION_SESSION = "qualification_session", _("Joint qualification session")
    EXPERT_MEETING = "expert_meeting", _("Expert meeting")
    EXCHANGE_VISIT = "exchange_visit", _("Exchange visit")
    CONFERENCE = "conference", _("Conference")


# Events whose participants count as "people trained" in the key figures.
TRAINING_EVENT_TYPES = (
    EventType.TRAINING,
    EventType.THEMATIC_FORUM,
    EventType.QUALIFICATION_SESSION,
)


class ArticleKind(models.TextChoices):
    NEWS = "news", _("News")
    METHODOLOGY = "methodology", _("Methodology")
    MANUAL = "manual", pgettext_lazy("article kind", "Manual")
    GOOD_PRACTICE = "good_practice", _("Good practice")
    PARTNERSHIP = "partnership", _("Partnership")


# Kinds that belong in the Resource Centre rather than the news section.
RESOURCE_KINDS = (ArticleKind.METHODOLOGY, ArticleKind.MANUAL, ArticleKind.GOOD_PRACTICE)


class PublicationType(models.TextChoices):
    COMPENDIUM = "compendium", _("Compendium")
    BROCHURE = "brochure", _("Brochure")
    REPORT = "report", _("Report")
    STUDY = "study", _("Comparative study")
    MANUAL = "manual", pgettext_lazy("publication type", "Manual")
    TOOLKIT = "toolkit", _("Toolkit")


class OrganisationKind(models.TextChoices):
    NGO = "ngo", _("NGO")
    PUBLIC_BODY = "public_body", _("Public body")
    UNIVERSITY = "university", _("University")
    SERVICE_PROVIDER = "service_provider", _("Service provider")
    FUNDER = "funder", _("Funder")


class ProjectStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ONGOING = "ongoing", _("Ongoing")
    COMPLETED = "completed", _("Completed")


class PartnerRole(models.TextChoices):
    LEAD = "lead", _("Lead partner")
    PARTNER = "partner", _("Partner")
    ASSOCIATE = "associate", _("Associated partner")


class Currency(models.TextChoices):
    EUR = "EUR", _("Euro (EUR)")
    BGN = "BGN", _("Bulgarian lev (BGN)")
    RON = "RON", _("Romanian leu (RON)")
    USD = "USD", _("US dollar (USD)")
