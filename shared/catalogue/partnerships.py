"""Payloads of `partnership.*` events, published by the registry.

Every partnership event carries the whole partnership as it stood after the change, with a
`version` that grows by one per change: a consumer keeps its own copy by applying a snapshot
only when its version is newer, so duplicates and out-of-order deliveries cannot corrupt it.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel, Field


class Member(BaseModel):
    partner_id: str
    role: str  # lead | implementing | funding | technical | observer
    kind: str | None = None  # the partner's stakeholder kind, for filters and profiles


class CountryInvolvement(BaseModel):
    code: str  # ISO 3166-1 alpha-2
    role: str  # origin | transit | destination


class PlannedCommitment(BaseModel):
    id: str
    description: str
    responsible_partner_id: str
    indicator: str
    unit: str
    baseline: Decimal
    target: Decimal
    due_date: date
    start_date: date | None = None


class PartnershipSnapshot(BaseModel):
    id: str
    version: int
    status: str
    title: str
    summary: str
    owner_organisation_id: str
    lead_partner_id: str
    members: list[Member]
    level: str
    countries: list[CountryInvolvement]
    themes: list[str]
    policy_areas: list[str] = []
    gcm_objectives: list[int] = []
    sdg_targets: list[str] = []
    consultation_platform: str | None = None
    planned_commitments: list[PlannedCommitment] = []
    replicated_from: str | None = None
    review_cycle: int = 0


class PartnershipChanged(BaseModel):
    """proposed, updated, withdrawn, adopted, rejected, returned_for_revision,
    implementation_started."""

    partnership: PartnershipSnapshot
    actor_client_id: str
    actor_organisation_id: str | None = None
    reason: str | None = Field(
        default=None,
        description="Why the decision was taken, as its maker gave it (always set for rejected"
        " and returned_for_revision).",
    )


class ReviewOpened(PartnershipChanged):
    review_id: str
    cycle: int


class ReviewConcluded(PartnershipChanged):
    review_id: str
    cycle: int
    outcome: str  # continue | complete | discontinue
    findings: str = ""
    lessons_learned: str = ""
    good_practices: str = ""


class PartnershipReplicated(PartnershipChanged):
    replicated_from: str
