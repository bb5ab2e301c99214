"""Django's own strings that this site translates its own way, marked so they stay in locale/.

Entries in locale/*/LC_MESSAGES/django.po take precedence over Django's catalogues, but
`make messages` drops any entry no source file marks. Marked here: the months as a date's
"F" shows them (lower case in Bulgarian and Romanian, as config/formats writes dates), and
file sizes (Django's Bulgarian "KБ" mixes a Latin K with a Cyrillic Б; its Romanian writes
"octeţi" with a cedilla). And the password rules a member meets at sign-up: Django 5.2 asks
for "…at least %d characters." where its catalogues still translate "%(min_length)d", so that
message came out in English; its Romanian ones and allauth's lack diacritics or say "tu".
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
PASSWORDS = [
    ngettext_lazy(
        "This password is too short. It must contain at least %d character.",
        "This password is too short. It must contain at least %d characters.",
        "min_length",
    ),
    gettext_noop("This password is entirely numeric."),
    gettext_noop("Your password can’t be too similar to your other personal information."),
    gettext_noop("Your password can’t be a commonly used password."),
    gettext_noop("Your password can’t be entirely numeric."),
    # allauth's
    gettext_noop("You must type the same password each time."),
]
