"""The clock the commitments service reads "today" from: the system's, optionally shifted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...

    def today(self) -> date: ...


@dataclass(frozen=True)
class SystemClock:
    """UTC wall-clock time moved by `offset_days`; due dates are calendar days in UTC."""

    offset_days: int = 0

    def now(self) -> datetime:
        return datetime.now(UTC) + timedelta(days=self.offset_days)

    def today(self) -> date:
        return self.now().date()


@dataclass(frozen=True)
class FixedClock:
    """A clock that always reads `at`; for tests and for replaying a given day."""

    at: datetime

    def now(self) -> datetime:
        return self.at

    def today(self) -> date:
        return self.at.date()
