from django.urls import path

from community.materials import views

app_name = "materials"

urlpatterns = [
    path("", views.material_list, name="list"),
    path("new/", views.upload, name="upload"),
    path("mine/", views.mine, name="mine"),
    path("<int:pk>-<str:slug>/", views.material_detail, name="detail"),
    path("<int:pk>/download/", views.download, name="download"),
    path("<int:pk>/edit/", views.edit, name="edit"),
    path("<int:pk>/delete/", views.delete, name="delete"),
]
