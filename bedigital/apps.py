from django.apps import AppConfig, apps
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
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

        # The search index follows every change of searchable content.
        from . import search

        for kind in search.KINDS.values():
            model = apps.get_model(kind.model)
            post_save.connect(search.on_save, sender=model, dispatch_uid=f"search.{kind.model}")
            post_delete.connect(
                search.on_delete, sender=model, dispatch_uid=f"search.d.{kind.model}"
            )

        # Cached pages retire with every change of portal content, whoever makes it.
        from .pagecache import on_content_change

        for signal in (post_save, post_delete, m2m_changed):
            signal.connect(on_content_change, dispatch_uid=f"pagecache.{id(signal)}")
