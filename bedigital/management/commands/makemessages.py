from django.core.management.commands import makemessages

from bedigital.i18n import LANGUAGE_CODES

# Tooling, tests, and the copies of Django's admin templates: Django translates those.
IGNORED = [
    ".venv",
    ".tools",
    "tests",
    "bench",
    "node_modules",
    "staticfiles",
    "templates/admin/base_site.html",
    "templates/admin/edit_inline",
]


class Command(makemessages.Command):
    """`makemessages` with the project's defaults: the four languages, no source locations."""

    def handle(self, *args, **options):
        options["ignore_patterns"] = [*options["ignore_patterns"], *IGNORED]
        if not options["locale"] and not options["all"]:
            options["locale"] = LANGUAGE_CODES
        options["no_location"] = True
        return super().handle(*args, **options)
