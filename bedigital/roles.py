"""Editor roles. Groups and their permissions are kept in sync after every migrate."""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q

from . import registry

SITE_EDITORS = "Site editors"
AGENCY_EDITORS = "Agency editors"

# Agency editors edit their own organisation's page and their own content in the content
# apps (the admin limits them to the organisations they belong to).
AGENCY_EDITOR_PERMISSIONS = ("bedigital.view_organisation", "bedigital.change_organisation")


def is_site_editor(user) -> bool:
    # Asked a dozen times per admin request: answered once per user object (per request).
    if not hasattr(user, "_is_site_editor"):
        user._is_site_editor = user.is_superuser or user.groups.filter(name=SITE_EDITORS).exists()
    return user._is_site_editor


def ensure_editor_groups(**kwargs):
    site, _ = Group.objects.get_or_create(name=SITE_EDITORS)
    # Site editors curate everything in the apps that offer content to the portal.
    apps = {item.model._meta.app_label for item in registry.offers()}
    site.permissions.set(Permission.objects.filter(content_type__app_label__in=apps))
    agency, _ = Group.objects.get_or_create(name=AGENCY_EDITORS)
    owned = Q(
        content_type__app_label="bedigital",
        codename__in=[p.split(".")[1] for p in AGENCY_EDITOR_PERMISSIONS],
    )
    for item in registry.offers():  # what apps declare as owned by an organisation
        if item.agency_owned:
            opts = item.model._meta
            owned |= Q(content_type__app_label=opts.app_label, content_type__model=opts.model_name)
    agency.permissions.set(Permission.objects.filter(owned))
