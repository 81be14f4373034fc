"""Tables of the commitments service (its own database), besides the shared outbox and inbox."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlmodel import Column, Field, SQLModel

from shared.outbox import InboxEntry, OutboxMessage


def _timestamp() -> Column:  # type: ignore[type-arg]
    return Column(sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now())


class PartnershipCopy(SQLModel, table=True):
    """The registry's partnership as of the newest `partnership.*` event seen (by `version`).

    Kept whole as JSONB, plus the fields the commitment filters need as GIN-indexed arrays.
    Its row is also the lock that orders every write about one partnership: events are keyed by
    the partnership id, so outbox order for that key must be commit order.
    """

    __tablename__ = "partnership_copies"

    id: str = Field(sa_column=Column(sa.Text, primary_key=True))
    version: int = Field(sa_column=Column(sa.Integer, nullable=False))
    status: str = Field(sa_column=Column(sa.Text, nullable=False))
    themes: list[str] = Field(sa_column=Column(ARRAY(sa.Text), nullable=False))
    gcm_objectives: list[int] = Field(sa_column=Column(ARRAY(sa.Integer), nullable=False))
    snapshot: dict[str, Any] = Field(sa_column=Column(JSONB, nullable=False))
    # public | restricted, and who is a member: who may read its commitments (`access`).
    classification: str = Field(
        default="public", sa_column=Column(sa.Text, nullable=False, server_default="public")
    )
    member_ids: list[str] = Field(
        default_factory=list,
        sa_column=Column(ARRAY(sa.Text), nullable=False, server_default="{}"),
    )
    updated_at: datetime | None = Field(default=None, sa_column=_timestamp())


class PartnerEntry(SQLModel, table=True):
    """A partner organisation as `partner.registered` announced it (names the IATI export's
    participating organisations)."""

    __tablename__ = "partner_directory"

    id: str = Field(sa_column=Column(sa.Text, primary_key=True))
    name: str = Field(sa_column=Column(sa.Text, nullable=False))
    kind: str = Field(sa_column=Column(sa.Text, nullable=False))
    country: str | None = Field(default=None, sa_column=Column(sa.String(2), nullable=True))
    iati_org_ref: str | None = Field(default=None, sa_column=Column(sa.Text, nullable=True))


class Commitment(SQLModel, table=True):
    """A tracked commitment; its id is the planned commitment's id, so redelivery cannot copy it."""

    __tablename__ = "commitments"

    id: str = Field(sa_column=Column(sa.Text, primary_key=True))
    partnership_id: str = Field(sa_column=Column(sa.Text, nullable=False))
    responsible_partner_id: str = Field(sa_column=Column(sa.Text, nullable=False))
    description: str = Field(sa_column=Column(sa.Text, nullable=False))
    indicator: str = Field(sa_column=Column(sa.Text, nullable=False))
    unit: str = Field(sa_column=Column(sa.Text, nullable=False))
    baseline: Decimal = Field(sa_column=Column(sa.Numeric, nullable=False))
    target: Decimal = Field(sa_column=Column(sa.Numeric, nullable=False))
    start_date: date = Field(sa_column=Column(sa.Date, nullable=False))
    due_date: date = Field(sa_column=Column(sa.Date, nullable=False))
    status: str = Field(sa_column=Column(sa.Text, nullable=False))
    state: str = Field(sa_column=Column(sa.Text, nullable=False))
    achieved_at: datetime | None = Field(
        default=None, sa_column=Column(sa.DateTime(timezone=True), nullable=True)
    )
    closed_at: datetime | None = Field(
        default=None, sa_column=Column(sa.DateTime(timezone=True), nullable=True)
    )
    created_at: datetime | None = Field(default=None, sa_column=_timestamp())
    updated_at: datetime | None = Field(default=None, sa_column=_timestamp())
    reporting_frequency: str = Field(
        default="once", sa_column=Column(sa.Text, nullable=False, server_default="once")
    )
    # The day the sweep last went through this commitment's calendar; a periodic commitment is
    # gone through at most once a day (its notices for the day are all sent then).
    notices_checked_on: date | None = Field(default=None, sa_column=Column(sa.Date, nullable=True))


