"""Partnerships, their lifecycle history and review cycles.

Revision ID: r0003_partnerships
Revises: r0002_identity
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import ARRAY, JSONB

revision: str = "r0003_partnerships"
down_revision: str | None = "r0002_identity"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _now() -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(
        "created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
    )


def upgrade() -> None:
    op.create_table(
        "partnerships",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("owner_organisation_id", sa.Text, sa.ForeignKey("partners.id"), nullable=False),
        sa.Column("lead_partner_id", sa.Text, sa.ForeignKey("partners.id"), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("level", sa.Text, nullable=False),
        sa.Column("members", JSONB, nullable=False),
        sa.Column("countries", JSONB, nullable=False),
        sa.Column("planned_commitments", JSONB, nullable=False),
        sa.Column("themes", ARRAY(sa.Text), nullable=False),
        sa.Column("policy_areas", ARRAY(sa.Text), nullable=False),
        sa.Column("gcm_objectives", ARRAY(sa.Integer), nullable=False),
        sa.Column("sdg_targets", ARRAY(sa.Text), nullable=False),
        sa.Column("country_codes", ARRAY(sa.Text), nullable=False),
        sa.Column("partner_ids", ARRAY(sa.Text), nullable=False),
        sa.Column("consultation_platform", sa.Text, nullable=True),
        sa.Column("replicated_from", sa.Text, sa.ForeignKey("partnerships.id"), nullable=True),
        sa.Column("review_cycle", sa.Integer, nullable=False, server_default="0"),
        _now(),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
        # Free-text search over title and summary, kept by PostgreSQL itself.
        sa.Column(
            "search",
            sa.dialects.postgresql.TSVECTOR,
            sa.Computed("to_tsvector('simple', title || ' ' || summary)", persisted=True),
        ),
    )
    # The list order (newest first, id as tie-break) is also the cursor's order.
    op.create_index("partnerships_order", "partnerships", ["created_at", "id"])
    op.create_index("partnerships_status", "partnerships", ["status", "created_at", "id"])
    for column in (
        "themes",
        "gcm_objectives",
        "sdg_targets",
        "country_codes",
        "partner_ids",
        "search",
    ):
        op.create_index(f"partnerships_{column}", "partnerships", [column], postgresql_using="gin")

    op.create_table(
        "partnership_transitions",
        sa.Column("id", sa.BigInteger, sa.Identity(always=False), primary_key=True),
        sa.Column("partnership_id", sa.Text, sa.ForeignKey("partnerships.id"), nullable=False),
        sa.Column("action", sa.Text, nullable=False),
        sa.Column("from_status", sa.Text, nullable=True),
        sa.Column("to_status", sa.Text, nullable=False),
        sa.Column("actor_client_id", sa.Text, nullable=False),
        sa.Column("actor_organisation_id", sa.Text, nullable=True),
        sa.Column("event_id", sa.Text, nullable=True),
        sa.Column(
            "occurred_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
    )
    op.create_index("transitions_partnership", "partnership_transitions", ["partnership_id", "id"])

    op.create_table(
        "partnership_reviews",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("partnership_id", sa.Text, sa.ForeignKey("partnerships.id"), nullable=False),
        sa.Column("cycle", sa.Integer, nullable=False),
        sa.Column(
            "opened_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
        sa.Column("concluded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("outcome", sa.Text, nullable=True),
        sa.Column("findings", sa.Text, nullable=True),
        sa.Column("lessons_learned", sa.Text, nullable=True),
        sa.Column("good_practices", sa.Text, nullable=True),
        sa.Column("dossier_id", sa.Text, nullable=True),
        sa.Column("dossier", JSONB, nullable=True),
        sa.UniqueConstraint("partnership_id", "cycle"),
    )


def downgrade() -> None:
    op.drop_table("partnership_reviews")
    op.drop_table("partnership_transitions")
    op.drop_table("partnerships")
