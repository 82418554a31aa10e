from django.core.management.commands import makemessages

from bedigital.i18n import LANGUAGE_CODES

# Tooling and tests: no UI strings there.
IGNORED = [
    ".venv",
    ".tools",
    "tests",
    "bench",
    "node_modules",
    "staticfiles",
]


class Command(makemessages.Command):
    """`makemessages` with the project's defaults: the four languages, no source locations."""

    def handle(self, *args, **options):
        options["ignore_patterns"] = [*options["ignore_patterns"], *IGNORED]
        if not options["locale"] and not options["all"]:
            options["locale"] = LANGUAGE_CODES
        options["no_location"] = True
        return super().handle(*args, **options)
