from django.urls import path

from directory.claims import views

app_name = "directory_claims"
urlpatterns = [
    path("link/<int:page_id>/", views.link_request, name="link"),
    path("propose/<int:page_id>/", views.propose, name="propose"),
    path("proposals/<int:pk>/", views.proposal_detail, name="proposal"),
    path("proposals/<int:pk>/withdraw/", views.withdraw, name="withdraw"),
]
