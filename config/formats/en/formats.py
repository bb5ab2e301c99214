"""One way to write a date in English: "7 December 2026" (day first, as on the other two
languages' pages, rather than Django's "Dec. 7, 2026")."""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
