from django.urls import path

from directory.imports import views

urlpatterns = [
    path("", views.ImportView.as_view(), name="directory_import"),
    path("<int:pk>/", views.JobView.as_view(), name="directory_import_job"),
    path("<int:pk>/confirm/", views.ConfirmView.as_view(), name="directory_import_confirm"),
    path("<int:pk>/step/", views.StepView.as_view(), name="directory_import_step"),
    path("<int:pk>/report.csv", views.ReportCsvView.as_view(), name="directory_import_report"),
]
