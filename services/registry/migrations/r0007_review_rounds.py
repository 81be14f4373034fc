"""Review rounds: a reporting period and a scope whose opening opens the review of every
implementing partnership in scope; each review remembers its round.

Revision ID: r0007_review_rounds
Revises: r0006_review_search
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision: str = "r0007_review_rounds"
down_revision: str | None = "r0006_review_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "review_rounds",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("period_start", sa.Date, nullable=False),
        sa.Column("period_end", sa.Date, nullable=False),
        sa.Column("scope", JSONB, nullable=False),
        sa.Column("opened_by_client_id", sa.Text, nullable=False),
        sa.Column(
            "opened_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.add_column(
        "partnership_reviews",
        sa.Column("round_id", sa.Text, sa.ForeignKey("review_rounds.id"), nullable=True),
    )
    op.create_index(
        "partnership_reviews_round",
        "partnership_reviews",
        ["round_id"],
        postgresql_where=sa.text("round_id IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index("partnership_reviews_round", table_name="partnership_reviews")
    op.drop_column("partnership_reviews", "round_id")
    op.drop_table("review_rounds")
