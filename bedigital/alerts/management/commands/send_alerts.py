"""Send e-mail alerts: `manage.py send_alerts daily` every day, `… weekly` once a week (see
README "E-mail alerts" for the cron lines and systemd timers)."""

from django.core.management.base import BaseCommand, CommandError

from bedigital.alerts import sending
from bedigital.alerts.models import Alert, Frequency


class Command(BaseCommand):
    help = "E-mail the new joinable sessions of every alert due (idempotent, batched)."

    def add_arguments(self, parser):
        parser.add_argument("frequency", choices=Frequency.values)
        parser.add_argument("--batch-size", type=int, default=sending.BATCH_SIZE)

    def handle(self, frequency, batch_size, **options):
        forgotten = sending.forget_expired()
        run = sending.Run(frequency)
        ids = list(
            # by search, so that alerts sharing one are in one batch and it is looked up once
            Alert.objects.due(frequency, run.started)
            .order_by("query", "pk")
            .values_list("pk", flat=True)
        )
        self.stdout.write(f"{len(ids)} {frequency} alerts due ({forgotten} expired deleted)")
        for start in range(0, len(ids), max(1, batch_size)):
            sending.send_batch(run, ids[start : start + batch_size])
            self.stdout.write(
                f"{run.checked}/{len(ids)} alerts checked, {run.sent} e-mails sent, "
                f"{run.failed} failed"
            )
        if run.failed:
            raise CommandError(f"{run.failed} e-mails could not be sent; run again to retry.")
