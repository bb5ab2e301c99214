from django.urls import path

from community.members.views import account, profiles, welcome
from core import converters  # noqa: F401 (registers <id:...>)

app_name = "members"

urlpatterns = [
    path("", profiles.member_list, name="list"),
    path("me/", profiles.me, name="me"),
    path("welcome/", welcome.welcome, name="welcome"),
    path("me/edit/", profiles.edit, name="edit"),
    path("me/data/", account.my_data, name="data"),
    path("me/delete/", account.delete_account, name="delete"),
    path("deleted/", account.deleted, name="deleted"),
    path("consent/", account.consent, name="consent"),
    path("<id:pk>/", profiles.profile, name="profile"),
    path("<id:pk>/avatar/", profiles.avatar, name="avatar"),
]
