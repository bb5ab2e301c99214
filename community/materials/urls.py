from django.urls import path

from community.materials import views
from core import converters  # noqa: F401 (registers <id:...>)

app_name = "materials"

urlpatterns = [
    path("", views.material_list, name="list"),
    path("new/", views.upload, name="upload"),
    path("mine/", views.mine, name="mine"),
    path("<id:pk>-<str:slug>/", views.material_detail, name="detail"),
    path("<id:pk>/download/", views.download, name="download"),
    path("<id:pk>/edit/", views.edit, name="edit"),
    path("<id:pk>/delete/", views.delete, name="delete"),
]
