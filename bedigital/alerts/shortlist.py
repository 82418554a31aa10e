"""A shortlist without an account and without JavaScript: "Keep for later" is a button on every
training card and page that submits the page's one small POST form (`form="keep"`); the ids
live in a signed cookie.

Pages with the button are cached for everyone (bedigital.pagecache): the button is the same
for every visitor and the cache never looks at this cookie, so keeping something costs the
cached pages nothing. The keep endpoint is exempt from CSRF tokens (a cached page cannot carry
one) but refuses a POST whose Origin is another site; all it can change is the visitor's own
list. The shortlist page itself is personal: never cached.
"""

from django import forms
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.http import HttpResponseForbidden, HttpResponseRedirect
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from bedigital.accounts import client_ip
from bedigital.origin import absolute_url
from trainings.models import Training

from . import limits

COOKIE = "shortlist"
SALT = "bedigital.shortlist"
MAX_ITEMS = 20
MAX_AGE = 365 * 24 * 60 * 60


def kept_ids(request) -> list[int]:
    """The ids in her cookie, newest last; nothing for a missing or tampered cookie."""
    value = request.get_signed_cookie(COOKIE, default="", salt=SALT, max_age=MAX_AGE)
    return [int(part) for part in value.split(",") if part.isdigit()][-MAX_ITEMS:]


def keep_cookie(response, ids: list[int]):
    ids = list(dict.fromkeys(ids))[-MAX_ITEMS:]
    if not ids:
        response.delete_cookie(COOKIE, samesite="Lax")
        return response
    response.set_signed_cookie(
        COOKIE,
        ",".join(map(str, ids)),
        salt=SALT,
        max_age=MAX_AGE,
        httponly=True,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
    )
    return response


def from_this_site(request) -> bool:
    origin = request.headers.get("Origin")
    return origin is None or origin == settings.SITE_URL


def kept_trainings(ids: list[int]) -> list:
    """Her kept trainings that are still public, in the order she kept them."""
    found = Training.objects.published().filter(pk__in=ids).with_next_session().for_listing()
    by_id = {training.pk: training for training in found}
    return [by_id[pk] for pk in ids if pk in by_id]


@csrf_exempt  # see the module's docstring
@require_POST
def keep(request):
    if not from_this_site(request):
        return HttpResponseForbidden(_("This form only works from this site."))
    ids = kept_ids(request)
    raw = request.POST.get("training", "")
    if raw.isdigit():
        if request.POST.get("action") == "remove":
            ids = [pk for pk in ids if pk != int(raw)]
        elif Training.objects.published().filter(pk=int(raw)).exists():
            ids.append(int(raw))
    target = reverse("shortlist")
    back = same_site_path(request.headers.get("Referer", ""))
    if request.POST.get("action") != "remove" and is_local(back):
        target += "?" + urlencode({"back": back})
    return keep_cookie(HttpResponseRedirect(target, status=303), ids)


def same_site_path(url: str) -> str:
    """The path and query of a URL on this site (where she pressed the button), else ""."""
    if not url.startswith(settings.SITE_URL + "/"):
        return ""
    return url.removeprefix(settings.SITE_URL)


def is_local(path: str) -> bool:
    return path.startswith("/") and url_has_allowed_host_and_scheme(path, allowed_hosts=None)


class EmailForm(forms.Form):
    email = forms.EmailField(label=gettext_lazy("Your e-mail address"), max_length=254)


@never_cache
def shortlist(request):
    trainings = kept_trainings(kept_ids(request))
    back = request.GET.get("back", "")
    back = back if is_local(back) else ""
    form, sent, status = EmailForm(), "", 200
    if request.method == "POST":
        form = EmailForm(request.POST)
        if not form.is_valid():
            status = 400
        elif not limits.allowed(form.cleaned_data["email"], client_ip(request)):
            form.add_error(
                None,
                _("Too many e-mails from here or to this address. Please try again in an hour."),
            )
            status = 429
        elif trainings:
            email_shortlist(form.cleaned_data["email"], trainings)
            sent = form.cleaned_data["email"]
            form = EmailForm()
    context = {"trainings": trainings, "form": form, "sent": sent, "back": back}
    return render(request, "alerts/shortlist.html", context, status=status)


def email_shortlist(address: str, trainings: list) -> None:
    items = [(training, absolute_url(training.get_absolute_url())) for training in trainings]
    context = {
        "items": items,
        "shortlist_url": absolute_url(reverse("shortlist")),
        "language": get_language(),
    }
    mail = EmailMultiAlternatives(
        subject=_("Your shortlist of trainings"),
        body=render_to_string("alerts/email/shortlist.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[address],
        headers={"Auto-Submitted": "auto-generated"},
    )
    mail.attach_alternative(render_to_string("alerts/email/shortlist.html", context), "text/html")
    mail.send()
