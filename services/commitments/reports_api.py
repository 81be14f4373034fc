"""HTTP route of the commitment results report: a reporting period, one axis, JSON or CSV."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from sqlalchemy import select
from sqlmodel import col

from services.commitments import handlers, reports
from services.commitments.api import ClockDep
from services.commitments.domain import CommitmentStatus
from services.commitments.models import Commitment, PartnershipCopy, ProgressReport
from services.commitments.schemas import CommitmentReport
from shared.auth import Role, require_roles
from shared.report_axes import ReportQueryDep, csv_response, wants_csv
from shared.web.service import UowDep

router = APIRouter(tags=["reports"])

CSV_COLUMNS = (
    "period_start",
    "period_end",
    "by",
    "key",
    "label",
    "commitments",
    *(status.value for status in CommitmentStatus),
    "not_reported",
)


@router.get(
    "/reports/commitments",
    response_model=CommitmentReport,
    dependencies=[Depends(require_roles(Role.SECRETARIAT, Role.OPS))],
    responses={200: {"content": {"text/csv": {}}}},
)
async def commitment_report(
    request: Request, uow: UowDep, clock: ClockDep, report: ReportQueryDep
) -> Any:
    """Commitment results in a period by one axis; `Accept: text/csv` for CSV. Who: secretariat, ops."""
    period_start, period_end = report.period_start, report.period_end
    # The dates narrow the rows; whether one closed before the period is `in_period`'s to say.
    query = select(Commitment).where(
        col(Commitment.start_date) <= period_end, col(Commitment.due_date) >= period_start
    )
    async with uow:
        commitments = [
            c
            for c in (await uow.session.execute(query)).scalars()
            if reports.in_period(c, period_start, period_end)
        ]
        ids = [c.id for c in commitments]
        holders = await handlers.holders_by_commitment(uow, ids)
        readings = list(
            (
                await uow.session.execute(
                    select(ProgressReport)
                    .where(col(ProgressReport.commitment_id).in_(ids))
                    .order_by(col(ProgressReport.seq))
                )
            ).scalars()
        )
        copies = {
            copy.id: copy.snapshot
            for copy in (
                await uow.session.execute(
                    select(PartnershipCopy).where(
                        col(PartnershipCopy.id).in_({c.partnership_id for c in commitments})
                    )
                )
            ).scalars()
        }
    by_commitment: dict[str, list[ProgressReport]] = {}
    for reading in readings:
        by_commitment.setdefault(reading.commitment_id, []).append(reading)
    today = clock.today()
    standings = [
        (
            reports.standing(
                c,
                [h.partner_id for h in holders[c.id]],
                by_commitment.get(c.id, []),
                period_start,
                period_end,
                today,
            ),
            copies[c.partnership_id],
        )
        for c in commitments
        if c.partnership_id in copies
    ]
    body = CommitmentReport(
        period_start=period_start,
        period_end=period_end,
        by=report.by.value,
        country_role=report.country_role,
        **reports.count(standings, report.by, report.country_role),
    )
    if wants_csv(request):
        head = {"period_start": period_start, "period_end": period_end, "by": report.by.value}
        return csv_response(
            CSV_COLUMNS,
            (
                {
                    **head,
                    "key": r.key,
                    "label": r.label,
                    "commitments": r.commitments,
                    "not_reported": r.not_reported,
                    **r.by_status,
                }
                for r in body.rows
            ),
            f"commitments-by-{report.by.value}-{period_start}-{period_end}.csv",
        )
    return body
