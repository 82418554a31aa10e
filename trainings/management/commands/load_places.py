from django.core.management.base import BaseCommand

from trainings.places import load_places


class Command(BaseCommand):
    help = "Reload Belgian postcodes and municipalities with coordinates from the data packages."

    def handle(self, *args, **options):
        self.stdout.write(f"{load_places()} places loaded.")
