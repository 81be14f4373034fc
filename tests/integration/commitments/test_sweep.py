"""The sweep: each notice once per commitment, due date and kind, however often it runs."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import date, timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from services.commitments.domain import NoticeKind
from services.commitments.sweep import SweepResult, sweep
from shared.db import create_engine
from shared.uow import UnitOfWork
from tests.integration.commitments.support import (
    Service,
    day,
    new_id,
    partnership_event,
    planned,
    snapshot,
)

pytestmark = pytest.mark.integration

DUE = date(2025, 1, 11)
WINDOW = 14


@pytest.fixture
async def engine(service: Service) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(service.database_url)
    yield engine
    await engine.dispose()


async def run(service: Service, engine: AsyncEngine, today: date) -> SweepResult:
    def unit_of_work() -> UnitOfWork:
        return service.unit_of_work(engine)

    return await sweep(unit_of_work, today, WINDOW, day(today))


async def test_past_the_due_date_one_overdue_notice_even_when_run_twice(
    service: Service, engine: AsyncEngine
) -> None:
    pledge = planned("org-canada", due_date=DUE)
    partnership_id = new_id()
    await service.apply(
        [partnership_event("partnership.adopted", snapshot(partnership_id, 3, "adopted", [pledge]))]
    )
    late = DUE + timedelta(days=1)

    first = await run(service, engine, late)
    second = await run(service, engine, late + timedelta(days=5))

    assert first.sent == {NoticeKind.OVERDUE: 1}
    assert second.sent == {}
    assert await service.scalar("SELECT status FROM commitments") == "overdue"
    assert await service.outbox_types() == [
        "commitment.registered",
        "commitment.status_changed",
        "commitment.overdue",
    ]
    notice = (await service.fetch("SELECT due_date, kind, event_id FROM commitment_notices"))[0]
    assert (notice["due_date"], notice["kind"]) == (DUE, "overdue")

    events = await service.published(expect=3)
    overdue = [e for e in events if e.type == "commitment.overdue"]
    assert len(overdue) == 1
    assert overdue[0].id == notice["event_id"]
    assert overdue[0].subject == partnership_id
    assert overdue[0].data == {
        "commitment_id": pledge.id,
        "partnership_id": partnership_id,
        "responsible_partner_id": "org-canada",
        "due_date": DUE.isoformat(),
    }


async def test_two_sweeps_at_once_still_send_once(service: Service, engine: AsyncEngine) -> None:
    pledges = [planned("org-canada", due_date=DUE) for _ in range(20)]
    await service.apply(
        [partnership_event("partnership.adopted", snapshot(new_id(), 3, "adopted", pledges))]
    )
    late = DUE + timedelta(days=1)

    results = await asyncio.gather(*(run(service, engine, late) for _ in range(3)))

    assert sum(r.sent.get(NoticeKind.OVERDUE, 0) for r in results) == len(pledges)
    types = await service.outbox_types()
    assert types.count("commitment.overdue") == len(pledges)
    assert types.count("commitment.status_changed") == len(pledges)


async def test_report_due_in_the_window_then_overdue_after_and_nothing_for_finished_ones(
    service: Service, engine: AsyncEngine
) -> None:
    tracked = planned("org-canada", due_date=DUE)
    far = planned("org-canada", due_date=DUE + timedelta(days=WINDOW + 5))
    closed = planned("org-mexico", due_date=DUE)
    closed_partnership = new_id()
    await service.apply(
        [
            partnership_event(
                "partnership.adopted", snapshot(new_id(), 3, "adopted", [tracked, far])
            ),
            partnership_event(
                "partnership.adopted", snapshot(closed_partnership, 3, "adopted", [closed])
            ),
            partnership_event(
                "partnership.review_concluded",
                snapshot(closed_partnership, 8, "completed", [closed]),
                review_id=new_id(),
                cycle=1,
                outcome="complete",
            ),
        ]
    )

    in_window = await run(service, engine, DUE - timedelta(days=3))
    again = await run(service, engine, DUE)
    late = await run(service, engine, DUE + timedelta(days=1))

    assert in_window.sent == {NoticeKind.REPORT_DUE: 1}
    assert again.sent == {}
    assert late.sent == {NoticeKind.OVERDUE: 1}
    rows = await service.fetch("SELECT commitment_id, kind FROM commitment_notices ORDER BY id")
    assert [(r["commitment_id"], r["kind"]) for r in rows] == [
        (tracked.id, "report_due"),
        (tracked.id, "overdue"),
    ]
    statuses = {
        r["id"]: r["status"] for r in await service.fetch("SELECT id, status FROM commitments")
    }
    assert statuses == {tracked.id: "overdue", far.id: "not_started", closed.id: "not_started"}
