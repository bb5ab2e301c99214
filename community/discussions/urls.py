from django.urls import path

from community.discussions import views

app_name = "discussions"

urlpatterns = [
    path("", views.index, name="index"),
    path("new/", views.new_thread, name="new_thread"),
    path("following/", views.following, name="following"),
    path("follow/", views.follow, name="follow"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("t/<int:pk>-<str:slug>/", views.thread, name="thread"),
    path("t/<int:pk>/reply/", views.reply, name="reply"),
    path("t/<int:pk>/pin/", views.pin, name="pin"),
    path("t/<int:pk>/lock/", views.lock, name="lock"),
    path("p/<int:pk>/edit/", views.edit_post, name="edit_post"),
    path("p/<int:pk>/history/", views.post_history, name="post_history"),
    path("<str:slug>/", views.category, name="category"),
]
