"""Search of what concluded reviews learnt — good practices, lessons, findings, challenges —
across partnerships, in the language each review was written in, accents ignored.

The query is parsed in every configuration (simple, English, Spanish, French; each unaccents
before stemming, see migration r0006) and the alternatives are OR-ed, so a Spanish query finds
a Spanish review by its stems without the caller naming a language. A review's translations
are in its vector too, each with its own language's configuration (migration r0008), so the
Spanish translation of an English review is found in Spanish. Ranked by ts_rank_cd over the
weighted vector (good practices first), newest conclusion breaking ties.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from shared.reference import LANGUAGES, m49
from shared.uow import UnitOfWork

FIELDS = ("good_practices", "lessons_learned", "findings", "challenges")
_HEADLINE = "StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=30, MinWords=8"


@dataclass(frozen=True)
class Filters:
    theme: str | None = None
    gcm_objective: int | None = None
    region: str | None = None  # any M49 area code
    level: str | None = None
    partner_kind: str | None = None
    outcome: str | None = None
    language: str | None = None
    # Whose restricted partnerships' reviews the reader may see: `None` for every one (the
    # secretariat), else those of which this organisation is a member ("" for none at all).
    restricted_member: str | None = ""


def _matching_headline(text: str, config: str) -> str:
    """SQL: `text`'s passages around the query's words, when they are in it (else NULL)."""
    return (
        f"CASE WHEN coalesce({text}, '') <> '' AND to_tsvector({config}, {text})"
        f" || to_tsvector('alianza_simple', {text}) @@ q.query"
        f" THEN ts_headline({config}, {text}, q.query, '{_HEADLINE}') END"
    )


def _snippet(field: str) -> str:
    """SQL: a field's snippet from the text as written, else from the first translation that
    matched (a review found through its translation shows the passage that was found)."""
    translated = [
        _matching_headline(
            f"(r.translations -> '{language}' ->> '{field}')", f"'alianza_{language}'"
        )
        for language in LANGUAGES
    ]
    original = _matching_headline(f"r.{field}", "review_search_config(r.language)")
    return f"coalesce({', '.join([original, *translated])})"


def _sql(filters: Filters) -> str:
    conditions = ["r.concluded_at IS NOT NULL", "r.search @@ q.query"]
    if filters.restricted_member is not None:
        conditions.append(
            "(p.classification = 'public' OR p.partner_ids @> ARRAY[CAST(:member AS text)])"
        )
    if filters.theme:
        conditions.append("p.themes @> ARRAY[:theme]::text[]")
    if filters.gcm_objective:
        conditions.append("p.gcm_objectives @> ARRAY[:gcm_objective]::int[]")
    if filters.region:
        conditions.append("p.country_codes && :region_countries")
    if filters.level:
        conditions.append("p.level = :level")
    if filters.partner_kind:
        conditions.append(
            "p.members @> jsonb_build_array(jsonb_build_object('kind', CAST(:kind AS text)))"
        )
    if filters.outcome:
        conditions.append("r.outcome = :outcome")
    if filters.language:
        # Readable in that language: written in it, or translated into it.
        conditions.append(
            "(r.language = :language OR r.translations -> CAST(:language AS text) IS NOT NULL)"
        )
    headlines = ",\n".join(f"{_snippet(field)} AS {field}_snippet" for field in FIELDS)
    # Conditions and headlines are fixed strings chosen above; every value is a bound parameter.
    return f"""
    WITH q AS (
        SELECT websearch_to_tsquery('alianza_simple', :q) || websearch_to_tsquery('alianza_en', :q)
            || websearch_to_tsquery('alianza_es', :q) || websearch_to_tsquery('alianza_fr', :q)
            AS query
    )
    SELECT r.id AS review_id, r.partnership_id, r.cycle, r.outcome, r.language, r.concluded_at,
        p.title AS partnership_title, p.language AS partnership_language,
        p.translations AS partnership_translations, p.replicated_from,
        ts_rank_cd(r.search, q.query) AS rank,
        {headlines},
        ARRAY(
            SELECT c.id FROM partnerships c
            WHERE c.replicated_from = p.id AND c.status <> 'draft' AND EXISTS (
                SELECT 1 FROM partnership_transitions t
                WHERE t.partnership_id = c.id AND t.action = 'propose')
            ORDER BY c.created_at, c.id
        ) AS replicas
    FROM partnership_reviews r JOIN partnerships p ON p.id = r.partnership_id, q
    WHERE {" AND ".join(conditions)}
    ORDER BY rank DESC, r.concluded_at DESC, r.id
    LIMIT :limit OFFSET :offset
    """  # noqa: S608 - no caller input in the text


async def search(
    uow: UnitOfWork, q: str, filters: Filters, limit: int, offset: int
) -> list[dict[str, Any]]:
    params: dict[str, Any] = {
        "q": q,
        "limit": limit,
        "offset": offset,
        "theme": filters.theme,
        "gcm_objective": filters.gcm_objective,
        "region_countries": m49.countries_in(filters.region) if filters.region else None,
        "level": filters.level,
        "kind": filters.partner_kind,
        "outcome": filters.outcome,
        "language": filters.language,
        "member": filters.restricted_member,
    }
    used = _sql(filters)
    bound = {name: value for name, value in params.items() if f":{name}" in used}
    rows = await uow.session.execute(text(used), bound)
    return [dict(row._mapping) for row in rows]
