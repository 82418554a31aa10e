from django.urls import path

from . import views

app_name = "careers"

urlpatterns = [
    path("", views.OccupationListView.as_view(), name="list"),
    path("where-do-i-stand/", views.self_assessment, name="self_assessment"),
    path("<slug:slug>/", views.OccupationDetailView.as_view(), name="detail"),
]
