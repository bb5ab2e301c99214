"""One way to write a date in Romanian: "7 decembrie 2026" (months in lower case).

Django's own formats differ ("7 Decembrie 2026" in some places). Other formats are Django's.
"""

DATE_FORMAT = "j E Y"
DATETIME_FORMAT = "j E Y, H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j E"
