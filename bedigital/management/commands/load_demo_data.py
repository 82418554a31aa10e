from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from bedigital.demo.content import KEY_FIGURES, ORGANISATIONS
from bedigital.i18n import translated_values
from bedigital.models import KeyFigure, Organisation
from bedigital.roles import AGENCY_EDITORS, SITE_EDITORS, ensure_editor_groups
from bedigital.site_pages import ensure_site_pages

# Demo accounts only exist on demo sites (the command refuses to run in production).
DEMO_USERS = [
    # username, password, group, organisations
    ("site-editor", "demo-site-editor", SITE_EDITORS, []),
    ("agency-editor", "demo-agency-editor", AGENCY_EDITORS, ["actiris"]),
]


class Command(BaseCommand):
    help = "Fill the site with demo content in four languages and create demo editors. Idempotent."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even when DEBUG is off (it creates accounts with published passwords).",
        )

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError("Demo data creates known passwords: use --force outside DEBUG.")
        with transaction.atomic():
            counts = {
                "organisations": self.load_organisations(),
                "key figures": self.load_key_figures(),
            }
            ensure_editor_groups()
            ensure_site_pages()
            accounts = self.load_users()
        for what, (created, total) in counts.items():
            self.stdout.write(f"{what}: {created} created, {total - created} updated")
        self.stdout.write("Demo accounts for /admin/ (demo only, change them anywhere public):")
        for username, password, group in accounts:
            self.stdout.write(f"  {group}: username {username!r}, password {password!r}")

    def load_organisations(self):
        created = 0
        for data in ORGANISATIONS:
            defaults = {
                "kind": data["kind"],
                "region": data["region"],
                "website": data["website"],
                "email": data["email"],
                **translated_values("name", data["name"]),
                **translated_values("description", data["description"]),
            }
            _org, was_created = Organisation.objects.update_or_create(
                slug=data["slug"], defaults=defaults
            )
            created += was_created
        return created, len(ORGANISATIONS)

    def load_key_figures(self):
        created = 0
        for position, data in enumerate(KEY_FIGURES):
            defaults = {
                "value": Decimal(data["value"]),
                "unit": data["unit"],
                "year": data["year"],
                "area": data["area"],
                "source_url": data["source_url"],
                "on_home": data["on_home"],
                "position": position,
                **translated_values("label", data["label"]),
                **translated_values("source", data["source"]),
            }
            _figure, was_created = KeyFigure.objects.update_or_create(
                key=data["key"], defaults=defaults
            )
            created += was_created
        return created, len(KEY_FIGURES)

    def load_users(self):
        accounts = []
        for username, password, group_name, slugs in DEMO_USERS:
            user, _ = get_user_model().objects.get_or_create(username=username)
            user.is_staff = True
            user.set_password(password)
            user.save()
            user.groups.set([Group.objects.get(name=group_name)])
            user.organisations.set(Organisation.objects.filter(slug__in=slugs))
            accounts.append((username, password, group_name))
        return accounts
