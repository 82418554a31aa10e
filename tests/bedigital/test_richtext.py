"""Descriptions written as plain text keep their paragraphs and lists on the public page."""

import json
from html import unescape
from html.parser import HTMLParser

import pytest
from django.contrib.staticfiles import finders

from bedigital.richtext import sanitize_html
from tests.admin_forms import admin_form_data
from tests.factories import TrainingFactory
from trainings.models import Training


def test_plain_text_becomes_paragraphs_and_lists():
    text = "Au programme :\n- le courriel\n- les papiers en ligne\n\nSix matinées.\nGratuit."
    assert sanitize_html(text) == (
        "<p>Au programme :</p><ul><li>le courriel</li><li>les papiers en ligne</li></ul>"
        "<p>Six matinées.<br>Gratuit.</p>"
    )


def test_plain_text_is_escaped_and_markup_kept_as_it_is():
    assert sanitize_html("5 < 6 & 7") == "<p>5 &lt; 6 &amp; 7</p>"
    html = "<p>Déjà <strong>formaté</strong></p><ul><li>un</li></ul>"
    assert sanitize_html(html) == html
    assert sanitize_html("<script>alert(1)</script>Bonjour") == "Bonjour"


@pytest.mark.django_db
def test_a_plain_text_description_renders_with_its_list(client):
    training = TrainingFactory(description_fr="Vous apprendrez :\n- Word\n- Excel")
    html = client.get(f"/fr/trainings/{training.slug}/").content.decode()
    assert "<ul><li>Word</li><li>Excel</li></ul>" in html


def test_an_emptied_editor_leaves_no_text():
    assert sanitize_html("<p></p>") == ""
    assert sanitize_html("<p><br></p>") == ""


def test_links_keep_their_address_and_language_but_no_title():
    html = '<p lang="nl" title="x"><a href="https://www.vdab.be/" title="" hreflang="nl">VDAB</a>'
    assert sanitize_html(html) == (
        '<p lang="nl"><a href="https://www.vdab.be/" hreflang="nl" rel="noopener">VDAB</a></p>'
    )


def test_the_editor_offers_exactly_what_the_sanitiser_keeps():
    from django_prose_editor.config import allowlist_from_extensions, expand_extensions

    from bedigital.richtext import ALLOWED_TAGS, EDITOR_EXTENSIONS, URL_SCHEMES

    allowed = allowlist_from_extensions(expand_extensions(EDITOR_EXTENSIONS))
    assert allowed["tags"] == ALLOWED_TAGS
    assert allowed["url_schemes"] == URL_SCHEMES


class Elements(HTMLParser):
    """Every element's attributes, and a textarea's text, by id."""

    def __init__(self, html):
        super().__init__()
        self.by_id, self.sources, self.current = {}, [], None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.by_id[attrs["id"]] = attrs
        if tag == "script" and attrs.get("src"):
            self.sources.append(attrs["src"])
        if tag == "link" and attrs.get("rel") == "stylesheet":
            self.sources.append(attrs["href"])
        self.current = attrs if tag == "textarea" else None

    def handle_data(self, data):
        if self.current is not None:
            self.current["text"] = self.current.get("text", "") + data


@pytest.mark.django_db
def test_the_admin_edits_long_texts_in_the_editor_served_from_the_site(client, agency_editor):
    training = TrainingFactory(owner=agency_editor.organisations.first())
    # stored before descriptions were sanitised on save: plain text
    Training.objects.filter(pk=training.pk).update(description_fr="Au menu :\n- Word\n- Excel")
    client.force_login(agency_editor)
    html = client.get(
        f"/admin/trainings/training/{training.pk}/change/", HTTP_ACCEPT_LANGUAGE="fr"
    ).content.decode()
    page = Elements(html)
    area = page.by_id["id_description_fr"]
    assert area.get("data-django-prose-editor-configurable")
    assert area.get("lang") == "fr"
    # plain text opens in the editor with its list
    assert unescape(area["text"]).strip() == "<p>Au menu :</p><ul><li>Word</li><li>Excel</li></ul>"
    words = json.loads(area.get("data-editor-words"))
    assert words["bold"] == "Gras" and words["unordered list"] == "Liste à puces"
    assert "data-django-prose-editor-configurable" not in page.by_id["id_title_fr"]
    # every script and style of the editor is the site's own: no CDN
    sources = page.sources
    assert "/static/django_prose_editor/editor.js" in sources
    assert "/static/js/rich-text.js" in sources
    assert all(source.startswith("/static/") or source.startswith("/admin/") for source in sources)
    for source in ("django_prose_editor/editor.js", "js/rich-text.js"):
        assert finders.find(source), source


@pytest.mark.django_db
def test_what_the_editor_posts_is_sanitised_on_save(client, agency_editor):
    training = TrainingFactory(owner=agency_editor.organisations.first())
    client.force_login(agency_editor)
    url = f"/admin/trainings/training/{training.pk}/change/"
    data = admin_form_data(
        client.get(url),
        description_fr='<h2>Programme</h2><p><strong>Gratuit</strong> <a href="javascript:x()">'
        "ici</a></p><script>alert(1)</script>",
        description_de="<p></p>",
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    training.refresh_from_db()
    assert training.description_fr == (
        '<h2>Programme</h2><p><strong>Gratuit</strong> <a rel="noopener">ici</a></p>'
    )
    assert not training.description_de
