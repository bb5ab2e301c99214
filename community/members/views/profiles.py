"""The member list, profiles, the avatar view and editing one's own profile."""

from django.conf import settings
from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from community.members.filters import MemberFilterForm
from community.members.forms import ProfileForm
from community.members.models import Profile
from community.members.standing import is_member, profile_for
from core.access import members_only
from core.pagination import paginate


def listed_profiles():
    return Profile.objects.filter(user__is_active=True, is_banned=False).select_related("user")


def visible_fields(profile, viewer):
    """The fields a viewer may see: all for members, the chosen public ones for others."""
    if is_member(viewer):
        return set(Profile.PUBLIC_CHOICES)
    return set(profile.public_fields or []) & set(Profile.PUBLIC_CHOICES)


@members_only
def member_list(request):
    profiles = listed_profiles().exclude(display_name="").order_by("display_name", "pk")
    form = MemberFilterForm(request.GET or None)
    page = paginate(request, form.filter(profiles), settings.COMMUNITY_MEMBERS_PAGE_SIZE)
    return render(
        request,
        "community/members/member_list.html",
        {"filter_form": form, "profiles": page, "page_obj": page},
    )


@never_cache
def profile(request, pk):
    """Anonymous readers get 404 unless the member made something public (no enumeration)."""
    member = get_object_or_404(listed_profiles(), user_id=pk)
    shown = visible_fields(member, request.user)
    own = request.user.is_authenticated and request.user.pk == member.user_id
    if not is_member(request.user) and not shown:
        raise Http404
    return render(
        request,
        "community/members/profile.html",
        {"member": member, "shown": shown, "own": own},
    )


@never_cache
def avatar(request, pk):
    member = get_object_or_404(listed_profiles(), user_id=pk)
    if not member.avatar or "avatar" not in visible_fields(member, request.user):
        raise Http404
    try:
        handle = member.avatar.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(handle, content_type="image/png")
    response["X-Content-Type-Options"] = "nosniff"
    return response


@members_only
def me(request):
    return redirect("members:profile", pk=request.user.pk)


@members_only
def edit(request):
    member = profile_for(request.user)
    if request.method == "POST":
        form = ProfileForm(request.POST, request.FILES, instance=member)
        if form.is_valid():
            form.save()
            messages.success(request, _("Your profile has been saved."))
            return redirect("members:profile", pk=request.user.pk)
        form.keep_valid_upload(request.user)
    else:
        form = ProfileForm(instance=member)
    return render(request, "community/members/edit.html", {"form": form, "member": member})
