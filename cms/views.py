from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import FileResponse, Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from django.templatetags.static import static
from django.views.decorators.http import require_GET

from cms.models import PublicationDownloadCount, PublicationPage


@require_GET
def publication_download(request, page_id, language):
    """Serve a publication's file in one language and count the download.

    Only files of live pages without view restrictions are served: a draft's files stay private.
    """
    page = get_object_or_404(PublicationPage.objects.live(), pk=page_id)
    if page.get_view_restrictions().exists():
        raise Http404
    publication_file = (
        page.files.filter(language=language)
        .select_related("document")
        .order_by("sort_order")
        .first()
    )
    if publication_file is None:
        raise Http404
    document = publication_file.document
    for restriction in document.collection.get_view_restrictions():
        if not restriction.accept_request(request):
            raise Http404  # a file in a private collection, for those who may open it
    try:
        handle = document.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    count_download(page, language)
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=document.filename,
        content_type=document.content_type or "application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


def count_download(page, language):
    counter = PublicationDownloadCount.objects.filter(page=page, language=language)
    if counter.update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            PublicationDownloadCount.objects.create(page=page, language=language, count=1)
    except IntegrityError:  # another request created it first
        counter.update(count=F("count") + 1)


def favicon(request):
    """Browsers ask for /favicon.ico whatever the page says; send them to the static icon."""
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))
