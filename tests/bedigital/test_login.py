"""Admin login: throttling by username and address (django-axes), password reset by e-mail
through a real SMTP server (aiosmtpd, see tests/conftest.py)."""

import re
from datetime import timedelta

import pytest
from axes.exceptions import AxesBackendRequestParameterRequired
from axes.models import AccessAttempt
from django.db.models import F
from django.http import HttpRequest
from django.utils import formats, timezone, translation
from django.utils.translation import gettext

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
RIGHT = "secret-password"  # tests.factories.UserFactory
ATTACKER, EDITOR_AT_HOME = "203.0.113.66", "198.51.100.7"


def log_in(client, user, password, **headers):
    form = {"username": user.username, "password": password, "next": "/admin/"}
    return client.post(LOGIN, form, **headers)


def is_logged_in(client):
    return client.get("/admin/").status_code == 200


def fail(client, user, times, **headers):
    for _ in range(times):
        assert log_in(client, user, "wrong", **headers).status_code == 200


def test_thirty_wrong_passwords_then_the_right_one_is_refused(client, site_editor):
    for _ in range(30):
        log_in(client, site_editor, "wrong")
    response = log_in(client, site_editor, RIGHT)
    assert response.status_code == 429
    assert not is_logged_in(client)


def test_lockout_after_the_failure_limit_until_the_cool_off_ends(client, site_editor, settings):
    assert settings.AXES_FAILURE_LIMIT == 5
    fail(client, site_editor, 4)  # the login form, with its error, four times
    assert log_in(client, site_editor, "wrong").status_code == 429  # the fifth
    assert log_in(client, site_editor, RIGHT).status_code == 429
    fail_during_lockout = log_in(client, site_editor, "wrong")
    assert fail_during_lockout.status_code == 429
    # refused tries do not count, so the time the page promised holds
    assert AccessAttempt.objects.get().failures_since_start == 5
    assert not is_logged_in(client)

    AccessAttempt.objects.update(attempt_time=F("attempt_time") - settings.AXES_COOLOFF_TIME)
    assert log_in(client, site_editor, RIGHT)["Location"] == "/admin/"
    assert is_logged_in(client)


def test_a_successful_login_resets_the_count(client, site_editor):
    fail(client, site_editor, 4)
    assert log_in(client, site_editor, RIGHT).status_code == 302
    assert not AccessAttempt.objects.exists()
    client.post("/admin/logout/")
    fail(client, site_editor, 4)  # would have been the 5th to 8th failure
    assert log_in(client, site_editor, RIGHT).status_code == 302


def test_an_attacker_cannot_lock_the_editor_out_of_her_own_connection(client, site_editor):
    fail(client, site_editor, 4, REMOTE_ADDR=ATTACKER)
    assert log_in(client, site_editor, "wrong", REMOTE_ADDR=ATTACKER).status_code == 429
    assert log_in(client, site_editor, RIGHT, REMOTE_ADDR=EDITOR_AT_HOME).status_code == 302


def test_a_locked_address_can_still_log_in_as_another_editor(client, site_editor, agency_editor):
    fail(client, site_editor, 4)
    assert log_in(client, site_editor, "wrong").status_code == 429
    assert log_in(client, agency_editor, RIGHT).status_code == 302


