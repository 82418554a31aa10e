from django.apps import AppConfig, apps
from django.db.models.signals import post_delete, post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class BedigitalConfig(AppConfig):
    name = "bedigital"
    verbose_name = _("Portal")

    def ready(self):
        from .models import ensure_terms
        from .roles import ensure_editor_groups
        from .site_pages import ensure_site_pages

        # After every migrate (permissions exist by then): groups, site pages, vocabulary terms.
        post_migrate.connect(ensure_editor_groups, dispatch_uid="bedigital.groups")
        post_migrate.connect(ensure_site_pages, sender=self, dispatch_uid="bedigital.pages")
        post_migrate.connect(ensure_terms, sender=self, dispatch_uid="bedigital.terms")

        # The search index follows every change of searchable content.
        from . import search

        for kind in search.KINDS.values():
            model = apps.get_model(kind.model)
            post_save.connect(search.on_save, sender=model, dispatch_uid=f"search.{kind.model}")
            post_delete.connect(
                search.on_delete, sender=model, dispatch_uid=f"search.d.{kind.model}"
            )
