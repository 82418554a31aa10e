"""The admin's start page for an editor: her work waiting, each a link to the filtered list."""

from datetime import timedelta

from django import template
from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Count
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode

from bedigital.admin import OwnedContentAdmin

register = template.Library()
RECENT = timedelta(days=7)
SHOWN_RECENT = 8


@register.simple_tag(takes_context=True)
def editor_start(context):
    """Per kind of content she may change: (label, count, link) for each list of waiting
    work that is not empty, and the items colleagues changed this week. Two queries per
    kind whatever the number of items: the counts in one, the colleagues' changes in one."""
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
        lists = model_admin.waiting_work(request, now)
        counts = items.aggregate(
            **{
                f"list{n}": Count("pk", filter=condition)
                for n, (_label, condition, _query) in enumerate(lists)
            }
        )
        links = [
            {"label": label, "count": count, "url": f"{changelist}?{urlencode(query)}"}
            for n, (label, _condition, query) in enumerate(lists)
            if (count := counts[f"list{n}"])
        ]
        changed = (
            LogEntry.objects.filter(
                content_type=ContentType.objects.get_for_model(model),
                object_id__in=items.annotate(key=Cast("pk", CharField())).values_list("key"),
                action_time__gte=now - RECENT,
            )
            .exclude(user=request.user)
            .select_related("user", "content_type")  # its admin link names its type
            .order_by("-action_time")[:SHOWN_RECENT]
        )
        if links or changed:
            kinds.append(
                {"name": model._meta.verbose_name_plural, "links": links, "changed": changed}
            )
    return kinds
