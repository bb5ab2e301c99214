"""The member's own data: consent to the terms, export, and deleting the account."""

from django.contrib import messages
from django.contrib.auth import logout
from django.http import FileResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from community.members import data
from community.members.consent import has_current_consent, legal_page_url, record_consent
from community.members.forms import ConsentForm, DeleteAccountForm
from core.access import members_only


def safe_next(request, default="/"):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default


def legal_links():
    return {"terms_url": legal_page_url("terms"), "privacy_url": legal_page_url("privacy")}


@members_only
def consent(request):
    next_url = safe_next(request)
    if request.method == "POST":
        form = ConsentForm(request.POST)
        if form.is_valid():
            record_consent(request.user)
            messages.success(request, _("Thank you. You can continue where you were."))
            return redirect(next_url)
    else:
        form = ConsentForm()
    context = {
        "form": form,
        "next": next_url,
        "already": has_current_consent(request.user),
        **legal_links(),
    }
    return render(request, "community/members/consent.html", context)


@members_only
def my_data(request):
    """GET explains what is kept; POST downloads everything as a zip file."""
    if request.method == "POST":
        archive = data.build_export(request.user)
        stamp = timezone.localdate().isoformat()
        return FileResponse(
            archive,
            as_attachment=True,
            filename=f"praktika-my-data-{stamp}.zip",
            content_type="application/zip",
        )
    return render(request, "community/members/data.html", legal_links())


@members_only
def delete_account(request):
    user = request.user
    if request.method == "POST":
        form = DeleteAccountForm(request.POST, user=user, request=request)
        if form.is_valid():
            data.erase_account(user, keep_files=form.keep_files)
            logout(request)
            request.session["members_account_deleted"] = True
            return redirect("members:deleted")
    else:
        form = DeleteAccountForm(user=user, request=request)
    return render(request, "community/members/delete.html", {"form": form})


@never_cache
@require_GET
def deleted(request):
    if not request.session.pop("members_account_deleted", False):
        return redirect("wagtail_serve", "")
    return render(request, "community/members/deleted.html")
