"""The fixed site pages exist from the first migrate on, with their initial text."""

from .i18n import translated_values


def ensure_site_pages(**kwargs):
    """Create missing pages; never overwrite what editors have changed."""
    from .models import SitePage
    from .site_pages_content import SITE_PAGES

    for slug, texts in SITE_PAGES.items():
        if not SitePage.objects.filter(slug=slug).exists():
            values = {}
            for field, by_language in texts.items():
                values.update(translated_values(field, by_language))
            SitePage(slug=slug, **values).save()
