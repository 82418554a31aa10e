"""Atom and RSS feeds (Django's syndication framework), in the visitor's language: the
trainings catalogue with the same filters as its page, new initiatives and new stories.

Links come from the configured origin (`origin.py`), never the request's Host. Texts are
plain (titles, summaries, quotes), escaped for readers that take descriptions as HTML.
"""

from django.contrib.syndication.views import Feed
from django.urls import path, reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from bedigital import pagecache
from bedigital.i18n import localized
from bedigital.origin import absolute_url
from initiatives.models import Initiative
from testimonials.models import Testimonial
from trainings.filters import TrainingFilterSet
from trainings.models import Training

FEED_SIZE = 50
FORMATS = {"atom": Atom1Feed, "rss": Rss201rev2Feed}


class PortalFeed(Feed):
    """A feed of one kind of content; `get_object` returns (items, the page's URL)."""

    list_url = ""
    known_query: dict = {}
    language = None  # the active language (the URL's prefix)

    def __init__(self, feed_type=Atom1Feed):
        super().__init__()
        self.feed_type = feed_type

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        return pagecache.vouch_for_query(response, self.known_query)

    def get_object(self, request):
        query = request.GET.urlencode()
        url = reverse(self.list_url) + (f"?{query}" if query else "")
        return {"items": self.items_for(request), "url": url, "self": request.get_full_path()}

    def items_for(self, request):
        raise NotImplementedError

    def items(self, obj):
        return obj["items"]

    def link(self, obj):
        return absolute_url(obj["url"])

    def feed_url(self, obj):
        return absolute_url(obj["self"])

    def item_link(self, item):
        return absolute_url(item.get_absolute_url())

    def item_pubdate(self, item):
        return item.publication_date

    def item_updateddate(self, item):
        return item.updated_at


class TrainingFeed(PortalFeed):
    list_url = "trainings:list"
    known_query = TrainingFilterSet.known_values()

    def title(self, obj):
        return _("New trainings · Be Digital Together")

    def description(self, obj):
        return _("Trainings matching your filters, newest first.")

    def items_for(self, request):
        found = TrainingFilterSet.from_query(request.GET, Training.objects.published())[0].qs
        newest = found.select_related("provider").order_by("-publication_date", "-pk")
        return list(newest[:FEED_SIZE])

    def item_title(self, item):
        return str(localized(item, "title"))

    def item_description(self, item):
        return escape(str(localized(item, "summary")))

    def item_author_name(self, item):
        return str(item.provider)

    def item_categories(self, item):
        return [item.get_kind_display(), item.get_region_display()]


class InitiativeFeed(PortalFeed):
    list_url = "initiatives:list"

    def title(self, obj):
        return _("New initiatives · Be Digital Together")

    def description(self, obj):
        return _("Initiatives and good practices that bring more women into digital.")

    def get_object(self, request):
        return {**super().get_object(request), "url": reverse(self.list_url)}

    def items_for(self, request):
        newest = Initiative.objects.published().select_related("promoter")
        return list(newest.order_by("-publication_date", "-pk")[:FEED_SIZE])

    def item_title(self, item):
        return str(localized(item, "title"))

    def item_description(self, item):
        return escape(str(localized(item, "summary")))

    def item_author_name(self, item):
        return str(item.promoter)


class StoryFeed(PortalFeed):
    list_url = "testimonials:list"

    def title(self, obj):
        return _("New stories · Be Digital Together")

    def description(self, obj):
        return _("Women in tech tell their story.")

    def get_object(self, request):
        return {**super().get_object(request), "url": reverse(self.list_url)}

    def items_for(self, request):
        newest = Testimonial.objects.published().order_by("-publication_date", "-pk")
        return list(newest[:FEED_SIZE])

    def item_title(self, item):
        role = localized(item, "role")
        return f"{item.name} – {role}" if role else item.name

    def item_description(self, item):
        return escape(str(localized(item, "quote")))


def feed_urls():
    """The feeds' URL patterns (under the language prefix): feeds/trainings.atom, …"""
    kinds = {"trainings": TrainingFeed, "initiatives": InitiativeFeed, "stories": StoryFeed}
    return [
        path(f"feeds/{kind}.{ext}", feed(feed_type), name=f"feed_{kind}_{ext}")
        for kind, feed in kinds.items()
        for ext, feed_type in FORMATS.items()
    ]
