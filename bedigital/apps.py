from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class BedigitalConfig(AppConfig):
    name = "bedigital"
    verbose_name = _("Portal")

    def ready(self):
        from . import origin  # noqa: F401 - registers its deploy check
        from .models import ensure_terms
        from .roles import ensure_editor_groups
        from .site_pages import ensure_site_pages

        # After every migrate (permissions exist by then): groups, site pages, vocabulary terms.
        post_migrate.connect(ensure_editor_groups, dispatch_uid="bedigital.groups")
        post_migrate.connect(ensure_site_pages, sender=self, dispatch_uid="bedigital.pages")
        post_migrate.connect(ensure_terms, sender=self, dispatch_uid="bedigital.terms")

        # What each app offers (its portal.py), then the write path that keeps the search
        # index, summaries and the page cache's version up to date for it.
        from . import history, registry, writes

        registry.discover()
        writes.connect()
        history.connect()  # the versions of what a revision's writes touched
