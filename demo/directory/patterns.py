"""Kinds of provider the demo invents in every district and county, in three languages.

Each pattern names the provider as the country's own system would (a Bulgarian "център за
обществена подкрепа", a Romanian "centru de consiliere și sprijin pentru părinți și copii")
and lists the services it runs. ``{town}`` in a text is replaced by the town's name.
"""

from dataclasses import dataclass

from demo.core import L


@dataclass(frozen=True)
class Pattern:
    key: str
    names: dict  # country -> L(...)
    kind: str
    legal_status: str
    funding: str
    groups: tuple
    capacity: int
    summary: dict
    services: tuple  # (service type, L(description), capacity share)


# Every provider's page ends with this, in its language.
DEMO_NOTE = L(
    "Демонстрационен запис: доставчикът, адресът и данните за контакт са измислени.",
    "Demonstration record: the provider, its address and contact details are invented.",
    "Înregistrare demonstrativă: furnizorul, adresa și datele de contact sunt inventate.",
)

# Streets that exist in most towns of each country, for invented addresses.
STREETS = {
    "BG": [
        L("ул. „Васил Левски“ {n}", "{n} Vasil Levski St", "Str. Vasil Levski nr. {n}"),
        L("ул. „Христо Ботев“ {n}", "{n} Hristo Botev St", "Str. Hristo Botev nr. {n}"),
        L("ул. „Георги Раковски“ {n}", "{n} Georgi Rakovski St", "Str. Gheorghi Rakovski nr. {n}"),
        L("бул. „Свобода“ {n}", "{n} Svoboda Blvd", "Bd. Svoboda nr. {n}"),
        L("ул. „Цар Освободител“ {n}", "{n} Tsar Osvoboditel St", "Str. Țar Osvoboditel nr. {n}"),
    ],
    "RO": [
        L("ул. „Униря“ № {n}", "{n} Unirii Street", "Str. Unirii nr. {n}"),
        L("ул. „Михай Витязул“ № {n}", "{n} Mihai Viteazul Street", "Str. Mihai Viteazul nr. {n}"),
        L(
            "ул. „Тудор Владимиреску“ № {n}",
            "{n} Tudor Vladimirescu Street",
            "Str. Tudor Vladimirescu nr. {n}",
        ),
        L("бул. „Независимостта“ № {n}", "{n} Independenței Blvd", "Bd. Independenței nr. {n}"),
        L("ул. „Либертъций“ № {n}", "{n} Libertății Street", "Str. Libertății nr. {n}"),
    ],
}

ACCREDITATION = {
    "BG": L(
        "Лиценз № {key}, Агенция за качеството на социалните услуги (измислен)",
        "Licence no. {key}, Social Services Quality Agency (invented)",
        "Licența nr. {key}, Agenția pentru calitatea serviciilor sociale (inventată)",
    ),
    "RO": L(
        "Лиценз за дейност № {key}, Министерство на труда и социалната солидарност (измислен)",
        "Operating licence no. {key}, Ministry of Labour and Social Solidarity (invented)",
        "Licența de funcționare nr. {key}, Ministerul Muncii și Solidarității Sociale (inventată)",
    ),
}
