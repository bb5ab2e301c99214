from django.urls import path

from core import converters  # noqa: F401 (registers <id:...>)
from directory.claims import views

app_name = "directory_claims"
urlpatterns = [
    path("link/<id:page_id>/", views.link_request, name="link"),
    path("propose/<id:page_id>/", views.propose, name="propose"),
    path("proposals/<id:pk>/", views.proposal_detail, name="proposal"),
    path("proposals/<id:pk>/withdraw/", views.withdraw, name="withdraw"),
]
