from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from bedigital.models import Organisation, ensure_terms
from bedigital.roles import AGENCY_EDITORS, SITE_EDITORS, ensure_editor_groups
from bedigital.site_pages import ensure_site_pages
from bedigital.writes import write

# Demo accounts only exist on demo sites (the command refuses to run in production).
DEMO_USERS = [
    # username, password, group, organisations
    ("site-editor", "demo-site-editor", SITE_EDITORS, []),
    ("agency-editor", "demo-agency-editor", AGENCY_EDITORS, ["actiris"]),
    ("agency-editor-vdab", "demo-agency-editor", AGENCY_EDITORS, ["vdab"]),
]


def demo_loaders():
    """Each app may offer demo content as `<app>.demo.load_demo()`, loaded in app order."""
    for app_config in apps.get_app_configs():
        try:
            module = import_module(f"{app_config.name}.demo")
        except ModuleNotFoundError as error:
            if error.name != f"{app_config.name}.demo":
                raise
            continue
        if hasattr(module, "load_demo"):
            yield module.load_demo


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
        with write():  # one write: derived data (search, summaries) once, at the end
            ensure_editor_groups()
            ensure_site_pages()
            ensure_terms()
            counts = {}
            for load_demo in demo_loaders():
                counts.update(load_demo())
            accounts = self.load_users()
            # A first version of every item, so that history, restore and conflict
            # messages have something to compare with (only items without one get it).
            call_command("createinitialrevisions", comment="Demo content", verbosity=0)
        for what, (created, total) in counts.items():
            self.stdout.write(f"{what}: {created} created, {total - created} updated")
        self.stdout.write("Demo accounts for /admin/ (demo only, change them anywhere public):")
        for username, password, group in accounts:
            self.stdout.write(f"  {group}: username {username!r}, password {password!r}")

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
