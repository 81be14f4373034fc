"""Joint commitments on a reporting calendar, on real PostgreSQL and Kafka: two holders report
their parts and the commitment counts their sum; both are told when a report is due (down to
their inboxes in the notifications service); a quarter gone unreported turns the commitment
overdue once for that quarter, and the dossier shows the series quarter by quarter."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from services.commitments.domain import NoticeKind
from shared.catalogue.partnerships import Holder, PlannedCommitment
from shared.events import Event
from tests.integration.commitments.support import (
    Caller,
    Service,
    api,
    day,
    new_id,
    partner,
    partnership_event,
    planned,
    run_sweep,
    snapshot,
)
from tests.integration.notifications.support import fetch, make_settings, running_consumer
from tests.support.processes import eventually

pytestmark = pytest.mark.integration

MINISTRY = "org-ministry-labour"
EMPLOYERS = "org-employers-association"
START = date(2025, 1, 1)
DUE = date(2025, 12, 31)
Q1_END, Q2_START, Q2_END = date(2025, 3, 31), date(2025, 4, 1), date(2025, 6, 30)


def joint(**overrides: Any) -> PlannedCommitment:
    fields: dict[str, Any] = {
        "target": Decimal(400),
        "start_date": START,
        "due_date": DUE,
        "holders": [
            Holder(partner_id=MINISTRY, share=Decimal(250)),
            Holder(partner_id=EMPLOYERS, share=Decimal(150)),
        ],
        "reporting_frequency": "quarterly",
    }
    fields.update(overrides)
    return planned(MINISTRY, **fields)


async def adopt(service: Service, pledge: PlannedCommitment) -> str:
    partnership_id = new_id()
    members = [
        {"partner_id": MINISTRY, "role": "lead"},
        {"partner_id": EMPLOYERS, "role": "implementing"},
    ]
    state = snapshot(
        partnership_id,
        3,
        "adopted",
        [pledge],
        owner_organisation_id=MINISTRY,
        lead_partner_id=MINISTRY,
        members=members,
    )
    await service.apply([partnership_event("partnership.adopted", state)])
    return partnership_id


def reading(period_end: date, value: str) -> dict[str, Any]:
    return {"period_end": period_end.isoformat(), "value": value, "unit": "workers"}


async def test_two_holders_report_their_parts_the_sum_counts_and_both_are_notified(
    service: Service,
    engine: AsyncEngine,
    notifications_db: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pledge = joint()
    partnership_id = await adopt(service, pledge)

    for holder, value in ((MINISTRY, "120"), (EMPLOYERS, "60")):
        async with api(service, Caller(partner(holder), day(Q1_END)), monkeypatch) as client:
            response = await client.post(
                f"/commitments/{pledge.id}/progress", json=reading(Q1_END, value)
            )
            assert response.status_code == 201, response.text
            assert response.json()["holder_id"] == holder

    outsider = Caller(partner("org-canada"), day(Q1_END))
    async with api(service, outsider, monkeypatch) as client:
        refused = await client.post(f"/commitments/{pledge.id}/progress", json=reading(Q1_END, "1"))
        assert refused.status_code == 403, "only a holder reports"

    async with api(service, Caller(partner(EMPLOYERS), day(Q1_END)), monkeypatch) as client:
        commitment = (await client.get(f"/commitments/{pledge.id}")).json()
        assert commitment["actual"] == "180", "the holders' parts summed"
        assert commitment["reporting_frequency"] == "quarterly"
        assert [
            (h["partner_id"], h["share"], h["latest_value"]) for h in commitment["holders"]
        ] == [
            (MINISTRY, "250", "120"),
            (EMPLOYERS, "150", "60"),
        ]
        # Each holder sees the other's report, with whose part it is.
        reports = (await client.get(f"/commitments/{pledge.id}/progress")).json()["items"]
        assert sorted((r["holder_id"], r["value"]) for r in reports) == [
            (EMPLOYERS, "60"),
            (MINISTRY, "120"),
        ]
        held = (await client.get("/commitments", params={"holder_id": EMPLOYERS})).json()
        assert [c["id"] for c in held["items"]] == [pledge.id]

    # Near the end of the second quarter, with nothing reported in it yet: a report is due.
    near = Q2_END - timedelta(days=3)
    assert (await run_sweep(service, engine, near)).sent == {NoticeKind.REPORT_DUE: 1}
    assert (await run_sweep(service, engine, near)).sent == {}, "once per period"

    types = await service.outbox_types()
    events = await service.published(expect=len(types))
    reported = [e.data for e in events if e.type == "commitment.progress_reported"]
    assert [(r["holder_id"], r["actual"]) for r in reported] == [
        (MINISTRY, "120"),
        (EMPLOYERS, "180"),
    ]
    (due,) = [e for e in events if e.type == "commitment.report_due"]
    assert due.subject == partnership_id
    assert due.data["holder_ids"] == [MINISTRY, EMPLOYERS]
    assert (due.data["period_start"], due.data["due_date"]) == (
        Q2_START.isoformat(),
        Q2_END.isoformat(),
    )

    # The notifications service reads those same events off Kafka: each holder gets the notice.
    settings = make_settings(notifications_db, service.bootstrap, service.prefix)
    async with running_consumer(settings) as consumer:

        async def routed() -> bool:
            return consumer.stats.applied >= len(events)

        await eventually(routed, what="the commitment events routed by notifications")
    items = await fetch(
        notifications_db,
        "SELECT organisation_id, title, details FROM inbox_items WHERE kind = 'commitment_report_due'",
    )
    assert sorted(i["organisation_id"] for i in items) == [EMPLOYERS, MINISTRY]
    assert all(f"due by {Q2_END.isoformat()}" in i["title"] for i in items)


async def test_a_quarterly_commitment_missing_a_quarter_turns_overdue_once_for_it(
    service: Service, engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    pledge = joint()
    partnership_id = await adopt(service, pledge)
    for holder in (MINISTRY, EMPLOYERS):
        async with api(service, Caller(partner(holder), day(Q1_END)), monkeypatch) as client:
            response = await client.post(
                f"/commitments/{pledge.id}/progress", json=reading(Q1_END, "50")
            )
            assert response.status_code == 201, response.text
    # In the second quarter only the ministry reports.
    async with api(service, Caller(partner(MINISTRY), day(Q2_END)), monkeypatch) as client:
        response = await client.post(
            f"/commitments/{pledge.id}/progress", json=reading(Q2_END, "110")
        )
        assert response.status_code == 201, response.text
    # 110 + the employers' 50 carried from the first quarter, against about 198 expected by now.
    assert await service.scalar("SELECT status FROM commitments") == "at_risk"

    after = Q2_END + timedelta(days=1)
    # Three replicas sweeping at once on the first day after the quarter, then later sweeps.
    at_once = await asyncio.gather(*(run_sweep(service, engine, after) for _ in range(3)))
    later = [await run_sweep(service, engine, after + timedelta(days=d)) for d in (0, 1, 30)]

    assert sum(r.sent.get(NoticeKind.OVERDUE, 0) for r in at_once) == 1
    assert all(r.sent == {} for r in later)
    assert await service.scalar("SELECT status FROM commitments") == "overdue"
    notices = await service.fetch("SELECT due_date, kind FROM commitment_notices")
    assert [(n["due_date"], n["kind"]) for n in notices] == [(Q2_END, "overdue")]

    # The employers' late report for the quarter brings the status back to its progress.
    late = after + timedelta(days=2)
    async with api(service, Caller(partner(EMPLOYERS), day(late)), monkeypatch) as client:
        response = await client.post(
            f"/commitments/{pledge.id}/progress", json=reading(Q2_END, "90")
        )
        assert response.status_code == 201, response.text
        assert response.json()["status_after"] == "on_track"

    review = partnership_event(
        "partnership.review_opened",
        snapshot(partnership_id, 6, "under_review", [pledge], owner_organisation_id=MINISTRY),
        at=datetime(2025, 8, 1, 9, tzinfo=UTC),
        review_id=new_id(),
        cycle=1,
    )
    await service.apply([review])

    types = await service.outbox_types()
    events = await service.published(expect=len(types))
    (overdue,) = [e for e in events if e.type == "commitment.overdue"]
    assert overdue.data["due_date"] == Q2_END.isoformat()
    assert overdue.data["period_start"] == Q2_START.isoformat()
    assert overdue.data["commitment_due_date"] == DUE.isoformat()
    assert overdue.data["holder_ids"] == [MINISTRY, EMPLOYERS]
    assert overdue.data["missing_holder_ids"] == [EMPLOYERS]
    changes = [
        (e.data["old_status"], e.data["new_status"])
        for e in events
        if e.type == "commitment.status_changed"
    ]
    assert changes == [
        ("not_started", "off_track"),  # the ministry's 50 alone
        ("off_track", "on_track"),  # with the employers' 50: 100, about what was expected
        ("on_track", "at_risk"),
        ("at_risk", "overdue"),  # the second quarter ended without the employers' report
        ("overdue", "on_track"),  # their late report for it: 200
    ]
    dossier = _dossier_entry(events, pledge.id)
    assert dossier["latest_value"] == "200"
    assert [(h["partner_id"], h["latest_value"]) for h in dossier["holders"]] == [
        (MINISTRY, "110"),
        (EMPLOYERS, "90"),
    ]
    assert [(p["period_end"], p["state"], p["total"]) for p in dossier["periods"]] == [
        ("2025-03-31", "reported", "100"),
        ("2025-06-30", "reported", "200"),
        ("2025-09-30", "open", "200"),
        ("2025-12-31", "upcoming", "200"),
    ]
    assert dossier["periods"][1]["parts"] == {MINISTRY: "110", EMPLOYERS: "90"}


def _dossier_entry(events: list[Event], commitment_id: str) -> dict[str, Any]:
    (compiled,) = [e for e in events if e.type == "review.dossier_compiled"]
    entries = {entry["commitment_id"]: entry for entry in compiled.data["commitments"]}
    return dict(entries[commitment_id])
