"""Members report content (flags); moderators act on reports in the Wagtail admin."""

from django.apps import apps
from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from community.moderation.forms import FlagForm
from community.moderation.models import Flag
from community.moderation.ratelimit import PostingNotAllowed, check_can_post
from community.moderation.registry import moderated_models
from community.moderation.services import flag as record_flag
from community.moderation.services import open_flags
from core.access import members_only


def moderated_object(target_type, pk):
    """A registered model's row that every member may see, or 404."""
    try:
        model = apps.get_model(target_type)
    except (LookupError, ValueError):
        raise Http404 from None
    if model not in moderated_models():
        raise Http404
    obj = get_object_or_404(model, pk=pk)
    if not obj.is_visible:
        raise Http404
    return obj


def safe_next(request, candidate, fallback):
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return fallback


class FlagsByReporter:
    """check_can_post counts the rows of `author`; a flag's author is its reporter."""

    def filter(self, author):
        return Flag.objects.filter(reporter=author)


def check_can_flag(user):
    check_can_post(user, "flag", FlagsByReporter())


@members_only
def flag(request, target_type, pk):
    obj = moderated_object(target_type, pk)
    back = safe_next(
        request, request.POST.get("next") or request.GET.get("next"), obj.get_absolute_url()
    )
    context = {"object": obj, "back": back, "title": obj.moderation_title()}
    if getattr(obj, "author_id", None) == request.user.pk:
        context["refusal"] = _("You cannot report your own post. You can edit or delete it.")
        return render(request, "community/moderation/flag.html", context)
    if open_flags(obj).filter(reporter=request.user).exists():
        context["refusal"] = _("You have already reported this. A moderator will look at it soon.")
        return render(request, "community/moderation/flag.html", context)
    form = FlagForm(request.POST or None, initial={"next": back})
    if request.method == "POST" and form.is_valid():
        try:
            check_can_flag(request.user)
        except PostingNotAllowed as refusal:
            form.add_error(None, refusal.message)
        else:
            record_flag(obj, request.user, form.cleaned_data["reason"], form.cleaned_data["note"])
            messages.success(request, _("Thank you, a moderator will look at it."))
            return redirect(back)
    context["form"] = form
    return render(request, "community/moderation/flag.html", context)
