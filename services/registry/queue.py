"""The secretariat's work queue: what waits for its decision, oldest first.

Three kinds of work wait: a proposal (since it was last proposed: a proposal returned for
revision and proposed again waits from its new proposal), a review whose dossier the
commitments service has compiled and nobody has concluded (since the dossier was compiled), and
an amendment the owner proposed (since it was proposed).
Each item carries its age on the database's clock, so every API replica agrees.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlmodel.ext.asyncio.session import AsyncSession

# Fixed SQL; the filters are bound parameters (NULL: no filter). Ordered by (since, id), so a
# cursor naming the last item seen resumes exactly after it.
_QUEUE = text(
    """
    WITH waiting AS (
        SELECT 'proposal' AS kind, p.id AS partnership_id, p.title, p.owner_organisation_id,
               p.gcm_objectives, p.country_codes, NULL::text AS review_id, NULL::int AS cycle,
               NULL::text AS amendment_id,
               (SELECT max(t.occurred_at) FROM partnership_transitions t
                 WHERE t.partnership_id = p.id AND t.action = 'propose') AS since
          FROM partnerships p
         WHERE p.status = 'proposed'
        UNION ALL
        SELECT 'review', p.id, p.title, p.owner_organisation_id, p.gcm_objectives,
               p.country_codes, r.id, r.cycle, NULL, (r.dossier->>'compiled_at')::timestamptz
          FROM partnerships p JOIN partnership_reviews r ON r.partnership_id = p.id
         WHERE p.status = 'under_review' AND r.concluded_at IS NULL AND r.dossier IS NOT NULL
        UNION ALL
        SELECT 'amendment', p.id, p.title, p.owner_organisation_id, p.gcm_objectives,
               p.country_codes, NULL, NULL, a.id, a.proposed_at
          FROM partnerships p JOIN partnership_amendments a ON a.partnership_id = p.id
         WHERE a.status = 'proposed'
    )
    SELECT kind, partnership_id, title, owner_organisation_id, review_id, cycle, amendment_id,
           since,
           extract(epoch FROM statement_timestamp() - since) AS age_seconds
      FROM waiting
     WHERE (CAST(:objective AS int) IS NULL OR CAST(:objective AS int) = ANY(gcm_objectives))
       AND (CAST(:countries AS text[]) IS NULL OR country_codes && CAST(:countries AS text[]))
       AND (CAST(:after_since AS timestamptz) IS NULL
            OR (since, partnership_id || coalesce(review_id, amendment_id, ''))
               > (CAST(:after_since AS timestamptz), CAST(:after_id AS text)))
     ORDER BY since, partnership_id || coalesce(review_id, amendment_id, '')
     LIMIT :limit
    """
)


@dataclass(frozen=True)
class WaitingItem:
    kind: str  # proposal | review | amendment
    partnership_id: str
    title: str
    owner_organisation_id: str
    review_id: str | None
    cycle: int | None
    amendment_id: str | None
    since: datetime
    age_seconds: float

    @property
    def position(self) -> str:
        """The tie-breaker of the order: one partnership may wait in more than one way."""
        return self.partnership_id + (self.review_id or self.amendment_id or "")


async def waiting(
    session: AsyncSession,
    *,
    limit: int,
    gcm_objective: int | None = None,
    countries: list[str] | None = None,
    after: tuple[datetime, str] | None = None,
) -> list[WaitingItem]:
    params: dict[str, Any] = {
        "objective": gcm_objective,
        "countries": countries or None,
        "after_since": after[0] if after else None,
        "after_id": after[1] if after else None,
        "limit": limit,
    }
    rows = await session.execute(_QUEUE, params)
    return [
        WaitingItem(
            kind=row.kind,
            partnership_id=row.partnership_id,
            title=row.title,
            owner_organisation_id=row.owner_organisation_id,
            review_id=row.review_id,
            cycle=row.cycle,
            amendment_id=row.amendment_id,
            since=row.since,
            age_seconds=float(row.age_seconds),
        )
        for row in rows
    ]
