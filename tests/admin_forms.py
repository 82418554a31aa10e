"""Post an admin change form back as a browser would: the values it was rendered with."""

from django import forms


def admin_form_data(response, **changes) -> dict:
    """The data of the admin form (and its inlines) in `response`, with `changes` applied."""
    data = {}
    add_form(data, response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        add_form(data, inline.formset.management_form)
        for form in inline.formset.forms:
            add_form(data, form)
    data.update(changes)
    return data


def add_form(data: dict, form) -> None:
    for name, field in form.fields.items():
        key, value = form.add_prefix(name), form[name].value()
        if value is None or isinstance(field, forms.FileField):
            continue
        if isinstance(field.widget, forms.MultiWidget):
            parts = value if isinstance(value, list) else field.widget.decompress(value)
            for index, part in enumerate(parts):
                data[f"{key}_{index}"] = "" if part is None else str(part)
        elif isinstance(value, list | tuple):
            data[key] = [str(getattr(item, "pk", item)) for item in value]
        elif isinstance(value, bool):
            if value:
                data[key] = "on"
        else:
            data[key] = str(getattr(value, "pk", value))
