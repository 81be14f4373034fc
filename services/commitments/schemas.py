"""Request and response shapes of the commitments API (Create / Read / Page families)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, HttpUrl

from services.commitments.domain import (
    AT_RISK_RATIO,
    ON_TRACK_RATIO,
    CommitmentState,
    CommitmentStatus,
)
from shared.catalogue.commitments import DossierCompiled, HolderPart
from shared.quantity import Quantity
from shared.reporting import ReportingFrequency


def _https(url: HttpUrl) -> HttpUrl:
    # Evidence is opened by reviewers in a browser; plain http would leak and could be altered.
    if url.scheme != "https":
        raise ValueError("evidence links must be https URLs")
    return url


EvidenceLink = Annotated[HttpUrl, AfterValidator(_https)]


class ProgressReportCreate(BaseModel):
    """A reading of the commitment's indicator at the end of a reporting period."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "period_end": "2026-06-30",
                    "value": 430,
                    "unit": "workers",
                    "narrative": "Second recruitment round in Michoacán; no fees charged.",
                    "evidence_links": ["https://evidence.example.org/recruitment-2026-q2.pdf"],
                }
            ]
        },
    )

    period_end: date
    value: Quantity
    unit: Annotated[str, Field(min_length=1, max_length=50)]
    narrative: Annotated[str, Field(max_length=10000)] = ""
    evidence_links: Annotated[list[EvidenceLink], Field(max_length=20)] = []


class ProgressReportRead(BaseModel):
    id: str
    commitment_id: str
    period_end: date
    value: Decimal
    unit: str
    narrative: str
    evidence_links: list[str]
    reported_by_client_id: str
    reported_by_organisation_id: str | None
    holder_id: Annotated[str, Field(description="Whose part this reading is.")]
    status_after: CommitmentStatus
    created_at: datetime


class ProgressReportPage(BaseModel):
    items: list[ProgressReportRead]
    next_cursor: str | None = None


STATUS_RULE = (
    "Derived from the commitment's value: each holder's latest reading (latest period; a later"
    " report for the same period corrects an earlier one) summed. First rule wins: `achieved`"
    " when the value reached the target; `overdue` after the due date, or when the latest"
    " reporting period that ended went without every holder's report (until one comes);"
    " `not_started` without readings; else actual progress"
    " (value - baseline) / (target - baseline) against the progress expected at the reading's"
    " period end (linear from start to due date): `on_track` at or above"
    f" {ON_TRACK_RATIO} of it, `at_risk` at or above {AT_RISK_RATIO}, `off_track` below."
)


class CommitmentRead(BaseModel):
    id: str
    partnership_id: str
    responsible_partner_id: Annotated[
        str, Field(description="The first holder, answerable for the whole.")
    ]
    holders: Annotated[
        list[HolderPart],
        Field(description="Every holder with its share of the target and its latest part."),
    ]
    actual: Annotated[
        Decimal | None,
        Field(description="The commitment's value: the holders' latest parts summed."),
    ]
    reporting_frequency: ReportingFrequency
    description: str
    indicator: str
    unit: str
    baseline: Decimal
    target: Decimal
    start_date: date
    due_date: date
    status: Annotated[CommitmentStatus, Field(description=STATUS_RULE)]
    state: CommitmentState
    achieved_at: datetime | None
    closed_at: datetime | None
    created_at: datetime
    updated_at: datetime


class CommitmentPage(BaseModel):
    items: list[CommitmentRead]
    next_cursor: str | None = None


class DossierRead(DossierCompiled):
    """The review dossier exactly as it was published in `review.dossier_compiled`."""


class IndicatorTotal(BaseModel):
    """Sums over the commitments measured in one unit (values in different units never add)."""

    unit: str
    commitments: int
    baseline: Decimal
    target: Decimal
    latest: Decimal = Field(description="latest readings by the period's end, else the baselines")


class CommitmentResults(BaseModel):
    commitments: int
    by_status: dict[str, int] = Field(description="status as it stood at the period's end")
    not_reported: int = Field(description="commitments without a reading for a period in it")
    indicator_totals: list[IndicatorTotal]


class CommitmentReportRow(CommitmentResults):
    key: str
    label: str


class CommitmentReport(CommitmentResults):
    period_start: date
    period_end: date
    by: str
    country_role: str | None
    rows: list[CommitmentReportRow]
