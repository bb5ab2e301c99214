"""Django's own strings that this site translates its own way, marked so they stay in locale/.

Entries in locale/*/LC_MESSAGES/django.po take precedence over Django's catalogues, but
`make messages` drops any entry no source file marks. Marked here: the months as a date's
"F" shows them (lower case in Bulgarian and Romanian, as config/formats writes dates), and
file sizes (Django's Bulgarian "KБ" mixes a Latin K with a Cyrillic Б; its Romanian writes
"octeţi" with a cedilla).
"""

from django.utils.translation import gettext_noop, ngettext_lazy

MONTHS = [
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
]
FILE_SIZES = [
    ngettext_lazy("%(size)d byte", "%(size)d bytes", "size"),
    gettext_noop("%s KB"),
]
