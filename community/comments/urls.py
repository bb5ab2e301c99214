from django.urls import path

from community.comments import views
from core import converters  # noqa: F401 (registers <id:...>)

app_name = "comments"

urlpatterns = [
    path("<str:target_type>/<id:pk>/post/", views.post, name="post"),
    path("<id:pk>/edit/", views.edit, name="edit"),
    path("<id:pk>/delete/", views.delete, name="delete"),
]
