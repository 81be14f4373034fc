"""Commitment results over a reporting period, counted along the same axes as the registry's
partnership reports (read from this service's copy of each partnership).

A commitment is *in* a period when its window (start to due date) overlaps it and it was not
closed before the period began. Its status is derived as it stood at the period's end: from the
readings of periods ended by then, with the period's end (or today, if earlier) as "today", so a
report on a past period does not change as later progress arrives.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

from services.commitments.domain import CommitmentStatus, Indicator, Part, Reading, assess
from services.commitments.models import Commitment, ProgressReport
from shared.report_axes import Axis, keys_for, label_for
from shared.reporting import ReportingFrequency


def in_period(commitment: Commitment, start: date, end: date) -> bool:
    if commitment.start_date > end or commitment.due_date < start:
        return False
    closed = commitment.closed_at
    return closed is None or closed >= datetime.combine(start, time(), tzinfo=UTC)


@dataclass(frozen=True)
class Standing:
    """One commitment as it stood at the end of the period."""

    status: CommitmentStatus
    reported_in_period: bool
    unit: str
    baseline: Decimal
    target: Decimal
    latest: Decimal  # the latest reading by the period's end, else the baseline


def standing(
    commitment: Commitment,
    holder_ids: Sequence[str],
    reports: Sequence[ProgressReport],
    start: date,
    end: date,
    today: date,
) -> Standing:
    """`reports` are the commitment's, in arrival order (a later one for a period corrects).

    The same rule as the commitment's own status (`domain.assess`): its holders' latest parts
    summed, overdue also when the latest ended period of its calendar went unreported."""
    parts = [
        Part(r.holder_id, Reading(r.period_end, r.value)) for r in reports if r.period_end <= end
    ]
    assessed = assess(
        Indicator(commitment.baseline, commitment.target, commitment.unit),
        commitment.start_date,
        commitment.due_date,
        ReportingFrequency(commitment.reporting_frequency),
        holder_ids,
        parts,
        min(end, today),
    )
    return Standing(
        status=assessed.status,
        reported_in_period=any(
            start <= part.reading.period_end <= end and part.holder_id in holder_ids
            for part in parts
        ),
        unit=commitment.unit,
        baseline=commitment.baseline,
        target=commitment.target,
        latest=assessed.value.value if assessed.value else commitment.baseline,
    )


@dataclass
class _Row:
    commitments: int = 0
    by_status: Counter[str] = field(default_factory=Counter)
    not_reported: int = 0
    totals: dict[str, dict[str, Any]] = field(default_factory=dict)

    def add(self, s: Standing) -> None:
        self.commitments += 1
        self.by_status[s.status.value] += 1
        self.not_reported += 0 if s.reported_in_period else 1
        # Indicator values are summed only within one unit: workers and USD never add up.
        total = self.totals.setdefault(
            s.unit,
            {
                "unit": s.unit,
                "commitments": 0,
                "baseline": Decimal(0),
                "target": Decimal(0),
                "latest": Decimal(0),
            },
        )
        total["commitments"] += 1
        total["baseline"] += s.baseline
        total["target"] += s.target
        total["latest"] += s.latest


def count(
    standings: Sequence[tuple[Standing, Mapping[str, Any]]],
    axis: Axis,
    country_role: str | None,
) -> dict[str, Any]:
    """The report body from each commitment's standing and its partnership's snapshot."""
    rows: dict[str, _Row] = defaultdict(_Row)
    everything = _Row()
    for commitment_standing, partnership in standings:
        everything.add(commitment_standing)
        for key in keys_for(axis, partnership, country_role):
            rows[key].add(commitment_standing)
    return {
        **_body(everything),
        "rows": [
            {"key": key, "label": label_for(axis, key), **_body(row)}
            for key, row in sorted(rows.items(), key=lambda item: (-item[1].commitments, item[0]))
        ],
    }


def _body(row: _Row) -> dict[str, Any]:
    return {
        "commitments": row.commitments,
        "by_status": {status.value: row.by_status[status.value] for status in CommitmentStatus},
        "not_reported": row.not_reported,
        "indicator_totals": sorted(row.totals.values(), key=lambda t: t["unit"]),
    }
