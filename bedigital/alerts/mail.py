"""The e-mails of an alert, in its language, as plain text with an HTML alternative.

Every e-mail about an alert carries a one-click unsubscribe (RFC 8058: `List-Unsubscribe`
with an https URL and `List-Unsubscribe-Post`), and a link to change or delete the alert.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from bedigital.origin import absolute_url

from . import catalogue, tokens


def link(name: str, alert, purpose: str | None = None) -> str:
    kwargs = {"token": tokens.make(alert, purpose)} if purpose else {}
    return absolute_url(reverse(name, kwargs=kwargs))


def catalogue_link(alert) -> str:
    path = reverse("trainings:list")
    return absolute_url(f"{path}?{alert.query}" if alert.query else path)


def message(alert, subject: str, template: str, context: dict) -> EmailMultiAlternatives:
    """Rendered in the alert's language (the caller has activated it)."""
    context = {
        "alert": alert,
        "search": catalogue.describe(alert.query),
        "catalogue_url": catalogue_link(alert),
        "manage_url": link("alerts:manage", alert, tokens.MANAGE),
        "unsubscribe_url": link("alerts:unsubscribe", alert, tokens.UNSUBSCRIBE),
        **context,
    }
    text = render_to_string(f"alerts/email/{template}.txt", context)
    html = render_to_string(f"alerts/email/{template}.html", context)
    mail = EmailMultiAlternatives(
        subject=subject,
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[alert.email],
        headers={
            "List-Unsubscribe": f"<{context['unsubscribe_url']}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Content-Language": alert.language,
            "Auto-Submitted": "auto-generated",
        },
    )
    mail.attach_alternative(html, "text/html")
    return mail


def confirmation(alert) -> EmailMultiAlternatives:
    """The double opt-in e-mail; for an alert already confirmed, a note with its links."""
    with translation.override(alert.language):
        if alert.confirmed_at:
            return message(alert, _("You already have this e-mail alert"), "already", {})
        context = {"confirm_url": link("alerts:confirm", alert, tokens.CONFIRM)}
        return message(alert, _("Confirm your e-mail alert"), "confirm", context)


def digest(alert, sessions) -> EmailMultiAlternatives:
    """New sessions for the alert (each with its training, provider and place loaded)."""
    with translation.override(alert.language):
        items = [
            {
                "session": session,
                "training": session.training,
                "url": absolute_url(session.training.get_absolute_url()),
                "when": session.describe(),
            }
            for session in sessions
        ]
        subject = ngettext(
            "%(count)d new session for your search",
            "%(count)d new sessions for your search",
            len(items),
        ) % {"count": len(items)}
        return message(alert, subject, "digest", {"items": items})
