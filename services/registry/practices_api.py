"""HTTP route searching concluded reviews' good practices, lessons, findings and challenges."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from services.registry import narratives, practices
from services.registry.domain import ReviewOutcome
from services.registry.schemas import PracticeHit, PracticeLinks, PracticePage, ReviewLanguage
from shared.auth import AnyCaller, PrincipalDep
from shared.principal import restricted_reader
from shared.reference import Level, PartnerKind, Theme
from shared.web.accept_language import AcceptLanguage
from shared.web.openapi import M49_AREA_PATTERN
from shared.web.service import UowDep

router = APIRouter(tags=["good practices"])


@router.get("/good-practices", response_model=PracticePage, dependencies=[AnyCaller])
async def search_good_practices(
    uow: UowDep,
    principal: PrincipalDep,
    response: Response,
    q: Annotated[str, Query(min_length=2, max_length=200, description='words, "phrases", -not')],
    theme: Theme | None = None,
    gcm_objective: Annotated[int | None, Query(ge=1, le=23)] = None,
    region: Annotated[
        str | None,
        Query(pattern=M49_AREA_PATTERN, description="a UN M49 area code, e.g. 011, 419"),
    ] = None,
    level: Level | None = None,
    partner_kind: PartnerKind | None = None,
    outcome: ReviewOutcome | None = None,
    language: ReviewLanguage | None = None,
    limit: Annotated[int, Query(ge=1, le=50)] = 20,
    offset: Annotated[int, Query(ge=0, le=1000)] = 0,
    accept_language: AcceptLanguage = None,
) -> PracticePage:
    """Concluded reviews matching `q`, best first, with highlighted passages (in the language
    that matched) and the partnership's lineage; its title in the language Accept-Language
    prefers. Who: any authenticated caller; reviews of a restricted partnership only for its
    members and the secretariat."""
    filters = practices.Filters(
        theme=theme.value if theme else None,
        gcm_objective=gcm_objective,
        region=region,
        level=level.value if level else None,
        partner_kind=partner_kind.value if partner_kind else None,
        outcome=outcome.value if outcome else None,
        language=language,
        restricted_member=restricted_reader(principal),
    )
    async with uow:
        rows = await practices.search(uow, q, filters, limit + 1, offset)
    hits = [
        PracticeHit(
            review_id=row["review_id"],
            partnership_id=row["partnership_id"],
            partnership_title=narratives.localise(
                accept_language,
                row["partnership_language"],
                {"title": row["partnership_title"]},
                row["partnership_translations"],
            ).texts["title"]
            or "",
            cycle=row["cycle"],
            outcome=row["outcome"],
            language=row["language"],
            concluded_at=row["concluded_at"],
            rank=row["rank"],
            snippets={
                field: row[f"{field}_snippet"]
                for field in practices.FIELDS
                if row[f"{field}_snippet"]
            },
            links=PracticeLinks(
                partnership=f"/partnerships/{row['partnership_id']}",
                replicated_from=row["replicated_from"],
                replicas=list(row["replicas"]),
            ),
        )
        for row in rows[:limit]
    ]
    response.headers["Vary"] = "Accept-Language"
    return PracticePage(items=hits, next_offset=offset + limit if len(rows) > limit else None)
