"""HTTP routes of review rounds: open one (opening every in-scope review), follow it, close it,
read its report."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Response

from services.registry import rounds
from services.registry.schemas import RoundCreate, RoundRead, RoundReport
from shared.auth import PrincipalDep, Role, require_roles
from shared.web.accept_language import AcceptLanguage
from shared.web.service import UowDep

router = APIRouter(prefix="/review-rounds", tags=["review rounds"])

SECRETARIAT = [Depends(require_roles(Role.SECRETARIAT))]
STAFF_READERS = [Depends(require_roles(Role.SECRETARIAT, Role.OPS))]


@router.post("", status_code=201, response_model=RoundRead, dependencies=SECRETARIAT)
async def open_round(data: RoundCreate, principal: PrincipalDep, uow: UowDep) -> Any:
    """Open a round: the review of every implementing partnership in scope opens at once. Who: secretariat."""
    async with uow:
        review_round = await rounds.open_round(uow, principal, data)
        await uow.commit()
    async with uow:
        return await rounds.read(uow, await rounds.load(uow, review_round.id))


@router.get("/{round_id}", response_model=RoundRead, dependencies=STAFF_READERS)
async def get_round(round_id: str, uow: UowDep) -> Any:
    """A round and its progress (awaiting dossier, dossier compiled, concluded by outcome). Who: secretariat, ops."""
    async with uow:
        return await rounds.read(uow, await rounds.load(uow, round_id))


@router.post("/{round_id}/close", response_model=RoundReport, dependencies=SECRETARIAT)
async def close_round(
    round_id: str,
    uow: UowDep,
    principal: PrincipalDep,
    response: Response,
    accept_language: AcceptLanguage = None,
) -> Any:
    """Close a round (again → 409) and answer its report, its texts in the language
    Accept-Language prefers where given in it. Who: secretariat."""
    async with uow:
        await rounds.close(uow, round_id)
        await uow.commit()
    response.headers["Vary"] = "Accept-Language"
    async with uow:
        return await rounds.report(
            uow, await rounds.load(uow, round_id), accept_language, reader=principal
        )


@router.get("/{round_id}/report", response_model=RoundReport, dependencies=STAFF_READERS)
async def round_report(
    round_id: str,
    uow: UowDep,
    principal: PrincipalDep,
    response: Response,
    accept_language: AcceptLanguage = None,
) -> Any:
    """What the round's concluded reviews found, by objective and region, its texts in the
    language Accept-Language prefers where given in it. Who: secretariat, ops (restricted
    partnerships' entries without their texts)."""
    response.headers["Vary"] = "Accept-Language"
    async with uow:
        return await rounds.report(
            uow,
            await rounds.load(uow, round_id),
            accept_language,
            reader=principal,
        )
