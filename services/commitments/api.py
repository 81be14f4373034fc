"""HTTP routes of the commitments service: commitments, progress reports and review dossiers."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from sqlalchemy import select
from sqlmodel import col

from services.commitments import access, domain, handlers
from services.commitments.clock import Clock
from services.commitments.domain import CommitmentState, CommitmentStatus
from services.commitments.models import Commitment, CommitmentHolder, ProgressReport
from services.commitments.schemas import (
    CommitmentPage,
    CommitmentRead,
    DossierRead,
    ProgressReportCreate,
    ProgressReportPage,
    ProgressReportRead,
)
from shared import idempotency
from shared.auth import AnyCaller, Principal, PrincipalDep, Role, require_roles
from shared.uow import UnitOfWork
from shared.web.dates import IsoDate
from shared.web.openapi import CONFLICT
from shared.web.pagination import DEFAULT_LIMIT, Cursor, Limit
from shared.web.service import UowDep, runtime_of

router = APIRouter()


async def get_clock(request: Request) -> Clock:
    """The service's clock, made in the lifespan (tests override this dependency)."""
    clock: Clock = runtime_of(request).extras["clock"]
    return clock


ClockDep = Annotated[Clock, Depends(get_clock)]


async def commitment_reads(uow: UnitOfWork, commitments: list[Commitment]) -> list[CommitmentRead]:
    """The commitments as served, each with its holders' shares and latest parts."""
    ids = [commitment.id for commitment in commitments]
    holders = await handlers.holders_by_commitment(uow, ids)
    parts = await handlers.latest_parts(uow, ids)
    reads = []
    for commitment in commitments:
        latest = parts.get(commitment.id, {})
        value = domain.combined_reading(latest)
        fields = CommitmentRead.model_validate(
            {
                **{name: getattr(commitment, name) for name in Commitment.model_fields},
                "holders": handlers.holder_parts(holders[commitment.id], latest),
                "actual": value.value if value else None,
            }
        )
        reads.append(fields)
    return reads


async def readable_commitment(
    uow: UnitOfWork, principal: Principal, commitment_id: str
) -> Commitment:
    """The commitment, or 404 as if it did not exist when the caller may not read it."""
    commitment = await handlers.get_commitment(uow, commitment_id)
    await access.ensure_readable(
        uow, principal, commitment.partnership_id, f"no commitment {commitment_id}"
    )
    return commitment


def report_read(report: ProgressReport) -> ProgressReportRead:
    return ProgressReportRead.model_validate(report, from_attributes=True)


@router.get(
    "/commitments", response_model=CommitmentPage, dependencies=[AnyCaller], tags=["commitments"]
)
async def list_commitments(
    uow: UowDep,
    principal: PrincipalDep,
    partnership_id: str | None = None,
    responsible_partner_id: str | None = None,
    holder_id: Annotated[
        str | None, Query(description="held by this organisation, alone or jointly")
    ] = None,
    status: CommitmentStatus | None = None,
    state: CommitmentState | None = None,
    due_before: Annotated[IsoDate | None, Query(description="due on or before this day")] = None,
    due_after: Annotated[IsoDate | None, Query(description="due on or after this day")] = None,
    gcm_objective: Annotated[int | None, Query(ge=1, le=23)] = None,
    theme: Annotated[str | None, Query(max_length=50)] = None,
    cursor: Cursor = None,
    limit: Limit = DEFAULT_LIMIT,
) -> CommitmentPage:
    """Tracked commitments, newest first, filtered. Who: any authenticated caller; those of a
    restricted partnership only for its members and the secretariat."""
    conditions: list[Any] = []
    if (hidden := access.hidden_partnerships(principal)) is not None:
        conditions.append(col(Commitment.partnership_id).not_in(hidden))
    if partnership_id:
        conditions.append(col(Commitment.partnership_id) == partnership_id)
    if responsible_partner_id:
        conditions.append(col(Commitment.responsible_partner_id) == responsible_partner_id)
    if holder_id:
        held = select(col(CommitmentHolder.commitment_id)).where(
            col(CommitmentHolder.partner_id) == holder_id
        )
        conditions.append(col(Commitment.id).in_(held))
    if status:
        conditions.append(col(Commitment.status) == status.value)
    if state:
        conditions.append(col(Commitment.state) == state.value)
    if due_before:
        conditions.append(col(Commitment.due_date) <= due_before)
    if due_after:
        conditions.append(col(Commitment.due_date) >= due_after)
    async with uow:
        page, next_cursor = await handlers.list_commitments(
            uow,
            conditions=conditions,
            theme=theme,
            gcm_objective=gcm_objective,
            cursor=cursor,
            limit=limit,
        )
        # Read inside the block: leaving it rolls back, which expires the loaded rows.
        items = await commitment_reads(uow, page)
        return CommitmentPage(items=items, next_cursor=next_cursor)


