"""Multilingual narratives: a partnership's default language and its title and summary in other
languages; a concluded review's texts in other languages. Both searched in every language given.

A partnership's `search` (the list's `q`, simple configuration) adds every translated string. A
review's `search` adds each translation with its own language's configuration (`alianza_es` for
the Spanish one, …; made by r0006) at the weights of the original fields, plus its words as
written (simple, D), so good-practice search finds a review by any of its languages.

Revision ID: r0008_translations
Revises: r0007_review_rounds
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision: str = "r0008_translations"
down_revision: str | None = "r0007_review_rounds"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The languages of shared/reference/languages.py, with their configurations. A migration keeps
# its own copy: it must build the same columns whatever the list becomes later.
CONFIGURATIONS = {"en": "alianza_en", "es": "alianza_es", "fr": "alianza_fr"}
WEIGHTS = {"good_practices": "A", "lessons_learned": "B", "findings": "C", "challenges": "C"}

PARTNERSHIP_SEARCH_BEFORE = "to_tsvector('simple', title || ' ' || summary)"
PARTNERSHIP_SEARCH = (
    f"{PARTNERSHIP_SEARCH_BEFORE} || jsonb_to_tsvector('simple'::regconfig, translations,"
    " '[\"string\"]')"
)

REVIEW_SEARCH_BEFORE = """
    setweight(to_tsvector(review_search_config(language), coalesce(good_practices, '')), 'A')
    || setweight(to_tsvector(review_search_config(language), coalesce(lessons_learned, '')), 'B')
    || setweight(to_tsvector(review_search_config(language), coalesce(findings, '')), 'C')
    || setweight(to_tsvector(review_search_config(language), coalesce(challenges, '')), 'C')
    || setweight(to_tsvector('alianza_simple'::regconfig, coalesce(good_practices, '') || ' '
        || coalesce(lessons_learned, '') || ' ' || coalesce(findings, '') || ' '
        || coalesce(challenges, '')), 'D')
"""
REVIEW_SEARCH = (
    REVIEW_SEARCH_BEFORE
    + "".join(
        f"    || setweight(to_tsvector('{config}'::regconfig,"
        f" coalesce(translations -> '{language}' ->> '{field}', '')), '{weight}')\n"
        for language, config in CONFIGURATIONS.items()
        for field, weight in WEIGHTS.items()
    )
    + "    || setweight(jsonb_to_tsvector('alianza_simple'::regconfig, translations,"
    " '[\"string\"]'), 'D')\n"
)


def _replace_search(table: str, index: str, expression: str, where: str | None) -> None:
    # A generated column's expression cannot be altered before PostgreSQL 17: drop and re-add it.
    op.drop_index(index, table_name=table)
    op.drop_column(table, "search")
    op.execute(
        f"ALTER TABLE {table} ADD COLUMN search tsvector GENERATED ALWAYS AS ({expression}) STORED"
    )
    op.execute(
        f"CREATE INDEX {index} ON {table} USING gin (search)" + (f" WHERE {where}" if where else "")
    )


def upgrade() -> None:
    op.add_column(
        "partnerships", sa.Column("language", sa.Text, nullable=False, server_default="en")
    )
    op.add_column(
        "partnerships",
        sa.Column("translations", JSONB, nullable=False, server_default=sa.text("'{}'::jsonb")),
    )
    op.add_column(
        "partnership_reviews",
        sa.Column("translations", JSONB, nullable=False, server_default=sa.text("'{}'::jsonb")),
    )
    _replace_search("partnerships", "partnerships_search", PARTNERSHIP_SEARCH, None)
    _replace_search(
        "partnership_reviews",
        "partnership_reviews_search",
        REVIEW_SEARCH,
        "concluded_at IS NOT NULL",
    )


def downgrade() -> None:
    _replace_search(
        "partnership_reviews",
        "partnership_reviews_search",
        REVIEW_SEARCH_BEFORE,
        "concluded_at IS NOT NULL",
    )
    _replace_search("partnerships", "partnerships_search", PARTNERSHIP_SEARCH_BEFORE, None)
    op.drop_column("partnership_reviews", "translations")
    op.drop_column("partnerships", "translations")
    op.drop_column("partnerships", "language")
