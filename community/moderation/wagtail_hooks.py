"""The "Community" menu of the Wagtail admin, shown to community moderators only.

Other parts add their own entries with the `register_community_menu_item` hook (return a
MenuItem; check permissions in its `is_shown`).
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from community.members.standing import is_moderator
from community.moderation import admin_views
from community.moderation.log import register_actions
from core import converters  # noqa: F401 (registers <id:...>)


class ModeratorMenuItem(MenuItem):
    def is_shown(self, request):
        return is_moderator(request.user)


@hooks.register("register_admin_urls")
def register_community_admin_urls():
    return [
        path(
            "community/queue/",
            admin_views.QueueView.as_view(),
            name="community_moderation_queue",
        ),
        path(
            "community/queue/<str:target_type>/<id:pk>/<str:action>/",
            admin_views.ContentActionView.as_view(),
            name="community_moderation_action",
        ),
        path("community/members/", admin_views.MembersView.as_view(), name="community_members"),
        path(
            "community/members/<id:pk>/",
            admin_views.MemberView.as_view(),
            name="community_member",
        ),
        path(
            "community/members/<id:pk>/<str:action>/",
            admin_views.MemberView.as_view(),
            name="community_member_action",
        ),
        path("community/log/", admin_views.LogView.as_view(), name="community_moderation_log"),
    ]


community_menu = Menu(
    register_hook_name="register_community_menu_item",
    construct_hook_name="construct_community_menu",
)


@hooks.register("register_community_menu_item")
def register_queue_menu_item():
    return ModeratorMenuItem(
        _("Moderation queue"),
        reverse("community_moderation_queue"),
        name="community-moderation-queue",
        icon_name="warning",
        order=100,
    )


@hooks.register("register_community_menu_item")
def register_members_menu_item():
    return ModeratorMenuItem(
        _("Members"),
        reverse("community_members"),
        name="community-members",
        icon_name="group",
        order=200,
    )


@hooks.register("register_community_menu_item")
def register_log_menu_item():
    return ModeratorMenuItem(
        _("Moderation log"),
        reverse("community_moderation_log"),
        name="community-moderation-log",
        icon_name="history",
        order=900,
    )


@hooks.register("register_admin_menu_item")
def register_community_menu():
    return SubmenuMenuItem(
        _("Community"), community_menu, name="community", icon_name="group", order=250
    )


@hooks.register("register_log_actions")
def register_moderation_log_actions(actions):
    register_actions(actions)
