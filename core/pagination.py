"""One way to cut a listing into pages, for every list on the site."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator


def paginate(request, items, per_page):
    """A page of results for ?page=N; bad or out-of-range numbers land on a valid page."""
    paginator = Paginator(items, per_page)
    number = request.GET.get("page", 1)
    try:
        return paginator.page(number)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)
