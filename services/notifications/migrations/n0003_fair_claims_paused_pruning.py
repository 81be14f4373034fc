"""Fair claims across owners, paused deliveries of disabled subscriptions, pruning by age.

- `dispatch_turns`: when each owner (organisation, or client without one) was last served, so
  the dispatcher's claim goes to the owner served longest ago; `deliveries.owner` (copied from
  the subscription, which never changes owner) and an index of open deliveries per owner in
  due order, so that claim probes each owner's oldest due delivery instead of sorting them all.
- Open deliveries of a disabled subscription become `paused`: out of the partial indexes the
  claim scans (they are restored when the subscription is enabled again).
- `deliveries_finished`: finished deliveries by completion time, for pruning old history.

Revision ID: n0003_fair_claims_paused_pruning
Revises: n0002_attempts_by_time
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "n0003_fair_claims_paused_pruning"
down_revision: str | None = "n0002_attempts_by_time"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "dispatch_turns",
        sa.Column("owner", sa.Text, primary_key=True),
        sa.Column("served_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.add_column("deliveries", sa.Column("owner", sa.Text, nullable=True))
    op.execute(
        "UPDATE deliveries d SET owner = coalesce(s.owner_organisation_id,"
        " 'client:' || s.owner_client_id) FROM subscriptions s WHERE s.id = d.subscription_id"
    )
    op.alter_column("deliveries", "owner", nullable=False)
    op.create_index(
        "deliveries_due_per_owner",
        "deliveries",
        ["owner", "next_attempt_at", "seq"],
        postgresql_where=sa.text("status IN ('pending', 'retrying')"),
    )
    op.execute(
        "UPDATE deliveries d SET status = 'paused' FROM subscriptions s"
        " WHERE s.id = d.subscription_id AND NOT s.enabled"
        " AND d.status IN ('pending', 'retrying')"
    )
    op.create_index(
        "deliveries_finished",
        "deliveries",
        ["completed_at"],
        postgresql_where=sa.text("status IN ('succeeded', 'failed')"),
    )


def downgrade() -> None:
    op.drop_index("deliveries_finished", table_name="deliveries")
    op.drop_index("deliveries_due_per_owner", table_name="deliveries")
    op.drop_column("deliveries", "owner")
    op.execute(
        "UPDATE deliveries SET status = CASE WHEN attempts_in_cycle > 0"
        " THEN 'retrying' ELSE 'pending' END WHERE status = 'paused'"
    )
    op.drop_table("dispatch_turns")
