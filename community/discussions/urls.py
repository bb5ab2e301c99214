from django.urls import path

from community.discussions import views
from core import converters  # noqa: F401 (registers <id:...>)

app_name = "discussions"

urlpatterns = [
    path("", views.index, name="index"),
    path("new/", views.new_thread, name="new_thread"),
    path("following/", views.following, name="following"),
    path("follow/", views.follow, name="follow"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("t/<id:pk>-<str:slug>/", views.thread, name="thread"),
    path("t/<id:pk>/reply/", views.reply, name="reply"),
    path("t/<id:pk>/pin/", views.pin, name="pin"),
    path("t/<id:pk>/lock/", views.lock, name="lock"),
    path("p/<id:pk>/edit/", views.edit_post, name="edit_post"),
    path("p/<id:pk>/history/", views.post_history, name="post_history"),
    path("<str:slug>/", views.category, name="category"),
]
