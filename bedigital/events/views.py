from django.shortcuts import get_object_or_404
from django.views.generic import DetailView

from bedigital import calendars
from bedigital.preview import PreviewMixin

from .calendar import calendar_links, dated
from .models import Event


class EventDetailView(PreviewMixin, DetailView):
    model = Event
    template_name = "events/event_detail.html"
    context_object_name = "event"

    def get_queryset(self):
        return super().get_queryset().select_related("owner")

    def get_context_data(self, **kwargs):
        if not self.object.is_past:
            self.object.calendar_links = calendar_links(self.object)
        return super().get_context_data(**kwargs)


def event_ics(request, slug):
    event = get_object_or_404(Event.objects.published(), slug=slug)
    return calendars.calendar_response([dated(event)], filename=f"{slug}.ics")
