"""Partnership reports over a reporting period: who is in it, with which status, by each axis,
as JSON and as CSV, against the real registry database."""

from __future__ import annotations

import csv
import io
from typing import Any

import asyncpg
import httpx
import pytest

from shared.db import asyncpg_dsn
from tests.integration.registry.support import Cast, cast, consent_all, draft_body

pytestmark = pytest.mark.integration


async def _draft(api: httpx.AsyncClient, people: Cast, **overrides: Any) -> str:
    answer = await api.post(
        "/partnerships", json=draft_body(people.orgs, **overrides), headers=people.headers["owner"]
    )
    assert answer.status_code == 201, answer.text
    return str(answer.json()["id"])


async def _act(api: httpx.AsyncClient, people: Cast, pid: str, action: str, who: str) -> None:
    # A rejection must say why.
    body = {"reason": "Out of the Compact's scope."} if action == "reject" else None
    if action == "propose":  # every organisation the draft names consents first
        await consent_all(api, pid, people.invitees())
    answer = await api.post(
        f"/partnerships/{pid}/actions/{action}", json=body, headers=people.headers[who]
    )
    assert answer.status_code == 200, answer.text


async def _backdate(database_url: str, pid: str, action: str, when: str) -> None:
    conn = await asyncpg.connect(asyncpg_dsn(database_url))
    try:
        await conn.execute(
            "UPDATE partnership_transitions SET occurred_at = $3::text::timestamptz"
            " WHERE partnership_id = $1 AND action = $2",
            pid,
            action,
            when,
        )
    finally:
        await conn.close()


@pytest.fixture
async def history(api: httpx.AsyncClient, registry_db: str) -> tuple[Cast, dict[str, str]]:
    """A: bilateral MX→CA with a diaspora member, proposed 2025-01-10, adopted 2025-02-01.
    B: regional SN→CI on objective 1 at MIDWA, proposed 2025-03-05, rejected 2025-04-01.
    C: a draft, never proposed."""
    people = await cast(api)
    a = await _draft(api, people)
    b = await _draft(
        api,
        people,
        level="regional",
        members=[{"partner_id": people.orgs["canada"], "role": "implementing"}],
        countries=[{"code": "SN", "role": "origin"}, {"code": "CI", "role": "destination"}],
        gcm_objectives=[1],
        sdg_targets=["17.18"],
        consultation_platform="midwa",
    )
    c = await _draft(api, people)
    await _act(api, people, a, "propose", "owner")
    await _act(api, people, a, "adopt", "secretariat")
    await _act(api, people, b, "propose", "owner")
    await _act(api, people, b, "reject", "secretariat")
    for pid, action, when in [
        (a, "propose", "2025-01-10T12:00:00Z"),
        (a, "adopt", "2025-02-01T12:00:00Z"),
        (b, "propose", "2025-03-05T12:00:00Z"),
        (b, "reject", "2025-04-01T12:00:00Z"),
    ]:
        await _backdate(registry_db, pid, action, when)
    return people, {"a": a, "b": b, "c": c}


async def _report(
    api: httpx.AsyncClient, people: Cast, start: str, end: str, by: str, **extra: str
) -> dict[str, Any]:
    answer = await api.get(
        "/reports/partnerships",
        params={"period_start": start, "period_end": end, "by": by, **extra},
        headers=people.headers["secretariat"],
    )
    assert answer.status_code == 200, answer.text
    return dict(answer.json())


def _counts(report: dict[str, Any]) -> dict[str, int]:
    return {row["key"]: row["count"] for row in report["rows"]}


async def test_status_is_the_one_at_the_end_of_the_period(
    api: httpx.AsyncClient, history: tuple[Cast, dict[str, str]]
) -> None:
    people, _ = history
    early = await _report(api, people, "2025-01-01", "2025-02-15", "status")
    assert early["total"] == 1 and _counts(early) == {"adopted": 1}
    year = await _report(api, people, "2025-01-01", "2025-12-31", "status")
    assert year["total"] == 2 and _counts(year) == {"adopted": 1, "rejected": 1}
    assert year["with_migrant_or_diaspora"] == 1


async def test_a_partnership_closed_before_the_period_and_drafts_are_left_out(
    api: httpx.AsyncClient, history: tuple[Cast, dict[str, str]]
) -> None:
    people, _ = history
    later = await _report(api, people, "2025-05-01", "2025-12-31", "level")
    assert later["total"] == 1 and _counts(later) == {"bilateral": 1}
    before = await _report(api, people, "2024-01-01", "2024-12-31", "level")
    assert before["total"] == 0 and before["rows"] == []


