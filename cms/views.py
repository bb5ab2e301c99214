from django.db.models import F
from django.http import FileResponse, Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from django.templatetags.static import static
from django.views.decorators.http import require_GET

from cms.models import PublicationFile


@require_GET
def publication_download(request, pk):
    """Serve a publication's file and count the download.

    Only files of live pages without view restrictions are served: a draft's files stay private.
    """
    publication_file = get_object_or_404(
        PublicationFile.objects.select_related("document", "page"), pk=pk
    )
    page = publication_file.page
    if not page.live or page.get_view_restrictions().exists():
        raise Http404
    document = publication_file.document
    try:
        handle = document.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    PublicationFile.objects.filter(pk=pk).update(download_count=F("download_count") + 1)
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=document.filename,
        content_type=document.content_type or "application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


def favicon(request):
    """Browsers ask for /favicon.ico whatever the page says; send them to the static icon."""
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))
