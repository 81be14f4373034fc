"""Review rounds: open the review of every implementing partnership in scope in one transaction
(one `partnership.review_opened` event each, carrying the round's id, so the commitments service
compiles each dossier and the notification service tells each partnership's partners), follow
their progress, close the round and assemble what its reviews found.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import and_, select
from sqlmodel import col

from services.registry import handlers, narratives
from services.registry.domain import Action, Classification, PartnershipStatus
from services.registry.models import Partnership, Review, ReviewRound
from services.registry.schemas import (
    ActionRequest,
    RoundCreate,
    RoundProgress,
    RoundRead,
    RoundReport,
    RoundReportEntry,
    RoundScope,
)
from shared.auth import Principal
from shared.principal import Caller, reads_restricted
from shared.reference import m49
from shared.report_axes import Axis, keys_for
from shared.uow import UnitOfWork
from shared.web.problems import Conflict, InvalidInput, NotFound


def _in_scope(scope: RoundScope) -> list[Any]:
    conditions: list[Any] = [col(Partnership.status) == PartnershipStatus.IMPLEMENTING.value]
    if scope.regions:  # each an M49 area code: the schema's pattern admits no other
        countries = sorted({c for code in scope.regions for c in m49.countries_in(code)})
        conditions.append(col(Partnership.country_codes).op("&&")(countries))
    if scope.gcm_objectives:
        conditions.append(col(Partnership.gcm_objectives).op("&&")(scope.gcm_objectives))
    if scope.levels:
        conditions.append(col(Partnership.level).in_([level.value for level in scope.levels]))
    if scope.themes:
        conditions.append(col(Partnership.themes).op("&&")([theme.value for theme in scope.themes]))
    return conditions


async def open_round(uow: UnitOfWork, principal: Principal, data: RoundCreate) -> ReviewRound:
    """The round, with the review of every implementing partnership in scope opened."""
    ids = list(
        (
            await uow.session.execute(
                select(col(Partnership.id))
                .where(and_(*_in_scope(data.scope)))
                .order_by(col(Partnership.id))
            )
        ).scalars()
    )
    if not ids:
        raise InvalidInput(
            [{"field": "scope", "message": "no implementing partnership is in this scope"}]
        )
    review_round = ReviewRound(
        id=handlers.new_id(),
        name=data.name,
        period_start=data.period_start,
        period_end=data.period_end,
        scope=data.scope.model_dump(mode="json"),
        opened_by_client_id=principal.client_id,
    )
    uow.session.add(review_round)
    await uow.session.flush()
    # In id order, so two rounds opened at once lock partnerships in the same order. Each step
    # is the ordinary open-review action: same rules, history and event as one by one.
    for partnership_id in ids:
        await handlers.act(
            uow, principal, partnership_id, Action.OPEN_REVIEW, ActionRequest(), review_round.id
        )
    return review_round


async def load(uow: UnitOfWork, round_id: str) -> ReviewRound:
    review_round = await uow.session.get(ReviewRound, round_id)
    if review_round is None:
        raise NotFound(f"no review round {round_id}")
    return review_round


async def _reviews(uow: UnitOfWork, round_id: str) -> list[tuple[Review, Partnership]]:
    rows = await uow.session.execute(
        select(Review, Partnership)
        .join(Partnership, col(Partnership.id) == col(Review.partnership_id))
        .where(col(Review.round_id) == round_id)
        .order_by(col(Review.partnership_id))
    )
    return [(review, partnership) for review, partnership in rows]


def _progress(reviews: list[tuple[Review, Partnership]]) -> RoundProgress:
    open_reviews = [review for review, _ in reviews if review.concluded_at is None]
    concluded = Counter(review.outcome or "" for review, _ in reviews if review.concluded_at)
    return RoundProgress(
        partnerships=len(reviews),
        awaiting_dossier=sum(1 for review in open_reviews if review.dossier_id is None),
        dossier_compiled=sum(1 for review in open_reviews if review.dossier_id is not None),
        concluded=dict(sorted(concluded.items())),
    )


async def read(uow: UnitOfWork, review_round: ReviewRound) -> RoundRead:
    return RoundRead(
        id=review_round.id,
        name=review_round.name,
        period_start=review_round.period_start,
        period_end=review_round.period_end,
        scope=RoundScope.model_validate(review_round.scope),
        opened_at=review_round.opened_at or datetime.now(UTC),
        closed_at=review_round.closed_at,
        progress=_progress(await _reviews(uow, review_round.id)),
    )


async def close(uow: UnitOfWork, round_id: str) -> ReviewRound:
    review_round = await load(uow, round_id)
    if review_round.closed_at is not None:
        raise Conflict(f"review round {round_id} was closed at {review_round.closed_at}")
    review_round.closed_at = datetime.now(UTC)
    return review_round


async def report(
    uow: UnitOfWork,
    review_round: ReviewRound,
    accept_language: str | None,
    *,
    reader: Caller,
) -> RoundReport:
    """What the round's concluded reviews found, grouped by objective and by M49 region, each
    title and text in the reader's language where it was given in it. A review still open is
    counted in the progress but has nothing to report yet.

    A `reader` who may not read a restricted partnership (ops) gets its entry with the outcome
    only: the id for a title, no texts."""
    by_objective: dict[str, list[RoundReportEntry]] = {}
    by_region: dict[str, list[RoundReportEntry]] = {}
    for review, partnership in await _reviews(uow, review_round.id):
        if review.concluded_at is None:
            continue
        if partnership.classification == Classification.RESTRICTED and not reads_restricted(
            reader, partnership.partner_ids
        ):
            entry = RoundReportEntry(
                partnership_id=partnership.id,
                title=partnership.id,
                outcome=review.outcome,
                **dict.fromkeys(narratives.REVIEW_TEXTS),
            )
        else:
            entry = _entry(review, partnership, accept_language)
        shape = {"gcm_objectives": partnership.gcm_objectives, "countries": partnership.countries}
        for key in keys_for(Axis.GCM_OBJECTIVE, shape):
            by_objective.setdefault(key, []).append(entry)
        for key in keys_for(Axis.REGION, shape):
            by_region.setdefault(key, []).append(entry)
    return RoundReport(
        round=await read(uow, review_round), by_objective=by_objective, by_region=by_region
    )


def _entry(
    review: Review, partnership: Partnership, accept_language: str | None
) -> RoundReportEntry:
    texts = narratives.review_texts(review, accept_language)
    return RoundReportEntry(
        partnership_id=partnership.id,
        title=narratives.partnership_texts(partnership, accept_language).texts["title"],
        outcome=review.outcome,
        **(
            texts.texts
            if texts
            else {field: getattr(review, field) for field in narratives.REVIEW_TEXTS}
        ),
    )
