"""The partner directory keeps each partner's IATI organisation identifier, from
`partner.registered`, for the IATI export's `participating-org/@ref`.

Revision ID: c0004_partner_iati_ref
Revises: c0003_partner_directory
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "c0004_partner_iati_ref"
down_revision: str | None = "c0003_partner_directory"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("partner_directory", sa.Column("iati_org_ref", sa.Text, nullable=True))


def downgrade() -> None:
    op.drop_column("partner_directory", "iati_org_ref")
