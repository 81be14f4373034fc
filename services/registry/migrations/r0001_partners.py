"""Partners: the organisations that take part in partnerships.

Revision ID: r0001_partners
Revises: delivery_0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "r0001_partners"
down_revision: str | None = "delivery_0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "partners",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("country", sa.String(2), nullable=True),
        sa.Column("contact_email", sa.Text, nullable=True),
        sa.Column("contact_name", sa.Text, nullable=True),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
    )
    op.create_index("partners_created", "partners", ["created_at", "id"])


def downgrade() -> None:
    op.drop_table("partners")
