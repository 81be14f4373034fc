"""Joint commitments and reporting calendars: holders with shares, each report's holder, the
reporting frequency, and the day the sweep last went through a periodic commitment.

Existing commitments keep working unchanged: their responsible partner becomes their one holder,
each existing report is that holder's, and they report `once`.

Revision ID: c0002_joint_calendar
Revises: c0001_commitments
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "c0002_joint_calendar"
down_revision: str | None = "c0001_commitments"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "commitments",
        sa.Column("reporting_frequency", sa.Text, nullable=False, server_default="once"),
    )
    op.create_check_constraint(
        "commitments_reporting_frequency",
        "commitments",
        "reporting_frequency IN ('once', 'quarterly', 'semi_annual', 'annual')",
    )
    op.add_column("commitments", sa.Column("notices_checked_on", sa.Date, nullable=True))

    op.create_table(
        "commitment_holders",
        sa.Column("commitment_id", sa.Text, sa.ForeignKey("commitments.id"), primary_key=True),
        sa.Column("partner_id", sa.Text, primary_key=True),
        # 0 is the responsible partner; the rest in the order the partnership names them.
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("share", sa.Numeric, nullable=True),
    )
    op.create_index("commitment_holders_partner", "commitment_holders", ["partner_id"])
    op.execute(
        "INSERT INTO commitment_holders (commitment_id, partner_id, position)"
        " SELECT id, responsible_partner_id, 0 FROM commitments"
    )

    op.add_column("progress_reports", sa.Column("holder_id", sa.Text, nullable=True))
    op.execute(
        "UPDATE progress_reports r SET holder_id = c.responsible_partner_id"
        " FROM commitments c WHERE c.id = r.commitment_id"
    )
    op.alter_column("progress_reports", "holder_id", nullable=False)


def downgrade() -> None:
    op.drop_column("progress_reports", "holder_id")
    op.drop_table("commitment_holders")
    op.drop_column("commitments", "notices_checked_on")
    op.drop_constraint("commitments_reporting_frequency", "commitments")
    op.drop_column("commitments", "reporting_frequency")
