"""Payloads of `partnership.*` events, published by the registry.

Every partnership event carries the partnership as it stood after the change, with a
`version` that grows by one per change: a consumer keeps its own copy by applying a snapshot
only when its version is newer, so duplicates and out-of-order deliveries cannot corrupt it.

A snapshot comes in two shapes, told apart by `classification`. A `public` partnership travels
whole. A `restricted` one (case management of vulnerable migrants and the like) travels thin:
ids, status, coded facts (level, countries, themes, objectives) and the numbers of its
commitments, with every text emptied — title, summary, translations, commitment descriptions
and indicators — and no decision reason or review texts beside it. The fields stay (as empty
strings), so a consumer written for v1 reads a thin snapshot without breaking. Those entitled
(its members and the secretariat) read the full record from the registry's API.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, Field


class Classification(StrEnum):
    """Who may read a partnership's texts: everyone, or only its members and the secretariat."""

    PUBLIC = "public"
    RESTRICTED = "restricted"


class Member(BaseModel):
    partner_id: str
    role: str  # lead | implementing | funding | technical | observer
    kind: str | None = None  # the partner's stakeholder kind, for filters and profiles


class CountryInvolvement(BaseModel):
    code: str  # ISO 3166-1 alpha-2
    role: str  # origin | transit | destination


class Holder(BaseModel):
    """An organisation that holds (part of) a commitment, and the part of the target it takes."""

    partner_id: str
    share: Decimal | None = Field(
        default=None,
        description="The part of the target this holder takes, in the indicator's unit; when"
        " given, every holder has one and they sum to the target.",
    )


class PlannedCommitment(BaseModel):
    id: str
    description: str
    responsible_partner_id: str = Field(
        description="The first holder: the one answerable for the commitment as a whole (the"
        " only holder before joint commitments existed)."
    )
    indicator: str
    unit: str
    baseline: Decimal
    target: Decimal
    due_date: date
    start_date: date | None = None
    holders: list[Holder] = Field(
        default=[],
        description="Every holder, the responsible partner first; empty in snapshots from before"
        " joint commitments, where the responsible partner is the only holder.",
    )
    reporting_frequency: str = Field(
        default="once",
        description="once | quarterly | semi_annual | annual: how often progress is reported.",
    )

    def holder_list(self) -> list[Holder]:
        """The holders, also for a snapshot that names only the responsible partner."""
        return self.holders or [Holder(partner_id=self.responsible_partner_id)]


class NarrativeTranslation(BaseModel):
    """A partnership's title and summary in a language other than its default; a field left out
    has no translation (readers fall back to the default language's text)."""

    title: str | None = None
    summary: str | None = None


class ReviewTranslation(BaseModel):
    """A concluded review's texts in a language other than the one they were written in."""

    findings: str | None = None
    lessons_learned: str | None = None
    good_practices: str | None = None
    challenges: str | None = None


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
    language: str = Field(
        default="en",
        description="BCP 47 primary language tag (en, es, fr) of `title` and `summary`, the"
        " partnership's default language; `en` in snapshots from before translations.",
    )
    translations: dict[str, NarrativeTranslation] = Field(
        default={},
        description="The title and summary in other languages, keyed by language tag; never the"
        " default language.",
    )
    classification: Classification = Field(
        default=Classification.PUBLIC,
        description="`public`: the snapshot is whole. `restricted`: it is thin — `title`,"
        " `summary` and each commitment's `description` and `indicator` are empty and"
        " `translations` is `{}`; the members and the secretariat read the texts from the"
        " registry's API. Absent (public) in snapshots from before classification.",
    )

    def thin(self) -> PartnershipSnapshot:
        """This snapshot as a restricted partnership's events carry it: every text emptied."""
        return self.model_copy(
            update={
                "classification": Classification.RESTRICTED,
                "title": "",
                "summary": "",
                "translations": {},
                "planned_commitments": [
                    commitment.model_copy(update={"description": "", "indicator": ""})
                    for commitment in self.planned_commitments
                ],
            }
        )


class PartnershipChanged(BaseModel):
    """proposed, updated, withdrawn, adopted, rejected, returned_for_revision,
    implementation_started."""

    partnership: PartnershipSnapshot
    actor_client_id: str
    actor_organisation_id: str | None = None
    reason: str | None = Field(
        default=None,
        description="Why the decision was taken, as its maker gave it (always set for rejected"
        " and returned_for_revision of a public partnership; never for a restricted one).",
    )


class ReviewOpened(PartnershipChanged):
    review_id: str
    cycle: int
    round_id: str | None = None  # the review round that opened it, if any


class ReviewConcluded(PartnershipChanged):
    review_id: str
    cycle: int
    outcome: str  # continue | complete | discontinue
    findings: str = ""
    lessons_learned: str = ""
    good_practices: str = ""
    challenges: str = ""
    language: str | None = None  # en | es | fr: the language the texts are written in
    translations: dict[str, ReviewTranslation] = Field(
        default={},
        description="The texts in other languages, keyed by language tag; never `language`.",
    )


class PartnershipReplicated(PartnershipChanged):
    replicated_from: str


class AmendmentEvent(PartnershipChanged):
    """amendment_proposed (the partnership as it stands, waiting for the secretariat),
    amended (the partnership as the approved amendment made it) and amendment_rejected (as it
    stands; `reason` says why, unless the partnership is restricted)."""

    amendment_id: str
    changed_fields: list[str] = Field(
        description="What the amendment replaces: members, countries, planned_commitments."
    )
    previous_version: int | None = Field(
        default=None, description="On `partnership.amended`: the version the amendment replaced."
    )


class InvitationSent(BaseModel):
    """An organisation was named in a draft (as a member, perhaps holding commitments) and is
    asked to consent. Only ids and codes: the draft is private, its invitee reads it over REST."""

    invitation_id: str
    partnership_id: str
    organisation_id: str = Field(description="The invited organisation (a partner id).")
    owner_organisation_id: str
    role: str = Field(description="The member role it is named with: implementing, funding, …")
    commitment_ids: list[str] = Field(
        default=[], description="The planned commitments it would hold (alone or jointly)."
    )


class InvitationAnswered(BaseModel):
    """The invited organisation accepted or declined being named in the partnership."""

    invitation_id: str
    partnership_id: str
    organisation_id: str = Field(description="The organisation that answered (a partner id).")
    owner_organisation_id: str
    answer: str = Field(description="accepted | declined")
    actor_client_id: str
    reason: str | None = Field(
        default=None,
        description="Why, as the organisation gave it; never for a restricted partnership (its"
        " history keeps it).",
    )
