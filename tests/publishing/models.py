from django.db import models

from bedigital.models import Publishable


class Notice(Publishable):
    title = models.CharField(max_length=100)
