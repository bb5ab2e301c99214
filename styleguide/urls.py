from django.urls import path

from styleguide import views

urlpatterns = [path("", views.styleguide, name="styleguide")]
