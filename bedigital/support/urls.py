from django.urls import path

from . import views

app_name = "support"

urlpatterns = [
    path("", views.SupportListView.as_view(), name="list"),
    path("what-can-i-get/", views.what_can_i_get, name="questions"),
    path("<slug:slug>/", views.SupportDetailView.as_view(), name="detail"),
]
