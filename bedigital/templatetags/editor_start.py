"""The admin's start page for an editor: her work waiting, each a link to the filtered list."""

from datetime import timedelta

from django import template
from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from bedigital.admin import MISSING_IN, OwnedContentAdmin, missing_in, stale_review
from bedigital.vocabularies import Status

register = template.Library()
RECENT = timedelta(days=7)
SHOWN_RECENT = 8


@register.simple_tag(takes_context=True)
def editor_start(context):
    """Per kind of content she may change: (label, count, link) for each list of waiting
    work that is not empty, and the items colleagues changed this week."""
    request = context["request"]
    now = timezone.now()
    kinds = []
    for model, model_admin in admin.site._registry.items():
        if not isinstance(model_admin, OwnedContentAdmin):
            continue
        if not model_admin.has_change_permission(request):
            continue
        items = model_admin.get_queryset(request)
        changelist = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
        lists = [
            (_("Drafts"), items.filter(status=Status.DRAFT), {"status__exact": Status.DRAFT}),
            (
                _("Scheduled for later publication"),
                items.filter(status=Status.PUBLISHED, publication_date__gt=now),
                {"status__exact": Status.PUBLISHED, "publication_date__gt": now.isoformat()},
            ),
            (_("Not reviewed for 6 months"), items.filter(stale_review()), {"review": "stale"}),
        ]
        if model_admin.completeness_fields:
            lists += [
                (
                    label,
                    items.filter(missing_in(model_admin.completeness_fields, code)),
                    {"missing": code},
                )
                for code, label in MISSING_IN.items()
            ]
        links = [
            {"label": label, "count": count, "url": f"{changelist}?{urlencode(query)}"}
            for label, queryset, query in lists
            if (count := queryset.count())
        ]
        ids = [str(pk) for pk in items.values_list("pk", flat=True)]
        changed = (
            LogEntry.objects.filter(
                content_type=ContentType.objects.get_for_model(model),
                object_id__in=ids,
                action_time__gte=now - RECENT,
            )
            .exclude(user=request.user)
            .select_related("user")
            .order_by("-action_time")[:SHOWN_RECENT]
        )
        if links or changed:
            kinds.append(
                {"name": model._meta.verbose_name_plural, "links": links, "changed": changed}
            )
    return kinds
