"""Tables of the registry (its own database), besides the shared outbox and inbox."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlmodel import Column, Field, SQLModel

from services.registry.identity import ApiClient
from services.registry.keys import SigningKey
from shared.outbox import InboxEntry, OutboxMessage


def _timestamp() -> Column:  # type: ignore[type-arg]
    return Column(sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now())


class Partner(SQLModel, table=True):
    """An organisation. API clients act for one (their `organisation_id` is a partner id)."""

    __tablename__ = "partners"

    id: str = Field(sa_column=Column(sa.Text, primary_key=True))
    name: str = Field(sa_column=Column(sa.Text, nullable=False))
    kind: str = Field(sa_column=Column(sa.Text, nullable=False))
    country: str | None = Field(default=None, sa_column=Column(sa.String(2), nullable=True))
    contact_email: str | None = Field(default=None, sa_column=Column(sa.Text, nullable=True))
    contact_name: str | None = Field(default=None, sa_column=Column(sa.Text, nullable=True))
    iati_org_ref: str | None = Field(default=None, sa_column=Column(sa.Text, nullable=True))
    created_at: datetime | None = Field(default=None, sa_column=_timestamp())


class Partnership(SQLModel, table=True):
    """A partnership as it stands now; `version` grows by one per change and is its ETag.

    The list-valued fields are kept twice on purpose: in full as JSONB (what a reader gets back)
    and as flat arrays (`country_codes`, `partner_ids`) that GIN indexes make filterable.
    """

    __tablename__ = "partnerships"

    id: str = Field(sa_column=Column(sa.Text, primary_key=True))
    version: int = Field(sa_column=Column(sa.Integer, nullable=False))
    status: str = Field(sa_column=Column(sa.Text, nullable=False))
    owner_organisation_id: str = Field(sa_column=Column(sa.Text, nullable=False))
    lead_partner_id: str = Field(sa_column=Column(sa.Text, nullable=False))
    title: str = Field(sa_column=Column(sa.Text, nullable=False))
    summary: str = Field(sa_column=Column(sa.Text, nullable=False))
    # The language of `title` and `summary`, and the other languages' texts ({"es": {"title":
    # …, "summary": …}}), kept whole: a reader picks one, an editor and every event get them all.
    language: str = Field(
        default="en", sa_column=Column(sa.Text, nullable=False, server_default="en")
    )
    translations: dict[str, dict[str, str]] = Field(
        default_factory=dict,
        sa_column=Column(JSONB, nullable=False, server_default=sa.text("'{}'::jsonb")),
    )
    level: str = Field(sa_column=Column(sa.Text, nullable=False))
    members: list[dict[str, Any]] = Field(sa_column=Column(JSONB, nullable=False))
    countries: list[dict[str, Any]] = Field(sa_column=Column(JSONB, nullable=False))
    planned_commitments: list[dict[str, Any]] = Field(sa_column=Column(JSONB, nullable=False))
    themes: list[str] = Field(sa_column=Column(ARRAY(sa.Text), nullable=False))
    policy_areas: list[str] = Field(sa_column=Column(ARRAY(sa.Text), nullable=False))
    gcm_objectives: list[int] = Field(sa_column=Column(ARRAY(sa.Integer), nullable=False))
    sdg_targets: list[str] = Field(sa_column=Column(ARRAY(sa.Text), nullable=False))
    country_codes: list[str] = Field(sa_column=Column(ARRAY(sa.Text), nullable=False))
    partner_ids: list[str] = Field(sa_column=Column(ARRAY(sa.Text), nullable=False))
    consultation_platform: str | None = Field(
        default=None, sa_column=Column(sa.Text, nullable=True)
    )
    replicated_from: str | None = Field(default=None, sa_column=Column(sa.Text, nullable=True))
    review_cycle: int = Field(default=0, sa_column=Column(sa.Integer, nullable=False))
    # public | restricted: who may read the narrative (see `shared.catalogue.partnerships`).
    classification: str = Field(
        default="public", sa_column=Column(sa.Text, nullable=False, server_default="public")
    )
    created_at: datetime | None = Field(default=None, sa_column=_timestamp())
    updated_at: datetime | None = Field(default=None, sa_column=_timestamp())


class Transition(SQLModel, table=True):
    """One lifecycle step of one partnership: who did what, when, and the event it published."""

    __tablename__ = "partnership_transitions"

    id: int | None = Field(default=None, sa_column=Column(sa.BigInteger, primary_key=True))
    partnership_id: str = Field(sa_column=Column(sa.Text, nullable=False, index=True))
    action: str = Field(sa_column=Column(sa.Text, nullable=False))
    from_status: str | None = Field(default=None, sa_column=Column(sa.Text, nullable=True))
    to_status: str = Field(sa_column=Column(sa.Text, nullable=False))
    actor_client_id: str = Field(sa_column=Column(sa.Text, nullable=False))
    actor_organisation_id: str | None = Field(
        default=None, sa_column=Column(sa.Text, nullable=True)
    )
    event_id: str | None = Field(default=None, sa_column=Column(sa.Text, nullable=True))
    reason: str | None = Field(default=None, sa_column=Column(sa.Text, nullable=True))
    occurred_at: datetime | None = Field(default=None, sa_column=_timestamp())


class Invitation(SQLModel, table=True):
    """One organisation's consent to be named in one partnership (one row per pair): open until
    it accepts or declines, withdrawn when the owner takes it off the draft first."""

    __tablename__ = "partnership_invitations"
    __table_args__ = (sa.UniqueConstraint("partnership_id", "partner_id"),)

    id: str = Field(sa_column=Column(sa.Text, primary_key=True))
    partnership_id: str = Field(sa_column=Column(sa.Text, nullable=False))
    partner_id: str = Field(sa_column=Column(sa.Text, nullable=False))
    status: str = Field(sa_column=Column(sa.Text, nullable=False))
    created_at: datetime | None = Field(default=None, sa_column=_timestamp())
    answered_at: datetime | None = Field(
        default=None, sa_column=Column(sa.DateTime(timezone=True), nullable=True)
    )
    answered_by_client_id: str | None = Field(
        default=None, sa_column=Column(sa.Text, nullable=True)
    )
    reason: str | None = Field(default=None, sa_column=Column(sa.Text, nullable=True))


class Review(SQLModel, table=True):
    """One follow-up review cycle; the commitments service's dossier is attached when it arrives."""

    __tablename__ = "partnership_reviews"

    id: str = Field(sa_column=Column(sa.Text, primary_key=True))
    partnership_id: str = Field(sa_column=Column(sa.Text, nullable=False, index=True))
    cycle: int = Field(sa_column=Column(sa.Integer, nullable=False))
    opened_at: datetime | None = Field(default=None, sa_column=_timestamp())
    concluded_at: datetime | None = Field(
        default=None, sa_column=Column(sa.DateTime(timezone=True), nullable=True)
    )
    outcome: str | None = Field(default=None, sa_column=Column(sa.Text, nullable=True))
    findings: str | None = Field(default=None, sa_column=Column(sa.Text, nullable=True))
    lessons_learned: str | None = Field(default=None, sa_column=Column(sa.Text, nullable=True))
    good_practices: str | None = Field(default=None, sa_column=Column(sa.Text, nullable=True))
    challenges: str | None = Field(default=None, sa_column=Column(sa.Text, nullable=True))
    # en, es or fr: picks the text search configuration of its `search` column (migration r0006).
    language: str | None = Field(default=None, sa_column=Column(sa.Text, nullable=True))
    # The texts in other languages ({"es": {"findings": …}}); searched in their own language too.
    translations: dict[str, dict[str, str]] = Field(
        default_factory=dict,
        sa_column=Column(JSONB, nullable=False, server_default=sa.text("'{}'::jsonb")),
    )
    round_id: str | None = Field(default=None, sa_column=Column(sa.Text, nullable=True))
    dossier_id: str | None = Field(default=None, sa_column=Column(sa.Text, nullable=True))
    dossier: dict[str, Any] | None = Field(default=None, sa_column=Column(JSONB, nullable=True))


