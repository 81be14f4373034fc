"""Reports over a reporting period: the partnerships that were public and not yet closed in it,
counted along one axis (objective, target, theme, level, region, partner kind, platform, status).

A partnership is *in* a period when it had been proposed by the period's end and had not reached
a final status (withdrawn, rejected, completed, discontinued) before its start. Its status is the
one it had at the period's end, read from its transitions, so a report on last year is the same
today as it was on the first of January.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import text

from services.registry import domain
from services.registry.domain import FINAL_STATUSES
from shared.report_axes import Axis, keys_for, label_for
from shared.uow import UnitOfWork

# Fixed SQL, parameters bound: the partnerships in the period with their status at its end.
_IN_PERIOD = text(
    """
    WITH public_since AS (
        SELECT partnership_id, min(occurred_at) AS since FROM partnership_transitions
        WHERE action = 'propose' GROUP BY partnership_id
    ), ended AS (
        SELECT partnership_id, min(occurred_at) AS at FROM partnership_transitions
        WHERE to_status = ANY(:finals) GROUP BY partnership_id
    ), status_at_end AS (
        SELECT DISTINCT ON (partnership_id) partnership_id, to_status FROM partnership_transitions
        WHERE occurred_at < :period_end ORDER BY partnership_id, occurred_at DESC, id DESC
    )
    SELECT p.id, p.level, p.themes, p.gcm_objectives, p.sdg_targets, p.countries, p.members,
           p.consultation_platform, s.to_status AS status
    FROM partnerships p
    JOIN public_since ps ON ps.partnership_id = p.id
    JOIN status_at_end s ON s.partnership_id = p.id
    LEFT JOIN ended e ON e.partnership_id = p.id
    WHERE ps.since < :period_end AND (e.at IS NULL OR e.at >= :period_start)
      -- A proposal returned for revision and still a draft at the period's end is its owner's
      -- work in progress, private like any draft: not counted.
      AND s.to_status <> 'draft'
    """
)


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive

    @property
    def bounds(self) -> tuple[datetime, datetime]:
        """[start of the first day, start of the day after the last) in UTC."""
        return (
            datetime.combine(self.start, time(), tzinfo=UTC),
            datetime.combine(self.end + timedelta(days=1), time(), tzinfo=UTC),
        )


async def partnerships_in(uow: UnitOfWork, period: Period) -> list[dict[str, Any]]:
    period_start, period_end = period.bounds
    rows = await uow.session.execute(
        _IN_PERIOD,
        {
            "finals": [status.value for status in FINAL_STATUSES],
            "period_start": period_start,
            "period_end": period_end,
        },
    )
    return [dict(row._mapping) for row in rows]


def count(
    partnerships: list[dict[str, Any]], axis: Axis, country_role: str | None
) -> dict[str, Any]:
    """The report body: totals, then one row per key, most partnerships first."""
    counter: Counter[str] = Counter()
    for partnership in partnerships:
        counter.update(keys_for(axis, partnership, country_role))
    total = len(partnerships)
    inclusive = sum(
        1
        for p in partnerships
        if any(m.get("kind") in domain.MIGRANT_OR_DIASPORA for m in p.get("members", []))
    )
    return {
        "total": total,
        "with_migrant_or_diaspora": inclusive,
        "rows": [
            {
                "key": key,
                "label": label_for(axis, key),
                "count": n,
                "share": round(n / total, 4) if total else 0.0,
            }
            for key, n in sorted(counter.items(), key=lambda item: (-item[1], item[0]))
        ],
    }
