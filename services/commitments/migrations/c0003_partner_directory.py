"""The partner directory: each partner organisation's name and kind, from `partner.registered`,
so that exports (IATI participating organisations) can name the organisations.

Revision ID: c0003_partner_directory
Revises: c0002_joint_calendar
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "c0003_partner_directory"
down_revision: str | None = "c0002_joint_calendar"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "partner_directory",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("country", sa.String(2), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("partner_directory")
