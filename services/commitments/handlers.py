"""Use cases of the commitments service: load, decide with the domain rules, save, record events.

Each function runs inside a unit of work the caller opened and commits nothing itself; the
route, consumer or sweep commits, so a state change and its events always land together.

Every event is keyed by the partnership id, so every write that records one first locks that
partnership's read-copy row and then the commitment's row: outbox order per key is then
commit order, and the fixed lock order keeps concurrent writers from deadlocking.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, select, text, tuple_, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlmodel import col

from services.commitments import domain
from services.commitments.clock import Clock
from services.commitments.domain import CommitmentState, CommitmentStatus, NoticeKind
from services.commitments.models import (
    Commitment,
    Dossier,
    PartnerEntry,
    PartnershipCopy,
    ProgressReport,
)
from services.commitments.schemas import ProgressReportCreate
from shared.auth import Principal, Role
from shared.catalogue.commitments import (
    CommitmentAchieved,
    CommitmentOverdue,
    CommitmentProgressReported,
    CommitmentRegistered,
    CommitmentReportDue,
    CommitmentStatusChanged,
    DossierCompiled,
    DossierEntry,
)
from shared.catalogue.partners import PartnerRegistered
from shared.catalogue.partnerships import PartnershipSnapshot
from shared.uow import UnitOfWork
from shared.web.pagination import decode_cursor, split_page
from shared.web.problems import Conflict, Forbidden, InvalidInput, NotFound

logger = logging.getLogger(__name__)

# Outcomes of a review after which nothing more is tracked for the partnership.
CLOSING_OUTCOMES = frozenset({"complete", "discontinue"})


class CommitmentClosed(Conflict):
    slug, title = "commitment-closed", "The commitment is closed"


def new_id() -> str:
    return str(uuid.uuid4())


def indicator_of(commitment: Commitment) -> domain.Indicator:
    return domain.Indicator(
        baseline=Decimal(commitment.baseline),
        target=Decimal(commitment.target),
        unit=commitment.unit,
    )


def _ids(commitment: Commitment) -> dict[str, str]:
    return {
        "commitment_id": commitment.id,
        "partnership_id": commitment.partnership_id,
        "responsible_partner_id": commitment.responsible_partner_id,
    }


# --------------------------------------------------------------------------- the read copy


async def record_partner(uow: UnitOfWork, partner: PartnerRegistered) -> None:
    """Keep the partner's name and kind; a redelivery writes the same values again."""
    insert = pg_insert(PartnerEntry).values(
        id=partner.partner_id, name=partner.name, kind=partner.kind, country=partner.country
    )
    await uow.session.execute(
        insert.on_conflict_do_update(
            index_elements=[col(PartnerEntry.id)],
            set_={
                "name": insert.excluded.name,
                "kind": insert.excluded.kind,
                "country": insert.excluded.country,
            },
        )
    )


async def partner_names(uow: UnitOfWork, partner_ids: Sequence[str]) -> dict[str, str]:
    rows = await uow.session.execute(
        select(col(PartnerEntry.id), col(PartnerEntry.name)).where(
            col(PartnerEntry.id).in_(list(partner_ids))
        )
    )
    return {partner_id: name for partner_id, name in rows}


async def apply_snapshot(uow: UnitOfWork, snapshot: PartnershipSnapshot) -> bool:
    """Keep the newest snapshot of a partnership; an older or equal version changes nothing.

    The upsert locks the row either way (PostgreSQL locks a conflicting row even when the
    update's WHERE is false), which is the per-partnership lock the other writes rely on.
    """
    insert = pg_insert(PartnershipCopy).values(
        id=snapshot.id,
        version=snapshot.version,
        status=snapshot.status,
        themes=sorted(set(snapshot.themes)),
        gcm_objectives=sorted(set(snapshot.gcm_objectives)),
        snapshot=snapshot.model_dump(mode="json"),
    )
    stmt = insert.on_conflict_do_update(
        index_elements=[col(PartnershipCopy.id)],
        set_={
            "version": insert.excluded.version,
            "status": insert.excluded.status,
            "themes": insert.excluded.themes,
            "gcm_objectives": insert.excluded.gcm_objectives,
            "snapshot": insert.excluded.snapshot,
            "updated_at": text("now()"),
        },
        where=col(PartnershipCopy.version) < insert.excluded.version,
    ).returning(col(PartnershipCopy.id))
    return (await uow.session.execute(stmt)).first() is not None


