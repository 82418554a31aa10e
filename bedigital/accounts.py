"""Editors' accounts: login throttling (django-axes) and password reset by e-mail.

Failures are counted per username *and* client address (settings.AXES_LOCKOUT_PARAMETERS),
so guessing one editor's password from one address is stopped, while that editor can still
log in from her own connection.
"""

import ipaddress
import math

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_cool_off
from axes.utils import reset as reset_login_failures
from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.db.models import Max
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_noop

from .origin import site_domain, site_scheme

# Django 5.2's own catalogs lack these in Dutch or German (the login page's reset link and the
# reset e-mail would show English); ours translate them, and naming them here keeps
# makemessages from dropping them as unused.
DJANGO_STRINGS_WE_TRANSLATE = [
    gettext_noop("Forgotten your login credentials?"),
    gettext_noop("In case you’ve forgotten, you are:"),
    gettext_noop("Error:"),
]


def client_ip(request) -> str | None:
    """The address login failures are counted against (settings.AXES_CLIENT_IP_CALLABLE).

    The connection's address, unless TRUSTED_PROXY_COUNT reverse proxies are declared: each
    appends the address it was reached from to X-Forwarded-For, so the client is that many
    entries from the right. Entries further left come from the client and may be forged.
    """
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
    if settings.TRUSTED_PROXY_COUNT and len(forwarded) >= settings.TRUSTED_PROXY_COUNT:
        candidate = forwarded[-settings.TRUSTED_PROXY_COUNT].strip()
        try:
            return str(ipaddress.ip_address(candidate))
        except ValueError:
            pass  # not written by our proxy: a misconfigured count; fall back
    return request.META.get("REMOTE_ADDR")


def lockout_response(request, original_response=None, credentials=None):
    """The admin's page for a locked-out login (settings.AXES_LOCKOUT_CALLABLE): 429 with the
    time the next attempt is allowed, in the editor's language and time zone."""
    attempts = AxesProxyHandler.get_implementation().get_user_attempts(request, credentials)
    last_failure = max(
        (when for qs in attempts if (when := qs.aggregate(last=Max("attempt_time"))["last"])),
        default=timezone.now(),
    )
    retry_at = last_failure + get_cool_off(request)
    seconds = max(math.ceil((retry_at - timezone.now()).total_seconds()), 1)
    context = {
        **admin.site.each_context(request),
        "retry_at": retry_at,
        "failure_limit": settings.AXES_FAILURE_LIMIT,
    }
    response = TemplateResponse(request, "admin/lockout.html", context, status=429)
    response["Retry-After"] = str(seconds)
    return response.render()


class AdminFrameMixin:
    """Django's password views inside the admin's frame (its header and titles)."""

    def get_context_data(self, **kwargs):
        return {**admin.site.each_context(self.request), **super().get_context_data(**kwargs)}


class PasswordResetView(AdminFrameMixin, auth_views.PasswordResetView):
    def form_valid(self, form):
        # The portal's name and its configured origin, never the request's Host header
        # (a link to the attacker's host would hand her the token).
        self.extra_email_context = {
            "site_name": admin.site.site_title,
            "protocol": site_scheme(),
            "domain": site_domain(),
        }
        return super().form_valid(form)


class PasswordResetDoneView(AdminFrameMixin, auth_views.PasswordResetDoneView):
    pass


class PasswordResetConfirmView(AdminFrameMixin, auth_views.PasswordResetConfirmView):
    def form_valid(self, form):
        response = super().form_valid(form)
        # She proved she owns the mailbox: a lockout of her username ends with the new password.
        reset_login_failures(username=form.user.get_username())
        return response


class PasswordResetCompleteView(AdminFrameMixin, auth_views.PasswordResetCompleteView):
    pass


# Under /admin/ so that the admin login page links to them ("admin_password_reset"), and so
# that they share the admin's headers; the other names are the ones Django's views expect.
password_reset_urls = [
    path("password_reset/", PasswordResetView.as_view(), name="admin_password_reset"),
    path(
        "password_reset/done/",
        PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "password_reset/<uidb64>/<token>/",
        PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "password_reset/complete/",
        PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
]