def test_forged_forwarded_for_headers_are_ignored_by_default(client, site_editor):
    for n in range(5):
        log_in(client, site_editor, "wrong", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")
    forged = log_in(client, site_editor, RIGHT, HTTP_X_FORWARDED_FOR="192.0.2.99")
    assert forged.status_code == 429


def test_behind_a_declared_proxy_the_client_is_read_from_its_forwarded_for(
    client, site_editor, settings
):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.2"}  # every request comes from the proxy
    for n in range(5):  # the attacker forges what she may: the left part
        forged = f"192.0.2.{n}, {ATTACKER}"
        log_in(client, site_editor, "wrong", HTTP_X_FORWARDED_FOR=forged, **proxy)
    attacker = log_in(client, site_editor, RIGHT, HTTP_X_FORWARDED_FOR=ATTACKER, **proxy)
    assert attacker.status_code == 429
    assert AccessAttempt.objects.get().ip_address == ATTACKER
    editor = log_in(client, site_editor, RIGHT, HTTP_X_FORWARDED_FOR=EDITOR_AT_HOME, **proxy)
    assert editor.status_code == 302


def test_a_malformed_forwarded_for_counts_against_the_connection(client, site_editor, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    response = log_in(client, site_editor, "wrong", HTTP_X_FORWARDED_FOR="<script>, ::1]")
    assert response.status_code == 200
    assert AccessAttempt.objects.get().ip_address == "127.0.0.1"


@pytest.mark.parametrize("lang", ["nl", "fr", "de", "en"])
def test_lockout_page_says_when_to_try_again_in_the_admin_style(client, site_editor, lang):
    fail(client, site_editor, 4)
    response = log_in(client, site_editor, "wrong", HTTP_ACCEPT_LANGUAGE=lang)
    html = response.content.decode()
    assert response.status_code == 429
    assert 14 * 60 < int(response["Retry-After"]) <= 15 * 60
    assert "admin/css/base.css" in html and "css/admin.css" in html
    retry_at = timezone.localtime(AccessAttempt.objects.get().attempt_time) + timedelta(minutes=15)
    with translation.override(lang):
        time = formats.time_format(retry_at, "TIME_FORMAT")
        assert f"<title>{gettext('Too many failed login attempts')} |" in html
        assert gettext("You can try again at %(time)s (in %(wait)s).").split("%")[0] in html
        assert gettext("Be Digital Together") in html
    assert time in html
    assert 'href="/admin/password_reset/"' in html
    if lang != "en":
        assert "Too many failed login attempts" not in html


def test_test_client_login_needs_a_request(client, site_editor):
    """axes refuses authenticate() without a request; tests use force_login, the login form,
    or pass one."""
    with pytest.raises(AxesBackendRequestParameterRequired):
        client.login(username=site_editor.username, password=RIGHT)
    assert client.login(request=HttpRequest(), username=site_editor.username, password=RIGHT)
    assert is_logged_in(client)


# Password reset by e-mail


@pytest.mark.parametrize(
    ("lang", "subject"),
    [
        ("nl", "Wachtwoordherinitialisatie voor Be Digital Together"),
        ("fr", "Réinitialisation du mot de passe sur Be Digital Together"),
        ("de", "Passwort auf Be Digital Together zurücksetzen"),
        ("en", "Password reset on Be Digital Together"),
    ],
)
def test_password_reset_by_email_over_smtp(
    client, site_editor, smtp_server, settings, lang, subject
):
    settings.DEFAULT_FROM_EMAIL = "Be Digital Together <noreply@bedigitaltogether.be>"
    site_editor.email = "editor@example.be"
    site_editor.save()
    language = {"HTTP_ACCEPT_LANGUAGE": lang}

    login_page = client.get(LOGIN, **language).content.decode()
    with translation.override(lang):
        assert gettext("Forgotten your login credentials?") in login_page
    assert 'href="/admin/password_reset/"' in login_page
    form = client.get("/admin/password_reset/", **language)
    assert form.status_code == 200 and "admin/css/base.css" in form.content.decode()

    response = client.post("/admin/password_reset/", {"email": "Editor@Example.be"}, **language)
    assert response["Location"] == "/admin/password_reset/done/"
    [mail] = smtp_server
    assert mail.recipients == ["editor@example.be"]
    assert mail.message["To"] == "editor@example.be"
    assert mail.message["From"] == settings.DEFAULT_FROM_EMAIL
    # (Django folds a long encoded subject onto its next line; unfolding keeps one space)
    assert mail.message["Subject"].strip() == subject
    body = mail.message.get_content()
    with translation.override(lang):
        for line in [
            "Please go to the following page and choose a new password:",
            "In case you’ve forgotten, you are:",
            "Thanks for using our site!",
        ]:
            assert gettext(line) in body
            assert lang == "en" or gettext(line) != line
    assert site_editor.username in body

    link = re.search(r"http://testserver(/admin/password_reset/\S+/\S+/)", body)[1]
    set_password = client.get(link, **language)["Location"]  # the token leaves the URL
    assert client.get(set_password, **language).status_code == 200
    new = "a brand new passphrase"
    done = client.post(set_password, {"new_password1": new, "new_password2": new}, **language)
    assert done["Location"] == "/admin/password_reset/complete/"
    assert 'href="/admin/login/"' in client.get(done["Location"], **language).content.decode()

    assert log_in(client, site_editor, RIGHT).status_code == 200  # the old one is gone
    assert log_in(client, site_editor, new)["Location"] == "/admin/"
    assert is_logged_in(client)
    used = client.get(link)  # a link works once
    assert used.status_code == 200 and 'name="new_password1"' not in used.content.decode()


def test_the_reset_link_points_at_the_configured_origin_not_the_host_header(
    client, site_editor, smtp_server, settings
):
    settings.SITE_URL = "https://www.bedigitaltogether.be"
    site_editor.email = "editor@example.be"
    site_editor.save()
    client.post("/admin/password_reset/", {"email": "editor@example.be"}, HTTP_HOST="localhost")
    body = smtp_server[0].message.get_content()
    assert "https://www.bedigitaltogether.be/admin/password_reset/" in body
    assert "localhost" not in body


def test_unknown_address_gets_the_same_answer_and_no_email(client, site_editor, smtp_server):
    site_editor.email = "editor@example.be"
    site_editor.save()
    unknown = client.post("/admin/password_reset/", {"email": "nobody@example.be"}, follow=True)
    assert smtp_server == []
    known = client.post("/admin/password_reset/", {"email": "editor@example.be"}, follow=True)
    assert len(smtp_server) == 1
    assert unknown.redirect_chain == known.redirect_chain == [("/admin/password_reset/done/", 302)]
    assert unknown.content == known.content


def test_a_password_reset_ends_the_lockout(client, site_editor, smtp_server):
    site_editor.email = "editor@example.be"
    site_editor.save()
    fail(client, site_editor, 4)
    assert log_in(client, site_editor, "wrong").status_code == 429
    client.post("/admin/password_reset/", {"email": "editor@example.be"})
    link = re.search(r"http://testserver(\S+)", smtp_server[0].message.get_content())[1]
    set_password = client.get(link)["Location"]
    new = "a brand new passphrase"
    client.post(set_password, {"new_password1": new, "new_password2": new})
    assert log_in(client, site_editor, new)["Location"] == "/admin/"