async def lock_partnership(uow: UnitOfWork, partnership_id: str) -> None:
    await uow.session.execute(
        select(col(PartnershipCopy.id))
        .where(col(PartnershipCopy.id) == partnership_id)
        .with_for_update()
    )


async def load_for_update(uow: UnitOfWork, commitment_id: str) -> Commitment:
    """The commitment, locked after its partnership (see the module docstring for why)."""
    partnership_id = (
        await uow.session.execute(
            select(col(Commitment.partnership_id)).where(col(Commitment.id) == commitment_id)
        )
    ).scalar_one_or_none()
    if partnership_id is None:
        raise NotFound(f"no commitment {commitment_id}")
    await lock_partnership(uow, partnership_id)
    commitment: Commitment = (
        await uow.session.execute(
            select(Commitment)
            .where(col(Commitment.id) == commitment_id)
            .with_for_update()
            # Values read before the lock may be stale; take the locked row's.
            .execution_options(populate_existing=True)
        )
    ).scalar_one()
    return commitment


# --------------------------------------------------------------------------- registration


async def register_commitments(
    uow: UnitOfWork, snapshot: PartnershipSnapshot, adopted_on: date
) -> list[str]:
    """Track every planned commitment of an adopted partnership; returns the ids newly tracked.

    The planned commitment's id is the primary key, so a second adoption event (a redelivery
    that got past the inbox, or a replay) inserts nothing and publishes nothing.
    """
    rows: list[dict[str, Any]] = []
    for planned in snapshot.planned_commitments:
        start = planned.start_date or adopted_on
        status = domain.derive_status(
            domain.Indicator(planned.baseline, planned.target, planned.unit),
            start,
            planned.due_date,
            [],
            adopted_on,
        )
        rows.append(
            {
                "id": planned.id,
                "partnership_id": snapshot.id,
                "responsible_partner_id": planned.responsible_partner_id,
                "description": planned.description,
                "indicator": planned.indicator,
                "unit": planned.unit,
                "baseline": planned.baseline,
                "target": planned.target,
                "start_date": start,
                "due_date": planned.due_date,
                "status": status.value,
                "state": CommitmentState.OPEN.value,
            }
        )
    if not rows:
        return []
    stmt = (
        pg_insert(Commitment)
        .values(rows)
        .on_conflict_do_nothing(index_elements=[col(Commitment.id)])
        .returning(col(Commitment.id), col(Commitment.partnership_id))
    )
    inserted = {row[0] for row in await uow.session.execute(stmt)}
    for row in rows:
        if row["id"] not in inserted:
            continue
        uow.record(
            "commitment.registered",
            snapshot.id,
            CommitmentRegistered(
                commitment_id=row["id"],
                partnership_id=snapshot.id,
                responsible_partner_id=row["responsible_partner_id"],
                description=row["description"],
                indicator=row["indicator"],
                unit=row["unit"],
                baseline=row["baseline"],
                target=row["target"],
                start_date=row["start_date"],
                due_date=row["due_date"],
                status=row["status"],
            ),
        )
    return [row["id"] for row in rows if row["id"] in inserted]


