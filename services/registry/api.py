"""HTTP routes of the registry: partners, partnerships, their lifecycle, history and statistics."""

from __future__ import annotations

from typing import Annotated, Any

import pydantic_core
from fastapi import APIRouter, Depends, Header, Query, Request, Response
from sqlalchemy import select, tuple_
from sqlmodel import col

from services.registry import handlers, narratives, queue
from services.registry.domain import (
    Action,
    Level,
    PartnerKind,
    PartnershipStatus,
    Theme,
    allowed_actions,
    inclusiveness_profile,
)
from services.registry.listing import ListFilters, PageRow, partnership_page
from services.registry.models import Partner, Partnership, Review
from services.registry.schemas import (
    ActionRequest,
    ClassificationChange,
    PartnerCreate,
    PartnerPage,
    PartnerRead,
    PartnershipCreate,
    PartnershipPage,
    PartnershipRead,
    PartnershipUpdate,
    ReviewRead,
    StatsRead,
    TransitionRead,
    WaitingItemRead,
    WorkQueue,
)
from shared import idempotency
from shared.auth import AnyCaller, Principal, PrincipalDep, Role, require_roles
from shared.principal import restricted_reader
from shared.uow import UnitOfWork
from shared.web.accept_language import AcceptLanguage
from shared.web.json_shape import json_shape
from shared.web.openapi import CONFLICT, PRECONDITIONS, with_etag
from shared.web.pagination import (
    DEFAULT_LIMIT,
    Cursor,
    Limit,
    decode_cursor,
    encode_cursor,
    split_page,
)
from shared.web.preconditions import IfMatch, MalformedIfMatch, parse_if_match
from shared.web.problems import BadRequest, NotFound, PreconditionRequired
from shared.web.service import UowDep

router = APIRouter()


# --------------------------------------------------------------------------- partners


def partner_read(partner: Partner) -> PartnerRead:
    return PartnerRead.model_validate(partner, from_attributes=True)


@router.post(
    "/partners",
    status_code=201,
    response_model=PartnerRead,
    dependencies=[Depends(require_roles(Role.ADMIN))],
    tags=["partners"],
)
async def register_partner(
    data: PartnerCreate,
    request: Request,
    principal: PrincipalDep,
    uow: UowDep,
    idempotency_key: idempotency.IdempotencyKey = None,
) -> Any:
    """Register a partner organisation. Who: admin."""

    async def run() -> tuple[int, Any, dict[str, str]]:
        partner = await handlers.register_partner(uow, data)
        return (
            201,
            partner_read(partner).model_dump(mode="json"),
            {"Location": f"/partners/{partner.id}"},
        )

    return await idempotency.respond_once(
        request, uow, principal.client_id, idempotency_key, data.model_dump(mode="json"), run
    )


@router.get("/partners", response_model=PartnerPage, dependencies=[AnyCaller], tags=["partners"])
async def list_partners(
    uow: UowDep,
    kind: PartnerKind | None = None,
    country: str | None = None,
    q: Annotated[str | None, Query(max_length=200)] = None,
    cursor: Cursor = None,
    limit: Limit = DEFAULT_LIMIT,
) -> PartnerPage:
    """List partner organisations, newest first. Who: any authenticated caller."""
    query = select(Partner)
    if kind:
        query = query.where(col(Partner.kind) == kind)
    if country:
        query = query.where(col(Partner.country) == country)
    if q:
        query = query.where(col(Partner.name).ilike(f"%{q}%"))
    if cursor:
        at, last_id = decode_cursor(cursor)
        query = query.where(tuple_(col(Partner.created_at), col(Partner.id)) < tuple_(at, last_id))
    query = query.order_by(col(Partner.created_at).desc(), col(Partner.id).desc()).limit(limit + 1)
    async with uow:
        rows = list((await uow.session.execute(query)).scalars())
    page, next_cursor = split_page(rows, limit)
    return PartnerPage(items=[partner_read(p) for p in page], next_cursor=next_cursor)


@router.get(
    "/partners/{partner_id}",
    response_model=PartnerRead,
    dependencies=[AnyCaller],
    tags=["partners"],
)
async def get_partner(partner_id: str, uow: UowDep) -> PartnerRead:
    """One partner organisation. Who: any authenticated caller."""
    async with uow:
        partner = await uow.session.get(Partner, partner_id)
    if partner is None:
        raise NotFound(f"no partner {partner_id}")
    return partner_read(partner)


# --------------------------------------------------------------------------- partnerships


# PartnershipRead's fields a stored partnership holds as they are; the others are derived.
_STORED_FIELDS = tuple(
    name for name in PartnershipRead.model_fields if name in Partnership.model_fields
)


