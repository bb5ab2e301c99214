from django.urls import path

from community.moderation import views
from core import converters  # noqa: F401 (registers <id:...>)

app_name = "moderation"

urlpatterns = [
    path("flag/<str:target_type>/<id:pk>/", views.flag, name="flag"),
]
