from django.urls import path

from . import views

app_name = "alerts"

urlpatterns = [
    path("", views.new, name="new"),
    path("sent/", views.sent, name="sent"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("manage/<str:token>/", views.manage, name="manage"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
