from django.urls import path

from . import views

app_name = "trainings"

urlpatterns = [
    path("", views.TrainingListView.as_view(), name="list"),
    path("calendar.ics", views.catalogue_ics, name="calendar"),
    path("map/", views.TrainingMapView.as_view(), name="map"),
    path("<slug:slug>/", views.TrainingDetailView.as_view(), name="detail"),
    path("<slug:slug>/sessions/<int:pk>.ics", views.session_ics, name="session_ics"),
]
