"""Consent of named organisations: one invitation per (partnership, organisation it names other
than its owner), open until the organisation accepts or declines over REST.

Partnerships drafted before this revision have no invitations: a member of such a draft is
invited when the owner next edits its members (see README, "Consent").

Revision ID: r0012_invitations
Revises: r0011_amendments
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "r0012_invitations"
down_revision: str | None = "r0011_amendments"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "partnership_invitations",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("partnership_id", sa.Text, sa.ForeignKey("partnerships.id"), nullable=False),
        sa.Column("partner_id", sa.Text, sa.ForeignKey("partners.id"), nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("answered_by_client_id", sa.Text, nullable=True),
        sa.Column("reason", sa.Text, nullable=True),
        sa.UniqueConstraint("partnership_id", "partner_id"),
        sa.CheckConstraint(
            "status IN ('open', 'accepted', 'declined', 'withdrawn')",
            name="partnership_invitations_status_known",
        ),
    )
    # GET /invitations lists an organisation's invitations, newest first.
    op.create_index(
        "partnership_invitations_partner",
        "partnership_invitations",
        ["partner_id", "created_at"],
    )


def downgrade() -> None:
    op.drop_index("partnership_invitations_partner", table_name="partnership_invitations")
    op.drop_table("partnership_invitations")
