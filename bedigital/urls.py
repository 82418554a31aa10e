from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _

from . import icons
from .accounts import password_reset_urls
from .admin import view_on_site
from .alerts import shortlist
from .api import docs as api_docs
from .api.api import api
from .api.downloads import download
from .api.http import not_found as api_not_found
from .api.standards import dcat_catalogue, elm_learning_opportunities
from .models import SitePage
from .site import agenda, views
from .site.feeds import feed_urls
from .site.sitemaps import sitemaps
from .support.views import WomenEntrepreneursView

admin.site.site_header = _("Be Digital Together – editing")
admin.site.site_title = _("Be Digital Together")
admin.site.enable_nav_sidebar = False  # the list of trainings needs the width
admin.site.index_title = _("Content")

handler400 = "bedigital.errors.bad_request"
handler404 = "bedigital.site.views.page_not_found"
handler500 = "bedigital.errors.server_error"  # a 503 when the database is away

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("favicon.ico", icons.favicon, name="favicon"),
    path("apple-touch-icon.png", icons.touch_icon, name="touch_icon"),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps()}, name="sitemap"),
    path("i18n/", include("django.conf.urls.i18n")),
    # Before the admin's own: "View on site" only for items within the editor's reach.
    path(
        "admin/r/<path:content_type_id>/<path:object_id>/",
        admin.site.admin_view(view_on_site),
        name="view_on_site",
    ),
    path("admin/", include(password_reset_urls)),
    path("admin/", admin.site.urls),
    path("api/v1/", api.urls),
    re_path(r"^api/", api_not_found),  # a typo in an address: JSON, as the API answers
    path("open-data/elm.jsonld", elm_learning_opportunities, name="elm"),
    path("open-data/dcat.jsonld", dcat_catalogue, name="dcat"),
]

# Every public page lives under its language prefix: /nl/, /fr/, /de/, /en/.
urlpatterns += i18n_patterns(
    path("", views.HomeView.as_view(), name="home"),
    path("trainings/", include("trainings.urls")),
    path("initiatives/", include("initiatives.urls")),
    path("testimonials/", include("testimonials.urls")),
    path("support/", include("bedigital.support.urls")),
    path("women-entrepreneurs/", WomenEntrepreneursView.as_view(), name="women_entrepreneurs"),
    path("careers/", include("bedigital.careers.urls")),
    path("figures/", views.KeyFigureListView.as_view(), name="figures"),
    path("figures/<slug:key>.csv", views.figure_series_csv, name="figure_series_csv"),
    path("partners/", views.PartnerListView.as_view(), name="partner_list"),
    path("partners/<slug:slug>/", views.PartnerDetailView.as_view(), name="partner_detail"),
    path("search/", views.search_view, name="search"),
    path("search/suggestions/", views.search_suggestions, name="search_suggestions"),
    path("alerts/", include("bedigital.alerts.urls")),
    path("open-data/", api_docs.open_data, name="open_data"),
    *feed_urls(),
    # downloads of each list as filtered (the initiatives' CSV and JSON are their app's)
    path("trainings/export.<str:fmt>", download, {"name": "trainings"}, name="trainings_export"),
    path(
        "initiatives/export.xlsx",
        download,
        {"name": "initiatives", "fmt": "xlsx"},
        name="initiatives_export_xlsx",
    ),
    path("testimonials/export.<str:fmt>", download, {"name": "stories"}, name="stories_export"),
    path("partners/export.<str:fmt>", download, {"name": "partners"}, name="partners_export"),
    path("careers/export.<str:fmt>", download, {"name": "careers"}, name="careers_export"),
    path("support/export.<str:fmt>", download, {"name": "support"}, name="support_export"),
    path("shortlist/", shortlist.shortlist, name="shortlist"),
    path("shortlist/keep/", shortlist.keep, name="shortlist_keep"),
    path("agenda/", agenda.agenda_view, name="agenda"),
    path("agenda/calendar.ics", agenda.agenda_ics, name="agenda_ics"),
    path("events/", include("bedigital.events.urls")),
    *(
        path(f"{slug}/", views.SitePageView.as_view(slug=slug), name=slug)
        for slug in SitePage.Slug.values
    ),
)

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
