"""The sweep: each notice once per commitment, due date and kind, however often it runs."""

from __future__ import annotations

import asyncio
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from services.commitments.domain import NoticeKind
from shared.faultpoints import EXIT_STATUS
from tests.integration.commitments.support import (
    REPORT_DUE_DAYS,
    Service,
    new_id,
    partnership_event,
    planned,
    run_sweep,
    snapshot,
)
from tests.support.processes import eventually, exited, kill, start, terminate

pytestmark = pytest.mark.integration

DUE = date(2025, 1, 11)


async def test_past_the_due_date_one_overdue_notice_even_when_run_twice(
    service: Service, engine: AsyncEngine
) -> None:
    pledge = planned("org-canada", due_date=DUE)
    partnership_id = new_id()
    await service.apply(
        [partnership_event("partnership.adopted", snapshot(partnership_id, 3, "adopted", [pledge]))]
    )
    late = DUE + timedelta(days=1)

    first = await run_sweep(service, engine, late)
    second = await run_sweep(service, engine, late + timedelta(days=5))

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
        "holder_ids": ["org-canada"],
        "due_date": DUE.isoformat(),
        "period_start": pledge.start_date.isoformat() if pledge.start_date else None,
        "commitment_due_date": DUE.isoformat(),
        "missing_holder_ids": [],
    }


async def test_two_sweeps_at_once_still_send_once(service: Service, engine: AsyncEngine) -> None:
    pledges = [planned("org-canada", due_date=DUE) for _ in range(20)]
    await service.apply(
        [partnership_event("partnership.adopted", snapshot(new_id(), 3, "adopted", pledges))]
    )
    late = DUE + timedelta(days=1)

    results = await asyncio.gather(*(run_sweep(service, engine, late) for _ in range(3)))

    assert sum(r.sent.get(NoticeKind.OVERDUE, 0) for r in results) == len(pledges)
    types = await service.outbox_types()
    assert types.count("commitment.overdue") == len(pledges)
    assert types.count("commitment.status_changed") == len(pledges)


async def test_report_due_in_the_window_then_overdue_after_and_nothing_for_finished_ones(
    service: Service, engine: AsyncEngine
) -> None:
    tracked = planned("org-canada", due_date=DUE)
    far = planned("org-canada", due_date=DUE + timedelta(days=REPORT_DUE_DAYS + 5))
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

    in_window = await run_sweep(service, engine, DUE - timedelta(days=3))
    again = await run_sweep(service, engine, DUE)
    late = await run_sweep(service, engine, DUE + timedelta(days=1))

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


async def test_a_sweep_dying_after_a_notice_committed_sends_no_notice_twice(
    service: Service, tmp_path: Path
) -> None:
    # Due yesterday by the machine's clock, which the sweep process reads.
    due = date.today() - timedelta(days=1)
    pledges = [planned("org-canada", due_date=due) for _ in range(8)]
    await service.apply(
        [partnership_event("partnership.adopted", snapshot(new_id(), 3, "adopted", pledges))]
    )
    env = {
        "COMMITMENTS_DATABASE_URL": service.database_url,
        "ALIANZA_KAFKA_BOOTSTRAP": service.bootstrap,
        "ALIANZA_TOPIC_PREFIX": service.prefix,
        "COMMITMENTS_SWEEP_INTERVAL_SECONDS": "0.5",
    }
    log = tmp_path / "sweep.log"
    # Dies on its third commitment, right after that one's notice and outbox row committed.
    crashing = start(
        ["-m", "services.commitments", "sweep"],
        {**env, "ALIANZA_FAULT_POINTS": "sweep.notice_committed=exit@3"},
        log,
    )
    assert await exited(crashing) == EXIT_STATUS
    assert "fault point sweep.notice_committed: exit" in log.read_text()
    assert await service.scalar("SELECT count(*) FROM commitment_notices") == 3

    restarted_log = tmp_path / "sweep-again.log"
    sweeper = start(["-m", "services.commitments", "sweep"], env, restarted_log)
    try:

        async def every_notice() -> bool:
            notices = await service.scalar("SELECT count(*) FROM commitment_notices")
            return bool(notices == len(pledges))

        await eventually(every_notice, what="a notice for every commitment")

        async def reported() -> bool:
            return "sweep sent 5 overdue" in restarted_log.read_text()

        # The restarted sweep sent only the five the dead one had not: the three it committed
        # were seen as sent, not sent again.
        await eventually(reported, what="the restarted sweep to report what it sent")
        assert terminate(sweeper) == 0
    finally:
        if sweeper.poll() is None:
            kill(sweeper)
    assert "sweep sent" not in restarted_log.read_text().split("sweep sent 5 overdue", 1)[1]
    types = await service.outbox_types()
    assert types.count("commitment.overdue") == len(pledges)
    assert types.count("commitment.status_changed") == len(pledges)
    events = await service.published(expect=len(types))
    overdue = [
        event.data["commitment_id"] for event in events if event.type == "commitment.overdue"
    ]
    assert sorted(overdue) == sorted(pledge.id for pledge in pledges), "each exactly once"
