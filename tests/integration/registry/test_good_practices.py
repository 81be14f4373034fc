"""Searching concluded reviews across partnerships: in Spanish, French and English, accents
ignored, ranked, highlighted, filtered, with each partnership's lineage."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.integration.registry.support import Cast, cast, consent_all, draft_body

pytestmark = pytest.mark.integration


async def _act(
    api: httpx.AsyncClient, people: Cast, pid: str, action: str, who: str, **body: Any
) -> dict[str, Any]:
    if action == "propose":  # every organisation the draft names consents first
        await consent_all(api, pid, people.invitees())
    answer = await api.post(
        f"/partnerships/{pid}/actions/{action}", json=body or None, headers=people.headers[who]
    )
    assert answer.status_code in (200, 201), answer.text
    return dict(answer.json())


async def _reviewed(
    api: httpx.AsyncClient, people: Cast, outcome: str, texts: dict[str, str], **fields: Any
) -> str:
    created = await api.post(
        "/partnerships", json=draft_body(people.orgs, **fields), headers=people.headers["owner"]
    )
    assert created.status_code == 201, created.text
    pid = str(created.json()["id"])
    await _act(api, people, pid, "propose", "owner")
    await _act(api, people, pid, "adopt", "secretariat")
    await _act(api, people, pid, "start", "owner")
    await _act(api, people, pid, "open-review", "secretariat")
    await _act(api, people, pid, "conclude-review", "secretariat", outcome=outcome, **texts)
    return pid


@pytest.fixture
async def reviews(api: httpx.AsyncClient) -> tuple[Cast, dict[str, str]]:
    people = await cast(api)
    spanish = await _reviewed(
        api,
        people,
        "complete",
        {
            "language": "es",
            "good_practices": "Las ventanillas únicas de migración redujeron los tiempos de "
            "contratación de los trabajadores temporales.",
            "challenges": "La coordinación consular fue lenta al principio.",
        },
    )
    french = await _reviewed(
        api,
        people,
        "continue",
        {
            "language": "fr",
            "lessons_learned": "Les organisations de la diaspora ont amélioré l'intégration "
            "des travailleurs saisonniers.",
        },
        countries=[{"code": "SN", "role": "origin"}, {"code": "FR", "role": "destination"}],
        gcm_objectives=[19],
        themes=["development_contribution"],
        level="regional",
    )
    english = await _reviewed(
        api,
        people,
        "discontinue",
        {
            "language": "en",
            "findings": "Recruitment fees were eliminated for seasonal workers, but the "
            "migración desk closed.",
        },
    )
    replica = await _act(api, people, spanish, "replicate", "other")
    await _act(api, people, replica["id"], "propose", "other")
    return people, {"es": spanish, "fr": french, "en": english, "replica": replica["id"]}


async def _search(
    api: httpx.AsyncClient, people: Cast, q: str, **filters: Any
) -> list[dict[str, Any]]:
    answer = await api.get(
        "/good-practices", params={"q": q, **filters}, headers=people.headers["other"]
    )
    assert answer.status_code == 200, answer.text
    return list(answer.json()["items"])


async def test_accents_are_ignored_and_the_snippet_shows_the_text_as_written(
    api: httpx.AsyncClient, reviews: tuple[Cast, dict[str, str]]
) -> None:
    people, ids = reviews
    hits = await _search(api, people, "migracion")
    assert [h["partnership_id"] for h in hits] == [
        ids["es"],
        ids["en"],
    ]  # good practice ranks first
    spanish = hits[0]
    assert "<mark>migración</mark>" in spanish["snippets"]["good_practices"]
    assert "challenges" not in spanish["snippets"], "a field that did not match has no snippet"
    assert spanish["language"] == "es" and spanish["outcome"] == "complete"
    assert spanish["rank"] > hits[1]["rank"]


async def test_each_language_is_matched_by_its_stems(
    api: httpx.AsyncClient, reviews: tuple[Cast, dict[str, str]]
) -> None:
    people, ids = reviews
    assert [h["partnership_id"] for h in await _search(api, people, "ventanilla")] == [ids["es"]]
    french = await _search(api, people, "integration diasporas")
    assert [h["partnership_id"] for h in french] == [ids["fr"]]
    assert "<mark>intégration</mark>" in french[0]["snippets"]["lessons_learned"]
    english = await _search(api, people, "recruiting fee")
    assert [h["partnership_id"] for h in english] == [ids["en"]]
    assert await _search(api, people, "remesas") == []


async def test_filters_narrow_the_hits(
    api: httpx.AsyncClient, reviews: tuple[Cast, dict[str, str]]
) -> None:
    people, ids = reviews
    both = {ids["es"], ids["fr"], ids["en"]}
    query = "trabajadores OR travailleurs OR workers"
    assert {h["partnership_id"] for h in await _search(api, people, query)} == both
    assert [h["partnership_id"] for h in await _search(api, people, query, region="202")] == [
        ids["fr"]
    ]
    assert [h["partnership_id"] for h in await _search(api, people, query, gcm_objective=19)] == [
        ids["fr"]
    ]
    by_outcome = await _search(api, people, query, outcome="discontinue")
    assert [h["partnership_id"] for h in by_outcome] == [ids["en"]]
    assert {h["partnership_id"] for h in await _search(api, people, query, level="bilateral")} == {
        ids["es"],
        ids["en"],
    }
    assert [h["partnership_id"] for h in await _search(api, people, query, language="fr")] == [
        ids["fr"]
    ]
    kinds = await _search(api, people, query, partner_kind="diaspora_organisation")
    assert {h["partnership_id"] for h in kinds} == both
    assert await _search(api, people, query, partner_kind="media") == []


async def test_a_hit_links_the_partnership_and_its_replicas(
    api: httpx.AsyncClient, reviews: tuple[Cast, dict[str, str]]
) -> None:
    people, ids = reviews
    hit = (await _search(api, people, "ventanillas"))[0]
    assert hit["links"] == {
        "partnership": f"/partnerships/{ids['es']}",
        "replicated_from": None,
        "replicas": [ids["replica"]],
    }


async def test_bad_queries_are_422_naming_the_field(
    api: httpx.AsyncClient, reviews: tuple[Cast, dict[str, str]]
) -> None:
    people, _ = reviews
    headers = people.headers["owner"]
    region = await api.get(
        "/good-practices", params={"q": "fees", "region": "999"}, headers=headers
    )
    assert region.status_code == 422 and region.json()["errors"][0]["field"] == "query:region"
    short = await api.get("/good-practices", params={"q": "a"}, headers=headers)
    assert short.status_code == 422
    assert any("q" in e["field"] for e in short.json()["errors"])
