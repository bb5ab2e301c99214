"""The 15 districts and counties of the border region and real towns in each.

Coordinates are the towns' centres; providers are placed a short, deterministic distance away
from them, and ``away`` says which way is inland for a town on the Danube so that no marker
lands in the river or on the other country's bank.
"""

from dataclasses import dataclass

from demo.core import L


@dataclass(frozen=True)
class Town:
    name: dict
    latitude: float
    longitude: float
    away: str = ""  # "N", "S", "E" or "W": the side away from the Danube, if it is near


@dataclass(frozen=True)
class Region:
    code: str  # cms.choices region code
    key: str  # the middle part of the record keys: BG-VID-001
    country: str
    phone_prefix: str  # country and area code, then an obviously unused number range
    towns: tuple


def town(bg, en, ro, latitude, longitude, away=""):
    return Town(L(bg, en, ro), latitude, longitude, away)


REGIONS = [
    Region(
        "bg-vidin",
        "VID",
        "BG",
        "+359 94 000",
        (
            town("Видин", "Vidin", "Vidin", 43.9962, 22.8679, "W"),
            town("Белоградчик", "Belogradchik", "Belogradcik", 43.6272, 22.6836),
            town("Кула", "Kula", "Kula", 43.8883, 22.5203),
            town("Димово", "Dimovo", "Dimovo", 43.7400, 22.7272),
        ),
    ),
    Region(
        "bg-montana",
        "MON",
        "BG",
        "+359 96 000",
        (
            town("Монтана", "Montana", "Montana", 43.4125, 23.2250),
            town("Лом", "Lom", "Lom", 43.8264, 23.2361, "S"),
            town("Берковица", "Berkovitsa", "Berkovița", 43.2366, 23.1256),
            town("Вълчедръм", "Valchedram", "Vălcedrăm", 43.6933, 23.4444),
        ),
    ),
    Region(
        "bg-vratsa",
        "VRA",
        "BG",
        "+359 92 000",
        (
            town("Враца", "Vratsa", "Vrața", 43.2102, 23.5529),
            town("Козлодуй", "Kozloduy", "Kozlodui", 43.7786, 23.7206, "S"),
            town("Бяла Слатина", "Byala Slatina", "Biala Slatina", 43.4683, 23.9442),
            town("Мездра", "Mezdra", "Mezdra", 43.1456, 23.7058),
            town("Оряхово", "Oryahovo", "Oriahovo", 43.7361, 23.9608, "S"),
        ),
    ),
    Region(
        "bg-pleven",
        "PLE",
        "BG",
        "+359 64 000",
        (
            town("Плевен", "Pleven", "Pleven", 43.4170, 24.6067),
            town("Левски", "Levski", "Levski", 43.3667, 25.1333),
            town("Никопол", "Nikopol", "Nicopole", 43.7058, 24.8953, "S"),
            town("Червен бряг", "Cherven Bryag", "Cerven Breag", 43.2667, 24.1000),
            town("Белене", "Belene", "Belene", 43.6461, 25.1261, "S"),
        ),
    ),
    Region(
        "bg-veliko-tarnovo",
        "VTR",
        "BG",
        "+359 62 000",
        (
            town("Велико Търново", "Veliko Tarnovo", "Veliko Tărnovo", 43.0757, 25.6172),
            town("Горна Оряховица", "Gorna Oryahovitsa", "Gorna Oriahovița", 43.1264, 25.6856),
            town("Свищов", "Svishtov", "Șiștov", 43.6183, 25.3458, "S"),
            town("Павликени", "Pavlikeni", "Pavlikeni", 43.2428, 25.3219),
            town("Елена", "Elena", "Elena", 42.9297, 25.8797),
        ),
    ),
    Region(
        "bg-ruse",
        "RSE",
        "BG",
        "+359 82 000",
        (
            town("Русе", "Ruse", "Ruse", 43.8356, 25.9657, "S"),
            town("Бяла", "Byala", "Biala", 43.4561, 25.7367),
            town("Две могили", "Dve Mogili", "Dve Moghili", 43.5922, 25.8750),
            town("Ветово", "Vetovo", "Vetovo", 43.7000, 26.2667),
        ),
    ),
    Region(
        "bg-silistra",
        "SLS",
        "BG",
        "+359 86 000",
        (
            town("Силистра", "Silistra", "Silistra", 44.1172, 27.2606, "S"),
            town("Тутракан", "Tutrakan", "Turtucaia", 44.0489, 26.6122, "S"),
            town("Дулово", "Dulovo", "Dulovo", 43.8228, 27.1453),
            town("Главиница", "Glavinitsa", "Glavinița", 43.9156, 26.8289),
        ),
    ),
    Region(
        "bg-dobrich",
        "DOB",
        "BG",
        "+359 58 000",
        (
            town("Добрич", "Dobrich", "Dobrici", 43.5667, 27.8333),
            town("Балчик", "Balchik", "Balcic", 43.4269, 28.1636),
            town("Каварна", "Kavarna", "Cavarna", 43.4333, 28.3333),
            town("Генерал Тошево", "General Toshevo", "General Toșevo", 43.7000, 28.0333),
            town("Тервел", "Tervel", "Tervel", 43.7486, 27.4069),
        ),
    ),
    Region(
        "ro-mehedinti",
        "MH",
        "RO",
        "+40 252 000",
        (
            town(
                "Дробета-Турну Северин",
                "Drobeta-Turnu Severin",
                "Drobeta-Turnu Severin",
                44.6319,
                22.6561,
                "N",
            ),
            town("Оршова", "Orșova", "Orșova", 44.7253, 22.3961, "N"),
            town("Стрехая", "Strehaia", "Strehaia", 44.6181, 23.1972),
            town("Вънжу Маре", "Vânju Mare", "Vânju Mare", 44.4253, 22.8689),
        ),
    ),
    Region(
        "ro-dolj",
        "DJ",
        "RO",
        "+40 251 000",
        (
            town("Крайова", "Craiova", "Craiova", 44.3302, 23.7949),
            town("Калафат", "Calafat", "Calafat", 43.9906, 22.9358, "E"),
            town("Бъйлещ", "Băilești", "Băilești", 44.0231, 23.3472),
            town("Филиаш", "Filiași", "Filiași", 44.5547, 23.5139),
            town("Сегарча", "Segarcea", "Segarcea", 44.0983, 23.7428),
        ),
    ),
    Region(
        "ro-olt",
        "OT",
        "RO",
        "+40 249 000",
        (
            town("Слатина", "Slatina", "Slatina", 44.4297, 24.3642),
            town("Каракал", "Caracal", "Caracal", 44.1125, 24.3472),
            town("Корабия", "Corabia", "Corabia", 43.7744, 24.5033, "N"),
            town("Балш", "Balș", "Balș", 44.3500, 24.1000),
        ),
    ),
    Region(
        "ro-teleorman",
        "TR",
        "RO",
        "+40 247 000",
        (
            town("Александрия", "Alexandria", "Alexandria", 43.9686, 25.3333),
            town("Турну Мъгуреле", "Turnu Măgurele", "Turnu Măgurele", 43.7517, 24.8708, "N"),
            town("Рошиорий де Веде", "Roșiorii de Vede", "Roșiorii de Vede", 44.1114, 24.9942),
            town("Зимнича", "Zimnicea", "Zimnicea", 43.6539, 25.3650, "N"),
        ),
    ),
    Region(
        "ro-giurgiu",
        "GR",
        "RO",
        "+40 246 000",
        (
            town("Гюргево", "Giurgiu", "Giurgiu", 43.9037, 25.9699, "N"),
            town("Болинтин-Вале", "Bolintin-Vale", "Bolintin-Vale", 44.4469, 25.7578),
            town("Михъйлещ", "Mihăilești", "Mihăilești", 44.3208, 25.9072),
        ),
    ),
    Region(
        "ro-calarasi",
        "CL",
        "RO",
        "+40 242 000",
        (
            town("Кълъраш", "Călărași", "Călărași", 44.2000, 27.3333, "N"),
            town("Олтеница", "Oltenița", "Oltenița", 44.0867, 26.6367, "N"),
            town("Лехлиу-Гара", "Lehliu-Gară", "Lehliu-Gară", 44.4386, 26.8536),
            town("Будещ", "Budești", "Budești", 44.2333, 26.4667),
        ),
    ),
    Region(
        "ro-constanta",
        "CT",
        "RO",
        "+40 241 000",
        (
            town("Констанца", "Constanța", "Constanța", 44.1733, 28.6383, "W"),
            town("Мангалия", "Mangalia", "Mangalia", 43.8172, 28.5828, "W"),
            town("Меджидия", "Medgidia", "Medgidia", 44.2500, 28.2833),
            town("Черна вода", "Cernavodă", "Cernavodă", 44.3381, 28.0336, "E"),
        ),
    ),
]
