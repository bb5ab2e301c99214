"""Materials in the Wagtail admin, for moderators: list, inspect, change status or text.

Files are only added through the member form (it checks them); the admin cannot create
materials. The list is an entry of the "Community" menu (community/moderation/wagtail_hooks.py)
for users with the view or change permission on practice materials.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from community.materials.models import PracticeMaterial


class MaterialPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class MaterialViewSet(ModelViewSet):
    model = PracticeMaterial
    icon = "doc-full"
    menu_label = _("Practice materials")
    add_to_admin_menu = False
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["title", "author", "status", "public", "language", "created_at"]
    list_filter = ["status", "public", "topic", "language"]
    search_fields = ["title", "description"]
    form_fields = [
        "title",
        "description",
        "language",
        "topic",
        "target_group",
        "licence",
        "public",
        "status",
        "hidden_by_flags",
    ]
    inspect_view_fields = [
        "title",
        "description",
        "author",
        "status",
        "public",
        "original_filename",
        "content_type",
        "file_size",
        "download_count",
        "created_at",
        "published_at",
        "safeguarding_confirmed_at",
    ]


register_permission_policy(PracticeMaterial, MaterialPermissionPolicy(PracticeMaterial))
material_viewset = MaterialViewSet("practice_materials")


@hooks.register("register_admin_viewset")
def register_material_viewset():
    return material_viewset


class MaterialMenuItem(MenuItem):
    def is_shown(self, request):
        return material_viewset.permission_policy.user_has_any_permission(
            request.user, ["view", "change"]
        )


@hooks.register("register_community_menu_item")
def register_material_menu_item():
    return MaterialMenuItem(
        _("Practice materials"),
        reverse(material_viewset.get_url_name("index")),
        name="community-practice-materials",
        icon_name="doc-full",
        order=300,
    )
