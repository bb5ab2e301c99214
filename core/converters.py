"""Path converters for our URLs; importing this module registers them.

`<id:pk>` is `<int:pk>` for database ids: a number the id columns cannot hold (over 2**63 - 1)
matches no URL, so it is answered with 404 instead of reaching the database. Django turns
such a number into an empty result for a lookup on the id itself, but not for one on a
foreign key (`user_id=`, a page's `page_ptr`), which SQLite refuses with an OverflowError.
"""

from django.urls import register_converter
from django.urls.converters import IntConverter

MAX_ID = 2**63 - 1


class IdConverter(IntConverter):
    def to_python(self, value):
        number = int(value)
        if number > MAX_ID:
            raise ValueError(f"{value} is beyond the largest id")
        return number


register_converter(IdConverter, "id")
