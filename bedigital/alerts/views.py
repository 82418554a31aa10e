"""Sign up for an alert, confirm it, change or delete it, unsubscribe in one click.

Pages here are personal (a form's CSRF token, a link's token): never cached, never indexed.
A bad link (tampered, expired, for a deleted alert) gets a page saying so, never an error.
"""

from django.db import IntegrityError, transaction
from django.http import QueryDict
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from bedigital.accounts import client_ip

from . import catalogue, limits, mail, tokens
from .forms import AlertForm, ChangeForm
from .models import Alert

PROBLEMS = {
    "invalid": (
        400,
        lambda: _("This link does not work"),
        lambda: _(
            "The link is incomplete or has been changed. Copy the whole link from the e-mail, "
            "or sign up again."
        ),
    ),
    "expired": (
        400,
        lambda: _("This link has expired"),
        lambda: _("Confirmation links work for seven days. Sign up again to get a new one."),
    ),
    "gone": (
        404,
        lambda: _("This alert no longer exists"),
        lambda: _(
            "It was deleted, it ended after a year, or it was never confirmed. "
            "You will receive no more e-mails for it."
        ),
    ),
}


def problem(request, kind: str):
    status, title, text = PROBLEMS[kind]
    context = {"title": title(), "text": text()}
    return render(request, "alerts/problem.html", context, status=status)


def alert_for(token: str, purpose: str):
    """(the alert, None) or (None, the problem page's kind)."""
    key, trouble = tokens.read(token, purpose)
    if trouble:
        return None, trouble
    alert = Alert.objects.filter(key=key).first()
    return (alert, None) if alert else (None, "gone")


@never_cache
@require_http_methods(["GET", "POST"])
def new(request):
    if request.method == "POST":
        form = AlertForm(request.POST)
        if form.is_valid():
            return sign_up(request, form)
    else:
        query = catalogue.canonical_query(request.GET)
        form = AlertForm(initial={"query": query, "language": get_language()})
    query = form["query"].value() or ""
    context = {
        "form": form,
        "search": catalogue.describe(query[: catalogue.MAX_QUERY_LENGTH]),
        "catalogue_query": query,
    }
    status = 400 if form.errors else 200
    return render(request, "alerts/new.html", context, status=status)


def sign_up(request, form):
    data = form.cleaned_data
    query = catalogue.canonical_query(QueryDict(data["query"]))
    if not limits.allowed(data["email"], client_ip(request)):
        form.add_error(
            None,
            _("Too many sign-ups from here or for this address. Please try again in an hour."),
        )
        context = {"form": form, "search": catalogue.describe(query), "catalogue_query": query}
        return render(request, "alerts/new.html", context, status=429)
    try:
        with transaction.atomic():
            alert, created = Alert.objects.get_or_create(
                email=data["email"],
                query=query,
                defaults={"frequency": data["frequency"], "language": data["language"]},
            )
    except IntegrityError:  # the same sign-up twice at once
        alert = Alert.objects.get(email=data["email"], query=query)
    if not alert.confirmed_at:  # a confirmed alert changes only through its own links
        alert.frequency, alert.language = data["frequency"], data["language"]
        alert.save(update_fields=["frequency", "language"])
    mail.confirmation(alert).send()
    return redirect("alerts:sent")


@never_cache
def sent(request):
    return render(request, "alerts/sent.html")


@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """The link in the e-mail shows a button: mail scanners that open links do not confirm."""
    alert, trouble = alert_for(token, tokens.CONFIRM)
    if trouble:
        return problem(request, trouble)
    if request.method == "POST":
        alert.confirm()
        return redirect("alerts:manage", token=tokens.make(alert, tokens.MANAGE))
    context = {"alert": alert, "search": catalogue.describe(alert.query)}
    return render(request, "alerts/confirm.html", context)


@never_cache
@require_http_methods(["GET", "POST"])
def manage(request, token):
    alert, trouble = alert_for(token, tokens.MANAGE)
    if trouble:
        return problem(request, trouble)
    form = ChangeForm(instance=alert)
    saved = ""
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "delete":
            alert.delete()
            return render(request, "alerts/deleted.html")
        if action == "renew" and alert.confirmed_at:
            alert.confirm()
            saved = _("Your alert now runs until %(date)s.")
        elif action == "save":
            form = ChangeForm(request.POST, instance=alert)
            if form.is_valid():
                form.save()
                saved = _("Your changes are saved.")
        if saved:
            saved %= {"date": _format_date(alert.expires_at)}
    context = {
        "alert": alert,
        "form": form,
        "saved": saved,
        "search": catalogue.describe(alert.query),
        "catalogue_url": mail.catalogue_link(alert),
        "unsubscribe_token": tokens.make(alert, tokens.UNSUBSCRIBE),
    }
    return render(request, "alerts/manage.html", context, status=400 if form.errors else 200)


def _format_date(moment) -> str:
    return date_format(timezone.localtime(moment), "DATE_FORMAT") if moment else ""


@csrf_exempt  # RFC 8058: mail clients POST "List-Unsubscribe=One-Click" without a token
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    key, trouble = tokens.read(token, tokens.UNSUBSCRIBE)
    if trouble:
        return problem(request, trouble)
    alert = Alert.objects.filter(key=key).first()
    if request.method == "POST":
        if alert:
            alert.delete()
        return render(request, "alerts/deleted.html")  # done, or done before: the same
    if alert is None:
        return problem(request, "gone")
    context = {"alert": alert, "search": catalogue.describe(alert.query)}
    return render(request, "alerts/unsubscribe.html", context)
