"""Signing keys sealed at rest and rotated: `sealed_private_key` and `signs_from` replace `active`.

The key signing now is the newest whose `signs_from` has passed, so a key can be published
before it signs. Plaintext keys stay in `private_pem` until the API's startup seals them with the
key-encryption key, which the database never sees (so this migration cannot do it).

Revision ID: r0004_sealed_rotating_keys
Revises: r0003_partnerships
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "r0004_sealed_rotating_keys"
down_revision: str | None = "r0003_partnerships"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("signing_keys", sa.Column("sealed_private_key", sa.Text, nullable=True))
    op.alter_column("signing_keys", "private_pem", nullable=True)
    op.add_column(
        "signing_keys",
        sa.Column(
            "signs_from", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
    )
    # Keys that signed before this revision signed from when they were made; a key that was
    # no longer active (none are, before rotation existed) is treated as retired.
    op.execute("UPDATE signing_keys SET signs_from = created_at")
    op.execute("UPDATE signing_keys SET retired_at = now() WHERE NOT active AND retired_at IS NULL")
    op.drop_index("signing_keys_one_active", "signing_keys")
    op.drop_column("signing_keys", "active")
    op.create_index("signing_keys_signs_from", "signing_keys", ["signs_from"])


def downgrade() -> None:
    op.drop_index("signing_keys_signs_from", "signing_keys")
    op.add_column(
        "signing_keys",
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.execute(
        "UPDATE signing_keys SET active = true WHERE kid = (SELECT kid FROM signing_keys"
        " WHERE retired_at IS NULL AND signs_from <= now() ORDER BY signs_from DESC LIMIT 1)"
    )
    op.create_index(
        "signing_keys_one_active",
        "signing_keys",
        ["active"],
        unique=True,
        postgresql_where=sa.text("active"),
    )
    op.drop_column("signing_keys", "signs_from")
    op.drop_column("signing_keys", "sealed_private_key")
