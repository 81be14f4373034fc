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

from sqlalchemy import and_, delete, select, text, tuple_, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlmodel import col

from services.commitments import access, domain
from services.commitments.clock import Clock
from services.commitments.domain import CommitmentState, CommitmentStatus, NoticeKind
from services.commitments.models import (
    Commitment,
    CommitmentHolder,
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
    HolderPart,
    PeriodEntry,
)
from shared.catalogue.partners import PartnerRegistered
from shared.catalogue.partnerships import (
    Classification,
    Holder,
    PartnershipSnapshot,
    PlannedCommitment,
)
from shared.reporting import ReportingFrequency
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


def _ids(commitment: Commitment, holder_ids: Sequence[str]) -> dict[str, Any]:
    """What every `commitment.*` event carries: ids, and every holder (notices go to each)."""
    return {
        "commitment_id": commitment.id,
        "partnership_id": commitment.partnership_id,
        "responsible_partner_id": commitment.responsible_partner_id,
        "holder_ids": list(holder_ids),
    }


# --------------------------------------------------------------------------- the read copy


async def record_partners(uow: UnitOfWork, partners: Sequence[PartnerRegistered]) -> None:
    """Keep each partner's name, kind and IATI identifier, with one statement for them all; a
    redelivery writes the same values again.

    When one partner appears more than once the last registration wins, as it would applied one
    by one (one INSERT … ON CONFLICT cannot touch the same row twice)."""
    latest = {partner.partner_id: partner for partner in partners}
    if not latest:
        return
    insert = pg_insert(PartnerEntry).values(
        [
            {
                "id": partner.partner_id,
                "name": partner.name,
                "kind": partner.kind,
                "country": partner.country,
                "iati_org_ref": partner.iati_org_ref,
            }
            for partner in latest.values()
        ]
    )
    await uow.session.execute(
        insert.on_conflict_do_update(
            index_elements=[col(PartnerEntry.id)],
            set_={
                "name": insert.excluded.name,
                "kind": insert.excluded.kind,
                "country": insert.excluded.country,
                "iati_org_ref": insert.excluded.iati_org_ref,
            },
        )
    )


async def partner_directory(uow: UnitOfWork, partner_ids: Sequence[str]) -> dict[str, PartnerEntry]:
    """The directory's entries of these partners (those whose registration this service saw)."""
    rows = await uow.session.execute(
        select(PartnerEntry).where(col(PartnerEntry.id).in_(list(partner_ids)))
    )
    return {entry.id: entry for entry in rows.scalars()}


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
        classification=snapshot.classification.value,
        member_ids=sorted({member.partner_id for member in snapshot.members}),
    )
    stmt = insert.on_conflict_do_update(
        index_elements=[col(PartnershipCopy.id)],
        set_={
            "version": insert.excluded.version,
            "status": insert.excluded.status,
            "themes": insert.excluded.themes,
            "gcm_objectives": insert.excluded.gcm_objectives,
            "snapshot": insert.excluded.snapshot,
            "classification": insert.excluded.classification,
            "member_ids": insert.excluded.member_ids,
            "updated_at": text("now()"),
        },
        where=col(PartnershipCopy.version) < insert.excluded.version,
    ).returning(col(PartnershipCopy.id))
    applied = (await uow.session.execute(stmt)).first() is not None
    if applied and snapshot.classification == Classification.RESTRICTED:
        # Restricted after its commitments were registered: their texts leave this store too
        # (the registry keeps them, for those entitled to read them).
        await uow.session.execute(
            update(Commitment)
            .where(col(Commitment.partnership_id) == snapshot.id)
            .values(description="", indicator="")
        )
    return applied


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
    holders: dict[str, list[Holder]] = {}
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
                "reporting_frequency": planned.reporting_frequency,
            }
        )
        holders[planned.id] = planned.holder_list()
    if not rows:
        return []
    stmt = (
        pg_insert(Commitment)
        .values(rows)
        .on_conflict_do_nothing(index_elements=[col(Commitment.id)])
        .returning(col(Commitment.id), col(Commitment.partnership_id))
    )
    inserted = {row[0] for row in await uow.session.execute(stmt)}
    holder_rows = [
        {"commitment_id": cid, "partner_id": h.partner_id, "position": i, "share": h.share}
        for cid in sorted(inserted)
        for i, h in enumerate(holders[cid])
    ]
    if holder_rows:
        await uow.session.execute(pg_insert(CommitmentHolder).values(holder_rows))
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
                holder_ids=[h.partner_id for h in holders[row["id"]]],
                holders=holders[row["id"]],
                reporting_frequency=row["reporting_frequency"],
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


# --------------------------------------------------------------------------- amendments

