"""Review rounds: one request opens the review of every implementing partnership in scope (one
event each, carrying the round), progress is followed, and closing answers the round report."""

from __future__ import annotations

import json
from typing import Any

import asyncpg
import httpx
import pytest

from shared.db import asyncpg_dsn
from tests.integration.registry.support import Cast, cast, consent_all, draft_body

pytestmark = pytest.mark.integration


async def _act(
    api: httpx.AsyncClient, people: Cast, pid: str, action: str, who: str, **body: Any
) -> None:
    if action == "propose":  # every organisation the draft names consents first
        await consent_all(api, pid, people.invitees())
    answer = await api.post(
        f"/partnerships/{pid}/actions/{action}", json=body or None, headers=people.headers[who]
    )
    assert answer.status_code == 200, answer.text


async def _partnership(api: httpx.AsyncClient, people: Cast, until: str, **fields: Any) -> str:
    created = await api.post(
        "/partnerships", json=draft_body(people.orgs, **fields), headers=people.headers["owner"]
    )
    assert created.status_code == 201, created.text
    pid = str(created.json()["id"])
    steps = [("propose", "owner"), ("adopt", "secretariat"), ("start", "owner")]
    for action, who in steps[: [s for s, _ in steps].index(until) + 1]:
        await _act(api, people, pid, action, who)
    return pid


async def _sql(database_url: str, query: str, *args: Any) -> list[asyncpg.Record]:
    conn = await asyncpg.connect(asyncpg_dsn(database_url))
    try:
        return list(await conn.fetch(query, *args))
    finally:
        await conn.close()


ROUND = {"name": "Regional review — Americas 2026", "period_start": "2026-01-01",
         "period_end": "2026-12-31"}  # fmt: skip


async def test_a_round_opens_every_review_in_scope_and_reports_on_them(
    api: httpx.AsyncClient, registry_db: str
) -> None:
    people = await cast(api)
    americas = await _partnership(api, people, "start")  # MX → CA, objectives 6 and 18
    also_americas = await _partnership(api, people, "start", gcm_objectives=[6])
    africa = await _partnership(
        api, people, "start", countries=[{"code": "SN", "role": "origin"}], gcm_objectives=[1]
    )
    adopted_only = await _partnership(api, people, "adopt")
    secretariat = people.headers["secretariat"]

    opened = await api.post(
        "/review-rounds", json={**ROUND, "scope": {"regions": ["019"]}}, headers=secretariat
    )
    assert opened.status_code == 201, opened.text
    review_round = opened.json()
    assert review_round["progress"] == {
        "partnerships": 2,
        "awaiting_dossier": 2,
        "dossier_compiled": 0,
        "concluded": {},
    }
    statuses = {
        pid: (await api.get(f"/partnerships/{pid}", headers=secretariat)).json()["status"]
        for pid in (americas, also_americas, africa, adopted_only)
    }
    assert statuses == {
        americas: "under_review",
        also_americas: "under_review",
        africa: "implementing",
        adopted_only: "adopted",
    }
    events = await _sql(
        registry_db,
        "SELECT key, envelope FROM outbox WHERE event_type = 'partnership.review_opened'",
    )
    rounds_of = {row["key"]: json.loads(row["envelope"])["data"] for row in events}
    assert set(rounds_of) == {americas, also_americas}
    assert {data["round_id"] for data in rounds_of.values()} == {review_round["id"]}

    await _sql(
        registry_db,
        "UPDATE partnership_reviews SET dossier_id = 'dossier-1' WHERE partnership_id = $1",
        americas,
    )
    await _act(
        api,
        people,
        americas,
        "conclude-review",
        "secretariat",
        outcome="complete",
        findings="500 workers recruited without fees.",
        good_practices="A joint employer-diaspora hotline.",
        challenges="Visa delays.",
    )
    progress = (await api.get(f"/review-rounds/{review_round['id']}", headers=secretariat)).json()
    assert progress["progress"] == {
        "partnerships": 2,
        "awaiting_dossier": 1,
        "dossier_compiled": 0,
        "concluded": {"complete": 1},
    }

    closed = await api.post(f"/review-rounds/{review_round['id']}/close", headers=secretariat)
    assert closed.status_code == 200, closed.text
    report = closed.json()
    assert report["round"]["closed_at"] is not None
    assert set(report["by_objective"]) == {"6", "18"}
    entry = report["by_objective"]["6"][0]
    assert entry["partnership_id"] == americas and entry["outcome"] == "complete"
    assert entry["good_practices"] == "A joint employer-diaspora hotline."
    assert entry["challenges"] == "Visa delays."
    assert [e["partnership_id"] for e in report["by_region"]["019"]] == [americas]

    again = await api.post(f"/review-rounds/{review_round['id']}/close", headers=secretariat)
    assert again.status_code == 409
    assert (
        await api.get(f"/review-rounds/{review_round['id']}/report", headers=people.headers["ops"])
    ).json() == report


async def test_scope_and_callers_are_checked(api: httpx.AsyncClient) -> None:
    people = await cast(api)
    await _partnership(api, people, "start")
    secretariat = people.headers["secretariat"]
    nothing = await api.post(
        "/review-rounds", json={**ROUND, "scope": {"regions": ["009"]}}, headers=secretariat
    )
    assert nothing.status_code == 422 and nothing.json()["errors"][0]["field"] == "scope"
    unknown = await api.post(
        "/review-rounds", json={**ROUND, "scope": {"regions": ["999"]}}, headers=secretariat
    )
    assert unknown.status_code == 422
    assert unknown.json()["errors"][0]["field"] == "scope.regions[0]"
    backwards = await api.post(
        "/review-rounds", json={**ROUND, "period_end": "2025-01-01"}, headers=secretariat
    )
    assert backwards.status_code == 422
    partner = await api.post("/review-rounds", json=ROUND, headers=people.headers["owner"])
    assert partner.status_code == 403
    missing = await api.get("/review-rounds/nope", headers=secretariat)
    assert missing.status_code == 404