def partnership_read(
    partnership: Partnership,
    accept_language: str | None = None,
    *,
    localised: narratives.Localised | None = None,
) -> PartnershipRead:
    """The partnership as read in the reader's language (`localised`, when the caller has already
    picked its texts)."""
    return PartnershipRead.model_validate(
        partnership_fields(partnership, accept_language, localised=localised)
    )


def partnership_fields(
    partnership: Partnership | PageRow,
    accept_language: str | None = None,
    *,
    localised: narratives.Localised | None = None,
) -> dict[str, Any]:
    """`PartnershipRead`'s fields, before validation (a list validates a whole page at once), from
    the partnership or a list's row of one."""
    members = partnership.members
    if localised is None:
        localised = _localised(partnership, accept_language)
    profile = inclusiveness_profile(
        [(m["kind"], m["role"]) for m in members if m.get("kind")],
        [(c["code"], c["role"]) for c in partnership.countries],
    )
    return {
        **_stored_fields(partnership),
        "planned_commitments": [handlers.with_holders(c) for c in partnership.planned_commitments],
        **localised.texts,
        "content_language": localised.language,
        "allowed_actions": allowed_actions(PartnershipStatus(partnership.status)),
        "inclusiveness": {
            "stakeholder_kinds": profile.stakeholder_kinds,
            "non_state_actor_count": profile.non_state_actor_count,
            "includes_migrant_or_diaspora": profile.includes_migrant_or_diaspora,
            "countries_by_role": profile.countries_by_role,
        },
    }


def _stored_fields(partnership: Partnership | PageRow) -> dict[str, Any]:
    if isinstance(partnership, PageRow):
        return {name: partnership[name] for name in _STORED_FIELDS}
    return {name: getattr(partnership, name) for name in _STORED_FIELDS}


_localised = narratives.partnership_texts


def representation_headers(partnership: Partnership, accept_language: str | None) -> dict[str, str]:
    """ETag, Content-Language and Vary of the partnership as read in the reader's language."""
    localised = _localised(partnership, accept_language)
    tag = narratives.entity_tag(partnership.version, partnership.language, localised.language)
    return {
        "ETag": f'"{tag}"',
        "Content-Language": narratives.content_language(localised.languages),
        "Vary": "Accept-Language",
    }


def if_match_header(value: str | None) -> IfMatch:
    """The request's If-Match: missing → 428, not an entity-tag list → 400 naming the header."""
    if value is None:
        raise PreconditionRequired("editing needs an If-Match header with the ETag you last read")
    try:
        return parse_if_match(value)
    except MalformedIfMatch as exc:
        raise BadRequest([{"field": "header:If-Match", "message": str(exc)}]) from exc


@router.post(
    "/partnerships",
    status_code=201,
    response_model=PartnershipRead,
    dependencies=[Depends(require_roles(Role.PARTNER))],
    tags=["partnerships"],
    responses=with_etag(201, localised=True),
)
async def create_partnership(
    data: PartnershipCreate,
    request: Request,
    principal: PrincipalDep,
    uow: UowDep,
    idempotency_key: idempotency.IdempotencyKey = None,
    accept_language: AcceptLanguage = None,
) -> Any:
    """Draft a partnership owned by the caller's organisation. Who: partner."""

    async def run() -> tuple[int, Any, dict[str, str]]:
        partnership = await handlers.create_draft(uow, principal, data)
        body = partnership_read(partnership, accept_language).model_dump(mode="json")
        headers = representation_headers(partnership, accept_language)
        return 201, body, {"Location": f"/partnerships/{partnership.id}", **headers}

    return await idempotency.respond_once(
        request, uow, principal.client_id, idempotency_key, data.model_dump(mode="json"), run
    )


