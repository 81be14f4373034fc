"""Partnerships and review conclusions in several languages, against real PostgreSQL and Kafka:
Accept-Language picks the texts of reads, every language travels in the events, the ETag names
the representation and If-Match works whichever language was read."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import asyncpg
import httpx
import pytest

from shared.catalogue import Stream, topic_name
from shared.db import asyncpg_dsn
from shared.relay import OutboxRelay
from tests.integration.registry.support import Cast, consent_all, draft_body
from tests.support.infra import Infra
from tests.support.kafka import read_to_end
from tests.support.processes import eventually

pytestmark = pytest.mark.integration

SPANISH = {
    "title": "Corredor de contratación equitativa México-Canadá",
    "summary": "Contratación ética de trabajadores agrícolas temporales con apoyo de la diáspora.",
}
FRENCH_TITLE = "Corridor de recrutement équitable Mexique-Canada"
TRANSLATIONS = {"es": SPANISH, "fr": {"title": FRENCH_TITLE}}
ENGLISH = draft_body({"canada": "", "diaspora": ""})  # for its title and summary only


async def multilingual_draft(api: httpx.AsyncClient, people: Cast, **overrides: Any) -> str:
    body = draft_body(people.orgs, language="en", translations=TRANSLATIONS, **overrides)
    created = await api.post("/partnerships", json=body, headers=people.headers["owner"])
    assert created.status_code == 201, created.text
    return str(created.json()["id"])


async def act(
    api: httpx.AsyncClient, people: Cast, who: str, pid: str, action: str, **body: Any
) -> httpx.Response:
    if action == "propose":  # every organisation the draft names consents first
        await consent_all(api, pid, people.invitees())
    answer = await api.post(
        f"/partnerships/{pid}/actions/{action}", json=body or None, headers=people.headers[who]
    )
    assert answer.status_code in (200, 201), (action, answer.text)
    return answer


async def read_in(
    api: httpx.AsyncClient, people: Cast, pid: str, accept_language: str | None
) -> httpx.Response:
    headers = dict(people.headers["owner"])
    if accept_language is not None:
        headers["Accept-Language"] = accept_language
    response = await api.get(f"/partnerships/{pid}", headers=headers)
    assert response.status_code == 200, response.text
    return response


async def test_a_draft_keeps_every_language_given_and_answers_in_the_default(
    api: httpx.AsyncClient, people: Cast
) -> None:
    body = draft_body(people.orgs, translations=TRANSLATIONS)
    created = await api.post("/partnerships", json=body, headers=people.headers["owner"])
    assert created.status_code == 201, created.text
    read = created.json()
    assert read["language"] == "en"  # the default when none is named
    assert read["content_language"] == "en"
    assert (read["title"], read["summary"]) == (body["title"], body["summary"])
    assert read["translations"] == {
        "es": SPANISH,
        "fr": {"title": FRENCH_TITLE, "summary": None},
    }
    assert created.headers["ETag"] == '"1"'
    assert created.headers["Content-Language"] == "en"
    assert created.headers["Vary"] == "Accept-Language"


@pytest.mark.parametrize(
    ("accept_language", "language", "title", "summary_in", "content_language", "etag"),
    [
        ("es", "es", SPANISH["title"], "es", "es", '"1-es"'),
        ("fr;q=0.4, es;q=0.8", "es", SPANISH["title"], "es", "es", '"1-es"'),
        ("es-MX, fr;q=0.9", "es", SPANISH["title"], "es", "es", '"1-es"'),
        # French has no summary: the English one is given, and Content-Language says so.
        ("fr, es;q=0.5", "fr", FRENCH_TITLE, "en", "fr, en", '"1-fr"'),
        ("de, pt;q=0.9", "en", ENGLISH["title"], "en", "en", '"1"'),  # nothing given: default
        ("es;q=0, fr;q=0.1, *;q=0.2", "en", ENGLISH["title"], "en", "en", '"1"'),
        ("en;q=0, *", "es", SPANISH["title"], "es", "es", '"1-es"'),
        (None, "en", ENGLISH["title"], "en", "en", '"1"'),
    ],
)
async def test_accept_language_picks_the_texts_of_a_read(
    api: httpx.AsyncClient,
    people: Cast,
    accept_language: str | None,
    language: str,
    title: str,
    summary_in: str,
    content_language: str,
    etag: str,
) -> None:
    pid = await multilingual_draft(api, people)
    response = await read_in(api, people, pid, accept_language)
    read = response.json()
    assert read["content_language"] == language
    assert read["title"] == title
    assert read["summary"] == (SPANISH["summary"] if summary_in == "es" else ENGLISH["summary"])
    assert read["language"] == "en"
    assert set(read["translations"]) == {"es", "fr"}  # an editor sees every language
    assert response.headers["Content-Language"] == content_language
    assert response.headers["Vary"] == "Accept-Language"
    assert response.headers["ETag"] == etag


async def test_a_partnership_written_in_spanish_reads_in_spanish_by_default(
    api: httpx.AsyncClient, people: Cast
) -> None:
    body = draft_body(
        people.orgs,
        title=SPANISH["title"],
        summary=SPANISH["summary"],
        language="es",
        translations={"en": {"title": ENGLISH["title"], "summary": ENGLISH["summary"]}},
    )
    created = await api.post("/partnerships", json=body, headers=people.headers["owner"])
    assert created.status_code == 201, created.text
    pid = created.json()["id"]
    unasked = await read_in(api, people, pid, None)
    assert unasked.json()["title"] == SPANISH["title"]
    assert unasked.headers["ETag"] == '"1"' and unasked.headers["Content-Language"] == "es"
    english = await read_in(api, people, pid, "en-GB, en;q=0.9")
    assert english.json()["title"] == ENGLISH["title"]
    assert english.headers["ETag"] == '"1-en"'


async def test_the_list_gives_each_item_in_the_readers_language(
    api: httpx.AsyncClient, people: Cast
) -> None:
    translated = await multilingual_draft(api, people)
    english_only = (
        await api.post(
            "/partnerships", json=draft_body(people.orgs), headers=people.headers["owner"]
        )
    ).json()["id"]
    listed = await api.get(
        "/partnerships", headers={**people.headers["owner"], "Accept-Language": "es"}
    )
    assert listed.status_code == 200
    items = {item["id"]: item for item in listed.json()["items"]}
    assert items[translated]["title"] == SPANISH["title"]
    assert items[translated]["content_language"] == "es"
    assert items[english_only]["title"] == ENGLISH["title"]
    assert items[english_only]["content_language"] == "en"
    # Every language the page's texts are in, in the order its items first use them.
    assert listed.headers["Content-Language"] == "en, es"
    assert listed.headers["Vary"] == "Accept-Language"
    # `q` finds a partnership by a word of any of its languages.
    found = await api.get(
        "/partnerships", params={"q": "diáspora"}, headers=people.headers["owner"]
    )
    assert [item["id"] for item in found.json()["items"]] == [translated]


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"language": "de"}, "language"),
        ({"language": "EN"}, "language"),
        ({"translations": {"de": {"title": "Faire Anwerbung"}}}, "translations"),
        ({"translations": {"en": {"title": "Another English title"}}}, "translations.en"),
        ({"language": "es", "translations": {"es": {"title": "Otro título"}}}, "translations.es"),
        ({"translations": {"es": {}}}, "translations.es"),
        ({"translations": {"es": {"title": ""}}}, "translations.es.title"),
        ({"translations": {"es": {"title": "x" * 201}}}, "translations.es.title"),
        ({"translations": {"es": {"summary": "x" * 5001}}}, "translations.es.summary"),
        (
            {"translations": {"es": {"title": "Título", "tagline": "¡Hola!"}}},
            "translations.es.tagline",
        ),
        ({"translations": {"es": {"title": "Tí\u0000tulo"}}}, "translations.es.title"),
    ],
)
async def test_an_unknown_language_or_a_bad_translation_is_a_422_naming_the_field(
    api: httpx.AsyncClient, people: Cast, overrides: dict[str, Any], field: str
) -> None:
    body = draft_body(people.orgs, **overrides)
    refused = await api.post("/partnerships", json=body, headers=people.headers["owner"])
    assert refused.status_code == 422, refused.text
    assert field in [error["field"] for error in refused.json()["errors"]], refused.text
    listed = await api.get("/partnerships", headers=people.headers["owner"])
    assert listed.json()["items"] == []  # nothing stored


async def test_if_match_works_with_the_etag_read_in_any_language(
    api: httpx.AsyncClient, people: Cast
) -> None:
    pid = await multilingual_draft(api, people)
    url, owner = f"/partnerships/{pid}", people.headers["owner"]
    spanish_tag = (await read_in(api, people, pid, "es")).headers["ETag"]
    assert spanish_tag == '"1-es"'
    edited = await api.patch(
        url,
        json={"translations": {"es": {"title": "Corredor laboral justo México-Canadá"}}},
        headers={**owner, "If-Match": spanish_tag, "Accept-Language": "es"},
    )
    assert edited.status_code == 200, edited.text
    # The translations were replaced whole; French is gone, Spanish has no summary any more.
    assert edited.json()["translations"] == {
        "es": {"title": "Corredor laboral justo México-Canadá", "summary": None}
    }
    assert edited.json()["title"] == "Corredor laboral justo México-Canadá"
    assert edited.headers["ETag"] == '"2-es"'
    assert edited.headers["Content-Language"] == "es, en"
    # The tag of the version before, in any language, is stale.
    for stale in (spanish_tag, '"1"', '"1-fr"'):
        refused = await api.patch(
            url, json={"title": "Lost update"}, headers={**owner, "If-Match": stale}
        )
        assert refused.status_code == 412, stale
    # A tag naming a language the version has no representation in names nothing current.
    assert (
        await api.patch(url, json={"title": "Lost update"}, headers={**owner, "If-Match": '"2-fr"'})
    ).status_code == 412
    # The default-language tag of the current version works too.
    again = await api.patch(
        url, json={"language": "es", "translations": {}}, headers={**owner, "If-Match": '"2"'}
    )
    assert again.status_code == 200, again.text
    assert again.json()["language"] == "es"
    assert again.headers["ETag"] == '"3"' and again.headers["Content-Language"] == "es"
    clash = await api.patch(
        url,
        json={"translations": {"es": {"title": "Título repetido"}}},
        headers={**owner, "If-Match": '"3"'},
    )
    assert clash.status_code == 422
    assert clash.json()["errors"][0]["field"] == "translations.es"
    assert (await read_in(api, people, pid, None)).headers["ETag"] == '"3"'


async def test_a_replica_keeps_the_languages_of_its_original(
    api: httpx.AsyncClient, people: Cast
) -> None:
    pid = await multilingual_draft(api, people)
    await act(api, people, "owner", pid, "propose")
    replica = await act(api, people, "other", pid, "replicate")
    assert replica.status_code == 201
    assert replica.json()["translations"]["es"] == SPANISH
    assert replica.json()["language"] == "en"


async def test_review_texts_in_several_languages_are_read_in_the_readers_language(
    api: httpx.AsyncClient, people: Cast
) -> None:
    pid = await multilingual_draft(api, people)
    for who, action in (
        ("owner", "propose"),
        ("secretariat", "adopt"),
        ("owner", "start"),
        ("secretariat", "open-review"),
    ):
        await act(api, people, who, pid, action)
    spanish_texts = {
        "findings": "Las cuotas de contratación bajaron a cero para la mayoría.",
        "good_practices": "Las ventanillas únicas de migración acortaron la contratación.",
    }
    conclusion: dict[str, Any] = {
        "outcome": "continue",
        "language": "en",
        "findings": "Recruitment fees fell to zero for most workers.",
        "good_practices": "One-stop migration windows shortened hiring times.",
        "translations": {"es": spanish_texts},
    }
    await act(api, people, "secretariat", pid, "conclude-review", **conclusion)
    url = f"/partnerships/{pid}/reviews"
    spanish = await api.get(url, headers={**people.headers["ops"], "Accept-Language": "es"})
    (review,) = spanish.json()
    assert review["content_language"] == "es"
    assert review["findings"] == spanish_texts["findings"]
    assert review["good_practices"] == spanish_texts["good_practices"]
    assert review["lessons_learned"] == ""  # written empty: nothing to translate or fall back on
    assert review["translations"]["es"]["findings"] == spanish_texts["findings"]
    assert spanish.headers["Content-Language"] == "es"
    assert spanish.headers["Vary"] == "Accept-Language"
    french = (await api.get(url, headers={**people.headers["ops"], "Accept-Language": "fr"})).json()
    assert french[0]["content_language"] == "en"
    assert french[0]["findings"] == conclusion["findings"]

    # Found in Spanish, through its translation, with the Spanish passage highlighted.
    hits = await api.get(
        "/good-practices",
        params={"q": "ventanilla"},
        headers={**people.headers["ops"], "Accept-Language": "es"},
    )
    assert [hit["review_id"] for hit in hits.json()["items"]] == [review["id"]]
    assert "<mark>ventanillas</mark>" in hits.json()["items"][0]["snippets"]["good_practices"]
    assert hits.json()["items"][0]["partnership_title"] == SPANISH["title"]
    english = await api.get(
        "/good-practices", params={"q": "windows"}, headers=people.headers["ops"]
    )
    assert "<mark>windows</mark>" in english.json()["items"][0]["snippets"]["good_practices"]
    assert english.json()["items"][0]["partnership_title"] == ENGLISH["title"]
    by_language = await api.get(
        "/good-practices",
        params={"q": "ventanilla", "language": "es"},
        headers=people.headers["ops"],
    )
    assert len(by_language.json()["items"]) == 1
    none_in_french = await api.get(
        "/good-practices",
        params={"q": "ventanilla", "language": "fr"},
        headers=people.headers["ops"],
    )
    assert none_in_french.json()["items"] == []


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"translations": {"es": {"findings": "Bien."}}}, "language"),
        ({"language": "es", "translations": {"es": {"findings": "Bien."}}}, "translations.es"),
        ({"language": "en", "translations": {"de": {"findings": "Gut."}}}, "translations"),
        ({"language": "en", "translations": {"es": {"findings": ""}}}, "translations.es.findings"),
        ({"language": "en", "translations": {"es": {}}}, "translations.es"),
    ],
)
async def test_a_conclusion_with_bad_translations_is_a_422_naming_the_field(
    api: httpx.AsyncClient, people: Cast, body: dict[str, Any], field: str
) -> None:
    pid = await multilingual_draft(api, people)
    for who, action in (
        ("owner", "propose"),
        ("secretariat", "adopt"),
        ("owner", "start"),
        ("secretariat", "open-review"),
    ):
        await act(api, people, who, pid, action)
    refused = await api.post(
        f"/partnerships/{pid}/actions/conclude-review",
        json={"outcome": "continue", **body},
        headers=people.headers["secretariat"],
    )
    assert refused.status_code == 422, refused.text
    assert refused.json()["errors"][0]["field"] == field
    current = await read_in(api, people, pid, None)
    assert current.json()["status"] == "under_review"


async def test_events_carry_every_language_given(
    api: httpx.AsyncClient, people: Cast, infra: Infra, registry_db: str, topic_prefix: str
) -> None:
    pid = await multilingual_draft(api, people)
    for who, action in (
        ("owner", "propose"),
        ("secretariat", "adopt"),
        ("owner", "start"),
        ("secretariat", "open-review"),
    ):
        await act(api, people, who, pid, action)
    review_translations = {"fr": {"lessons_learned": "Les frais ont baissé."}}
    await act(
        api,
        people,
        "secretariat",
        pid,
        "conclude-review",
        outcome="continue",
        language="en",
        lessons_learned="Fees fell.",
        translations=review_translations,
    )
    stop = asyncio.Event()
    relay = asyncio.create_task(
        OutboxRelay(
            dsn=asyncpg_dsn(registry_db), bootstrap=infra.kafka_bootstrap, poll_interval=0.2
        ).run(stop)
    )

    async def outbox_published() -> bool:
        conn = await asyncpg.connect(asyncpg_dsn(registry_db))
        try:
            return not await conn.fetchval("SELECT count(*) FROM outbox WHERE published_at IS NULL")
        finally:
            await conn.close()

    await eventually(outbox_published, what="the outbox published")
    stop.set()
    await relay
    topic = topic_name(topic_prefix, Stream.PARTNERSHIPS)
    records = [
        r
        for r in await read_to_end(infra.kafka_bootstrap, topic)
        if r.key == pid.encode()
        # The invitations carry ids, no texts: the snapshots are what this test reads.
        and not dict(r.headers)["ce_type"].startswith(b"partnership.invitation_")
    ]
    assert len(records) == 5
    payloads = [json.loads(r.value) for r in records]
    for payload in payloads:
        snapshot = payload["partnership"]
        assert snapshot["language"] == "en"
        assert snapshot["translations"] == {
            "es": SPANISH,
            "fr": {"title": FRENCH_TITLE, "summary": None},
        }
    concluded = payloads[-1]
    assert dict(records[-1].headers)["ce_type"] == b"partnership.review_concluded"
    assert concluded["language"] == "en"
    assert concluded["translations"] == {
        "fr": {
            "findings": None,
            "lessons_learned": "Les frais ont baissé.",
            "good_practices": None,
            "challenges": None,
        }
    }


async def test_a_round_report_reads_in_the_readers_language(
    api: httpx.AsyncClient, people: Cast
) -> None:
    pid = await multilingual_draft(api, people)
    for who, action in (("owner", "propose"), ("secretariat", "adopt"), ("owner", "start")):
        await act(api, people, who, pid, action)
    secretariat = people.headers["secretariat"]
    opened = await api.post(
        "/review-rounds",
        json={
            "name": "Regional review — Americas 2025",
            "period_start": "2025-01-01",
            "period_end": "2025-12-31",
            "scope": {"regions": ["019"]},
        },
        headers=secretariat,
    )
    assert opened.status_code == 201, opened.text
    await act(
        api,
        people,
        "secretariat",
        pid,
        "conclude-review",
        outcome="continue",
        language="en",
        good_practices="A joint employer-diaspora hotline.",
        challenges="Visa delays.",
        translations={"es": {"good_practices": "Una línea directa conjunta."}},
    )
    closed = await api.post(
        f"/review-rounds/{opened.json()['id']}/close",
        headers={**secretariat, "Accept-Language": "es"},
    )
    assert closed.status_code == 200, closed.text
    assert closed.headers["Vary"] == "Accept-Language"
    (entry,) = closed.json()["by_objective"]["6"]
    assert entry["title"] == SPANISH["title"]
    assert entry["good_practices"] == "Una línea directa conjunta."
    assert entry["challenges"] == "Visa delays."  # not translated: the text as written
    report = await api.get(f"/review-rounds/{opened.json()['id']}/report", headers=secretariat)
    (entry,) = report.json()["by_objective"]["6"]
    assert entry["title"] == ENGLISH["title"]
    assert entry["good_practices"] == "A joint employer-diaspora hotline."
