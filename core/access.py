"""Who may open a view: one rule for every members-only, moderators-only and admin view.

An anonymous reader is sent to the login page with `next` (or, at a front door, shown a
teaser: `members_only_or`); a signed-in user without the right gets a 403 in their language
(the site's 403 page, or its admin twin); and every answer, refusals included, is
`never_cache` and varies on the cookie. A page cache sits in
front of the site: written once here, the rule cannot be forgotten by the next view that
needs it, and no member's page or refusal is ever handed to another reader.

`core` sits below the apps, so it cannot ask `community.members` who a member is, and it
need not: a member is a signed-in, active account (what Django's login already insists on)
and a moderator is a member holding the permission named by
settings.COMMUNITY_MODERATOR_PERMISSION (given through the "Community moderators" group).
Both answers are read from data every app shares (the user and the permission tables), so
there is no predicate for an app to register at start-up, or to forget to.
`community.members.standing` hands the same two functions to the community's own rules.
"""

from functools import wraps

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.handlers.exception import response_for_exception
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers, patch_vary_headers


def is_member(user):
    return bool(user and user.is_authenticated and user.is_active)


def is_moderator(user):
    return is_member(user) and user.has_perm(settings.COMMUNITY_MODERATOR_PERMISSION)


def private(response):
    """Not for any shared cache, and a different page for every session cookie."""
    add_never_cache_headers(response)
    patch_vary_headers(response, ["Cookie"])
    return response


def login_redirect(request):
    """To the login page and back; for a view that restricts some of its objects only."""
    return private(redirect_to_login(request.get_full_path()))


def _guard(request, has_right, respond, deny):
    """The one rule; `deny()` renders the 403, also for a PermissionDenied the view raises."""
    if not request.user.is_authenticated:
        return login_redirect(request)
    try:
        if not has_right(request.user):
            raise PermissionDenied
        response = respond()
    except PermissionDenied as refusal:
        response = deny(refusal)
    return private(response)


def _restricted(view, has_right):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        return _guard(
            request,
            has_right,
            lambda: view(request, *args, **kwargs),
            # Django's own way from PermissionDenied to handler403 (403.html, translated).
            lambda refusal: response_for_exception(request, refusal),
        )

    return wrapped


def members_only(view):
    """For function views; a class view would take a mixin, but the site has none yet."""
    return _restricted(view, is_member)


def moderators_only(view):
    return _restricted(view, is_moderator)


def members_only_or(teaser):
    """`members_only`, but an anonymous reader gets `teaser(request, …)` instead of the login.

    For the community's front doors (the discussions' index and categories): a visitor sees
    what is there and why to join rather than a bare login form. The teaser shows only what
    anyone may see; its answer is private like every other here.
    """

    def decorator(view):
        guarded = members_only(view)

        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return private(teaser(request, *args, **kwargs))
            return guarded(request, *args, **kwargs)

        return wrapped

    return decorator


def is_staff(user):
    """Staff are the people Wagtail lets into its admin (editors, moderators, administrators)."""
    return is_member(user) and user.has_perm("wagtailadmin.access_admin")


def staff_only(view):
    """For the site's own tools (the style guide): people who may use Wagtail's admin."""
    return _restricted(view, is_staff)


class AdminRightRequiredMixin:
    """Admin views that need a right beyond entering the admin; subclasses say which.

    Wagtail already sends anonymous readers and accounts without admin access to the login
    page. An editor without this view's right gets a 403 inside the admin's frame, like a
    member on the site, rather than Wagtail's redirect to the dashboard; so does one whose
    view raises PermissionDenied about a single object (a page they may not review).
    """

    denied_template_name = "core/admin_403.html"

    def has_right(self, user):
        raise NotImplementedError

    def dispatch(self, request, *args, **kwargs):
        view = super().dispatch
        return _guard(request, self.has_right, lambda: view(request, *args, **kwargs), self.denied)

    def denied(self, refusal):
        return TemplateResponse(self.request, self.denied_template_name, status=403)


class ModeratorRequiredMixin(AdminRightRequiredMixin):
    def has_right(self, user):
        return is_moderator(user)
