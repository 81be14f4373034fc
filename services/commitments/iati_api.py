"""HTTP routes of the IATI 2.03 export: one partnership, or a filtered set, as `iati-activities`."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from sqlalchemy import and_, select
from sqlmodel import col

from services.commitments import handlers, iati
from services.commitments.models import Commitment, PartnershipCopy, ProgressReport
from services.commitments.settings import CommitmentsSettings
from shared.auth import AnyCaller
from shared.catalogue.partnerships import Classification
from shared.reference import Theme
from shared.uow import UnitOfWork
from shared.web.openapi import NOT_FOUND
from shared.web.problems import NotFound
from shared.web.service import UowDep, runtime_of

router = APIRouter(prefix="/iati", tags=["iati"], dependencies=[AnyCaller])

XML = "application/xml"
_XML_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {"content": {XML: {}}, "description": "an IATI 2.03 `iati-activities` document"}
}


def _publisher(request: Request) -> iati.Publisher:
    settings = runtime_of(request).settings
    assert isinstance(settings, CommitmentsSettings)
    return iati.Publisher(
        ref=settings.iati_reporting_org_ref,
        name=settings.iati_reporting_org_name,
        organisation_type=settings.iati_reporting_org_type,
        gcm_vocabulary_uri=settings.iati_gcm_vocabulary_uri,
    )


async def _inputs(uow: UnitOfWork, copies: list[PartnershipCopy]) -> list[iati.ActivityInput]:
    ids = [copy.id for copy in copies]
    commitments = list(
        (
            await uow.session.execute(
                select(Commitment).where(col(Commitment.partnership_id).in_(ids))
            )
        ).scalars()
    )
    reports = list(
        (
            await uow.session.execute(
                select(ProgressReport)
                .where(col(ProgressReport.commitment_id).in_([c.id for c in commitments]))
                .order_by(col(ProgressReport.seq))
            )
        ).scalars()
    )
    owner = {c.id: c.partnership_id for c in commitments}
    members = {m["partner_id"] for copy in copies for m in copy.snapshot.get("members", [])}
    directory = await handlers.partner_directory(uow, sorted(members))
    names = {partner_id: entry.name for partner_id, entry in directory.items()}
    refs = {
        partner_id: entry.iati_org_ref
        for partner_id, entry in directory.items()
        if entry.iati_org_ref
    }
    return [
        iati.ActivityInput(
            snapshot=copy.snapshot,
            commitments=[c for c in commitments if c.partnership_id == copy.id],
            reports=[r for r in reports if owner[r.commitment_id] == copy.id],
            last_updated=copy.updated_at or datetime.now(UTC),
            # Partners registered before this service kept a directory have no name here.
            partner_names=names,
            partner_refs=refs,
        )
        for copy in copies
    ]


def _xml(body: bytes, filename: str) -> Response:
    return Response(
        content=body,
        media_type=XML,
        headers={"Content-Disposition": f'inline; filename="{filename}"'},
    )


@router.get("/activities/{partnership_id}", response_class=Response, responses=_XML_RESPONSE)
async def iati_activity(partnership_id: str, request: Request, uow: UowDep) -> Response:
    """One partnership as an IATI 2.03 activity with its results. Who: any authenticated caller."""
    async with uow:
        copy = await uow.session.get(PartnershipCopy, partnership_id)
        # A proposal returned for revision is a draft again: its owner's, not the public's.
        # A restricted partnership is never published: IATI is open data.
        if copy is None or copy.status not in iati.ACTIVITY_STATUS or not _publishable(copy):
            raise NotFound(f"no partnership {partnership_id}")
        inputs = await _inputs(uow, [copy])
    body = iati.document(inputs, _publisher(request), datetime.now(UTC))
    return _xml(body, f"{partnership_id}.iati.xml")


def _publishable(copy: PartnershipCopy) -> bool:
    return copy.classification == Classification.PUBLIC.value


# The statuses an export holds (the standard has a code for each); any other is refused.
EXPORTED_STATUS = f"^({'|'.join(iati.ACTIVITY_STATUS)})$"


@router.get("/activities", response_class=Response, responses={**_XML_RESPONSE, **NOT_FOUND})
async def iati_activities(
    request: Request,
    uow: UowDep,
    status: Annotated[str | None, Query(pattern=EXPORTED_STATUS)] = None,
    theme: Theme | None = None,
    gcm_objective: Annotated[int | None, Query(ge=1, le=23)] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 100,
) -> Response:
    """Partnerships matching the filters (newest change first, at most `limit`) as IATI 2.03
    activities; 404 when none matches, as a document needs one. Who: any authenticated caller."""
    # Only statuses the standard has a code for: drafts (returned for revision) are private.
    conditions: list[Any] = [
        col(PartnershipCopy.status).in_(list(iati.ACTIVITY_STATUS)),
        col(PartnershipCopy.classification) == Classification.PUBLIC.value,
    ]
    if status:
        conditions.append(col(PartnershipCopy.status) == status)
    if theme:
        conditions.append(col(PartnershipCopy.themes).contains([theme.value]))
    if gcm_objective:
        conditions.append(col(PartnershipCopy.gcm_objectives).contains([gcm_objective]))
    query = (
        select(PartnershipCopy)
        .where(and_(*conditions))
        .order_by(col(PartnershipCopy.updated_at).desc(), col(PartnershipCopy.id))
        .limit(limit)
    )
    async with uow:
        copies = list((await uow.session.execute(query)).scalars())
        if not copies:
            raise NotFound("no partnership matches the filters")
        inputs = await _inputs(uow, copies)
    body = iati.document(inputs, _publisher(request), datetime.now(UTC))
    return _xml(body, "activities.iati.xml")