class ReviewRound(SQLModel, table=True):
    """A follow-up round (e.g. "IMRF 2026"): a reporting period and a scope; opening it opened the
    review of every implementing partnership in scope, each review carrying the round's id."""

    __tablename__ = "review_rounds"

    id: str = Field(sa_column=Column(sa.Text, primary_key=True))
    name: str = Field(sa_column=Column(sa.Text, nullable=False))
    period_start: date = Field(sa_column=Column(sa.Date, nullable=False))
    period_end: date = Field(sa_column=Column(sa.Date, nullable=False))
    scope: dict[str, Any] = Field(sa_column=Column(JSONB, nullable=False))
    opened_by_client_id: str = Field(sa_column=Column(sa.Text, nullable=False))
    opened_at: datetime | None = Field(default=None, sa_column=_timestamp())
    closed_at: datetime | None = Field(
        default=None, sa_column=Column(sa.DateTime(timezone=True), nullable=True)
    )


class PartnershipVersion(SQLModel, table=True):
    """The partnership as it stood at one version, whole (texts included, also when it is
    restricted: reads check who asks), so any earlier version can be read back."""

    __tablename__ = "partnership_versions"

    partnership_id: str = Field(sa_column=Column(sa.Text, primary_key=True))
    version: int = Field(sa_column=Column(sa.Integer, primary_key=True))
    record: dict[str, Any] = Field(sa_column=Column(JSONB, nullable=False))
    recorded_at: datetime | None = Field(default=None, sa_column=_timestamp())


class Amendment(SQLModel, table=True):
    """A change the owner asks for after adoption, with why; the secretariat approves or rejects.

    `changes` holds the fields it replaces whole (members, countries, planned commitments), as
    the owner sent them; on approval they become the partnership's next version.
    """

    __tablename__ = "partnership_amendments"

    id: str = Field(sa_column=Column(sa.Text, primary_key=True))
    partnership_id: str = Field(sa_column=Column(sa.Text, nullable=False, index=True))
    status: str = Field(sa_column=Column(sa.Text, nullable=False))  # proposed|approved|rejected
    changes: dict[str, Any] = Field(sa_column=Column(JSONB, nullable=False))
    reason: str = Field(sa_column=Column(sa.Text, nullable=False))
    base_version: int = Field(sa_column=Column(sa.Integer, nullable=False))
    proposed_by_client_id: str = Field(sa_column=Column(sa.Text, nullable=False))
    proposed_at: datetime | None = Field(default=None, sa_column=_timestamp())
    decided_by_client_id: str | None = Field(default=None, sa_column=Column(sa.Text, nullable=True))
    decided_at: datetime | None = Field(
        default=None, sa_column=Column(sa.DateTime(timezone=True), nullable=True)
    )
    decision_reason: str | None = Field(default=None, sa_column=Column(sa.Text, nullable=True))
    resulting_version: int | None = Field(default=None, sa_column=Column(sa.Integer, nullable=True))


__all__ = [
    "Amendment",
    "ApiClient",
    "InboxEntry",
    "Invitation",
    "OutboxMessage",
    "Partner",
    "Partnership",
    "PartnershipVersion",
    "Review",
    "ReviewRound",
    "SigningKey",
    "Transition",
]
