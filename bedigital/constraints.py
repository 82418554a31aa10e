"""A check constraint that a form validates without asking the database.

Django validates a model's check constraints with a query each (`SELECT 1 WHERE <condition>`,
in a savepoint on PostgreSQL: three statements), so an admin save of a training with twelve
sessions spent 39 statements proving that each session ends after it starts. The portal's
checks compare a field with a constant or with another field, with "or empty" alternatives:
those are read here in Python, with SQL's three-valued logic (a comparison with an empty value
is unknown, which a CHECK lets pass). Any other condition is left to the database, as before.
The database enforces every check on write either way.
"""

import operator

from django.core.exceptions import ValidationError
from django.db import DEFAULT_DB_ALIAS, models
from django.db.models import F, Q

COMPARISONS = {
    "exact": operator.eq,
    "gt": operator.gt,
    "gte": operator.ge,
    "lt": operator.lt,
    "lte": operator.le,
}


class Unreadable(Exception):
    """A condition this reader does not know."""


class Check(models.CheckConstraint):
    def validate(self, model, instance, exclude=None, using=DEFAULT_DB_ALIAS):
        try:
            fields = set(referenced_fields(self.condition))
            holds = truth(self.condition, model, instance)
        except Unreadable:
            return super().validate(model, instance, exclude, using)
        if exclude and fields & set(exclude):
            return  # as Django does: a field not validated leaves its checks alone
        if holds is False:
            raise ValidationError(
                self.get_violation_error_message(), code=self.violation_error_code
            )

    def deconstruct(self):
        # Migrations know it as Django's CheckConstraint: it is one in the database.
        _path, args, kwargs = super().deconstruct()
        return "django.db.models.CheckConstraint", args, kwargs


def referenced_fields(condition: Q):
    for child in condition.children:
        if isinstance(child, Q):
            yield from referenced_fields(child)
        else:
            name, value = child
            yield name.split("__")[0]
            if isinstance(value, F):
                yield value.name


def truth(condition: Q, model, instance) -> bool | None:
    """True, False or None (unknown) for `instance`, as SQL would say."""
    results = [
        truth(child, model, instance) if isinstance(child, Q) else leaf(child, model, instance)
        for child in condition.children
    ]
    if condition.connector == Q.AND:
        result = False if False in results else None if None in results else True
    else:
        result = True if True in results else None if None in results else False
    return (None if result is None else not result) if condition.negated else result


def leaf(child, model, instance) -> bool | None:
    name, value = child
    field_name, _, lookup = name.partition("__")
    lookup = lookup or "exact"
    left = field_value(model, instance, field_name)
    if lookup == "isnull" and isinstance(value, bool):
        return (left is None) == value
    if lookup not in COMPARISONS:
        raise Unreadable(name)
    if isinstance(value, F):
        value = field_value(model, instance, value.name)
    elif not isinstance(value, int | float | str):
        raise Unreadable(name)  # expressions, decimals and dates: the database's reading
    if left is None or value is None:
        return None
    return COMPARISONS[lookup](left, value)


def field_value(model, instance, name: str):
    try:
        field = model._meta.get_field(name)
    except Exception as error:
        raise Unreadable(name) from error
    if not field.concrete or "__" in name:
        raise Unreadable(name)
    return getattr(instance, field.attname)
