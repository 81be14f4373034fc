"""Every version of a partnership, kept whole so any earlier one can be read back.

Each change that makes a new version (create, edit, an action, a classification, a dossier, an
amendment) calls `remember` once its fields are final, in the same transaction: the version row
commits with the change or not at all.
"""

from __future__ import annotations

from sqlmodel import col, select

from services.registry.models import Partnership, PartnershipVersion
from shared.uow import UnitOfWork
from shared.web.problems import NotFound

_VERSIONS = PartnershipVersion.__table__  # type: ignore[attr-defined]


def remember(uow: UnitOfWork, partnership: Partnership) -> None:
    """Keep the partnership as it is now; written at commit (nothing reads it back before)."""
    uow.insert_at_commit(
        _VERSIONS,
        [
            {
                "partnership_id": partnership.id,
                "version": partnership.version,
                "record": partnership.model_dump(mode="json"),
            }
        ],
    )


async def all_of(uow: UnitOfWork, partnership_id: str) -> list[PartnershipVersion]:
    rows = await uow.session.execute(
        select(PartnershipVersion)
        .where(col(PartnershipVersion.partnership_id) == partnership_id)
        .order_by(col(PartnershipVersion.version))
    )
    return list(rows.scalars())


async def one(uow: UnitOfWork, partnership_id: str, version: int) -> PartnershipVersion:
    found = await uow.session.get(PartnershipVersion, (partnership_id, version))
    if found is None:
        raise NotFound(f"partnership {partnership_id} has no version {version} on record")
    return found


def as_partnership(kept: PartnershipVersion) -> Partnership:
    """The recorded version as a (detached) partnership row, for the usual read model. A version
    recorded as it was created has no timestamps yet (the database sets them): it was created
    and last changed when it was recorded."""
    record = dict(kept.record)
    for stamp in ("created_at", "updated_at"):
        record[stamp] = record.get(stamp) or kept.recorded_at
    return Partnership.model_validate(record)
