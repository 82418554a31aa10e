from django.db import migrations

from bedigital.i18n import LANGUAGE_CODES
from bedigital.site_pages_content import with_alerts_section


def add_section(apps, schema_editor):
    """A privacy page made before alerts existed gets their section (a new site gets it from
    the start); an editor's text is kept, the section is added once."""
    SitePage = apps.get_model("bedigital", "SitePage")
    for page in SitePage.objects.filter(slug="privacy"):
        for code in LANGUAGE_CODES:
            field = f"body_{code}"
            setattr(page, field, with_alerts_section(getattr(page, field), code))
        page.save()


class Migration(migrations.Migration):
    dependencies = [("alerts", "0001_alerts"), ("bedigital", "0008_search_gin_fastupdate_off")]
    operations = [migrations.RunPython(add_section, migrations.RunPython.noop)]
