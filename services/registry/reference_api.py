"""HTTP routes serving the reference lists: what partnerships are described and validated with.

Each list is fixed for a release, so its JSON is built once per process and sent with a strong
ETag; a caller that sends it back in If-None-Match gets 304 and no body.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from enum import StrEnum
from functools import cache
from typing import Any

from fastapi import APIRouter, Request, Response
from pydantic import BaseModel

from services.registry.reference_schemas import (
    AreaRead,
    CountryRead,
    GcmObjectiveRead,
    PlatformRead,
    ReferenceIndex,
    SdgGoalRead,
    SdgTargetRead,
    VocabularyTerm,
)
from shared.auth import AnyCaller
from shared.reference import m49, sdg
from shared.reference.countries import COUNTRY_CODES
from shared.reference.gcm import GCM_OBJECTIVES, objective_titles
from shared.reference.platforms import PLATFORMS
from shared.reference.vocabularies import CountryRole, Level, PartnerKind, Theme, label
from shared.web.conditional import cached_json

router = APIRouter(prefix="/reference", tags=["reference"], dependencies=[AnyCaller])


def _terms(vocabulary: type[StrEnum]) -> list[VocabularyTerm]:
    return [VocabularyTerm(code=term.value, label=label(term)) for term in vocabulary]


def _area(area: m49.Area, children: Sequence[m49.Area]) -> AreaRead:
    inner = [child for child in children if child.parent == area.code]
    return AreaRead(
        code=area.code,
        name=area.name,
        countries=m49.countries_in(area.code),
        areas=[_area(child, m49.INTERMEDIATE_REGIONS) for child in inner],
    )


def _countries() -> list[CountryRead]:
    reads = []
    for code in sorted(COUNTRY_CODES):
        place = m49.PLACES.get(code)
        reads.append(
            CountryRead(
                code=code,
                region=place.region if place else None,
                sub_region=place.sub_region if place else None,
                intermediate_region=place.intermediate_region if place else None,
            )
        )
    return reads


_LISTS: dict[str, Callable[[], Sequence[BaseModel]]] = {
    "gcm-objectives": lambda: [
        GcmObjectiveRead(number=n, titles=objective_titles(n)) for n in GCM_OBJECTIVES
    ],
    "themes": lambda: _terms(Theme),
    "levels": lambda: _terms(Level),
    "partner-kinds": lambda: _terms(PartnerKind),
    "country-roles": lambda: _terms(CountryRole),
    "sdg-goals": lambda: [
        SdgGoalRead(number=n, title=title) for n, title in sdg.SDG_GOAL_TITLES.items()
    ],
    "sdg-targets": lambda: [SdgTargetRead(**target.__dict__) for target in sdg.sdg_targets()],
    "regions": lambda: [_area(region, m49.SUB_REGIONS) for region in m49.REGIONS],
    "countries": _countries,
    "platforms": lambda: [
        PlatformRead(code=p.code, name=p.name, kind=p.kind.value, regions=list(p.regions))
        for p in PLATFORMS
    ],
}


LIST_NAMES: tuple[str, ...] = tuple(_LISTS)


@cache
def _body(name: str) -> bytes:
    if name == "":
        index = ReferenceIndex(lists={list_name: f"/reference/{list_name}" for list_name in _LISTS})
        return index.model_dump_json().encode()
    items = [item.model_dump(mode="json") for item in _LISTS[name]()]
    return json.dumps(items, ensure_ascii=False, separators=(",", ":")).encode()


def _route(name: str, model: Any, summary: str) -> None:
    async def serve(request: Request) -> Response:
        return cached_json(request, _body(name))

    serve.__doc__ = f"{summary} Who: any authenticated caller (ETag; If-None-Match → 304)."
    router.add_api_route(
        f"/{name}" if name else "",
        serve,
        methods=["GET"],
        response_model=model,
        name=f"reference_{name.replace('-', '_') or 'index'}",
        summary=summary,
    )


_route("", ReferenceIndex, "Every reference list and where it is served.")
_route("gcm-objectives", list[GcmObjectiveRead], "The 23 GCM objectives, titled in en, es, fr.")
_route("themes", list[VocabularyTerm], "The six themes.")
_route("levels", list[VocabularyTerm], "The levels a partnership works at.")
_route("partner-kinds", list[VocabularyTerm], "The kinds of partner organisation.")
_route(
    "country-roles",
    list[VocabularyTerm],
    "The roles a country plays: origin, transit, destination.",
)
_route("sdg-goals", list[SdgGoalRead], "The 17 Sustainable Development Goals.")
_route("sdg-targets", list[SdgTargetRead], "The 169 SDG targets; migration-relevant ones titled.")
_route("regions", list[AreaRead], "UN M49 regions, sub-regions and their countries.")
_route("countries", list[CountryRead], "ISO 3166-1 alpha-2 countries with their M49 areas.")
_route("platforms", list[PlatformRead], "Consultation platforms: global fora and RCPs by name.")
