from django.core.management.base import BaseCommand
from django.db import transaction

from bedigital import registry, search
from bedigital.models import SearchEntry
from bedigital.pagecache import content_changed


class Command(BaseCommand):
    help = "Rebuild the search index from scratch (after bulk imports that bypass save())."

    def handle(self, *args, **options):
        with transaction.atomic():
            SearchEntry.objects.all().delete()
            for item in registry.searchable().values():
                search.index_many(item.model._default_manager.all())
            content_changed()  # every entry anew: kept pages and indexes read it again
        self.stdout.write(f"search index: {SearchEntry.objects.count()} entries")
