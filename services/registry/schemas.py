"""Request and response shapes of the registry API (Create / Update / Read / Page families)."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from services.registry.domain import (
    Action,
    Classification,
    CountryRole,
    InvitationStatus,
    Level,
    MemberRole,
    PartnerKind,
    PartnershipStatus,
    PolicyArea,
    ReviewOutcome,
    Theme,
)
from shared.quantity import Quantity
from shared.reference import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    Language,
    is_country_code,
    is_language,
    is_platform_code,
    is_sdg_target,
)
from shared.reporting import ReportingFrequency
from shared.web.openapi import COUNTRY_CODE_SCHEMA, M49_AREA_PATTERN, SDG_TARGET_SCHEMA


def _country(code: str) -> str:
    if not is_country_code(code):
        raise ValueError(f"{code!r} is not an ISO 3166-1 alpha-2 country code")
    return code


def _sdg_target(target: str) -> str:
    if not is_sdg_target(target):
        raise ValueError(f"{target!r} is not an SDG target (e.g. '10.7', '17.16')")
    return target


def _platform(code: str) -> str:
    if not is_platform_code(code):
        raise ValueError(
            f"{code!r} is not a consultation platform code; GET /reference/platforms lists them"
        )
    return code


# The schema lists the codes the validators accept, so a generated client cannot send another.
CountryCode = Annotated[
    str,
    AfterValidator(_country),
    COUNTRY_CODE_SCHEMA,
]
PlatformCode = Annotated[
    str,
    AfterValidator(_platform),
    Field(max_length=50, description="a code from GET /reference/platforms, e.g. `gfmd`"),
]
SdgTarget = Annotated[
    str,
    AfterValidator(_sdg_target),
    SDG_TARGET_SCHEMA,
]
GcmObjective = Annotated[
    int, Field(ge=1, le=23, description="Global Compact for Migration objective, 1-23")
]
Title = Annotated[str, Field(min_length=3, max_length=200)]
Summary = Annotated[str, Field(min_length=1, max_length=5000)]
ShortText = Annotated[str, Field(min_length=1, max_length=500)]
LongText = Annotated[str, Field(max_length=10000)]
TranslatedLongText = Annotated[str, Field(min_length=1, max_length=10000)]

ReviewLanguage = Language


def _known_language_keys(value: object) -> object:
    # Checked before the keys' own type, so an unknown language is one error naming the field
    # (`translations`) rather than one on a `[key]` location nobody sends.
    if isinstance(value, dict):
        for key in value:
            if not is_language(key):
                raise ValueError(
                    f"{key!r} is not a supported language; use one of {', '.join(LANGUAGES)}"
                )
    return value


LANGUAGE_FIELD_DESCRIPTION = (
    "The default language (BCP 47 primary tag: en, es or fr) of `title` and `summary`; a reader"
    " whose Accept-Language names no language given gets it."
)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _email(value: str) -> str:
    if not _EMAIL.match(value):
        raise ValueError("not an e-mail address")
    return value


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --------------------------------------------------------------------------- partners


# An IATI organisation identifier: {RegistrationAgency}-{RegistrationNumber}, the agency a code of
# IATI's OrganisationRegistrationAgency list (a country or XI/XM, a hyphen, the list's code:
# "XM-DAC", "GB-CHC", "CA-CRA_ACR") and the number as that agency issued it. IATI wants
# identifiers of letters, digits, hyphens, underscores, colons and periods only (no spaces, and
# none of / & | ?, which break the identifier's use in URLs).
IATI_ORG_REF_PATTERN = r"^[A-Z]{2}-[A-Z0-9_]+-[A-Za-z0-9][A-Za-z0-9_.:-]*$"
IatiOrgRef = Annotated[
    str,
    Field(
        pattern=IATI_ORG_REF_PATTERN,
        max_length=150,
        description="The organisation's IATI organisation identifier, e.g. XM-DAC-47066 (IOM): "
        "the registration agency's code, a hyphen, the number that agency gave it. The IATI "
        "export names the organisation by it as `participating-org/@ref`.",
        examples=["XM-DAC-47066"],
    ),
]


class PartnerCreate(_Strict):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "name": "Mexican Diaspora in Canada",
                    "kind": "diaspora_organisation",
                    "country": "CA",
                    "contact_name": "Lucía Hernández",
                    "contact_email": "coordinacion@diaspora-mx.example.org",
                },
                {
                    "name": "International Organization for Migration",
                    "kind": "intergovernmental_body",
                    "iati_org_ref": "XM-DAC-47066",
                },
            ]
        },
    )

    name: Annotated[str, Field(min_length=2, max_length=200)]
    kind: PartnerKind
    country: CountryCode | None = None
    contact_name: Annotated[str, Field(max_length=200)] | None = None
    contact_email: Annotated[str, AfterValidator(_email), Field(max_length=254)] | None = None
    iati_org_ref: IatiOrgRef | None = None


class PartnerRead(BaseModel):
    id: str
    name: str
    kind: PartnerKind
    country: str | None
    contact_name: str | None
    contact_email: str | None
    iati_org_ref: str | None = None
    created_at: datetime


class PartnerPage(BaseModel):
    items: list[PartnerRead]
    next_cursor: str | None = None


# --------------------------------------------------------------------------- partnerships


class MemberIn(_Strict):
    partner_id: Annotated[str, Field(min_length=1, max_length=100)]
    role: MemberRole


class CountryIn(_Strict):
    code: CountryCode
    role: CountryRole


PartnerId = Annotated[str, Field(min_length=1, max_length=100)]


class HolderIn(_Strict):
    partner_id: PartnerId
    share: Quantity | None = Field(
        default=None,
        description="This holder's part of the target, in the indicator's unit. Give a share to"
        " every holder or to none; given, they sum to the target.",
    )


class PlannedCommitmentIn(_Strict):
    """A commitment one organisation or several (a joint commitment) take on.

    Name the holders in `holders`, or the single one in `responsible_partner_id` (the form from
    before joint commitments); with both, the responsible partner must be one of the holders and
    is listed first. Every holder reports its own part and the commitment's value is the parts
    summed, so a joint commitment's indicator must be a quantity that adds up (people, cases,
    money), not a rate.
    """

    description: ShortText
    responsible_partner_id: PartnerId | None = Field(
        default=None,
        description="The holder answerable for the whole; the first holder when left out.",
    )
    holders: Annotated[list[HolderIn], Field(max_length=20)] = []
    indicator: ShortText
    unit: Annotated[str, Field(min_length=1, max_length=50)]
    baseline: Quantity
    target: Quantity
    start_date: date | None = None
    due_date: date
    reporting_frequency: ReportingFrequency = Field(
        default=ReportingFrequency.ONCE,
        description="How often progress is reported: periods follow calendar quarters,"
        " half-years or years, the first starting at the start date and the last ending at the"
        " due date; `once` is one report at the due date.",
    )

    @model_validator(mode="after")
    def _dates_in_order(self) -> PlannedCommitmentIn:
        if self.start_date is not None and self.start_date >= self.due_date:
            raise ValueError("start_date must be before due_date")
        return self


class PlannedCommitmentRead(PlannedCommitmentIn):
    id: str
    responsible_partner_id: str  # always filled in on the way out


class PartnershipTranslation(_Strict):
    """The title and summary in one more language; either may be left out (readers then get the
    default language's text for it), not both."""

    title: Title | None = None
    summary: Summary | None = None

    @model_validator(mode="after")
    def _says_something(self) -> PartnershipTranslation:
        if self.title is None and self.summary is None:
            raise ValueError("give a title, a summary or both")
        return self


PartnershipTranslations = Annotated[
    dict[Language, PartnershipTranslation],
    BeforeValidator(_known_language_keys),
    Field(
        description="The title and summary in other languages, keyed by language (en, es, fr);"
        " not the default `language`, whose text is `title` and `summary`."
    ),
]


CLASSIFICATION_DESCRIPTION = (
    "`public`, or `restricted` for partnerships whose subject is sensitive (case management of"
    " vulnerable migrants and the like): a restricted partnership is read whole only by its"
    " members and the secretariat, and its events and webhooks carry a thin payload (ids,"
    " status, coded facts and the numbers of its commitments; no title, summary or other text)."
)


class PartnershipCreate(_Strict):
    """A draft owned by the caller's organisation. Members name registered partners (the lead
    among them); a planned commitment's responsible partner is a member."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "title": "Fair recruitment of seasonal agricultural workers, Mexico-Canada",
                    "summary": "Recruitment without fees, pre-departure orientation and "
                    "portable social security for workers of the seasonal agricultural programme.",
                    "members": [
                        {"partner_id": "prt_secretaria_trabajo", "role": "lead"},
                        {"partner_id": "prt_employers_ca", "role": "implementing"},
                        {"partner_id": "prt_diaspora_ca", "role": "technical"},
                    ],
                    "level": "bilateral",
                    "countries": [
                        {"code": "MX", "role": "origin"},
                        {"code": "CA", "role": "destination"},
                    ],
                    "themes": ["human_rights", "shared_responsibility"],
                    "policy_areas": ["employment"],
                    "gcm_objectives": [6, 22],
                    "sdg_targets": ["8.8", "10.7"],
                    "planned_commitments": [
                        {
                            "description": "Workers recruited without paying any fee",
                            "responsible_partner_id": "prt_employers_ca",
                            "indicator": "Workers recruited fee-free",
                            "unit": "workers",
                            "baseline": 0,
                            "target": 1200,
                            "due_date": "2027-12-31",
                        }
                    ],
                    "language": "en",
                    "translations": {
                        "es": {
                            "title": "Contratación equitativa de trabajadores agrícolas"
                            " temporales, México-Canadá",
                            "summary": "Contratación sin cuotas, orientación previa a la salida"
                            " y seguridad social portable para los trabajadores del programa de"
                            " trabajadores agrícolas temporales.",
                        },
                        "fr": {
                            "title": "Recrutement équitable de travailleurs agricoles"
                            " saisonniers, Mexique-Canada"
                        },
                    },
                }
            ]
        },
    )

    title: Title
    summary: Summary
    language: Language = Field(default=DEFAULT_LANGUAGE, description=LANGUAGE_FIELD_DESCRIPTION)
    translations: PartnershipTranslations = {}
    members: Annotated[list[MemberIn], Field(max_length=100)] = []
    level: Level
    countries: Annotated[list[CountryIn], Field(max_length=250)] = []
    themes: Annotated[list[Theme], Field(min_length=1, max_length=6)]
    policy_areas: Annotated[list[PolicyArea], Field(max_length=10)] = []
    gcm_objectives: Annotated[list[GcmObjective], Field(max_length=23)] = []
    sdg_targets: Annotated[list[SdgTarget], Field(max_length=169)] = []
    consultation_platform: PlatformCode | None = None
    planned_commitments: Annotated[list[PlannedCommitmentIn], Field(max_length=200)] = []
    classification: Classification = Field(
        default=Classification.PUBLIC, description=CLASSIFICATION_DESCRIPTION
    )


# Of a draft's fields only this one may be cleared with `null`; the others are left out to keep.
_CLEARABLE = frozenset({"consultation_platform"})


def _null_only_where_clearable(schema: dict[str, Any]) -> None:
    for name, prop in schema.get("properties", {}).items():
        options = prop.get("anyOf")
        if name in _CLEARABLE or not options or {"type": "null"} not in options:
            continue
        kept = [option for option in options if option != {"type": "null"}]
        del prop["anyOf"]
        prop.pop("default", None)  # leaving the field out keeps it; there is no default to state
        prop.update(kept[0] if len(kept) == 1 else {"anyOf": kept})


class PartnershipUpdate(_Strict):
    """Any subset of a draft's fields; lists replace the previous list whole. Only
    `consultation_platform` may be sent as `null` (to clear it)."""

    model_config = ConfigDict(extra="forbid", json_schema_extra=_null_only_where_clearable)

    title: Title | None = None
    summary: Summary | None = None
    language: Language | None = Field(default=None, description=LANGUAGE_FIELD_DESCRIPTION)
    translations: PartnershipTranslations | None = None
    members: Annotated[list[MemberIn], Field(max_length=100)] | None = None
    level: Level | None = None
    countries: Annotated[list[CountryIn], Field(max_length=250)] | None = None
    themes: Annotated[list[Theme], Field(min_length=1, max_length=6)] | None = None
    policy_areas: Annotated[list[PolicyArea], Field(max_length=10)] | None = None
    gcm_objectives: Annotated[list[GcmObjective], Field(max_length=23)] | None = None
    sdg_targets: Annotated[list[SdgTarget], Field(max_length=169)] | None = None
    consultation_platform: PlatformCode | None = None
    planned_commitments: Annotated[list[PlannedCommitmentIn], Field(max_length=200)] | None = None
    classification: Classification | None = Field(
        default=None,
        description=CLASSIFICATION_DESCRIPTION + " The owner may change it until the draft is"
        " first proposed; after that only the secretariat"
        " (`PUT /partnerships/{id}/classification`).",
    )

    @field_validator("*", mode="before")
    @classmethod
    def _not_null(cls, value: object, info: ValidationInfo) -> object:
        # An explicit null would reach a NOT NULL column; say so instead of failing there.
        if value is None and info.field_name not in _CLEARABLE:
            raise ValueError("cannot be null; leave the field out to keep its value")
        return value


class InclusivenessRead(BaseModel):
    stakeholder_kinds: list[str]
    non_state_actor_count: int
    includes_migrant_or_diaspora: bool
    countries_by_role: dict[str, list[str]]


class MemberRead(BaseModel):
    partner_id: str
    role: MemberRole
    kind: str | None = None


class ReviewTranslationRead(BaseModel):
    findings: str | None = None
    lessons_learned: str | None = None
    good_practices: str | None = None
    challenges: str | None = None


class ReviewRead(BaseModel):
    id: str
    cycle: int
    opened_at: datetime
    concluded_at: datetime | None
    outcome: ReviewOutcome | None
    findings: str | None
    lessons_learned: str | None
    good_practices: str | None
    challenges: str | None = None
    language: str | None = Field(
        default=None, description="the language the review's texts were written in"
    )
    translations: dict[str, ReviewTranslationRead] = Field(
        default={}, description="the texts in other languages, keyed by language"
    )
    content_language: str | None = Field(
        default=None,
        description="the language of the texts above, picked by Accept-Language among"
        " `language` and the translations (a text missing in it is given in `language`)",
    )
    dossier_id: str | None
    dossier: dict[str, object] | None


class PartnershipTranslationRead(BaseModel):
    title: str | None = None
    summary: str | None = None


class PartnershipRead(BaseModel):
    id: str
    version: int
    status: PartnershipStatus
    owner_organisation_id: str
    lead_partner_id: str
    title: str = Field(description="in `content_language`")
    summary: str = Field(description="in `content_language`")
    language: Language = Field(description="the default language of the title and summary")
    translations: dict[str, PartnershipTranslationRead] = Field(
        description="every other language given, in full, for editors"
    )
    content_language: Language = Field(
        description="the language `title` and `summary` are given in here, picked by"
        " Accept-Language among `language` and the translations (a text missing in it is given"
        " in `language`); also the Content-Language header"
    )
    members: list[MemberRead]
    level: Level
    countries: list[CountryIn]
    themes: list[Theme]
    policy_areas: list[PolicyArea]
    gcm_objectives: list[int]
    sdg_targets: list[str]
    consultation_platform: str | None
    planned_commitments: list[PlannedCommitmentRead]
    replicated_from: str | None
    review_cycle: int
    classification: Classification = Field(description=CLASSIFICATION_DESCRIPTION)
    allowed_actions: list[Action]
    inclusiveness: InclusivenessRead
    created_at: datetime
    updated_at: datetime


class PartnershipPage(BaseModel):
    items: list[PartnershipRead]
    next_cursor: str | None = None


class ReviewTranslation(_Strict):
    """A conclusion's texts in one more language; any may be left out, not all."""

    findings: TranslatedLongText | None = None
    lessons_learned: TranslatedLongText | None = None
    good_practices: TranslatedLongText | None = None
    challenges: TranslatedLongText | None = None

    @model_validator(mode="after")
    def _says_something(self) -> ReviewTranslation:
        if all(getattr(self, name) is None for name in type(self).model_fields):
            raise ValueError(
                "give at least one of findings, lessons_learned, good_practices, challenges"
            )
        return self


ReviewTranslations = Annotated[
    dict[Language, ReviewTranslation],
    BeforeValidator(_known_language_keys),
    Field(
        description="conclude-review only: the texts in other languages, keyed by language;"
        " needs `language` (the texts' own), which it may not repeat",
        examples=[
            {
                "es": {
                    "good_practices": "Una línea directa conjunta de empleadores y diáspora.",
                    "lessons_learned": "Las cuotas bajaron cuando la contratación fue pública.",
                }
            }
        ],
    ),
]


class ActionRequest(_Strict):
    """Body of a lifecycle action: a reason for any decision (required to reject or return for
    revision), and for conclude-review the outcome and findings."""

    reason: Annotated[str, Field(min_length=1, max_length=2000)] | None = Field(
        default=None,
        description="Why: kept in the history, carried by the event, shown in the partner's inbox."
        " Required for `reject` and `return`.",
        examples=["The commitments need measurable targets and a baseline before adoption."],
    )
    outcome: ReviewOutcome | None = None
    findings: LongText = ""
    lessons_learned: LongText = ""
    good_practices: LongText = ""
    challenges: LongText = ""
    language: ReviewLanguage | None = Field(
        default=None,
        description="the language the texts are written in: en, es or fr (searched with its stemmer)",
    )
    translations: ReviewTranslations = {}


class InvitationAnswer(_Strict):
    """Body of accepting or declining an invitation: why, optionally."""

    reason: Annotated[str, Field(min_length=1, max_length=2000)] | None = Field(
        default=None,
        description="Why: kept in the history, carried by the event (not for a restricted"
        " partnership) and shown in the owner's inbox.",
        examples=["Our members recruit through the programme already; we will hold the target."],
    )


class InvitationRead(BaseModel):
    """An organisation's invitation to be named in a partnership, and what it is named for."""

    id: str
    partnership_id: str
    owner_organisation_id: str
    organisation_id: str = Field(description="The invited organisation (a partner id).")
    status: InvitationStatus
    role: MemberRole | None = Field(
        description="The member role the partnership names it with now; null once it no longer"
        " names it."
    )
    commitment_ids: list[str] = Field(
        description="The planned commitments it would hold now (alone or jointly)."
    )
    created_at: datetime
    answered_at: datetime | None = None
    answered_by_client_id: str | None = None
    reason: str | None = None


class InvitationPage(BaseModel):
    items: list[InvitationRead]
    next_cursor: str | None = None


class ClassificationChange(_Strict):
    """The secretariat's change of a partnership's classification, with why."""

    classification: Classification
    reason: Annotated[str, Field(min_length=1, max_length=2000)] = Field(
        description="Why: kept in the history (not carried by the event of a restricted"
        " partnership).",
        examples=["Its commitments concern case management of unaccompanied children."],
    )


DecisionReason = Annotated[str, Field(min_length=1, max_length=2000)]


class AmendedCommitmentIn(PlannedCommitmentIn):
    """A commitment in an amendment: with the `id` of one already tracked to change it, without
    one to add a new commitment."""

    id: Annotated[str, Field(min_length=1, max_length=100)] | None = Field(
        default=None, description="An existing commitment's id, to change it; leave out to add one."
    )


class AmendmentCreate(_Strict):
    """What an adopted or implementing partnership should become, and why. Each list given
    replaces the current one whole; every commitment already tracked stays (change it by its
    `id`, e.g. a later `due_date` or a larger `target`), new ones are added."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "reason": "Scaling up: a third province joins, with a second cohort.",
                    "countries": [
                        {"code": "MX", "role": "origin"},
                        {"code": "CA", "role": "destination"},
                        {"code": "GT", "role": "origin"},
                    ],
                }
            ]
        },
    )

    reason: DecisionReason = Field(description="Why: kept with the amendment and in the history.")
    members: Annotated[list[MemberIn], Field(max_length=100)] | None = None
    countries: Annotated[list[CountryIn], Field(max_length=250)] | None = None
    planned_commitments: Annotated[list[AmendedCommitmentIn], Field(max_length=200)] | None = None

    @model_validator(mode="after")
    def _changes_something(self) -> AmendmentCreate:
        if self.members is None and self.countries is None and self.planned_commitments is None:
            raise ValueError("name what changes: members, countries or planned_commitments")
        return self


class AmendmentDecision(_Strict):
    reason: DecisionReason | None = Field(
        default=None, description="Why; required to reject, so the owner learns why."
    )


class AmendmentRead(BaseModel):
    id: str
    partnership_id: str
    status: Literal["proposed", "approved", "rejected"]
    changes: dict[str, Any] = Field(description="the lists the amendment replaces, as validated")
    reason: str
    base_version: int = Field(description="the partnership's version when it was proposed")
    proposed_by_client_id: str
    proposed_at: datetime
    decided_by_client_id: str | None
    decided_at: datetime | None
    decision_reason: str | None
    resulting_version: int | None = Field(description="the version its approval made")


class PartnershipVersionSummary(BaseModel):
    version: int
    status: PartnershipStatus
    recorded_at: datetime


class PartnershipVersionRead(BaseModel):
    version: int
    recorded_at: datetime
    partnership: PartnershipRead = Field(description="the partnership as it stood at this version")


class TransitionRead(BaseModel):
    action: str
    from_status: PartnershipStatus | None
    to_status: PartnershipStatus
    reason: str | None = None
    actor_client_id: str
    actor_organisation_id: str | None
    event_id: str | None
    occurred_at: datetime


class WaitingItemRead(BaseModel):
    kind: Literal["proposal", "review", "amendment"] = Field(
        description="`proposal`: to adopt, reject or return; `review`: its dossier is compiled,"
        " to conclude; `amendment`: to approve or reject."
    )
    partnership_id: str
    title: str
    owner_organisation_id: str
    review_id: str | None = None
    cycle: int | None = None
    amendment_id: str | None = None
    since: datetime = Field(
        description="When it began to wait: proposed, dossier compiled, or amendment proposed."
    )
    age_seconds: float


class WorkQueue(BaseModel):
    items: list[WaitingItemRead]
    next_cursor: str | None = None


class StatsRead(BaseModel):
    total: int
    by_status: dict[str, int]
    by_theme: dict[str, int]
    by_level: dict[str, int]
    by_country: dict[str, int]


# --------------------------------------------------------------------------- reports


class ReportRow(BaseModel):
    key: str
    label: str
    count: int
    share: float = Field(description="count / total; rows add up to more than 1 on list axes")


class PartnershipReport(BaseModel):
    period_start: date
    period_end: date
    by: str
    country_role: CountryRole | None
    total: int = Field(description="partnerships public and not yet closed in the period")
    with_migrant_or_diaspora: int = Field(
        description="of them, those with a migrant or diaspora organisation among the members"
    )
    rows: list[ReportRow]


# --------------------------------------------------------------------------- good practices


class PracticeLinks(BaseModel):
    partnership: str
    replicated_from: str | None = Field(description="the partnership this one replicates")
    replicas: list[str] = Field(description="public partnerships that replicate this one")


class PracticeHit(BaseModel):
    review_id: str
    partnership_id: str
    partnership_title: str
    cycle: int
    outcome: ReviewOutcome | None
    language: str | None
    concluded_at: datetime
    rank: float
    snippets: dict[str, str] = Field(
        description="matching passages per field (good_practices, lessons_learned, findings,"
        " challenges), the matched words in <mark>…</mark>"
    )
    links: PracticeLinks


class PracticePage(BaseModel):
    items: list[PracticeHit]
    next_offset: int | None = None


# --------------------------------------------------------------------------- review rounds


class RoundScope(_Strict):
    """Which implementing partnerships a round reviews; an empty list places no constraint."""

    regions: Annotated[
        list[Annotated[str, Field(pattern=M49_AREA_PATTERN)]], Field(max_length=30)
    ] = []
    gcm_objectives: Annotated[list[GcmObjective], Field(max_length=23)] = []
    levels: Annotated[list[Level], Field(max_length=5)] = []
    themes: Annotated[list[Theme], Field(max_length=6)] = []


class RoundCreate(_Strict):
    name: Annotated[str, Field(min_length=3, max_length=200)]
    period_start: date
    period_end: date
    scope: RoundScope = RoundScope()

    @model_validator(mode="after")
    def _period_in_order(self) -> RoundCreate:
        if self.period_end < self.period_start:
            raise ValueError("period_end must not be before period_start")
        return self


class RoundProgress(BaseModel):
    partnerships: int
    awaiting_dossier: int = Field(description="review open, dossier not compiled yet")
    dossier_compiled: int = Field(description="dossier compiled, review not concluded yet")
    concluded: dict[str, int] = Field(description="concluded reviews by outcome")


class RoundRead(BaseModel):
    id: str
    name: str
    period_start: date
    period_end: date
    scope: RoundScope
    opened_at: datetime
    closed_at: datetime | None
    progress: RoundProgress


class RoundReportEntry(BaseModel):
    partnership_id: str
    title: str
    outcome: ReviewOutcome | None
    findings: str | None
    challenges: str | None
    good_practices: str | None
    lessons_learned: str | None


class RoundReport(BaseModel):
    round: RoundRead
    by_objective: dict[str, list[RoundReportEntry]] = Field(
        description="concluded reviews under each GCM objective their partnership names"
    )
    by_region: dict[str, list[RoundReportEntry]] = Field(
        description="concluded reviews under each M49 region their partnership's countries are in"
    )