@router.get(
    "/commitments/{commitment_id}",
    response_model=CommitmentRead,
    dependencies=[AnyCaller],
    tags=["commitments"],
)
async def get_commitment(
    commitment_id: str, uow: UowDep, principal: PrincipalDep
) -> CommitmentRead:
    """One commitment with its derived status. Who: any authenticated caller (of a restricted
    partnership: its members and the secretariat)."""
    async with uow:
        commitment = await readable_commitment(uow, principal, commitment_id)
        return (await commitment_reads(uow, [commitment]))[0]


@router.post(
    "/commitments/{commitment_id}/progress",
    status_code=201,
    response_model=ProgressReportRead,
    dependencies=[Depends(require_roles(Role.PARTNER))],
    tags=["progress"],
    responses=CONFLICT,
)
async def report_progress(
    commitment_id: str,
    data: ProgressReportCreate,
    request: Request,
    principal: PrincipalDep,
    uow: UowDep,
    clock: ClockDep,
    idempotency_key: idempotency.IdempotencyKey = None,
) -> Any:
    """Report a holder's part of a commitment (closed → 409). Who: an organisation holding it."""

    async def effect() -> tuple[int, Any, dict[str, str]]:
        report = await handlers.report_progress(uow, principal, commitment_id, data, clock)
        return 201, report_read(report).model_dump(mode="json"), {}

    return await idempotency.respond_once(
        request, uow, principal.client_id, idempotency_key, data.model_dump(mode="json"), effect
    )


@router.get(
    "/commitments/{commitment_id}/progress",
    response_model=ProgressReportPage,
    dependencies=[AnyCaller],
    tags=["progress"],
)
async def list_progress(
    commitment_id: str,
    uow: UowDep,
    principal: PrincipalDep,
    cursor: Cursor = None,
    limit: Limit = DEFAULT_LIMIT,
) -> ProgressReportPage:
    """A commitment's progress reports, newest first. Who: any authenticated caller (of a
    restricted partnership: its members and the secretariat)."""
    async with uow:
        await readable_commitment(uow, principal, commitment_id)
        page, next_cursor = await handlers.list_reports(uow, commitment_id, cursor, limit)
        return ProgressReportPage(items=[report_read(r) for r in page], next_cursor=next_cursor)


@router.get(
    "/partnerships/{partnership_id}/dossier",
    response_model=DossierRead,
    dependencies=[AnyCaller],
    tags=["reviews"],
)
async def latest_dossier(partnership_id: str, uow: UowDep, principal: PrincipalDep) -> DossierRead:
    """The latest review dossier compiled for a partnership. Who: any authenticated caller (of a
    restricted partnership: its members and the secretariat)."""
    async with uow:
        await access.ensure_readable(
            uow, principal, partnership_id, f"no dossier has been compiled for {partnership_id}"
        )
        dossier = await handlers.latest_dossier(uow, partnership_id)
        return DossierRead.model_validate(dossier.body)
