"""Commitment results over a reporting period, by the registry's axes, against the real database:
status as it stood at the period's end, unreported commitments, totals per unit, CSV."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from shared.catalogue.partnerships import Holder
from tests.integration.commitments.support import (
    SECRETARIAT,
    Caller,
    Service,
    api,
    day,
    new_id,
    partner,
    partnership_event,
    planned,
    snapshot,
)

pytestmark = pytest.mark.integration


async def _scene(service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    """P1 (MX→CA, objectives 6 and 18): c1 reaches its target on 6 January, c2 never reports;
    both due 11 January. P2 (SN→CI, objective 1): c3, a percentage due 31 March, at 20 of 10→50."""
    c1, c2 = planned("org-canada"), planned("org-canada")
    c3 = planned(
        "org-senegal",
        unit="percent",
        baseline=Decimal(10),
        target=Decimal(50),
        due_date=date(2025, 3, 31),
    )
    p1 = snapshot(new_id(), 3, "adopted", [c1, c2])
    p2 = snapshot(
        new_id(),
        3,
        "adopted",
        [c3],
        countries=[{"code": "SN", "role": "origin"}, {"code": "CI", "role": "destination"}],
        gcm_objectives=[1],
    )
    await service.apply(
        [partnership_event("partnership.adopted", p1), partnership_event("partnership.adopted", p2)]
    )
    for who, pledge, value, unit in [("org-canada", c1, "100", "workers"),
                                     ("org-senegal", c3, "20", "percent")]:  # fmt: skip
        async with api(service, Caller(partner(who), day(date(2025, 1, 6))), monkeypatch) as c:
            answer = await c.post(
                f"/commitments/{pledge.id}/progress",
                json={"period_end": "2025-01-06", "value": value, "unit": unit},
            )
            assert answer.status_code == 201, answer.text


async def _report(
    service: Service, monkeypatch: pytest.MonkeyPatch, start: str, end: str, by: str, **extra: str
) -> dict[str, Any]:
    async with api(service, Caller(SECRETARIAT, day(date(2025, 2, 15))), monkeypatch) as client:
        answer = await client.get(
            "/reports/commitments",
            params={"period_start": start, "period_end": end, "by": by, **extra},
        )
    assert answer.status_code == 200, answer.text
    return dict(answer.json())


def _nonzero(by_status: dict[str, int]) -> dict[str, int]:
    return {status: n for status, n in by_status.items() if n}


async def test_results_by_objective_as_they_stood_at_the_end_of_january(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    await _scene(service, monkeypatch)
    report = await _report(service, monkeypatch, "2025-01-01", "2025-01-31", "gcm_objective")
    assert report["commitments"] == 3 and report["not_reported"] == 1
    assert _nonzero(report["by_status"]) == {"achieved": 1, "overdue": 1, "on_track": 1}
    rows = {row["key"]: row for row in report["rows"]}
    assert set(rows) == {"1", "6", "18"}
    assert rows["6"]["commitments"] == 2 and rows["6"]["not_reported"] == 1
    assert _nonzero(rows["6"]["by_status"]) == {"achieved": 1, "overdue": 1}
    assert _nonzero(rows["1"]["by_status"]) == {"on_track": 1}
    assert rows["6"]["indicator_totals"] == [
        {"unit": "workers", "commitments": 2, "baseline": "0", "target": "200", "latest": "100"}
    ]
    assert [t["unit"] for t in report["indicator_totals"]] == ["percent", "workers"]


async def test_a_period_ending_before_the_reports_sees_no_progress(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    await _scene(service, monkeypatch)
    early = await _report(service, monkeypatch, "2025-01-01", "2025-01-05", "level")
    assert early["commitments"] == 3 and early["not_reported"] == 3
    assert _nonzero(early["by_status"]) == {"not_started": 3}
    later = await _report(service, monkeypatch, "2025-06-01", "2025-06-30", "level")
    assert later["commitments"] == 0 and later["rows"] == []


async def test_results_by_region_of_origin_and_as_csv(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    await _scene(service, monkeypatch)
    report = await _report(
        service, monkeypatch, "2025-01-01", "2025-01-31", "region", country_role="origin"
    )
    assert {row["key"]: row["commitments"] for row in report["rows"]} == {"019": 2, "002": 1}
    async with api(service, Caller(SECRETARIAT, day(date(2025, 2, 15))), monkeypatch) as client:
        answer = await client.get(
            "/reports/commitments",
            params={"period_start": "2025-01-01", "period_end": "2025-01-31", "by": "region"},
            headers={"Accept": "text/csv"},
        )
    assert answer.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(answer.text)))
    americas = next(r for r in rows if r["key"] == "019")
    assert (americas["label"], americas["commitments"], americas["achieved"]) == (
        "Americas",
        "2",
        "1",
    )
    assert americas["overdue"] == "1" and americas["not_reported"] == "1"


async def test_partners_may_not_read_it_and_a_backwards_period_is_422(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    params = {"period_start": "2025-02-01", "period_end": "2025-01-01", "by": "theme"}
    async with api(service, Caller(partner("org-canada"), day(date(2025, 2, 1))), monkeypatch) as c:
        assert (await c.get("/reports/commitments", params=params)).status_code == 403
    async with api(service, Caller(SECRETARIAT, day(date(2025, 2, 1))), monkeypatch) as c:
        backwards = await c.get("/reports/commitments", params=params)
    assert backwards.status_code == 422
    assert backwards.json()["errors"][0]["field"] == "query:period_end"


async def test_a_joint_commitment_counts_its_holders_parts_summed(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two holders of a 400-worker target report 250 and 150 in January: achieved, at 400 —
    not one holder's part against the whole target."""
    ministry, employers = "org-ministry-joint", "org-employers-joint"
    pledge = planned(
        ministry,
        target=Decimal(400),
        due_date=date(2025, 12, 31),
        holders=[
            Holder(partner_id=ministry, share=Decimal(250)),
            Holder(partner_id=employers, share=Decimal(150)),
        ],
    )
    members = [
        {"partner_id": ministry, "role": "lead"},
        {"partner_id": employers, "role": "implementing"},
    ]
    state = snapshot(
        new_id(),
        3,
        "adopted",
        [pledge],
        owner_organisation_id=ministry,
        lead_partner_id=ministry,
        members=members,
        gcm_objectives=[23],
    )
    await service.apply([partnership_event("partnership.adopted", state)])
    for who, value in [(ministry, "250"), (employers, "150")]:
        async with api(service, Caller(partner(who), day(date(2025, 1, 20))), monkeypatch) as c:
            answer = await c.post(
                f"/commitments/{pledge.id}/progress",
                json={"period_end": "2025-01-20", "value": value, "unit": "workers"},
            )
            assert answer.status_code == 201, answer.text
    body = await _report(service, monkeypatch, "2025-01-01", "2025-01-31", "gcm_objective")
    [row] = [r for r in body["rows"] if r["key"] == "23"]
    assert _nonzero(row["by_status"]) == {"achieved": 1}
    [workers] = [t for t in row["indicator_totals"] if t["unit"] == "workers"]
    assert Decimal(workers["latest"]) == Decimal(400)
