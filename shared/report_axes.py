"""The axes reports count partnerships (and their commitments) by, read from a partnership as the
registry describes it, and reports written as CSV when the caller asks for it.

Written once for every service: the registry counts the partnerships it owns, the commitments
service the commitments it owns, both along the same axes of the same partnership shape.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Annotated, Any

from fastapi import Depends, Query, Request, Response

from shared.reference import GCM_OBJECTIVE_TITLES, PLATFORMS, SDG_GOAL_TITLES, m49
from shared.reference.vocabularies import CountryRole, humanise
from shared.web.dates import IsoDate
from shared.web.problems import InvalidInput


class Axis(StrEnum):
    GCM_OBJECTIVE = "gcm_objective"
    SDG_TARGET = "sdg_target"
    SDG_GOAL = "sdg_goal"
    THEME = "theme"
    LEVEL = "level"
    REGION = "region"
    SUB_REGION = "sub_region"
    COUNTRY = "country"
    PARTNER_KIND = "partner_kind"
    PLATFORM = "platform"
    STATUS = "status"


NONE = "none"  # the key of a partnership that names nothing on an axis (no platform, no country)


def _countries(partnership: Mapping[str, Any], role: str | None) -> list[str]:
    return sorted(
        {
            c["code"]
            for c in partnership.get("countries", [])
            if role is None or c.get("role") == role
        }
    )


def _places(countries: Iterable[str], level: str) -> list[str]:
    keys = set()
    for code in countries:
        place = m49.PLACES.get(code)
        keys.add(getattr(place, level) if place else m49.UNASSIGNED)
    return sorted(keys)


def keys_for(
    axis: Axis, partnership: Mapping[str, Any], country_role: str | None = None
) -> list[str]:
    """The keys one partnership counts under on `axis`: once per key, however often it names it.

    A partnership with several objectives (countries, kinds ...) counts under each, so the rows
    of a report add up to more than its total; one naming none counts under `none`.
    `country_role` (origin, transit, destination) narrows the geographic axes to that role.
    """
    match axis:
        case Axis.GCM_OBJECTIVE:
            keys = [str(n) for n in sorted(set(partnership.get("gcm_objectives", [])))]
        case Axis.SDG_TARGET:
            keys = sorted(set(partnership.get("sdg_targets", [])))
        case Axis.SDG_GOAL:
            keys = sorted({t.split(".")[0] for t in partnership.get("sdg_targets", [])}, key=int)
        case Axis.THEME:
            keys = sorted(set(partnership.get("themes", [])))
        case Axis.LEVEL:
            keys = [partnership["level"]]
        case Axis.STATUS:
            keys = [partnership["status"]]
        case Axis.COUNTRY:
            keys = _countries(partnership, country_role)
        case Axis.REGION:
            keys = _places(_countries(partnership, country_role), "region")
        case Axis.SUB_REGION:
            keys = _places(_countries(partnership, country_role), "sub_region")
        case Axis.PARTNER_KIND:
            keys = sorted({m["kind"] for m in partnership.get("members", []) if m.get("kind")})
        case Axis.PLATFORM:
            platform = partnership.get("consultation_platform")
            keys = [platform] if platform else []
    return keys or [NONE]


def wants_csv(request: Request) -> bool:
    """Whether the caller prefers CSV: `Accept: text/csv` (JSON stays the default)."""
    return "text/csv" in request.headers.get("accept", "")


def csv_response(
    columns: Sequence[str], rows: Iterable[Mapping[str, Any]], filename: str
) -> Response:
    """Rows as CSV with a header line; cells that would start a spreadsheet formula are quoted
    with a leading apostrophe, since these files are opened in spreadsheets."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(column)) for column in columns])
    return Response(
        content=out.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@") and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def label_for(axis: Axis, key: str) -> str:
    """A readable English name for a report row's key (the code itself where there is none)."""
    if key == NONE:
        return "none named"
    if key == m49.UNASSIGNED:
        return "in no M49 region"
    match axis:
        case Axis.GCM_OBJECTIVE:
            return GCM_OBJECTIVE_TITLES[int(key)]
        case Axis.SDG_GOAL:
            return SDG_GOAL_TITLES[int(key)]
        case Axis.REGION | Axis.SUB_REGION:
            return m49.area(key).name
        case Axis.PLATFORM:
            return _PLATFORM_NAMES.get(key, key)
        case Axis.THEME | Axis.LEVEL | Axis.PARTNER_KIND | Axis.STATUS:
            return humanise(key)
        case _:
            return key


_PLATFORM_NAMES = {platform.code: platform.name for platform in PLATFORMS}


@dataclass(frozen=True)
class ReportQuery:
    """What every report is asked for: a reporting period, one axis, optionally a country role."""

    period_start: date
    period_end: date
    by: Axis
    country_role: str | None


def report_query(
    period_start: Annotated[IsoDate, Query(description="first day of the reporting period")],
    period_end: Annotated[IsoDate, Query(description="last day of the reporting period")],
    by: Axis,
    country_role: Annotated[
        CountryRole | None, Query(description="count countries and regions in this role only")
    ] = None,
) -> ReportQuery:
    """The report's query parameters (a FastAPI dependency); a period ending before it starts is
    a 422 naming `period_end`."""
    if period_end < period_start:
        raise InvalidInput(
            [{"field": "query:period_end", "message": "must not be before period_start"}]
        )
    return ReportQuery(period_start, period_end, by, country_role.value if country_role else None)


ReportQueryDep = Annotated[ReportQuery, Depends(report_query)]
