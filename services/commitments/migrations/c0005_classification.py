"""The copy of a partnership keeps its classification and member ids, so a restricted
partnership's commitments are served only to its members and the secretariat.

Revision ID: c0005_classification
Revises: c0004_partner_iati_ref
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import ARRAY

revision: str = "c0005_classification"
down_revision: str | None = "c0004_partner_iati_ref"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "partnership_copies",
        sa.Column("classification", sa.Text, nullable=False, server_default="public"),
    )
    op.add_column(
        "partnership_copies",
        sa.Column("member_ids", ARRAY(sa.Text), nullable=False, server_default="{}"),
    )
    # Existing copies: their members from the snapshot they keep.
    op.execute(
        "UPDATE partnership_copies SET member_ids = ARRAY(SELECT m ->> 'partner_id'"
        " FROM jsonb_array_elements(snapshot -> 'members') AS m)"
    )


def downgrade() -> None:
    op.drop_column("partnership_copies", "member_ids")
    op.drop_column("partnership_copies", "classification")
