"""Versions: one per item a write touched, and reverting one item from a revision that may
hold many.

django-reversion groups every object saved in one request into one revision: a site editor's
bulk action, list edit or import over two agencies' items makes one revision holding both.
Reversion's own revert restores (and, with `delete=True`, prunes) the whole revision, so one
agency's "restore" would rewrite another agency's items. Here a revert touches only the item
of the chosen version and the objects that item owns (what its registration follows through a
reverse foreign key: a training's sessions), as they were in that revision.
"""

from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime

import reversion
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.deletion import Collector
from django.db.models.signals import m2m_changed, post_save
from django.utils.formats import date_format, time_format
from django.utils.timezone import localtime
from django.utils.translation import gettext, gettext_noop, override
from reversion.models import Version, _safe_revert
from reversion.revisions import _get_options

# What the open revision will hold: (model, pk) → the instance as last saved
_touched: ContextVar[dict | None] = ContextVar("touched", default=None)


@contextmanager
def revision(user=None, comment=""):
    """A revision holding a version of every registered object saved or re-linked inside it,
    each serialized once, at its end. django-reversion's own signal mode serializes at every
    save and many-to-many change: an admin save of a training that adds a term read the
    training's five relations and its sessions twice."""
    touched = {}
    token = _touched.set(touched)
    try:
        # Inside a transaction already (a write), no savepoint of its own.
        in_transaction = transaction.get_connection().in_atomic_block
        with reversion.create_revision(manage_manually=True, atomic=not in_transaction):
            if user is not None:
                reversion.set_user(user)
            if comment:
                reversion.set_comment(comment)
            yield
            for instance in touched.values():
                if instance.pk is not None:  # not deleted since
                    reversion.add_to_revision(instance)
    finally:
        _touched.reset(token)


def _touch(instance) -> None:
    if (touched := _touched.get()) is not None and reversion.is_registered(type(instance)):
        touched[type(instance), instance.pk] = instance


def on_save(sender, instance, **kwargs):
    _touch(instance)


def on_m2m_change(sender, instance, action, reverse, **kwargs):
    if action.startswith("post_") and not reverse:
        _touch(instance)


def connect() -> None:
    post_save.connect(on_save, dispatch_uid="history.save")
    m2m_changed.connect(on_m2m_change, dispatch_uid="history.m2m")


def owned_relations(model):
    """(child model, attname of its key to `model`) for each followed reverse foreign key."""
    for name in _get_options(model).follow:
        field = model._meta.get_field(name)
        if field.auto_created and not field.concrete and (field.one_to_many or field.one_to_one):
            yield field.related_model, field.field.attname


def item_versions(version) -> list:
    """`version` and the versions of its revision that describe what its item owns."""
    revision_versions = list(version.revision.version_set.all())
    chosen, frontier = [version], [version]
    while frontier:
        parent = frontier.pop()
        for child_model, attname in owned_relations(parent._model):
            content_type = ContentType.objects.get_for_model(child_model)
            for candidate in revision_versions:
                if candidate.content_type_id == content_type.pk and str(
                    candidate.field_dict.get(attname)
                ) == str(parent.object_id):
                    chosen.append(candidate)
                    frontier.append(candidate)
    return chosen


def owned_objects(obj) -> set:
    """`obj` and, recursively, what it owns now."""
    found, frontier = {obj}, [obj]
    while frontier:
        parent = frontier.pop()
        for child_model, attname in owned_relations(type(parent)):
            children = set(child_model._default_manager.filter(**{attname: parent.pk}))
            frontier.extend(children - found)
            found |= children
    return found


def revert_item(version) -> None:
    """Bring the item of `version` (and what it owns) back to that version: objects it owns
    now but did not own then are deleted; nothing outside the item is read or written."""
    versions = item_versions(version)
    model = version._model
    with transaction.atomic(using=version.db):
        current = model._default_manager.using(version.db).filter(pk=version.object_id).first()
        if current is not None:
            kept = {(v._model, str(v.object_id)) for v in versions}
            stale = [o for o in owned_objects(current) if (type(o), str(o.pk)) not in kept]
            collector = Collector(using=version.db)
            for obj in stale:
                collector.collect([obj])
            collector.delete()
        _safe_revert(versions)
        if current is None:
            restore_links(model, version.object_id)


def restore_links(model, object_id) -> None:
    """A deleted item took with it the links that other items' many-to-many fields made to it
    (a story's trainings). A recovered item gets back each link that the linking item's
    latest version still lists: removed by the deletion, not by that item's editor."""
    for relation in model._meta.related_objects:
        if not relation.many_to_many:
            continue
        field, linking_model = relation.field, relation.related_model
        latest = {}
        for version in Version.objects.get_for_model(linking_model).order_by("-pk"):
            latest.setdefault(version.object_id, version)
        listed = [
            pk
            for pk, version in latest.items()
            if str(object_id) in map(str, version.field_dict.get(field.name, ()))
        ]
        existing = linking_model._default_manager.filter(pk__in=listed).values_list("pk", flat=True)
        through = field.remote_field.through
        source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
        through.objects.bulk_create(
            [through(**{f"{source}_id": pk, f"{target}_id": object_id}) for pk in existing],
            ignore_conflicts=True,
        )


# What a revision's comment says, stored in English (one text for every reader) and shown in
# the reader's language. Other comments (Django's change message, in the saver's language)
# repeat what the history's "What changed" column says better: they are not shown. Comments
# stored before in the saver's language (a restore, an import) are recognised in any language.
IMPORTED = gettext_noop("Imported from a file")
_RESTORED = "Restored the version of "  # then the restored version's time, ISO 8601


def restored_comment(version) -> str:
    """The comment of a restore: which version was brought back, to the second."""
    return _RESTORED + version.revision.date_created.isoformat()


def shown_comment(comment: str) -> str:
    """A revision's comment in the reader's language ("" when it says nothing worth
    showing)."""
    if comment.startswith(_RESTORED):
        try:
            when = localtime(datetime.fromisoformat(comment.removeprefix(_RESTORED)))
        except ValueError:
            return gettext("Restored an earlier version")
        return gettext("Restored the version of %(datetime)s") % {
            "datetime": f"{date_format(when, 'SHORT_DATE_FORMAT')} {time_format(when, 'H:i:s')}"
        }
    if comment == IMPORTED or comment in _in_every_language(IMPORTED):
        return gettext(IMPORTED)
    reverted = "Reverted to previous version, saved on %(datetime)s"
    if any(comment.startswith(prefix) for prefix in _prefixes(reverted)):
        return gettext("Restored an earlier version")
    return ""


def _in_every_language(message: str) -> set[str]:
    texts = set()
    for code, _name in settings.LANGUAGES:
        with override(code):
            texts.add(gettext(message))
    return texts


def _prefixes(message: str) -> set[str]:
    return {text.split("%(datetime)s")[0] for text in _in_every_language(message) | {message}}
