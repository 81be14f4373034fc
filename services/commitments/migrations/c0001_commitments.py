"""Commitments: the partnership read copy, tracked commitments, progress, notices and dossiers.

Revision ID: c0001_commitments
Revises: delivery_0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import ARRAY, JSONB

revision: str = "c0001_commitments"
down_revision: str | None = "delivery_0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _timestamp(name: str) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now())


def upgrade() -> None:
    op.create_table(
        "partnership_copies",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("themes", ARRAY(sa.Text), nullable=False),
        sa.Column("gcm_objectives", ARRAY(sa.Integer), nullable=False),
        sa.Column("snapshot", JSONB, nullable=False),
        _timestamp("updated_at"),
    )
    for column in ("themes", "gcm_objectives"):
        op.create_index(
            f"partnership_copies_{column}", "partnership_copies", [column], postgresql_using="gin"
        )

    # No foreign key to partnership_copies: the copy follows the registry's events and is not
    # ours to constrain; the commitment row stands on the adoption event alone.
    op.create_table(
        "commitments",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("partnership_id", sa.Text, nullable=False),
        sa.Column("responsible_partner_id", sa.Text, nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("indicator", sa.Text, nullable=False),
        sa.Column("unit", sa.Text, nullable=False),
        sa.Column("baseline", sa.Numeric, nullable=False),
        sa.Column("target", sa.Numeric, nullable=False),
        sa.Column("start_date", sa.Date, nullable=False),
        sa.Column("due_date", sa.Date, nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("state", sa.Text, nullable=False),
        sa.Column("achieved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        _timestamp("created_at"),
        _timestamp("updated_at"),
        sa.CheckConstraint("state IN ('open', 'closed')", name="commitments_state"),
    )
    # The list order (newest first, id as tie-break) is also the cursor's order.
    op.create_index("commitments_order", "commitments", ["created_at", "id"])
    op.create_index("commitments_partnership", "commitments", ["partnership_id"])
    op.create_index("commitments_responsible", "commitments", ["responsible_partner_id"])
    # The sweep only ever looks at open commitments, by due date.
    op.create_index(
        "commitments_open_due",
        "commitments",
        ["due_date"],
        postgresql_where=sa.text("state = 'open'"),
    )

    op.create_table(
        "progress_reports",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("seq", sa.BigInteger, sa.Identity(always=False), nullable=False, unique=True),
        sa.Column("commitment_id", sa.Text, sa.ForeignKey("commitments.id"), nullable=False),
        sa.Column("period_end", sa.Date, nullable=False),
        sa.Column("value", sa.Numeric, nullable=False),
        sa.Column("unit", sa.Text, nullable=False),
        sa.Column("narrative", sa.Text, nullable=False),
        sa.Column("evidence_links", ARRAY(sa.Text), nullable=False),
        sa.Column("reported_by_client_id", sa.Text, nullable=False),
        sa.Column("reported_by_organisation_id", sa.Text, nullable=True),
        sa.Column("status_after", sa.Text, nullable=False),
        sa.Column("event_id", sa.Text, nullable=True),
        _timestamp("created_at"),
    )
    op.create_index(
        "progress_reports_commitment", "progress_reports", ["commitment_id", "created_at", "id"]
    )

    op.create_table(
        "commitment_notices",
        sa.Column("id", sa.BigInteger, sa.Identity(always=False), primary_key=True),
        sa.Column("commitment_id", sa.Text, sa.ForeignKey("commitments.id"), nullable=False),
        sa.Column("due_date", sa.Date, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("event_id", sa.Text, nullable=False),
        _timestamp("sent_at"),
        # The sweep's exactly-once: a second run (or one that died halfway) hits this key.
        sa.UniqueConstraint("commitment_id", "due_date", "kind"),
    )

    op.create_table(
        "dossiers",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("partnership_id", sa.Text, nullable=False),
        sa.Column("review_id", sa.Text, nullable=False, unique=True),
        sa.Column("cycle", sa.Integer, nullable=False),
        sa.Column("compiled_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("body", JSONB, nullable=False),
    )
    op.create_index("dossiers_partnership", "dossiers", ["partnership_id", "compiled_at"])


def downgrade() -> None:
    op.drop_table("dossiers")
    op.drop_table("commitment_notices")
    op.drop_table("progress_reports")
    op.drop_table("commitments")
    op.drop_table("partnership_copies")
