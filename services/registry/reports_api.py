"""HTTP route of the partnership reports: counts over a reporting period, as JSON or CSV."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request

from services.registry import reports
from services.registry.schemas import PartnershipReport
from shared.auth import Role, require_roles
from shared.report_axes import ReportQueryDep, csv_response, wants_csv
from shared.web.service import UowDep

router = APIRouter(tags=["reports"])

CSV_COLUMNS = ("period_start", "period_end", "by", "key", "label", "count", "share", "total")


@router.get(
    "/reports/partnerships",
    response_model=PartnershipReport,
    dependencies=[Depends(require_roles(Role.SECRETARIAT, Role.OPS))],
    responses={200: {"content": {"text/csv": {}}}},
)
async def partnership_report(request: Request, uow: UowDep, query: ReportQueryDep) -> Any:
    """Partnerships in a period counted by one axis; `Accept: text/csv` for CSV. Who: secretariat, ops."""
    async with uow:
        partnerships = await reports.partnerships_in(
            uow, reports.Period(query.period_start, query.period_end)
        )
    body = PartnershipReport(
        period_start=query.period_start,
        period_end=query.period_end,
        by=query.by.value,
        country_role=query.country_role,
        **reports.count(partnerships, query.by, query.country_role),
    )
    if wants_csv(request):
        head = {
            "period_start": query.period_start,
            "period_end": query.period_end,
            "by": query.by.value,
            "total": body.total,
        }
        return csv_response(
            CSV_COLUMNS,
            ({**head, **row.model_dump()} for row in body.rows),
            f"partnerships-by-{query.by.value}-{query.period_start}-{query.period_end}.csv",
        )
    return body
