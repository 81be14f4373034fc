"""HTTP routes of amendments after adoption, and of a partnership's earlier versions."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request

from services.registry import amendments, handlers, versions
from services.registry.api import partnership_read
from services.registry.models import Amendment, Partnership
from services.registry.schemas import (
    AmendmentCreate,
    AmendmentDecision,
    AmendmentRead,
    PartnershipVersionRead,
    PartnershipVersionSummary,
)
from shared import idempotency
from shared.auth import AnyCaller, Principal, PrincipalDep, Role, require_roles
from shared.uow import UnitOfWork
from shared.web.accept_language import AcceptLanguage
from shared.web.openapi import CONFLICT
from shared.web.problems import NotFound
from shared.web.service import UowDep

router = APIRouter(tags=["amendments"])

PARTNER = [Depends(require_roles(Role.PARTNER))]
# Versions are a 32-bit column: a larger number names none, and must not reach the database.
MAX_VERSION = 2**31 - 1
SECRETARIAT = [Depends(require_roles(Role.SECRETARIAT))]


def amendment_read(amendment: Amendment) -> AmendmentRead:
    return AmendmentRead.model_validate(amendment, from_attributes=True)


@router.post(
    "/partnerships/{partnership_id}/amendments",
    status_code=201,
    response_model=AmendmentRead,
    dependencies=PARTNER,
    responses=CONFLICT,
)
async def propose_amendment(
    partnership_id: str,
    changes: AmendmentCreate,
    request: Request,
    principal: PrincipalDep,
    uow: UowDep,
    idempotency_key: idempotency.IdempotencyKey = None,
) -> Any:
    """Ask to change an adopted, implementing or under-review partnership: members, countries,
    planned commitments (new ones, or tracked ones by `id`: later due dates, other targets,
    more holders), with a reason. One waits at a time (another → 409; the same request again
    with its `Idempotency-Key` gets the first answer). Who: the owning partner."""

    async def run() -> tuple[int, Any, dict[str, str]]:
        amendment = await amendments.propose(uow, principal, partnership_id, changes)
        location = f"/partnerships/{partnership_id}/amendments/{amendment.id}"
        return 201, amendment_read(amendment).model_dump(mode="json"), {"Location": location}

    body = changes.model_dump(mode="json")
    return await idempotency.respond_once(
        request, uow, principal.client_id, idempotency_key, body, run
    )


@router.get(
    "/partnerships/{partnership_id}/amendments",
    response_model=list[AmendmentRead],
    dependencies=[AnyCaller],
)
async def list_amendments(partnership_id: str, principal: PrincipalDep, uow: UowDep) -> Any:
    """Every amendment of the partnership, oldest first, with its decision. Who: whoever may
    see the partnership."""
    async with uow:
        await _visible(uow, principal, partnership_id)
        return [amendment_read(a) for a in await amendments.of_partnership(uow, partnership_id)]


@router.post(
    "/partnerships/{partnership_id}/amendments/{amendment_id}/approve",
    response_model=AmendmentRead,
    dependencies=SECRETARIAT,
    responses=CONFLICT,
)
async def approve_amendment(
    partnership_id: str,
    amendment_id: str,
    principal: PrincipalDep,
    uow: UowDep,
    decision: AmendmentDecision | None = None,
) -> Any:
    """Approve a waiting amendment: the partnership's next version, `partnership.amended`, and
    the commitments service tracks the change. Who: secretariat."""
    async with uow:
        amendment, _ = await amendments.decide(
            uow, principal, partnership_id, amendment_id, True, decision or AmendmentDecision()
        )
        await uow.commit()
    return amendment_read(amendment)


@router.post(
    "/partnerships/{partnership_id}/amendments/{amendment_id}/reject",
    response_model=AmendmentRead,
    dependencies=SECRETARIAT,
    responses=CONFLICT,
)
async def reject_amendment(
    partnership_id: str,
    amendment_id: str,
    principal: PrincipalDep,
    uow: UowDep,
    decision: AmendmentDecision | None = None,
) -> Any:
    """Reject a waiting amendment with a reason (required), which the owner is told. Who:
    secretariat."""
    async with uow:
        amendment, _ = await amendments.decide(
            uow, principal, partnership_id, amendment_id, False, decision or AmendmentDecision()
        )
        await uow.commit()
    return amendment_read(amendment)


@router.get(
    "/partnerships/{partnership_id}/versions",
    response_model=list[PartnershipVersionSummary],
    dependencies=[AnyCaller],
)
async def list_versions(partnership_id: str, principal: PrincipalDep, uow: UowDep) -> Any:
    """Every version on record, oldest first. Who: whoever may see the partnership."""
    async with uow:
        await _visible(uow, principal, partnership_id)
        return [
            PartnershipVersionSummary(
                version=kept.version, status=kept.record["status"], recorded_at=kept.recorded_at
            )
            for kept in await versions.all_of(uow, partnership_id)
        ]


@router.get(
    "/partnerships/{partnership_id}/versions/{version}",
    response_model=PartnershipVersionRead,
    dependencies=[AnyCaller],
)
async def read_version(
    partnership_id: str,
    version: Annotated[int, Path(ge=1, le=MAX_VERSION)],
    principal: PrincipalDep,
    uow: UowDep,
    accept_language: AcceptLanguage = None,
) -> Any:
    """The partnership as it stood at one version, in the language Accept-Language prefers.
    Who: whoever may see the partnership now."""
    async with uow:
        await _visible(uow, principal, partnership_id)
        kept = await versions.one(uow, partnership_id, version)
    return PartnershipVersionRead(
        version=kept.version,
        recorded_at=kept.recorded_at,
        partnership=partnership_read(versions.as_partnership(kept), accept_language),
    )


async def _visible(uow: UnitOfWork, principal: Principal, partnership_id: str) -> None:
    partnership = await uow.session.get(Partnership, partnership_id)
    if partnership is None:
        raise NotFound(f"no partnership {partnership_id}")
    await handlers.ensure_visible(uow, partnership, principal)
