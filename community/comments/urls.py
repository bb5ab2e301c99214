from django.urls import path

from community.comments import views

app_name = "comments"

urlpatterns = [
    path("<str:target_type>/<int:pk>/post/", views.post, name="post"),
    path("<int:pk>/edit/", views.edit, name="edit"),
    path("<int:pk>/delete/", views.delete, name="delete"),
]
