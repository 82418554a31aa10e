from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import KeyFigure, Organisation, SitePage
from .roles import is_site_editor


class PortalTranslationAdmin(TranslationAdmin):
    group_fieldsets = True  # one fieldset per language, no third-party JavaScript


class OwnedContentAdmin(PortalTranslationAdmin):
    """Content owned by an organisation: agency editors see and edit only their own."""

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if is_site_editor(request.user):
            return queryset
        return queryset.owned_by(request.user)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "owner" and not is_site_editor(request.user):
            kwargs["queryset"] = Organisation.objects.filter(editors=request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(Organisation)
class OrganisationAdmin(PortalTranslationAdmin):
    list_display = ("__str__", "kind", "region", "website")
    list_filter = ("kind", "region")
    search_fields = ("slug", "name_nl", "name_fr", "name_de", "name_en")
    prepopulated_fields = {"slug": ("name_en",)}
    filter_horizontal = ("editors",)

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if is_site_editor(request.user):
            return queryset
        return queryset.filter(editors=request.user)

    def get_readonly_fields(self, request, obj=None):
        if is_site_editor(request.user):
            return ()
        # An agency keeps its page up to date; who edits it is the federal team's call.
        return ("slug", "kind", "editors")

    def get_prepopulated_fields(self, request, obj=None):
        return self.prepopulated_fields if is_site_editor(request.user) else {}

    def has_add_permission(self, request):
        return is_site_editor(request.user) and super().has_add_permission(request)

    def has_delete_permission(self, request, obj=None):
        return is_site_editor(request.user) and super().has_delete_permission(request, obj)


@admin.register(KeyFigure)
class KeyFigureAdmin(PortalTranslationAdmin):
    list_display = ("__str__", "year", "area", "on_home", "position")
    list_editable = ("on_home", "position")
    list_filter = ("area", "year", "on_home")
    search_fields = ("key", "label_nl", "label_fr", "label_de", "label_en")


@admin.register(SitePage)
class SitePageAdmin(PortalTranslationAdmin):
    list_display = ("__str__", "slug", "updated_at")
    readonly_fields = ("slug",)

    # The three pages are part of the site: edited, never added or removed.
    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
