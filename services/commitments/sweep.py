"""The sweep: once a day's notices are due, record `commitment.report_due` / `commitment.overdue`.

Each commitment is handled in its own transaction, and each notice is claimed in
`commitment_notices` (unique on commitment, due date and kind) in the same transaction as its
outbox row: a sweep run twice, run by two processes at once, or killed halfway sends every
notice exactly once.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from datetime import date

from services.commitments import handlers
from services.commitments.clock import Clock, SystemClock
from services.commitments.domain import NoticeKind
from services.commitments.settings import CommitmentsSettings
from shared.db import create_engine, session_factory
from shared.faultpoints import fault_point
from shared.runtime import sleep_or_stop
from shared.settings import ServiceSettings
from shared.uow import UnitOfWork, UnitOfWorkFactory

logger = logging.getLogger(__name__)

BATCH_SIZE = 200


@dataclass
class SweepResult:
    examined: int = 0
    sent: dict[NoticeKind, int] = field(default_factory=dict)


async def sweep(
    unit_of_work: UnitOfWorkFactory,
    today: date,
    report_due_days: int,
    clock: Clock | None = None,
) -> SweepResult:
    """Send every notice owed on `today`; `clock` stamps status changes (the system's by default)."""
    clock = clock or SystemClock()
    result = SweepResult()
    after: str | None = None
    while True:
        async with unit_of_work() as uow:
            batch = await handlers.sweep_candidates(uow, today, report_due_days, after, BATCH_SIZE)
        for commitment_id in batch:
            async with unit_of_work() as uow:
                sent = await handlers.send_notices(
                    uow, commitment_id, today, report_due_days, clock.now()
                )
                await uow.commit()
            # This commitment's notices are committed; the sweep has not moved past it.
            await fault_point("sweep.notice_committed")
            result.examined += 1
            for kind in sent:
                result.sent[kind] = result.sent.get(kind, 0) + 1
        if len(batch) < BATCH_SIZE:
            return result
        after = batch[-1]


async def run_sweep(settings: ServiceSettings, stop: asyncio.Event) -> None:
    """The `sweep` process: sweep every `COMMITMENTS_SWEEP_INTERVAL_SECONDS` until stopped."""
    if not isinstance(settings, CommitmentsSettings):
        raise TypeError("the sweep needs CommitmentsSettings")
    clock = SystemClock(settings.clock_offset_days)
    engine = create_engine(
        settings.database_url, settings.database_pool_size, settings.database_timeouts
    )
    sessions = session_factory(engine)

    def unit_of_work() -> UnitOfWork:
        return UnitOfWork(
            sessions, source=settings.service_name, topic_prefix=settings.topic_prefix
        )

    try:
        while not stop.is_set():
            try:
                result = await sweep(unit_of_work, clock.today(), settings.report_due_days, clock)
                if result.sent:
                    logger.info(
                        "sweep sent %s",
                        ", ".join(f"{n} {kind.value}" for kind, n in result.sent.items()),
                    )
            except Exception:
                # The next round retries; notices already sent are not sent again.
                logger.exception("sweep failed")
            await sleep_or_stop(stop, settings.sweep_interval_seconds)
    finally:
        await engine.dispose()
