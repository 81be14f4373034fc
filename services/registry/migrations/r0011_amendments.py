"""Amendments after adoption, and every version of a partnership kept whole so it can be read
back. Existing partnerships get their current version recorded (earlier ones were never kept).

Revision ID: r0011_amendments
Revises: r0010_classification
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision: str = "r0011_amendments"
down_revision: str | None = "r0010_classification"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "partnership_versions",
        sa.Column("partnership_id", sa.Text, primary_key=True),
        sa.Column("version", sa.Integer, primary_key=True),
        sa.Column("record", JSONB, nullable=False),
        sa.Column(
            "recorded_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
    )
    op.create_table(
        "partnership_amendments",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("partnership_id", sa.Text, nullable=False, index=True),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("changes", JSONB, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("base_version", sa.Integer, nullable=False),
        sa.Column("proposed_by_client_id", sa.Text, nullable=False),
        sa.Column(
            "proposed_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
        sa.Column("decided_by_client_id", sa.Text, nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decision_reason", sa.Text, nullable=True),
        sa.Column("resulting_version", sa.Integer, nullable=True),
        sa.CheckConstraint(
            "status IN ('proposed', 'approved', 'rejected')", name="amendment_status_known"
        ),
    )
    # At most one amendment waits per partnership: the secretariat decides on one change at a time.
    op.create_index(
        "one_open_amendment",
        "partnership_amendments",
        ["partnership_id"],
        unique=True,
        postgresql_where=sa.text("status = 'proposed'"),
    )
    op.execute(
        "INSERT INTO partnership_versions (partnership_id, version, record)"
        " SELECT id, version, to_jsonb(p) - 'search' FROM partnerships p"
    )


def downgrade() -> None:
    op.drop_table("partnership_amendments")
    op.drop_table("partnership_versions")
