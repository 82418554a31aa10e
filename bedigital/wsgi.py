"""WSGI entry point: `gunicorn bedigital.wsgi`."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bedigital.settings")

application = get_wsgi_application()
