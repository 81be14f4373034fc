"""Clients the registry disabled, as every service learns them from `client.disabled` events.

Revision ID: delivery_0004
Revises: delivery_0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "delivery_0004"
down_revision: str | None = "delivery_0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "disabled_clients",
        sa.Column("client_id", sa.Text, primary_key=True),
        sa.Column("disabled_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("disabled_clients")
