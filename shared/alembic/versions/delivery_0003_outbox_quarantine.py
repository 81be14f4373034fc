"""Outbox rows that can never become a Kafka record are set aside with their reason.

Revision ID: delivery_0003
Revises: delivery_0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "delivery_0003"
down_revision: str | None = "delivery_0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("outbox", sa.Column("quarantined_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("outbox", sa.Column("quarantine_reason", sa.Text, nullable=True))
    # The relay asks, for every row it claims, whether an earlier row of its key is set aside;
    # normally there are none, so this index is empty and the question costs nothing.
    op.create_index(
        "outbox_quarantined_by_key",
        "outbox",
        ["key", "id"],
        postgresql_where=sa.text("quarantined_at IS NOT NULL AND published_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("outbox_quarantined_by_key", "outbox")
    op.drop_column("outbox", "quarantine_reason")
    op.drop_column("outbox", "quarantined_at")