class CommitmentHolder(SQLModel, table=True):
    """An organisation holding (part of) a commitment; `responsible_partner_id` is position 0."""

    __tablename__ = "commitment_holders"

    commitment_id: str = Field(
        sa_column=Column(sa.Text, sa.ForeignKey("commitments.id"), primary_key=True)
    )
    partner_id: str = Field(sa_column=Column(sa.Text, primary_key=True))
    position: int = Field(sa_column=Column(sa.Integer, nullable=False))
    share: Decimal | None = Field(default=None, sa_column=Column(sa.Numeric, nullable=True))


class ProgressReport(SQLModel, table=True):
    """One reading a holder reported of its part; never changed once stored."""

    __tablename__ = "progress_reports"

    id: str = Field(sa_column=Column(sa.Text, primary_key=True))
    # Assigned on insert, which happens with the commitment row locked: it is the order reports
    # arrived in, which decides between two readings for the same period (the later corrects).
    seq: int | None = Field(
        default=None,
        sa_column=Column(sa.BigInteger, sa.Identity(always=False), nullable=False, unique=True),
    )
    commitment_id: str = Field(
        sa_column=Column(sa.Text, sa.ForeignKey("commitments.id"), nullable=False)
    )
    period_end: date = Field(sa_column=Column(sa.Date, nullable=False))
    value: Decimal = Field(sa_column=Column(sa.Numeric, nullable=False))
    unit: str = Field(sa_column=Column(sa.Text, nullable=False))
    narrative: str = Field(sa_column=Column(sa.Text, nullable=False))
    evidence_links: list[str] = Field(sa_column=Column(ARRAY(sa.Text), nullable=False))
    reported_by_client_id: str = Field(sa_column=Column(sa.Text, nullable=False))
    reported_by_organisation_id: str | None = Field(
        default=None, sa_column=Column(sa.Text, nullable=True)
    )
    status_after: str = Field(sa_column=Column(sa.Text, nullable=False))
    # Whose part this reading is: the reporting organisation, a holder of the commitment.
    holder_id: str = Field(sa_column=Column(sa.Text, nullable=False))
    event_id: str | None = Field(default=None, sa_column=Column(sa.Text, nullable=True))
    created_at: datetime | None = Field(default=None, sa_column=_timestamp())


class CommitmentNotice(SQLModel, table=True):
    """A notice the sweep sent; the unique key makes each (commitment, due date, kind) once only.

    `due_date` is the end of the reporting period the notice is about (for a commitment reporting
    once, its due date), so the key is also once per period."""

    __tablename__ = "commitment_notices"
    __table_args__ = (sa.UniqueConstraint("commitment_id", "due_date", "kind"),)

    id: int | None = Field(default=None, sa_column=Column(sa.BigInteger, primary_key=True))
    commitment_id: str = Field(
        sa_column=Column(sa.Text, sa.ForeignKey("commitments.id"), nullable=False)
    )
    due_date: date = Field(sa_column=Column(sa.Date, nullable=False))
    kind: str = Field(sa_column=Column(sa.Text, nullable=False))
    event_id: str = Field(sa_column=Column(sa.Text, nullable=False))
    sent_at: datetime | None = Field(default=None, sa_column=_timestamp())


class Dossier(SQLModel, table=True):
    """A review dossier as published; one per review, so a redelivered `review_opened` adds none."""

    __tablename__ = "dossiers"

    id: str = Field(sa_column=Column(sa.Text, primary_key=True))
    partnership_id: str = Field(sa_column=Column(sa.Text, nullable=False))
    review_id: str = Field(sa_column=Column(sa.Text, nullable=False, unique=True))
    cycle: int = Field(sa_column=Column(sa.Integer, nullable=False))
    compiled_at: datetime = Field(sa_column=Column(sa.DateTime(timezone=True), nullable=False))
    body: dict[str, Any] = Field(sa_column=Column(JSONB, nullable=False))


__all__ = [
    "Commitment",
    "CommitmentHolder",
    "CommitmentNotice",
    "Dossier",
    "InboxEntry",
    "OutboxMessage",
    "PartnerEntry",
    "PartnershipCopy",
    "ProgressReport",
]
