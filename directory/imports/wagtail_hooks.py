"""The import's admin URLs and its menu item, shown only to editors who may use it.

A top-level item, near Pages, where editors look for their content; the lead may move it
into a directory menu later.
"""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from directory.imports import urls


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        from directory.imports.views import importable_types

        return bool(importable_types(request.user))


@hooks.register("register_admin_urls")
def register_import_urls():
    return [path("directory/import/", include(urls))]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        _("Import directory records"),
        reverse("directory_import"),
        name="directory-import",
        icon_name="upload",
        order=250,
    )
