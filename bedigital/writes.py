"""One write, and its derived data brought up to date once.

Portal content has data derived from it: a training's session summary, the search entry of
every searchable item, the content version that retires cached pages. Saves and deletes only
note what they touched; at the end of the write (an admin save with its sessions and terms,
an import row, a bulk action) `write()` brings the derived data up to date once, in the same
transaction: summaries first, then the search entries of the touched items, then one bump of
the content version. A save outside any `write()` block (the shell, a test's factory) is a
write of its own. The receivers are connected for what apps declare in their `portal.py`.
"""

from collections import defaultdict
from contextlib import contextmanager
from contextvars import ContextVar

from django.apps import apps as global_apps
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from . import registry, search
from .pagecache import content_changed

_current: ContextVar["Write | None"] = ContextVar("write", default=None)


class Write:
    def __init__(self):
        self.saved = defaultdict(set)  # model → pks whose derived data is due
        self.deleted = defaultdict(set)
        self.changed = False  # anything on public pages
        self.unknown = set()  # models changed whose rows are not noted

    def note(self, instance, deleted=False) -> None:
        self.changed = True
        model = instance._meta.concrete_model
        item = registry.offer_of(model)
        if item is None:
            self.unknown.add(model._meta.label_lower)
            return
        (self.deleted if deleted else self.saved)[model].add(instance.pk)
        if item.part_of:  # a session's change is a change of its training
            whole = model._meta.get_field(item.part_of)
            self.saved[whole.related_model].add(getattr(instance, whole.attname))

    def finish(self) -> None:
        for model, pks in self.deleted.items():
            self.saved[model] -= pks
            if (item := registry.offer_of(model)).search:
                search.unindex_many(item.search.kind, pks)
        for model, pks in self.saved.items():
            item = registry.offer_of(model)
            if not pks or not (item.derive or item.search):
                continue
            rows = model._default_manager.filter(pk__in=pks)
            if item.derive:
                item.derive(rows)
            if item.search:
                search.index_many(rows)
        if self.changed:
            content_changed(self.rows_changed())

    def rows_changed(self) -> dict:
        """What the write changed, for the content version's `ContentChange`."""
        changed = dict.fromkeys(self.unknown)
        for model in {*self.saved, *self.deleted}:
            pks = self.saved.get(model, set()) | self.deleted.get(model, set())
            changed[model._meta.label_lower] = sorted(pk for pk in pks if pk is not None)
        return changed


@contextmanager
def write():
    """Group the saves and deletes of one write (nested blocks join the outer one)."""
    if (unit := _current.get()) is not None:
        yield unit
        return
    unit = Write()
    token = _current.set(unit)
    try:
        with transaction.atomic():
            yield unit
            unit.finish()
    finally:
        _current.reset(token)


def noted(instance, deleted=False) -> None:
    if (unit := _current.get()) is not None:
        unit.note(instance, deleted)
        return
    with write() as unit:
        unit.note(instance, deleted)


def on_save(sender, instance, **kwargs):
    if _counts(sender):
        noted(instance)


def on_delete(sender, instance, **kwargs):
    if _counts(sender):
        noted(instance, deleted=True)


def on_m2m_change(sender, instance, action, **kwargs):
    if action.startswith("post_") and _counts(type(instance)):
        noted(instance)


def _counts(model) -> bool:
    # Historical models (in migrations) are not the portal's content.
    return model._meta.apps is global_apps and registry.is_content(model)


def connect() -> None:
    post_save.connect(on_save, dispatch_uid="writes.save")
    post_delete.connect(on_delete, dispatch_uid="writes.delete")
    m2m_changed.connect(on_m2m_change, dispatch_uid="writes.m2m")
