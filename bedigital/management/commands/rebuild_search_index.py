from django.core.management.base import BaseCommand
from django.db import transaction

from bedigital import registry, search
from bedigital.models import SearchEntry


class Command(BaseCommand):
    help = "Rebuild the search index from scratch (after bulk imports that bypass save())."

    def handle(self, *args, **options):
        with transaction.atomic():
            SearchEntry.objects.all().delete()
            for item in registry.searchable().values():
                search.index_many(item.model._default_manager.all())
        self.stdout.write(f"search index: {SearchEntry.objects.count()} entries")
