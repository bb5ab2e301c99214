"""Month names as they stand inside a date, e.g. "26 септември 2019" (the `E` date format).

Django's own Bulgarian and Romanian catalogues capitalise them; marking them here keeps the
entries in locale/*.po, which take precedence, so dates read naturally in both languages.
"""

from django.utils.translation import pgettext_lazy

DATE_MONTH_NAMES = [
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
]
