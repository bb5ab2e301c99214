"""One way to cut a listing into pages, for every list on the site.

Page numbers come from links people share and bookmark: a number that is not one ("?page=x")
gives the first page and one past the end gives the last, never an error page.
"""

from django.core.paginator import Paginator


def paginate(request, items, per_page, parameter="page"):
    """The page of `items` that `?<parameter>=N` asks for (Wagtail's admin uses `p`)."""
    return Paginator(items, per_page).get_page(request.GET.get(parameter))
