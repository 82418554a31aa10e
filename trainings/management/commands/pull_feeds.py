from django.core.management.base import BaseCommand

from trainings.feeds import pull
from trainings.models import TrainingFeed


class Command(BaseCommand):
    help = "Pull every active agency feed of trainings (run it from cron or a timer)."

    def handle(self, *args, **options):
        feeds = TrainingFeed.objects.filter(active=True).select_related("organisation", "editor")
        for feed in feeds:
            print(f"{feed.organisation.slug} {feed.url}: {pull(feed)}")
