"""Webhook attempts by time, for the success rate and latency over a trailing window.

Revision ID: n0002_attempts_by_time
Revises: n0001_notifications
"""

from collections.abc import Sequence

from alembic import op

revision: str = "n0002_attempts_by_time"
down_revision: str | None = "n0001_notifications"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("delivery_attempts_time", "delivery_attempts", ["attempted_at"])


def downgrade() -> None:
    op.drop_index("delivery_attempts_time", table_name="delivery_attempts")
