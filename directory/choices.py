"""The directory's fixed vocabularies: what a provider is, what it runs, whom it serves.

Records store the codes; readers see the labels in their language. Import files may use the
code or the label in any of the three languages (see directory.imports).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class ProviderKind(models.TextChoices):
    PUBLIC = "public", _("Public provider (municipality or state)")
    NGO = "ngo", _("Non-governmental organisation")
    PRIVATE = "private", _("Private provider")
    RELIGIOUS = "religious", _("Religious organisation")
    UNIVERSITY = "university", _("University or training centre")


class LegalStatus(models.TextChoices):
    MUNICIPAL = "municipal", _("Municipal service")
    STATE = "state", _("State body")
    ASSOCIATION = "association", _("Association")
    FOUNDATION = "foundation", _("Foundation")
    COMPANY = "company", _("Company")
    OTHER = "other", pgettext_lazy("legal status", "Other")


class ServiceType(models.TextChoices):
    FAMILY_TYPE_PLACEMENT = "family_placement", _("Family-type placement centre")
    DAY_CENTRE = "day_centre", _("Day centre")
    COMMUNITY_SUPPORT = "community_support", _("Community support centre")
    SHELTER = "shelter", _("Shelter or crisis centre")
    FOSTER_CARE = "foster_care", _("Foster care")
    EARLY_INTERVENTION = "early_intervention", _("Early intervention")
    FAMILY_COUNSELLING = "family_counselling", _("Family counselling and support")
    MOTHER_AND_BABY = "mother_and_baby", _("Mother and baby unit")
    SUPPORTED_HOUSING = "supported_housing", _("Supported or transitional housing")
    HOME_CARE = "home_care", _("Home care and personal assistance")
    REHABILITATION = "rehabilitation", _("Social rehabilitation and integration centre")
    RESIDENTIAL_CARE = "residential_care", _("Residential care")


class TargetGroup(models.TextChoices):
    CHILDREN = "children", _("Children at risk")
    FAMILIES = "families", _("Parents and families")
    YOUNG_PEOPLE = "young_people", _("Young people leaving care")
    DISABILITIES = "disabilities", _("People with disabilities")
    OLDER_PEOPLE = "older_people", _("Older people")
    VIOLENCE = "violence", _("Victims of violence or trafficking")
    HOMELESS = "homeless", _("Homeless people")
    FOSTER_CARERS = "foster_carers", _("Foster carers and adoptive parents")
    PROFESSIONALS = "professionals", _("Professionals")


class SpokenLanguage(models.TextChoices):
    BULGARIAN = "bg", pgettext_lazy("spoken language", "Bulgarian")
    ROMANIAN = "ro", pgettext_lazy("spoken language", "Romanian")
    ENGLISH = "en", pgettext_lazy("spoken language", "English")
    ROMANI = "rom", pgettext_lazy("spoken language", "Romani")
    TURKISH = "tr", pgettext_lazy("spoken language", "Turkish")
    RUSSIAN = "ru", pgettext_lazy("spoken language", "Russian")
    UKRAINIAN = "uk", pgettext_lazy("spoken language", "Ukrainian")
    GERMAN = "de", pgettext_lazy("spoken language", "German")
    FRENCH = "fr", pgettext_lazy("spoken language", "French")


class Funding(models.TextChoices):
    STATE_DELEGATED = "state", _("State-delegated activity")
    MUNICIPAL = "municipal", _("Municipal budget")
    EU_PROJECT = "eu_project", _("EU-funded project")
    DONORS = "donors", _("Donors and own income")
    MIXED = "mixed", _("Mixed funding")


class DirectoryCountry(models.TextChoices):
    BULGARIA = "BG", _("Bulgaria")
    ROMANIA = "RO", _("Romania")


class LegislationType(models.TextChoices):
    LAW = "law", _("Law")
    REGULATION = "regulation", _("Regulation or ordinance")
    STRATEGY = "strategy", _("Strategy")
    ACTION_PLAN = "action_plan", _("Action plan or programme")
    STANDARD = "standard", _("Methodology or quality standard")


class LegislationStatus(models.TextChoices):
    IN_FORCE = "in_force", _("In force")
    AMENDED = "amended", _("In force, amended")
    REPEALED = "repealed", _("Repealed")
    DRAFT = "draft", pgettext_lazy("legislation status", "Draft")
