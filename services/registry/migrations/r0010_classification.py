"""A partnership's classification: `public`, or `restricted` (its events travel thin and only its
members and the secretariat read it whole). Existing partnerships are public.

Revision ID: r0010_classification
Revises: r0009_partner_iati_ref
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "r0010_classification"
down_revision: str | None = "r0009_partner_iati_ref"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "partnerships",
        sa.Column("classification", sa.Text, nullable=False, server_default="public"),
    )
    op.create_check_constraint(
        "partnerships_classification_known",
        "partnerships",
        "classification IN ('public', 'restricted')",
    )


def downgrade() -> None:
    op.drop_constraint("partnerships_classification_known", "partnerships")
    op.drop_column("partnerships", "classification")
