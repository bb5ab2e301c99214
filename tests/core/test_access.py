"""core.access: anonymous → login with next, no right → 403, and always private."""

from django.contrib.auth.models import AnonymousUser, Group
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.utils import translation
from django.views import View

import pytest

from core.access import ModeratorRequiredMixin, members_only, moderators_only

pytestmark = pytest.mark.django_db


def answer(request):
    return HttpResponse("the page")


def refuse(request):
    raise PermissionDenied


class AdminAnswer(ModeratorRequiredMixin, View):
    def get(self, request):
        return HttpResponse("the admin page")


class AdminRefusal(ModeratorRequiredMixin, View):
    def get(self, request):
        raise PermissionDenied


@pytest.fixture
def users(django_user_model):
    def make(username, **fields):
        return django_user_model.objects.create_user(
            username, f"{username}@praktika.test", **fields
        )

    moderator = make("moderator")
    moderator.groups.add(Group.objects.get(name="Community moderators"))
    return {
        "anonymous": AnonymousUser(),
        "inactive": make("inactive", is_active=False),
        "member": make("member"),
        "moderator": moderator,
    }


def assert_private(response):
    assert "no-cache" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]


MODERATORS_ONLY = moderators_only(answer)
ADMIN = AdminAnswer.as_view()
VIEWS = {
    "members_only": members_only(answer),
    "moderators_only": MODERATORS_ONLY,
    "members_only, the view refuses": members_only(refuse),
    "admin": ADMIN,
    "admin, the view refuses": AdminRefusal.as_view(),
}


@pytest.mark.parametrize(
    "view, role, expected",
    [
        ("members_only", "anonymous", 302),
        ("members_only", "inactive", 403),
        ("members_only", "member", 200),
        ("moderators_only", "anonymous", 302),
        ("moderators_only", "member", 403),
        ("moderators_only", "moderator", 200),
        ("members_only, the view refuses", "member", 403),
        ("admin", "anonymous", 302),
        ("admin", "member", 403),
        ("admin", "moderator", 200),
        ("admin, the view refuses", "moderator", 403),
    ],
)
def test_one_rule(rf, users, view, role, expected):
    request = rf.get("/en/somewhere/?page=2")
    request.user = users[role]
    with translation.override("en"):
        response = VIEWS[view](request)
    assert response.status_code == expected
    if expected == 302:
        assert response["Location"] == "/en/accounts/login/?next=/en/somewhere/%3Fpage%3D2"
    assert_private(response)


def test_the_refusals_are_the_sites_403_pages_in_the_readers_language(rf, users):
    request = rf.get("/ro/somewhere/")
    request.user = users["member"]
    with translation.override("ro"):
        html = MODERATORS_ONLY(request).content.decode()
        assert translation.gettext("Access denied") in html
        assert translation.gettext("Access denied") != "Access denied"
    assert ADMIN(request).template_name == "core/admin_403.html"
