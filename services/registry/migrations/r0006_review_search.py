"""Concluded reviews searchable across partnerships: a review's language and challenges, and a
full-text vector over what it found, in the language it was written in, accents ignored.

Four text search configurations are made here (`alianza_simple`, `alianza_en`, `alianza_es`,
`alianza_fr`): each runs `unaccent` before the language's stemmer, so "migración" and
"migracion" are one word, and ts_headline still shows the text as written.

Revision ID: r0006_review_search
Revises: r0005_decision_reasons
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "r0006_review_search"
down_revision: str | None = "r0005_decision_reasons"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CONFIGS = {"alianza_simple": "simple", "alianza_en": "english", "alianza_es": "spanish",
           "alianza_fr": "french"}  # fmt: skip


def upgrade() -> None:
    # unaccent is a trusted extension: the database's owner may create it.
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    for name, base in CONFIGS.items():
        op.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{base})")
        op.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR hword, hword_part, word"
            f" WITH unaccent, {'simple' if base == 'simple' else base + '_stem'}"
        )
    op.execute(
        """
        CREATE FUNCTION review_search_config(language text) RETURNS regconfig
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
            SELECT CASE language
                WHEN 'en' THEN 'alianza_en'::regconfig
                WHEN 'es' THEN 'alianza_es'::regconfig
                WHEN 'fr' THEN 'alianza_fr'::regconfig
                ELSE 'alianza_simple'::regconfig
            END
        $$
        """
    )
    op.add_column("partnership_reviews", sa.Column("challenges", sa.Text, nullable=True))
    op.add_column("partnership_reviews", sa.Column("language", sa.Text, nullable=True))
    # Good practices weigh most, then lessons, then findings and challenges. The simple
    # configuration's words are added too, so a query matches a word as written even where the
    # language's stemmer would have changed it.
    op.execute(
        """
        ALTER TABLE partnership_reviews ADD COLUMN search tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector(review_search_config(language), coalesce(good_practices, '')), 'A')
            || setweight(to_tsvector(review_search_config(language), coalesce(lessons_learned, '')), 'B')
            || setweight(to_tsvector(review_search_config(language), coalesce(findings, '')), 'C')
            || setweight(to_tsvector(review_search_config(language), coalesce(challenges, '')), 'C')
            || setweight(to_tsvector('alianza_simple'::regconfig, coalesce(good_practices, '') || ' '
                || coalesce(lessons_learned, '') || ' ' || coalesce(findings, '') || ' '
                || coalesce(challenges, '')), 'D')
        ) STORED
        """
    )
    op.execute(
        "CREATE INDEX partnership_reviews_search ON partnership_reviews USING gin (search)"
        " WHERE concluded_at IS NOT NULL"
    )


def downgrade() -> None:
    op.drop_index("partnership_reviews_search", table_name="partnership_reviews")
    op.drop_column("partnership_reviews", "search")
    op.drop_column("partnership_reviews", "language")
    op.drop_column("partnership_reviews", "challenges")
    op.execute("DROP FUNCTION review_search_config(text)")
    for name in CONFIGS:
        op.execute(f"DROP TEXT SEARCH CONFIGURATION {name}")