@router.get(
    "/partnerships", response_model=PartnershipPage, dependencies=[AnyCaller], tags=["partnerships"]
)
async def list_partnerships(
    principal: PrincipalDep,
    uow: UowDep,
    status: PartnershipStatus | None = None,
    theme: Theme | None = None,
    level: Level | None = None,
    country: Annotated[str | None, Query(min_length=2, max_length=2)] = None,
    partner: Annotated[str | None, Query(min_length=1, max_length=100)] = None,
    gcm_objective: Annotated[int | None, Query(ge=1, le=23)] = None,
    sdg_target: Annotated[str | None, Query(max_length=6)] = None,
    q: Annotated[
        str | None, Query(max_length=200, description="free text over title and summary")
    ] = None,
    cursor: Cursor = None,
    limit: Limit = DEFAULT_LIMIT,
    accept_language: AcceptLanguage = None,
) -> Response:
    """Partnerships the caller may see, newest first, filtered; each item's title and summary in
    the language Accept-Language prefers among those it was given in. Who: any authenticated
    caller."""
    filters = ListFilters(text=q)
    if status:
        filters.add("status", status.value)
    if theme:
        filters.add("theme", theme.value)
    if level:
        filters.add("level", level.value)
    if country:
        filters.add("country", country.upper())
    if partner:
        filters.add("partner", partner)
    if gcm_objective:
        filters.add("gcm_objective", gcm_objective)
    if sdg_target:
        filters.add("sdg_target", sdg_target)
    async with uow:
        rows = await partnership_page(
            await uow.read_only_connection(),
            filters,
            reader=restricted_reader(principal),
            after=decode_cursor(cursor) if cursor else None,
            limit=limit,
        )
    page, next_cursor = split_page(rows, limit)
    texts = [_localised(p, accept_language) for p in page]
    headers = {"Vary": "Accept-Language"}
    languages = [language for localised in texts for language in localised.languages]
    if languages:
        headers["Content-Language"] = narratives.content_language(languages)
    # The rows were validated as partnerships when they were written: the page is laid out as
    # `PartnershipPage` dumps it without validating every item again (`shared.web.json_shape`;
    # `tests/unit/registry/test_page_shape.py` holds the two to the same bytes), and sent as it
    # is rather than through FastAPI's response_model, which would validate it once more.
    items = [
        partnership_fields(p, accept_language, localised=localised)
        for p, localised in zip(page, texts, strict=True)
    ]
    return Response(
        pydantic_core.to_json(_page_shape({"items": items, "next_cursor": next_cursor})),
        media_type="application/json",
        headers=headers,
    )


_page_shape = json_shape(PartnershipPage)


async def _visible(uow: UnitOfWork, principal: Principal, partnership_id: str) -> Partnership:
    partnership = await uow.session.get(Partnership, partnership_id)
    if partnership is None:
        raise NotFound(f"no partnership {partnership_id}")
    await handlers.ensure_visible(uow, partnership, principal)
    return partnership


@router.get(
    "/partnerships/{partnership_id}",
    response_model=PartnershipRead,
    dependencies=[AnyCaller],
    tags=["partnerships"],
    responses=with_etag(localised=True),
)
async def get_partnership(
    partnership_id: str,
    principal: PrincipalDep,
    uow: UowDep,
    response: Response,
    accept_language: AcceptLanguage = None,
) -> Any:
    """One partnership with its ETag, in the language Accept-Language prefers; a draft only for
    its owner, the secretariat and the organisations it invites. Who: any caller."""
    async with uow:
        partnership = await _visible(uow, principal, partnership_id)
    response.headers.update(representation_headers(partnership, accept_language))
    return partnership_read(partnership, accept_language)


@router.patch(
    "/partnerships/{partnership_id}",
    response_model=PartnershipRead,
    dependencies=[Depends(require_roles(Role.PARTNER))],
    tags=["partnerships"],
    responses={**with_etag(localised=True), **PRECONDITIONS, **CONFLICT},
)
async def edit_partnership(
    partnership_id: str,
    changes: PartnershipUpdate,
    principal: PrincipalDep,
    uow: UowDep,
    response: Response,
    if_match: Annotated[str | None, Header()] = None,
    accept_language: AcceptLanguage = None,
) -> Any:
    """Edit a draft; needs If-Match with the current ETag, read in any language (stale → 412).
    Who: the owning partner."""
    expected = if_match_header(if_match)
    async with uow:
        partnership = await handlers.edit_draft(uow, principal, partnership_id, changes, expected)
        await uow.commit()
    response.headers.update(representation_headers(partnership, accept_language))
    return partnership_read(partnership, accept_language)


@router.post(
    "/partnerships/{partnership_id}/actions/{action}",
    response_model=PartnershipRead,
    dependencies=[AnyCaller],
    tags=["lifecycle"],
    responses={**with_etag(localised=True), **with_etag(201, localised=True), **CONFLICT},
)
async def lifecycle_action(
    partnership_id: str,
    action: Action,
    principal: PrincipalDep,
    uow: UowDep,
    response: Response,
    body: ActionRequest | None = None,
    accept_language: AcceptLanguage = None,
) -> Any:
    """Move a partnership through its lifecycle (who may: the README lifecycle table). Who: per action."""
    async with uow:
        result = await handlers.act(uow, principal, partnership_id, action, body or ActionRequest())
        await uow.commit()
    response.headers.update(representation_headers(result, accept_language))
    if action is Action.REPLICATE:
        response.status_code = 201
        response.headers["Location"] = f"/partnerships/{result.id}"
    return partnership_read(result, accept_language)


