"""Descriptions written as plain text keep their paragraphs and lists on the public page."""

import pytest

from bedigital.richtext import sanitize_html
from tests.factories import TrainingFactory


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
