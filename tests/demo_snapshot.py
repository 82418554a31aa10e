"""The demo content, loaded for real once per test process and replayed after that.

`load_demo_data` costs about 9 s of CPU (portraits drawn and encoded into renditions, a first
revision of every item, the search index), and some twenty test modules ask for it. The first
load records, model by model, the rows it added or changed; a later load into a database in
the same state as the first one was (the migrated tables, nothing else) writes those rows back
as they were, in a few bulk inserts, then moves the content version on as a write does. Any
other state gets the real command. The command itself is tested as such in test_demo_data.py.
"""

import io

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.utils import translation

from bedigital.pagecache import content_changed

_recorded: dict[str, tuple[dict, dict]] = {}  # vendor → (state before, {model: (gone, rows)})


def _models():
    return [
        model
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed and not model._meta.proxy
    ]


def _state() -> dict:
    """{model: {pk: every column's value}} of the whole database."""
    state = {}
    for model in _models():
        columns = [field.attname for field in model._meta.concrete_fields]
        manager = model._base_manager
        state[model] = {row[0]: row for row in manager.values_list("pk", *columns)}
    return state


def load_demo() -> None:
    # In the default language: a translated model's own column (`title`) is read and
    # written through modeltranslation in the active language.
    with translation.override(settings.LANGUAGE_CODE):
        _load_demo()


def _load_demo() -> None:
    before = _state()
    recorded = _recorded.get(connection.vendor)
    if recorded is not None and recorded[0] == before:
        _replay(recorded[1])
        return
    with override_settings(DEBUG=True):
        call_command("load_demo_data", stdout=io.StringIO())
    if recorded is None:
        _recorded[connection.vendor] = (before, _changes(before, _state()))


def _changes(before: dict, after: dict) -> dict:
    changes = {}
    for model, rows in after.items():
        old = before[model]
        changed = [pk for pk, row in rows.items() if old.get(pk) != row]
        gone = [pk for pk in old if pk not in rows or pk in changed]
        if changed or gone:
            changes[model] = (gone, list(model._base_manager.filter(pk__in=changed)))
    return changes


def _replay(changes: dict) -> None:
    # Foreign keys are checked at commit (deferred on both databases), so order is free.
    for model, (gone, objects) in changes.items():
        if gone:
            model._base_manager.filter(pk__in=gone)._raw_delete(connection.alias)
        model._base_manager.bulk_create(objects, batch_size=500)
    with connection.cursor() as cursor:  # PostgreSQL: sequences past the inserted ids
        for sql in connection.ops.sequence_reset_sql(_no_style(), list(changes)):
            cursor.execute(sql)
    content_changed()


def _no_style():
    from django.core.management.color import no_style

    return no_style()