async def close_commitments(uow: UnitOfWork, partnership_id: str, at: datetime) -> int:
    """Stop tracking a partnership's commitments: no more reports, no more notices."""
    result = await uow.session.execute(
        update(Commitment)
        .where(
            and_(
                col(Commitment.partnership_id) == partnership_id,
                col(Commitment.state) == CommitmentState.OPEN.value,
            )
        )
        .values(state=CommitmentState.CLOSED.value, closed_at=at, updated_at=at)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- status


def _change_status(
    uow: UnitOfWork,
    commitment: Commitment,
    new: CommitmentStatus,
    at: datetime,
    latest_value: Decimal | None,
) -> None:
    """Set a new derived status and record what changed; nothing when it stays the same."""
    old = commitment.status
    if new.value == old:
        return
    commitment.status = new.value
    commitment.achieved_at = at if new is CommitmentStatus.ACHIEVED else None
    commitment.updated_at = at
    uow.record(
        "commitment.status_changed",
        commitment.partnership_id,
        CommitmentStatusChanged(**_ids(commitment), old_status=old, new_status=new.value),
    )
    if new is CommitmentStatus.ACHIEVED and latest_value is not None:
        uow.record(
            "commitment.achieved",
            commitment.partnership_id,
            CommitmentAchieved(
                **_ids(commitment),
                achieved_at=at,
                value=latest_value,
                target=Decimal(commitment.target),
                unit=commitment.unit,
            ),
        )


# --------------------------------------------------------------------------- progress


async def report_progress(
    uow: UnitOfWork,
    principal: Principal,
    commitment_id: str,
    data: ProgressReportCreate,
    clock: Clock,
) -> ProgressReport:
    """Store a reading from the responsible partner, publish it, and re-derive the status."""
    commitment = await load_for_update(uow, commitment_id)
    if not principal.has(Role.PARTNER) or principal.organisation_id != (
        commitment.responsible_partner_id
    ):
        raise Forbidden("only the responsible partner organisation reports on this commitment")
    if commitment.state == CommitmentState.CLOSED:
        raise CommitmentClosed(
            f"commitment {commitment.id} is closed and takes no more reports",
            current_state=commitment.state,
        )
    today = clock.today()
    indicator = indicator_of(commitment)
    problems = domain.validate_reading(indicator, data.unit, data.value, data.period_end, today)
    if problems:
        raise InvalidInput([{"field": field, "message": message} for field, message in problems])

    readings = await readings_of(uow, commitment.id)
    readings.append(domain.Reading(data.period_end, data.value))
    status = domain.derive_status(
        indicator, commitment.start_date, commitment.due_date, readings, today
    )
    now = clock.now()
    report = ProgressReport(
        id=new_id(),
        commitment_id=commitment.id,
        period_end=data.period_end,
        value=data.value,
        unit=data.unit,
        narrative=data.narrative,
        evidence_links=[str(link) for link in data.evidence_links],
        reported_by_client_id=principal.client_id,
        reported_by_organisation_id=principal.organisation_id,
        status_after=status.value,
    )
    event = uow.record(
        "commitment.progress_reported",
        commitment.partnership_id,
        CommitmentProgressReported(
            **_ids(commitment),
            report_id=report.id,
            period_end=report.period_end,
            value=report.value,
            unit=report.unit,
            narrative=report.narrative,
            evidence_links=report.evidence_links,
            reported_by_client_id=principal.client_id,
        ),
    )
    report.event_id = event.id
    uow.session.add(report)
    latest = domain.latest_reading(readings)
    _change_status(uow, commitment, status, now, latest.value if latest else None)
    await uow.session.flush()
    await uow.session.refresh(report)
    return report


async def readings_of(uow: UnitOfWork, commitment_id: str) -> list[domain.Reading]:
    """Every reading of a commitment in the order it arrived (the tie-break `derive_status` uses)."""
    rows = await uow.session.execute(
        select(col(ProgressReport.period_end), col(ProgressReport.value))
        .where(col(ProgressReport.commitment_id) == commitment_id)
        .order_by(col(ProgressReport.seq))
    )
    return [domain.Reading(period_end, Decimal(value)) for period_end, value in rows]


# --------------------------------------------------------------------------- sweep


async def sweep_candidates(
    uow: UnitOfWork, today: date, report_due_days: int, after: str | None, limit: int
) -> list[str]:
    """Ids of open, unachieved commitments that may owe a notice today and have not had it yet.

    The NOT EXISTS only saves work; the unique key on commitment_notices is what guarantees once.
    """
    try:
        horizon = today + timedelta(days=report_due_days)
    except OverflowError:
        horizon = date.max
    rows = await uow.session.execute(
        text(
            "SELECT c.id FROM commitments c"
            " WHERE c.state = 'open' AND c.status <> 'achieved' AND c.due_date <= :horizon"
            " AND c.id > :after"
            " AND NOT EXISTS (SELECT 1 FROM commitment_notices n"
            "   WHERE n.commitment_id = c.id AND n.due_date = c.due_date"
            "   AND n.kind = CASE WHEN c.due_date < :today THEN 'overdue' ELSE 'report_due' END)"
            " ORDER BY c.id LIMIT :limit"
        ),
        {"horizon": horizon, "today": today, "after": after or "", "limit": limit},
    )
    return [row[0] for row in rows]


async def send_notices(
    uow: UnitOfWork, commitment_id: str, today: date, report_due_days: int, now: datetime
) -> list[NoticeKind]:
    """Record the notices a commitment owes today, each at most once per due date and kind."""
    commitment = await load_for_update(uow, commitment_id)
    kinds = domain.notices_due(
        commitment.due_date,
        commitment.status == CommitmentStatus.ACHIEVED,
        commitment.state == CommitmentState.CLOSED,
        today,
        report_due_days,
    )
    sent: list[NoticeKind] = []
    for kind in kinds:
        if kind is NoticeKind.OVERDUE:
            _change_status(uow, commitment, CommitmentStatus.OVERDUE, now, None)
        claimed = await uow.session.execute(
            text(
                "INSERT INTO commitment_notices (commitment_id, due_date, kind, event_id)"
                " VALUES (:commitment, :due, :kind, '') ON CONFLICT DO NOTHING RETURNING id"
            ),
            {"commitment": commitment.id, "due": commitment.due_date, "kind": kind.value},
        )
        notice_id = claimed.scalar_one_or_none()
        if notice_id is None:
            continue  # sent by an earlier run
        payload: CommitmentReportDue | CommitmentOverdue
        if kind is NoticeKind.OVERDUE:
            payload = CommitmentOverdue(**_ids(commitment), due_date=commitment.due_date)
        else:
            payload = CommitmentReportDue(**_ids(commitment), due_date=commitment.due_date)
        event = uow.record(f"commitment.{kind.value}", commitment.partnership_id, payload)
        await uow.session.execute(
            text("UPDATE commitment_notices SET event_id = :event WHERE id = :id"),
            {"event": event.id, "id": notice_id},
        )
        sent.append(kind)
    await uow.session.flush()
    return sent


# --------------------------------------------------------------------------- dossiers


async def compile_dossier(
    uow: UnitOfWork, partnership_id: str, review_id: str, cycle: int, at: datetime
) -> DossierCompiled | None:
    """Compile and publish the review's dossier; None when this review already has one."""
    commitments = list(
        (
            await uow.session.execute(
                select(Commitment)
                .where(col(Commitment.partnership_id) == partnership_id)
                .order_by(col(Commitment.due_date), col(Commitment.id))
            )
        ).scalars()
    )
    latest = await latest_reports(uow, [c.id for c in commitments])
    entries = []
    for commitment in commitments:
        reading = latest.get(commitment.id)
        entries.append(
            DossierEntry(
                commitment_id=commitment.id,
                description=commitment.description,
                responsible_partner_id=commitment.responsible_partner_id,
                indicator=commitment.indicator,
                unit=commitment.unit,
                baseline=Decimal(commitment.baseline),
                target=Decimal(commitment.target),
                latest_value=reading.value if reading else None,
                latest_period_end=reading.period_end if reading else None,
                due_date=commitment.due_date,
                status=commitment.status,
            )
        )
    dossier = DossierCompiled(
        dossier_id=new_id(),
        partnership_id=partnership_id,
        review_id=review_id,
        cycle=cycle,
        compiled_at=at,
        commitments=entries,
        overdue=[e.commitment_id for e in entries if e.status == CommitmentStatus.OVERDUE],
        achieved=[e.commitment_id for e in entries if e.status == CommitmentStatus.ACHIEVED],
    )
    stmt = (
        pg_insert(Dossier)
        .values(
            id=dossier.dossier_id,
            partnership_id=partnership_id,
            review_id=review_id,
            cycle=cycle,
            compiled_at=at,
            body=dossier.model_dump(mode="json"),
        )
        .on_conflict_do_nothing(index_elements=[col(Dossier.review_id)])
        .returning(col(Dossier.id))
    )
    if (await uow.session.execute(stmt)).first() is None:
        return None
    uow.record("review.dossier_compiled", partnership_id, dossier)
    return dossier


async def latest_reports(
    uow: UnitOfWork, commitment_ids: Sequence[str]
) -> dict[str, domain.Reading]:
    """The reading that counts (latest period, then latest arrival) for each commitment."""
    if not commitment_ids:
        return {}
    rows = await uow.session.execute(
        text(
            "SELECT DISTINCT ON (commitment_id) commitment_id, period_end, value"
            " FROM progress_reports WHERE commitment_id = ANY(:ids)"
            " ORDER BY commitment_id, period_end DESC, seq DESC"
        ),
        {"ids": list(commitment_ids)},
    )
    return {row[0]: domain.Reading(row[1], Decimal(row[2])) for row in rows}


async def latest_dossier(uow: UnitOfWork, partnership_id: str) -> Dossier:
    dossier: Dossier | None = (
        await uow.session.execute(
            select(Dossier)
            .where(col(Dossier.partnership_id) == partnership_id)
            .order_by(col(Dossier.compiled_at).desc(), col(Dossier.cycle).desc())
            .limit(1)
        )
    ).scalar_one_or_none()
    if dossier is None:
        raise NotFound(f"no dossier has been compiled for partnership {partnership_id}")
    return dossier


# --------------------------------------------------------------------------- reads


async def get_commitment(uow: UnitOfWork, commitment_id: str) -> Commitment:
    commitment = await uow.session.get(Commitment, commitment_id)
    if commitment is None:
        raise NotFound(f"no commitment {commitment_id}")
    return commitment


async def list_commitments(
    uow: UnitOfWork,
    *,
    conditions: list[Any],
    theme: str | None,
    gcm_objective: int | None,
    cursor: str | None,
    limit: int,
) -> tuple[list[Commitment], str | None]:
    """A page of commitments, newest first; theme and GCM objective come from the read copy."""
    if theme is not None or gcm_objective is not None:
        copies = select(col(PartnershipCopy.id))
        if theme is not None:
            copies = copies.where(col(PartnershipCopy.themes).contains([theme]))
        if gcm_objective is not None:
            copies = copies.where(col(PartnershipCopy.gcm_objectives).contains([gcm_objective]))
        conditions = [*conditions, col(Commitment.partnership_id).in_(copies)]
    if cursor:
        at, last_id = decode_cursor(cursor)
        conditions = [
            *conditions,
            tuple_(col(Commitment.created_at), col(Commitment.id)) < tuple_(at, last_id),
        ]
    query = (
        select(Commitment)
        .where(and_(True, *conditions))
        .order_by(col(Commitment.created_at).desc(), col(Commitment.id).desc())
        .limit(limit + 1)
    )
    rows = list((await uow.session.execute(query)).scalars())
    page, next_cursor = split_page(rows, limit)
    return page, next_cursor


async def list_reports(
    uow: UnitOfWork, commitment_id: str, cursor: str | None, limit: int
) -> tuple[list[ProgressReport], str | None]:
    """A page of a commitment's progress reports, newest first."""
    await get_commitment(uow, commitment_id)
    query = select(ProgressReport).where(col(ProgressReport.commitment_id) == commitment_id)
    if cursor:
        at, last_id = decode_cursor(cursor)
        query = query.where(
            tuple_(col(ProgressReport.created_at), col(ProgressReport.id)) < tuple_(at, last_id)
        )
    query = query.order_by(
        col(ProgressReport.created_at).desc(), col(ProgressReport.id).desc()
    ).limit(limit + 1)
    rows = list((await uow.session.execute(query)).scalars())
    page, next_cursor = split_page(rows, limit)
    return page, next_cursor
