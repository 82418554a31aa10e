"""Editor roles. Groups and their permissions are kept in sync after every migrate."""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q

SITE_EDITORS = "Site editors"
AGENCY_EDITORS = "Agency editors"

# Site editors curate everything in these apps (content apps add themselves as they land).
SITE_EDITOR_APPS = ("bedigital", "trainings", "initiatives", "testimonials")
# Agency editors edit their own organisation's page and their own content in the content
# apps (the admin limits them to the organisations they belong to).
AGENCY_EDITOR_PERMISSIONS = ("bedigital.view_organisation", "bedigital.change_organisation")
AGENCY_EDITOR_MODELS = {  # app → models whose rows belong to an organisation
    "trainings": ("training", "session"),
    "initiatives": ("initiative",),
    "testimonials": ("testimonial",),
}


def is_site_editor(user) -> bool:
    return user.is_superuser or user.groups.filter(name=SITE_EDITORS).exists()


def ensure_editor_groups(**kwargs):
    site, _ = Group.objects.get_or_create(name=SITE_EDITORS)
    site.permissions.set(Permission.objects.filter(content_type__app_label__in=SITE_EDITOR_APPS))
    agency, _ = Group.objects.get_or_create(name=AGENCY_EDITORS)
    owned = Q(
        content_type__app_label="bedigital",
        codename__in=[p.split(".")[1] for p in AGENCY_EDITOR_PERMISSIONS],
    )
    for app_label, models in AGENCY_EDITOR_MODELS.items():
        owned |= Q(content_type__app_label=app_label, content_type__model__in=models)
    agency.permissions.set(Permission.objects.filter(owned))