async def test_counts_by_objective_target_region_platform_and_partner_kind(
    api: httpx.AsyncClient, history: tuple[Cast, dict[str, str]]
) -> None:
    people, _ = history
    period = ("2025-01-01", "2025-12-31")
    objectives = await _report(api, people, *period, "gcm_objective")
    assert _counts(objectives) == {"1": 1, "6": 1, "18": 1}
    row = next(r for r in objectives["rows"] if r["key"] == "6")
    assert row["label"].startswith("Facilitate fair and ethical recruitment")
    assert row["share"] == 0.5
    assert _counts(await _report(api, people, *period, "sdg_target")) == {
        "8.8": 1,
        "10.7": 1,
        "17.18": 1,
    }
    assert _counts(await _report(api, people, *period, "sdg_goal")) == {"8": 1, "10": 1, "17": 1}
    origin = await _report(api, people, *period, "region", country_role="origin")
    assert _counts(origin) == {"002": 1, "019": 1}
    destination = await _report(api, people, *period, "sub_region", country_role="destination")
    assert _counts(destination) == {"202": 1, "021": 1}
    assert _counts(await _report(api, people, *period, "country", country_role="transit")) == {
        "none": 2
    }
    platforms = await _report(api, people, *period, "platform")
    assert _counts(platforms) == {"gfmd": 1, "midwa": 1}
    kinds = _counts(await _report(api, people, *period, "partner_kind"))
    assert kinds["national_government"] == 2 and kinds["diaspora_organisation"] == 1


async def test_csv_when_the_caller_accepts_it(
    api: httpx.AsyncClient, history: tuple[Cast, dict[str, str]]
) -> None:
    people, _ = history
    answer = await api.get(
        "/reports/partnerships",
        params={"period_start": "2025-01-01", "period_end": "2025-12-31", "by": "status"},
        headers={**people.headers["ops"], "Accept": "text/csv"},
    )
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(answer.text)))
    assert [(r["key"], r["count"], r["total"]) for r in rows] == [
        ("adopted", "1", "2"),
        ("rejected", "1", "2"),
    ]
    assert rows[0]["period_start"] == "2025-01-01" and rows[0]["by"] == "status"


async def test_bad_periods_and_axes_are_422_naming_the_field(
    api: httpx.AsyncClient, history: tuple[Cast, dict[str, str]]
) -> None:
    people, _ = history
    headers = people.headers["secretariat"]
    backwards = await api.get(
        "/reports/partnerships",
        params={"period_start": "2025-12-31", "period_end": "2025-01-01", "by": "status"},
        headers=headers,
    )
    assert backwards.status_code == 422
    assert backwards.json()["errors"][0]["field"] == "query:period_end"
    # The period's end plus a day must be a date: the last day of year 9999 is refused, and a
    # number is not a date (Pydantic alone would read 0 as 1970-01-01).
    for start, end in [("2025-01-01", "9999-12-31"), ("0", "2025-12-31")]:
        odd = await api.get(
            "/reports/partnerships",
            params={"period_start": start, "period_end": end, "by": "status"},
            headers=headers,
        )
        assert odd.status_code == 422, odd.text
        assert odd.json()["errors"][0]["field"] in ("query:period_start", "query:period_end")
    unknown = await api.get(
        "/reports/partnerships",
        params={"period_start": "2025-01-01", "period_end": "2025-12-31", "by": "colour"},
        headers=headers,
    )
    assert unknown.status_code == 422
    assert any("by" in e["field"] for e in unknown.json()["errors"])


async def test_partners_may_not_read_reports(
    api: httpx.AsyncClient, history: tuple[Cast, dict[str, str]]
) -> None:
    people, _ = history
    answer = await api.get(
        "/reports/partnerships",
        params={"period_start": "2025-01-01", "period_end": "2025-12-31", "by": "status"},
        headers=people.headers["owner"],
    )
    assert answer.status_code == 403


async def test_a_proposal_returned_for_revision_is_not_counted_while_it_is_a_draft(
    api: httpx.AsyncClient, registry_db: str, people: Cast
) -> None:
    pid = await _draft(api, people)
    await _act(api, people, pid, "propose", "owner")
    returned = await api.post(
        f"/partnerships/{pid}/actions/return",
        json={"reason": "Add targets."},
        headers=people.headers["secretariat"],
    )
    assert returned.status_code == 200, returned.text
    await _backdate(registry_db, pid, "propose", "2025-01-10T12:00:00Z")
    await _backdate(registry_db, pid, "return", "2025-01-20T12:00:00Z")
    proposed = await _report(api, people, "2025-01-01", "2025-01-15", "status")
    assert _counts(proposed) == {"proposed": 1}
    reworked = await _report(api, people, "2025-01-01", "2025-01-31", "status")
    assert reworked["total"] == 0 and reworked["rows"] == []
