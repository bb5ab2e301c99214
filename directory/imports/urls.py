from django.urls import path

from core import converters  # noqa: F401 (registers <id:...>)
from directory.imports import views

urlpatterns = [
    path("", views.ImportView.as_view(), name="directory_import"),
    path("<id:pk>/", views.JobView.as_view(), name="directory_import_job"),
    path("<id:pk>/confirm/", views.ConfirmView.as_view(), name="directory_import_confirm"),
    path("<id:pk>/step/", views.StepView.as_view(), name="directory_import_step"),
    path("<id:pk>/report.csv", views.ReportCsvView.as_view(), name="directory_import_report"),
]