@router.put(
    "/partnerships/{partnership_id}/classification",
    response_model=PartnershipRead,
    dependencies=[Depends(require_roles(Role.SECRETARIAT))],
    tags=["partnerships"],
    responses=with_etag(localised=True),
)
async def classify_partnership(
    partnership_id: str,
    change: ClassificationChange,
    principal: PrincipalDep,
    uow: UowDep,
    response: Response,
    accept_language: AcceptLanguage = None,
) -> Any:
    """Set a partnership's classification (`public` or `restricted`) with a reason; made
    restricted, its events from now on are thin and downstream copies drop its narrative. The
    same classification again changes nothing. Who: secretariat."""
    async with uow:
        partnership = await handlers.reclassify(uow, principal, partnership_id, change)
        await uow.commit()
    response.headers.update(representation_headers(partnership, accept_language))
    return partnership_read(partnership, accept_language)


@router.get(
    "/partnerships/{partnership_id}/history",
    response_model=list[TransitionRead],
    dependencies=[AnyCaller],
    tags=["lifecycle"],
)
async def partnership_history(partnership_id: str, principal: PrincipalDep, uow: UowDep) -> Any:
    """Every transition with actor, time and event id. Who: whoever may see the partnership."""
    async with uow:
        await _visible(uow, principal, partnership_id)
        transitions = await handlers.history_of(uow, partnership_id)
    return [TransitionRead.model_validate(t, from_attributes=True) for t in transitions]


@router.get(
    "/partnerships/{partnership_id}/reviews",
    response_model=list[ReviewRead],
    dependencies=[AnyCaller],
    tags=["lifecycle"],
)
async def partnership_reviews(
    partnership_id: str,
    principal: PrincipalDep,
    uow: UowDep,
    response: Response,
    accept_language: AcceptLanguage = None,
) -> Any:
    """Review cycles with outcome, findings and the attached dossier; each review's texts in the
    language Accept-Language prefers among those given. Who: any authenticated caller."""
    async with uow:
        await _visible(uow, principal, partnership_id)
        reviews = await handlers.reviews_of(uow, partnership_id)
    reads = [review_read(review, accept_language) for review in reviews]
    languages = [language for _, languages in reads for language in languages]
    if languages:
        response.headers["Content-Language"] = narratives.content_language(languages)
    response.headers["Vary"] = "Accept-Language"
    return [read for read, _ in reads]


def review_read(review: Review, accept_language: str | None) -> tuple[ReviewRead, tuple[str, ...]]:
    """A review with its texts in the reader's language, and the languages they are in (none
    when the review names no language: texts concluded before languages were asked for)."""
    read = ReviewRead.model_validate(review, from_attributes=True)
    localised = narratives.review_texts(review, accept_language)
    if localised is None:
        return read, ()
    read = read.model_copy(update={**localised.texts, "content_language": localised.language})
    return read, localised.languages


@router.get(
    "/queue",
    response_model=WorkQueue,
    dependencies=[Depends(require_roles(Role.SECRETARIAT))],
    tags=["partnerships"],
)
async def work_queue(
    uow: UowDep,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
    gcm_objective: Annotated[int | None, Query(ge=1, le=23)] = None,
    country: Annotated[list[str] | None, Query(description="ISO 3166-1 alpha-2; any of")] = None,
) -> Any:
    """What waits for the secretariat, oldest first: proposals to decide and reviews whose
    dossier is compiled. Who: the secretariat."""
    after = decode_cursor(cursor) if cursor else None
    async with uow:
        rows = await queue.waiting(
            uow.session,
            limit=limit + 1,
            gcm_objective=gcm_objective,
            countries=[c.upper() for c in country] if country else None,
            after=after,
        )
    page = rows[:limit]
    more = len(rows) > limit
    return WorkQueue(
        items=[WaitingItemRead.model_validate(item, from_attributes=True) for item in page],
        next_cursor=encode_cursor(page[-1].since, page[-1].position) if more else None,
    )


@router.get(
    "/stats",
    response_model=StatsRead,
    dependencies=[Depends(require_roles(Role.SECRETARIAT, Role.OPS))],
    tags=["partnerships"],
)
async def stats(uow: UowDep) -> Any:
    """Counts of non-draft partnerships by status, theme, level and country. Who: secretariat, ops."""
    async with uow:
        return StatsRead(**await handlers.statistics(uow))
