app_name = "directory_claims"
urlpatterns = []
