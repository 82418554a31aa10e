import time

from django.core.management.base import BaseCommand
from django.utils.translation import override

from bedigital.api.downloads import whole_lists
from bedigital.pagecache import current_version, next_change
from bedigital.prebuilt import build, is_current, stored


class Command(BaseCommand):
    help = (
        "Build the downloads of the whole lists (CSV, XLSX, JSON, in each language) ahead, "
        "so that the site serves them as files. Only those out of date are built again "
        "(content changed, or a date passed); run it from cron, e.g. every 15 minutes."
    )

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Build every one again.")

    def handle(self, *args, force=False, verbosity=1, **options):
        version, valid_until = current_version(), next_change()
        built = kept = 0
        for language, path, view, kwargs in whole_lists():
            if not force and is_current(stored(path), version):
                kept += 1
                continue
            started = time.monotonic()
            with override(language):
                build(path, view, kwargs, version, valid_until)
            built += 1
            if verbosity > 1:
                self.stdout.write(f"{path}: {time.monotonic() - started:.1f} s")
        self.stdout.write(f"{built} built, {kept} up to date.")
