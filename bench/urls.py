from django.http import HttpResponse
from django.urls import path

from bedigital.urls import urlpatterns as portal


def hello(request):
    """The floor: Django, the same middleware and gunicorn, no database, no template."""
    return HttpResponse("Hello, world\n", content_type="text/plain")


urlpatterns = [path("hello/", hello), *portal]
