"""Dates and times as the API documents them: text (`format: date` / `date-time`), never the
number Pydantic would otherwise read as seconds since 1970, and dates within years 1 to 9998 so a
day can always be added or subtracted without overflowing (a 422, not a 500)."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
LATEST = date(9998, 12, 31)


def _iso_date_text(value: object) -> object:
    if isinstance(value, str) and not _ISO_DATE.fullmatch(value):
        raise ValueError("not a date as YYYY-MM-DD")
    if not isinstance(value, str | date):
        raise ValueError("not a date as YYYY-MM-DD")
    return value


def _not_after_latest(value: date) -> date:
    if value > LATEST:
        raise ValueError(f"must not be after {LATEST.isoformat()}")
    return value


def _date_time_text(value: object) -> object:
    if not isinstance(value, str | datetime):
        raise ValueError("an RFC 3339 date-time with its offset, e.g. 2026-01-01T00:00:00Z")
    return value


IsoDate = Annotated[date, BeforeValidator(_iso_date_text), AfterValidator(_not_after_latest)]
Timestamp = Annotated[datetime, BeforeValidator(_date_time_text)]
