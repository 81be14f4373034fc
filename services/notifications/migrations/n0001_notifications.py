"""Subscriptions, deliveries and their attempts, the partnership facts filters need, the inbox.

Revision ID: n0001_notifications
Revises: delivery_0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import ARRAY, JSONB

revision: str = "n0001_notifications"
down_revision: str | None = "delivery_0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _created() -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(
        "created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
    )


def _texts(name: str) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, ARRAY(sa.Text), nullable=False, server_default="{}")


def _integers(name: str) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, ARRAY(sa.Integer), nullable=False, server_default="{}")


def upgrade() -> None:
    op.create_table(
        "subscriptions",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("owner_client_id", sa.Text, nullable=False),
        sa.Column("owner_organisation_id", sa.Text, nullable=True),
        sa.Column("partner_scoped", sa.Boolean, nullable=False),
        sa.Column("target_url", sa.Text, nullable=False),
        sa.Column("description", sa.Text, nullable=False, server_default=""),
        _texts("event_types"),
        _texts("partnership_ids"),
        _texts("themes"),
        _integers("gcm_objectives"),
        _texts("countries"),
        _texts("levels"),
        sa.Column("secret", sa.Text, nullable=False),
        sa.Column("previous_secret", sa.Text, nullable=True),
        sa.Column("previous_secret_expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("enabled", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("disabled_reason", sa.Text, nullable=True),
        sa.Column("disabled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("failing_since", sa.DateTime(timezone=True), nullable=True),
        _created(),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
    )
    op.create_index("subscriptions_order", "subscriptions", ["created_at", "id"])
    op.create_index("subscriptions_organisation", "subscriptions", ["owner_organisation_id"])

    op.create_table(
        "deliveries",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("seq", sa.BigInteger, sa.Identity(always=False), nullable=False, unique=True),
        sa.Column(
            "subscription_id",
            sa.Text,
            sa.ForeignKey("subscriptions.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("event_id", sa.Text, nullable=False),
        sa.Column("event_type", sa.Text, nullable=False),
        sa.Column("partnership_id", sa.Text, nullable=False),
        sa.Column("envelope", JSONB, nullable=False),
        sa.Column("status", sa.Text, nullable=False, server_default="pending"),
        sa.Column("cycle", sa.Integer, nullable=False, server_default="1"),
        sa.Column("attempts_in_cycle", sa.Integer, nullable=False, server_default="0"),
        sa.Column("attempt_count", sa.Integer, nullable=False, server_default="0"),
        sa.Column(
            "next_attempt_at",
            sa.DateTime(timezone=True),
            nullable=False,
            server_default=sa.func.now(),
        ),
        sa.Column("last_status_code", sa.Integer, nullable=True),
        sa.Column("last_error", sa.Text, nullable=True),
        _created(),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        # One event reaches one subscription once, however often the event is redelivered.
        sa.UniqueConstraint("subscription_id", "event_id"),
    )
    # The dispatcher scans only open deliveries: by due time, and per (subscription,
    # partnership) in arrival order to find the oldest one still open.
    op.create_index(
        "deliveries_due",
        "deliveries",
        ["next_attempt_at", "seq"],
        postgresql_where=sa.text("status IN ('pending', 'retrying')"),
    )
    op.create_index(
        "deliveries_open_per_stream",
        "deliveries",
        ["subscription_id", "partnership_id", "seq"],
        postgresql_where=sa.text("status IN ('pending', 'retrying')"),
    )
    op.create_index("deliveries_subscription", "deliveries", ["subscription_id", "seq"])
    op.create_index(
        "deliveries_failed",
        "deliveries",
        ["created_at"],
        postgresql_where=sa.text("status = 'failed'"),
    )

    op.create_table(
        "delivery_attempts",
        sa.Column("id", sa.BigInteger, sa.Identity(always=False), primary_key=True),
        sa.Column(
            "delivery_id",
            sa.Text,
            sa.ForeignKey("deliveries.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("cycle", sa.Integer, nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column(
            "attempted_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
        sa.Column("status_code", sa.Integer, nullable=True),
        sa.Column("latency_ms", sa.Integer, nullable=False),
        sa.Column("response_body", sa.Text, nullable=True),
        sa.Column("error", sa.Text, nullable=True),
        sa.Column("outcome", sa.Text, nullable=False),
    )
    op.create_index("delivery_attempts_delivery", "delivery_attempts", ["delivery_id", "id"])

    op.create_table(
        "partnership_facts",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("owner_organisation_id", sa.Text, nullable=False),
        _texts("member_ids"),
        _texts("themes"),
        _integers("gcm_objectives"),
        _texts("countries"),
        sa.Column("level", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
    )

    op.create_table(
        "inbox_items",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("organisation_id", sa.Text, nullable=False),
        sa.Column("event_id", sa.Text, nullable=False),
        sa.Column("event_type", sa.Text, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("partnership_id", sa.Text, nullable=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("details", JSONB, nullable=False, server_default="{}"),
        _created(),
        sa.Column("read_at", sa.DateTime(timezone=True), nullable=True),
        sa.UniqueConstraint("organisation_id", "event_id", "kind"),
    )
    op.create_index(
        "inbox_items_organisation", "inbox_items", ["organisation_id", "created_at", "id"]
    )


def downgrade() -> None:
    op.drop_table("inbox_items")
    op.drop_table("partnership_facts")
    op.drop_table("delivery_attempts")
    op.drop_table("deliveries")
    op.drop_table("subscriptions")
