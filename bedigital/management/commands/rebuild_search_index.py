from django.core.management.base import BaseCommand
from django.db import transaction

from bedigital import search
from bedigital.models import SearchEntry


class Command(BaseCommand):
    help = "Rebuild the search index from scratch (after bulk imports that bypass save())."

    def handle(self, *args, **options):
        with transaction.atomic():
            SearchEntry.objects.all().delete()
            total = 0
            for name in search.KINDS:
                for obj in search.model_of(name).objects.iterator(chunk_size=500):
                    search.index(obj)
                    total += 1
        self.stdout.write(f"search index: {total} entries")
