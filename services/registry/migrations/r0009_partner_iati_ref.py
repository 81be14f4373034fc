"""A partner's IATI organisation identifier (optional), so the IATI export can name it by `ref`.

Revision ID: r0009_partner_iati_ref
Revises: r0008_translations
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "r0009_partner_iati_ref"
down_revision: str | None = "r0008_translations"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("partners", sa.Column("iati_org_ref", sa.Text, nullable=True))


def downgrade() -> None:
    op.drop_column("partners", "iati_org_ref")
