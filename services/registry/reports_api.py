"""HTTP route of the partnership reports: counts over a reporting period, as JSON or CSV."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from services.registry import reports
from services.registry.schemas import PartnershipReport
from shared.auth import Role, require_roles
from shared.reference import CountryRole
from shared.reporting import Axis, csv_response, wants_csv
from shared.web.problems import InvalidInput
from shared.web.service import UowDep

router = APIRouter(tags=["reports"])

CSV_COLUMNS = ("period_start", "period_end", "by", "key", "label", "count", "share", "total")


@router.get(
    "/reports/partnerships",
    response_model=PartnershipReport,
    dependencies=[Depends(require_roles(Role.SECRETARIAT, Role.OPS))],
    responses={200: {"content": {"text/csv": {}}}},
)
async def partnership_report(
    request: Request,
    uow: UowDep,
    period_start: Annotated[date, Query(description="first day of the reporting period")],
    period_end: Annotated[date, Query(description="last day of the reporting period")],
    by: Axis,
    country_role: Annotated[
        CountryRole | None, Query(description="count countries and regions in this role only")
    ] = None,
) -> Any:
    """Partnerships in a period counted by one axis; `Accept: text/csv` for CSV. Who: secretariat, ops."""
    if period_end < period_start:
        raise InvalidInput(
            [{"field": "query.period_end", "message": "must not be before period_start"}]
        )
    async with uow:
        partnerships = await reports.partnerships_in(uow, reports.Period(period_start, period_end))
    body = PartnershipReport(
        period_start=period_start,
        period_end=period_end,
        by=by.value,
        country_role=country_role,
        **reports.count(partnerships, by, country_role.value if country_role else None),
    )
    if wants_csv(request):
        head = {
            "period_start": period_start,
            "period_end": period_end,
            "by": by.value,
            "total": body.total,
        }
        return csv_response(
            CSV_COLUMNS,
            ({**head, **row.model_dump()} for row in body.rows),
            f"partnerships-by-{by.value}-{period_start}-{period_end}.csv",
        )
    return body
