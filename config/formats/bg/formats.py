"""One way to write a date in Bulgarian: "7 декември 2026" (months in lower case).

Django's own formats differ ("07 Декември 2026"). Other formats are Django's.
"""

DATE_FORMAT = "j E Y"
DATETIME_FORMAT = "j E Y, H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j E"
