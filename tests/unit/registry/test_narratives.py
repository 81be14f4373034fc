"""Texts in several languages: the reader's language, the fallback per text, the entity-tags."""

from __future__ import annotations

from services.registry.narratives import (
    content_language,
    entity_tag,
    entity_tags,
    localise,
    offered,
)

ORIGINALS = {"title": "Fair recruitment", "summary": "Zero fees."}
TRANSLATIONS = {
    "fr": {"title": "Recrutement équitable"},
    "es": {"title": "Contratación", "summary": "Sin cuotas."},
}


def test_the_default_is_offered_first_then_the_translations_in_order() -> None:
    assert offered("en", TRANSLATIONS) == ["en", "es", "fr"]
    assert offered("es", {"en": {}, "es": {}}) == ["es", "en"]  # a stray default entry: once


def test_a_complete_translation_gives_every_text_in_its_language() -> None:
    shown = localise("es", "en", ORIGINALS, TRANSLATIONS)
    assert shown.language == "es" and shown.languages == ("es",)
    assert shown.texts == {"title": "Contratación", "summary": "Sin cuotas."}


def test_a_text_missing_in_the_language_picked_falls_back_and_is_named() -> None:
    shown = localise("fr", "en", ORIGINALS, TRANSLATIONS)
    assert shown.texts == {"title": "Recrutement équitable", "summary": "Zero fees."}
    assert content_language(shown.languages) == "fr, en"


def test_an_empty_original_is_no_fallback() -> None:
    shown = localise("fr", "en", {"title": "Fair recruitment", "challenges": ""}, TRANSLATIONS)
    assert shown.languages == ("fr",)


def test_without_a_preference_the_default_is_read() -> None:
    shown = localise(None, "en", ORIGINALS, TRANSLATIONS)
    assert shown.texts == ORIGINALS and shown.languages == ("en",)


def test_each_representation_has_its_tag_and_all_are_current() -> None:
    assert entity_tag(3, "en", "en") == "3"
    assert entity_tag(3, "en", "es") == "3-es"
    assert entity_tags(3, "en", TRANSLATIONS) == {"3", "3-es", "3-fr"}
    assert entity_tags(3, "en", {}) == {"3"}


def test_content_language_names_each_language_once_in_order() -> None:
    assert content_language(["en", "es", "en", "fr"]) == "en, es, fr"
