"""Following threads and categories, the list of follows, and one-click unsubscribe."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from community.discussions import services
from community.discussions.forms import FollowForm
from community.discussions.models import Category, Follow, FollowMode
from community.discussions.notifications import read_unsubscribe_token
from community.discussions.views.browse import visible_thread_or_404
from core.access import members_only


def _back(request, fallback):
    target = request.POST.get("next")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect(fallback)


@require_POST
@members_only
def follow(request):
    form = FollowForm(request.POST)
    if not form.is_valid():
        raise Http404
    data = form.cleaned_data
    if data["thread"]:
        thread = visible_thread_or_404(request.user, data["thread"])
        lookup, fallback = {"thread": thread}, thread.get_absolute_url()
    else:
        category = Category.objects.filter(translation_key=data["category"]).first()
        if category is None:
            raise Http404
        lookup = {"category_key": category.translation_key}
        fallback = category.localized.get_absolute_url()
    mode = data.get("mode") or FollowMode.IMMEDIATE
    action = data.get("action") or "follow"
    if action == "unfollow":
        Follow.objects.filter(user=request.user, **lookup).delete()
        messages.success(request, _("You no longer follow it."))
    else:
        services.ensure_follow(
            request.user,
            thread=lookup.get("thread"),
            category_key=lookup.get("category_key"),
            mode=mode,
        )
        if mode == FollowMode.DAILY:
            messages.success(request, _("You will get new posts in a daily digest email."))
        else:
            messages.success(request, _("You will get an email for every new post."))
    return _back(request, fallback)


@members_only
def following(request):
    follows = list(
        Follow.objects.filter(user=request.user).select_related("thread").order_by("-created_at")
    )
    categories = {c.translation_key: c for c in services.categories_for_reader()}
    for item in follows:
        item.category_shown = categories.get(item.category_key)
    return render(
        request,
        "community/discussions/following.html",
        {"follows": follows, "modes": FollowMode.choices},
    )


@csrf_exempt
@never_cache
def unsubscribe(request, token):
    """One click from an email, no login. GET only asks (mail scanners prefetch links)."""
    payload = read_unsubscribe_token(token)
    if payload is None:
        raise Http404
    if "d" in payload:
        follows = Follow.objects.filter(user_id=payload["d"], mode=FollowMode.DAILY)
        digest = True
    else:
        follows = Follow.objects.filter(pk=payload.get("f"), user_id=payload.get("u"))
        digest = False
    follow = None if digest else follows.select_related("thread").first()
    done = False
    if request.method == "POST":
        follows.delete()
        done = True
    elif request.method != "GET":
        raise Http404
    category = None
    if follow is not None and follow.category_key:
        category = Category.objects.filter(translation_key=follow.category_key).first()
    return render(
        request,
        "community/discussions/unsubscribe.html",
        {
            "token": token,
            "digest": digest,
            "follow": follow,
            "category": category.localized if category else None,
            "gone": not digest and follow is None,
            "done": done,
        },
    )
