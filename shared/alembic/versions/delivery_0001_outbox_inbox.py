"""The outbox and inbox tables every service database has; each service's first revision follows it.

Revision ID: delivery_0001
Revises:
"""

from collections.abc import Sequence

from alembic import op

from shared.outbox import create_delivery_tables

revision: str = "delivery_0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_delivery_tables()


def downgrade() -> None:
    op.drop_table("inbox")
    op.drop_table("outbox")
