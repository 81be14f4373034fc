"""Every lifecycle decision may carry a reason (required to reject or return for revision).

Revision ID: r0005_decision_reasons
Revises: r0004_sealed_rotating_keys
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "r0005_decision_reasons"
down_revision: str | None = "r0004_sealed_rotating_keys"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("partnership_transitions", sa.Column("reason", sa.Text, nullable=True))


def downgrade() -> None:
    op.drop_column("partnership_transitions", "reason")
