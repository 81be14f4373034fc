"""Decisions carry reasons, and a proposal can be returned for revision and proposed again."""

from __future__ import annotations

import json
from typing import Any

import asyncpg
import httpx
import pytest

from shared.db import asyncpg_dsn
from tests.integration.registry.support import Cast, draft_body, propose

pytestmark = pytest.mark.integration


async def proposed(api: httpx.AsyncClient, people: Cast) -> str:
    created = await api.post(
        "/partnerships", json=draft_body(people.orgs), headers=people.headers["owner"]
    )
    assert created.status_code == 201, created.text
    pid = str(created.json()["id"])
    answer = await propose(api, people, pid)
    assert answer.status_code == 200, answer.text
    return pid


async def act(
    api: httpx.AsyncClient, people: Cast, who: str, pid: str, action: str, **body: Any
) -> httpx.Response:
    return await api.post(
        f"/partnerships/{pid}/actions/{action}", json=body or None, headers=people.headers[who]
    )


async def events_of(
    database_url: str, pid: str, *, consent: bool = False
) -> list[tuple[str, dict[str, Any]]]:
    """The events recorded under the partnership's key, oldest first; the invitation events
    (`partnership.invitation_*`, checked by test_consent.py) only with `consent`."""
    conn = await asyncpg.connect(asyncpg_dsn(database_url))
    try:
        rows = await conn.fetch(
            "SELECT event_type, envelope FROM outbox WHERE key = $1 ORDER BY id", pid
        )
    finally:
        await conn.close()
    return [
        (row["event_type"], json.loads(row["envelope"])["data"])
        for row in rows
        if consent or not row["event_type"].startswith("partnership.invitation_")
    ]


@pytest.mark.parametrize("action", ["reject", "return"])
async def test_rejecting_or_returning_without_a_reason_is_refused_and_changes_nothing(
    api: httpx.AsyncClient, people: Cast, registry_db: str, action: str
) -> None:
    pid = await proposed(api, people)
    for body in ({}, {"reason": ""}):
        refused = await act(api, people, "secretariat", pid, action, **body)
        assert refused.status_code == 422, refused.text
        assert [e["field"] for e in refused.json()["errors"]] == ["reason"]
    current = await api.get(f"/partnerships/{pid}", headers=people.headers["owner"])
    assert (current.json()["status"], current.json()["version"]) == ("proposed", 2)
    assert [kind for kind, _ in await events_of(registry_db, pid)] == ["partnership.proposed"]


async def test_a_returned_proposal_is_revised_and_proposed_again_with_every_round_in_history(
    api: httpx.AsyncClient, people: Cast, registry_db: str
) -> None:
    pid = await proposed(api, people)
    comments = "Add a baseline and a measurable target to each commitment."
    assert (await act(api, people, "owner", pid, "return", reason="x")).status_code == 403
    # Who may not decide is told so before being told what the decision lacks.
    assert (await act(api, people, "owner", pid, "return")).status_code == 403

    returned = await act(api, people, "secretariat", pid, "return", reason=comments)
    assert returned.status_code == 200, returned.text
    assert (returned.json()["status"], returned.json()["version"]) == ("draft", 3)
    # A draft again: private while reworked (its members, who consented, read it), editable by
    # its owner.
    assert (
        await api.get(f"/partnerships/{pid}", headers=people.headers["stranger"])
    ).status_code == 404
    assert (
        await api.get(f"/partnerships/{pid}", headers=people.headers["other"])
    ).status_code == 200
    edited = await api.patch(
        f"/partnerships/{pid}",
        json={"summary": "Now with baselines and targets."},
        headers={**people.headers["owner"], "If-Match": '"3"'},
    )
    assert edited.status_code == 200, edited.text
    assert (await act(api, people, "owner", pid, "propose")).status_code == 200
    adopted = await act(api, people, "secretariat", pid, "adopt", reason="Meets the criteria.")
    assert adopted.status_code == 200, adopted.text

    history = (
        await api.get(f"/partnerships/{pid}/history", headers=people.headers["owner"])
    ).json()
    assert [(h["action"], h["to_status"], h["reason"]) for h in history] == [
        ("create", "draft", None),
        ("accept-invitation", "draft", None),
        ("accept-invitation", "draft", None),
        ("propose", "proposed", None),
        ("return", "draft", comments),
        ("propose", "proposed", None),
        ("adopt", "adopted", "Meets the criteria."),
    ]
    events = await events_of(registry_db, pid)
    assert [kind for kind, _ in events] == [
        "partnership.proposed",
        "partnership.returned_for_revision",
        "partnership.proposed",
        "partnership.adopted",
    ]
    assert events[1][1]["reason"] == comments
    assert events[1][1]["partnership"]["status"] == "draft"
    assert events[2][1]["partnership"]["summary"] == "Now with baselines and targets."
    assert events[3][1]["reason"] == "Meets the criteria."


async def test_a_returned_proposal_withdrawn_is_announced_since_others_saw_it(
    api: httpx.AsyncClient, people: Cast, registry_db: str
) -> None:
    pid = await proposed(api, people)
    await act(api, people, "secretariat", pid, "return", reason="Needs a budget.")
    withdrawn = await act(api, people, "owner", pid, "withdraw", reason="Funding fell through.")
    assert withdrawn.status_code == 200, withdrawn.text
    kinds = [kind for kind, _ in await events_of(registry_db, pid)]
    assert kinds[-1] == "partnership.withdrawn"
    assert (
        await api.get(f"/partnerships/{pid}", headers=people.headers["stranger"])
    ).status_code == 200


async def test_a_reason_is_kept_for_a_silent_withdrawal_too(
    api: httpx.AsyncClient, people: Cast, registry_db: str
) -> None:
    created = await api.post(
        "/partnerships", json=draft_body(people.orgs), headers=people.headers["owner"]
    )
    pid = created.json()["id"]
    await act(api, people, "owner", pid, "withdraw", reason="Merged into another proposal.")
    history = (
        await api.get(f"/partnerships/{pid}/history", headers=people.headers["owner"])
    ).json()
    assert history[-1]["reason"] == "Merged into another proposal."
    assert await events_of(registry_db, pid) == []