# What an amendment may change of a tracked commitment (its holders apart).
_AMENDABLE = (
    "description",
    "indicator",
    "unit",
    "baseline",
    "target",
    "due_date",
    "reporting_frequency",
)


async def apply_amendment(
    uow: UnitOfWork, snapshot: PartnershipSnapshot, amended_on: date, at: datetime
) -> list[str]:
    """Track what an approved amendment changed; returns the ids of the commitments it touched.

    New planned commitments are registered (from the amendment's day); a tracked one whose
    target, dates, calendar or holders changed takes them and has its status re-derived as of
    that day, so an overdue commitment given a later due date is on track again if its readings
    say so. A redelivered amendment finds nothing left to change.
    """
    touched = await register_commitments(uow, snapshot, amended_on)
    planned = {p.id: p for p in snapshot.planned_commitments if p.id not in touched}
    rows = await uow.session.execute(
        select(Commitment)
        .where(col(Commitment.id).in_(list(planned)))
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    holders = await holders_by_commitment(uow, list(planned))
    for commitment in rows.scalars():
        if commitment.state == CommitmentState.CLOSED:
            continue
        wanted = planned[commitment.id]
        changed = _take_changes(commitment, wanted)
        now_holding = [h.partner_id for h in holders[commitment.id]]
        if [h.partner_id for h in wanted.holder_list()] != now_holding:
            await _replace_holders(uow, commitment.id, wanted.holder_list())
            changed = True
        if not changed:
            continue
        touched.append(commitment.id)
        commitment.updated_at = at
        commitment.notices_checked_on = None  # the sweep goes through its new calendar today
        holder_ids = [h.partner_id for h in wanted.holder_list()]
        assessment = assess(commitment, holder_ids, await parts_of(uow, commitment.id), amended_on)
        value = assessment.value.value if assessment.value else None
        _change_status(uow, commitment, holder_ids, assessment.status, at, value)
    return touched


def _take_changes(commitment: Commitment, wanted: PlannedCommitment) -> bool:
    changed = False
    for name in _AMENDABLE:
        value = getattr(wanted, name)
        if getattr(commitment, name) != value:
            setattr(commitment, name, value)
            changed = True
    if wanted.start_date is not None and commitment.start_date != wanted.start_date:
        commitment.start_date = wanted.start_date
        changed = True
    return changed


async def _replace_holders(uow: UnitOfWork, commitment_id: str, holders: list[Holder]) -> None:
    await uow.session.execute(
        delete(CommitmentHolder).where(col(CommitmentHolder.commitment_id) == commitment_id)
    )
    await uow.session.execute(
        pg_insert(CommitmentHolder).values(
            [
                {
                    "commitment_id": commitment_id,
                    "partner_id": h.partner_id,
                    "position": i,
                    "share": h.share,
                }
                for i, h in enumerate(holders)
            ]
        )
    )


def _change_status(
    uow: UnitOfWork,
    commitment: Commitment,
    holder_ids: Sequence[str],
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
        CommitmentStatusChanged(
            **_ids(commitment, holder_ids), old_status=old, new_status=new.value
        ),
    )
    if new is CommitmentStatus.ACHIEVED and latest_value is not None:
        uow.record(
            "commitment.achieved",
            commitment.partnership_id,
            CommitmentAchieved(
                **_ids(commitment, holder_ids),
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
    """Store a holder's reading of its part, publish it, and re-derive the status."""
    commitment = await load_for_update(uow, commitment_id)
    holder_ids = await holder_ids_of(uow, commitment.id)
    if not principal.has(Role.PARTNER) or principal.organisation_id not in holder_ids:
        raise Forbidden("only an organisation holding this commitment reports on it")
    holder_id = principal.organisation_id
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

    parts = await parts_of(uow, commitment.id)
    parts.append(domain.Part(holder_id, domain.Reading(data.period_end, data.value)))
    assessment = assess(commitment, holder_ids, parts, today)
    now = clock.now()
    restricted = await access.is_restricted(uow, commitment.partnership_id)
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
        holder_id=holder_id,
        status_after=assessment.status.value,
    )
    event = uow.record(
        "commitment.progress_reported",
        commitment.partnership_id,
        CommitmentProgressReported(
            **_ids(commitment, holder_ids),
            report_id=report.id,
            period_end=report.period_end,
            value=report.value,
            unit=report.unit,
            # A restricted partnership's events carry numbers, not words or links.
            narrative="" if restricted else report.narrative,
            evidence_links=[] if restricted else report.evidence_links,
            reported_by_client_id=principal.client_id,
            holder_id=holder_id,
            actual=assessment.value.value if assessment.value else None,
        ),
    )
    report.event_id = event.id
    uow.session.add(report)
    value = assessment.value.value if assessment.value else None
    _change_status(uow, commitment, holder_ids, assessment.status, now, value)
    await uow.session.flush()
    await uow.session.refresh(report)
    return report


def assess(
    commitment: Commitment, holder_ids: Sequence[str], parts: Sequence[domain.Part], today: date
) -> domain.Assessment:
    return domain.assess(
        indicator_of(commitment),
        commitment.start_date,
        commitment.due_date,
        ReportingFrequency(commitment.reporting_frequency),
        holder_ids,
        parts,
        today,
    )


async def holder_ids_of(uow: UnitOfWork, commitment_id: str) -> list[str]:
    """The commitment's holders, the responsible partner first."""
    holders = await holders_by_commitment(uow, [commitment_id])
    return [holder.partner_id for holder in holders[commitment_id]]


async def parts_of(uow: UnitOfWork, commitment_id: str) -> list[domain.Part]:
    """Every reading of a commitment with its holder, in the order they arrived (the tie-break
    `latest_reading` uses)."""
    rows = await uow.session.execute(
        select(
            col(ProgressReport.holder_id),
            col(ProgressReport.period_end),
            col(ProgressReport.value),
        )
        .where(col(ProgressReport.commitment_id) == commitment_id)
        .order_by(col(ProgressReport.seq))
    )
    return [
        domain.Part(holder, domain.Reading(period_end, Decimal(value)))
        for holder, period_end, value in rows
    ]


# --------------------------------------------------------------------------- sweep


async def sweep_candidates(
    uow: UnitOfWork, today: date, report_due_days: int, after: str | None, limit: int
) -> list[str]:
    """Ids of open, unachieved commitments that may owe a notice today and have not had it yet.

    A commitment reporting once is a candidate near and after its due date until it has had
    the notice owed; a periodic one once a day from near its first period's end until its final
    overdue notice (which of its periods owes what is the domain's to decide, see
    `period_notices`). This only saves work; the unique key on commitment_notices is what
    guarantees once.
    """
    try:
        horizon = today + timedelta(days=report_due_days)
    except OverflowError:
        horizon = date.max
    rows = await uow.session.execute(
        text(
            "SELECT c.id FROM commitments c"
            " WHERE c.state = 'open' AND c.status <> 'achieved' AND c.id > :after"
            " AND ((c.reporting_frequency = 'once' AND c.due_date <= :horizon"
            "   AND NOT EXISTS (SELECT 1 FROM commitment_notices n"
            "     WHERE n.commitment_id = c.id AND n.due_date = c.due_date"
            "     AND n.kind = CASE WHEN c.due_date < :today THEN 'overdue' ELSE 'report_due' END))"
            " OR (c.reporting_frequency <> 'once' AND c.start_date <= :horizon"
            "   AND (c.notices_checked_on IS NULL OR c.notices_checked_on < :today)"
            "   AND NOT EXISTS (SELECT 1 FROM commitment_notices n"
            "     WHERE n.commitment_id = c.id AND n.due_date = c.due_date AND n.kind = 'overdue')))"
            " ORDER BY c.id LIMIT :limit"
        ),
        {"horizon": horizon, "today": today, "after": after or "", "limit": limit},
    )
    return [row[0] for row in rows]


async def send_notices(
    uow: UnitOfWork, commitment_id: str, today: date, report_due_days: int, now: datetime
) -> list[NoticeKind]:
    """Record the notices a commitment owes today, each at most once per period and kind."""
    commitment = await load_for_update(uow, commitment_id)
    holder_ids = await holder_ids_of(uow, commitment.id)
    assessment = assess(commitment, holder_ids, await parts_of(uow, commitment.id), today)
    notices = domain.period_notices(
        assessment.periods,
        assessment.missing,
        commitment.status == CommitmentStatus.ACHIEVED,
        commitment.state == CommitmentState.CLOSED,
        today,
        report_due_days,
    )
    if commitment.state == CommitmentState.OPEN and commitment.status != CommitmentStatus.ACHIEVED:
        # Status follows the latest period, and periods end without anyone reporting: the day
        # one is missed it turns overdue, the day a reported one ends after it, it turns back.
        value = assessment.value.value if assessment.value else None
        _change_status(uow, commitment, holder_ids, assessment.status, now, value)
    sent: list[NoticeKind] = []
    for notice in notices:
        claimed = await uow.session.execute(
            text(
                "INSERT INTO commitment_notices (commitment_id, due_date, kind, event_id)"
                " VALUES (:commitment, :due, :kind, '') ON CONFLICT DO NOTHING RETURNING id"
            ),
            {"commitment": commitment.id, "due": notice.period.end, "kind": notice.kind.value},
        )
        notice_id = claimed.scalar_one_or_none()
        if notice_id is None:
            continue  # sent by an earlier run
        event = uow.record(
            f"commitment.{notice.kind.value}",
            commitment.partnership_id,
            _notice_payload(commitment, holder_ids, notice, assessment),
        )
        await uow.session.execute(
            text("UPDATE commitment_notices SET event_id = :event WHERE id = :id"),
            {"event": event.id, "id": notice_id},
        )
        sent.append(notice.kind)
    commitment.notices_checked_on = today
    await uow.session.flush()
    return sent


def _notice_payload(
    commitment: Commitment,
    holder_ids: Sequence[str],
    notice: domain.Notice,
    assessment: domain.Assessment,
) -> CommitmentReportDue | CommitmentOverdue:
    period = notice.period
    fields: dict[str, Any] = {
        **_ids(commitment, holder_ids),
        "due_date": period.end,
        "period_start": period.start,
        "commitment_due_date": commitment.due_date,
    }
    if notice.kind is NoticeKind.REPORT_DUE:
        return CommitmentReportDue(**fields)
    # After the due date the target was missed, whoever reported; before it, a report was.
    final = period == assessment.periods[-1]
    missing = [] if final else assessment.missing[period]
    return CommitmentOverdue(**fields, missing_holder_ids=missing)


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
    today = at.date()
    all_holders = await holders_by_commitment(uow, [c.id for c in commitments])
    entries = []
    for commitment in commitments:
        holders = all_holders[commitment.id]
        holder_ids = [h.partner_id for h in holders]
        parts = await parts_of(uow, commitment.id)
        assessment = assess(commitment, holder_ids, parts, today)
        series = domain.period_series(assessment.periods, parts, holder_ids, today)
        entries.append(
            DossierEntry(
                commitment_id=commitment.id,
                description=commitment.description,
                responsible_partner_id=commitment.responsible_partner_id,
                indicator=commitment.indicator,
                unit=commitment.unit,
                baseline=Decimal(commitment.baseline),
                target=Decimal(commitment.target),
                latest_value=assessment.value.value if assessment.value else None,
                latest_period_end=assessment.value.period_end if assessment.value else None,
                due_date=commitment.due_date,
                status=commitment.status,
                holders=holder_parts(holders, assessment.latest),
                reporting_frequency=commitment.reporting_frequency,
                periods=[
                    PeriodEntry(
                        period_start=entry.period.start,
                        period_end=entry.period.end,
                        state=entry.state.value,
                        parts={h: reading.value for h, reading in entry.parts.items()},
                        total=entry.total.value if entry.total else None,
                    )
                    for entry in series
                ],
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


async def latest_parts(
    uow: UnitOfWork, commitment_ids: Sequence[str]
) -> dict[str, dict[str, domain.Reading]]:
    """Each current holder's latest part (latest period, then latest arrival), by commitment."""
    if not commitment_ids:
        return {}
    rows = await uow.session.execute(
        text(
            "SELECT DISTINCT ON (r.commitment_id, r.holder_id)"
            " r.commitment_id, r.holder_id, r.period_end, r.value"
            " FROM progress_reports r JOIN commitment_holders h"
            "   ON h.commitment_id = r.commitment_id AND h.partner_id = r.holder_id"
            " WHERE r.commitment_id = ANY(:ids)"
            " ORDER BY r.commitment_id, r.holder_id, r.period_end DESC, r.seq DESC"
        ),
        {"ids": list(commitment_ids)},
    )
    parts: dict[str, dict[str, domain.Reading]] = {}
    for commitment_id, holder_id, period_end, value in rows:
        parts.setdefault(commitment_id, {})[holder_id] = domain.Reading(period_end, Decimal(value))
    return parts


async def holders_by_commitment(
    uow: UnitOfWork, commitment_ids: Sequence[str]
) -> dict[str, list[CommitmentHolder]]:
    """The holders of each commitment, the responsible partner first."""
    rows = await uow.session.execute(
        select(CommitmentHolder)
        .where(col(CommitmentHolder.commitment_id).in_(list(commitment_ids)))
        .order_by(col(CommitmentHolder.commitment_id), col(CommitmentHolder.position))
    )
    holders: dict[str, list[CommitmentHolder]] = {cid: [] for cid in commitment_ids}
    for holder in rows.scalars():
        holders[holder.commitment_id].append(holder)
    return holders


def holder_parts(
    holders: Sequence[CommitmentHolder], latest: dict[str, domain.Reading]
) -> list[HolderPart]:
    """Each holder's share and latest part, the responsible partner first."""
    return [
        HolderPart(
            partner_id=holder.partner_id,
            share=Decimal(holder.share) if holder.share is not None else None,
            latest_value=latest[holder.partner_id].value if holder.partner_id in latest else None,
            latest_period_end=(
                latest[holder.partner_id].period_end if holder.partner_id in latest else None
            ),
        )
        for holder in holders
    ]


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
