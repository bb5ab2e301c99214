from django.urls import path

from community.moderation import views

app_name = "moderation"

urlpatterns = [
    path("flag/<str:target_type>/<int:pk>/", views.flag, name="flag"),
]
