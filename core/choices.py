"""Vocabularies more than one app uses: countries and their regions, professions, languages, licences."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Country(models.TextChoices):
    BULGARIA = "BG", _("Bulgaria")
    ROMANIA = "RO", _("Romania")
    OTHER = "XX", _("Other country")


# Bulgaria's 28 districts (oblasti) and Romania's 41 counties (judete) plus Bucharest.
BULGARIAN_DISTRICTS = [
    ("bg-blagoevgrad", _("Blagoevgrad")),
    ("bg-burgas", _("Burgas")),
    ("bg-dobrich", _("Dobrich")),
    ("bg-gabrovo", _("Gabrovo")),
    ("bg-haskovo", _("Haskovo")),
    ("bg-kardzhali", _("Kardzhali")),
    ("bg-kyustendil", _("Kyustendil")),
    ("bg-lovech", _("Lovech")),
    ("bg-montana", _("Montana")),
    ("bg-pazardzhik", _("Pazardzhik")),
    ("bg-pernik", _("Pernik")),
    ("bg-pleven", _("Pleven")),
    ("bg-plovdiv", _("Plovdiv")),
    ("bg-razgrad", _("Razgrad")),
    ("bg-ruse", _("Ruse")),
    ("bg-shumen", _("Shumen")),
    ("bg-silistra", _("Silistra")),
    ("bg-sliven", _("Sliven")),
    ("bg-smolyan", _("Smolyan")),
    ("bg-sofia-city", _("Sofia City")),
    ("bg-sofia-province", _("Sofia Province")),
    ("bg-stara-zagora", _("Stara Zagora")),
    ("bg-targovishte", _("Targovishte")),
    ("bg-varna", _("Varna")),
    ("bg-veliko-tarnovo", _("Veliko Tarnovo")),
    ("bg-vidin", _("Vidin")),
    ("bg-vratsa", _("Vratsa")),
    ("bg-yambol", _("Yambol")),
]


ROMANIAN_COUNTIES = [
    ("ro-alba", _("Alba")),
    ("ro-arad", _("Arad")),
    ("ro-arges", _("Argeș")),
    ("ro-bacau", _("Bacău")),
    ("ro-bihor", _("Bihor")),
    ("ro-bistrita-nasaud", _("Bistrița-Năsăud")),
    ("ro-botosani", _("Botoșani")),
    ("ro-braila", _("Brăila")),
    ("ro-brasov", _("Brașov")),
    ("ro-bucharest", _("Bucharest")),
    ("ro-buzau", _("Buzău")),
    ("ro-calarasi", _("Călărași")),
    ("ro-caras-severin", _("Caraș-Severin")),
    ("ro-cluj", _("Cluj")),
    ("ro-constanta", _("Constanța")),
    ("ro-covasna", _("Covasna")),
    ("ro-dambovita", _("Dâmbovița")),
    ("ro-dolj", _("Dolj")),
    ("ro-galati", _("Galați")),
    ("ro-giurgiu", _("Giurgiu")),
    ("ro-gorj", _("Gorj")),
    ("ro-harghita", _("Harghita")),
    ("ro-hunedoara", _("Hunedoara")),
    ("ro-ialomita", _("Ialomița")),
    ("ro-iasi", _("Iași")),
    ("ro-ilfov", _("Ilfov")),
    ("ro-maramures", _("Maramureș")),
    ("ro-mehedinti", _("Mehedinți")),
    ("ro-mures", _("Mureș")),
    ("ro-neamt", _("Neamț")),
    ("ro-olt", _("Olt")),
    ("ro-prahova", _("Prahova")),
    ("ro-salaj", _("Sălaj")),
    ("ro-satu-mare", _("Satu Mare")),
    ("ro-sibiu", _("Sibiu")),
    ("ro-suceava", _("Suceava")),
    ("ro-teleorman", _("Teleorman")),
    ("ro-timis", _("Timiș")),
    ("ro-tulcea", _("Tulcea")),
    ("ro-valcea", _("Vâlcea")),
    ("ro-vaslui", _("Vaslui")),
    ("ro-vrancea", _("Vrancea")),
]


REGION_CHOICES = [
    (_("Bulgaria: districts"), BULGARIAN_DISTRICTS),
    (_("Romania: counties"), ROMANIAN_COUNTIES),
]


REGION_LABELS = dict(BULGARIAN_DISTRICTS + ROMANIAN_COUNTIES)


def region_country(region_code):
    """The country a region code belongs to (codes start with the country's ISO code)."""
    if not region_code:
        return ""
    return region_code.split("-", 1)[0].upper()


class Profession(models.TextChoices):
    SOCIAL_WORKER = "social_worker", _("Social workers")
    PEDAGOGUE = "pedagogue", _("Pedagogues and teachers")
    PSYCHOLOGIST = "psychologist", _("Psychologists")
    CHILD_PROTECTION = "child_protection", _("Child-protection staff")
    FOSTER_CARE = "foster_care", _("Foster-care teams")
    MUNICIPAL = "municipal", _("Municipal staff")
    POLICE = "police", _("Police")
    DOCTOR = "doctor", _("Doctors")
    JUDGE = "judge", _("Judges")
    JOURNALIST = "journalist", _("Journalists")
    PARENT = "parent", _("Parents")
    OTHER = "other", pgettext_lazy("audience", "Other")


class Language(models.TextChoices):
    BULGARIAN = "bg", pgettext_lazy("file language", "Bulgarian")
    ENGLISH = "en", pgettext_lazy("file language", "English")
    ROMANIAN = "ro", pgettext_lazy("file language", "Romanian")


class Licence(models.TextChoices):
    CC_BY = "cc-by-4.0", _("Creative Commons Attribution 4.0")
    CC_BY_SA = "cc-by-sa-4.0", _("Creative Commons Attribution-ShareAlike 4.0")
    CC_BY_NC = "cc-by-nc-4.0", _("Creative Commons Attribution-NonCommercial 4.0")
    CC_BY_NC_ND = (
        "cc-by-nc-nd-4.0",
        _("Creative Commons Attribution-NonCommercial-NoDerivatives 4.0"),
    )
    ALL_RIGHTS = "all-rights-reserved", _("All rights reserved")
