"""Payloads of `commitment.*` and `review.*` events, published by the commitments service."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from pydantic import BaseModel, Field

from shared.catalogue.partnerships import Holder


class HolderPart(BaseModel):
    """A holder's part of a commitment: its share of the target and its latest reading."""

    partner_id: str
    share: Decimal | None = None
    latest_value: Decimal | None = None
    latest_period_end: date | None = None


class PeriodEntry(BaseModel):
    """One period of a commitment's reporting calendar, as it stood when the dossier was compiled."""

    period_start: date
    period_end: date
    state: str = Field(
        description="reported (every holder reported in it) | missing (it ended without) |"
        " open (today is in it) | upcoming"
    )
    parts: dict[str, Decimal] = Field(
        default={}, description="Each holder's latest reading in the period, by partner id."
    )
    total: Decimal | None = Field(
        default=None,
        description="The commitment's value at the period's end: each holder's latest reading"
        " up to then, summed; none before any holder reported.",
    )


class DossierEntry(BaseModel):
    commitment_id: str
    description: str
    responsible_partner_id: str
    indicator: str
    unit: str
    baseline: Decimal
    target: Decimal
    latest_value: Decimal | None = None
    latest_period_end: date | None = None
    due_date: date
    status: str
    holders: list[HolderPart] = []
    reporting_frequency: str = "once"
    periods: list[PeriodEntry] = []


class DossierCompiled(BaseModel):
    """`review.dossier_compiled`: keyed by the partnership id, attached to the open review."""

    dossier_id: str
    partnership_id: str
    review_id: str
    cycle: int
    compiled_at: datetime
    commitments: list[DossierEntry]
    overdue: list[str]  # commitment ids
    achieved: list[str]  # commitment ids


class CommitmentEvent(BaseModel):
    """What every `commitment.*` event carries; the event's subject (and Kafka key) is
    `partnership_id`, so a commitment's events stay in order with its partnership's."""

    commitment_id: str
    partnership_id: str
    responsible_partner_id: str
    holder_ids: list[str] = Field(
        default=[],
        description="Every holder of the commitment, the responsible partner first; empty in"
        " events from before joint commitments (the responsible partner was the only one).",
    )


class CommitmentRegistered(CommitmentEvent):
    """`commitment.registered`: a planned commitment of an adopted partnership is now tracked."""

    description: str
    indicator: str
    unit: str
    baseline: Decimal
    target: Decimal
    start_date: date
    due_date: date
    status: str
    holders: list[Holder] = []
    reporting_frequency: str = "once"


class CommitmentProgressReported(CommitmentEvent):
    """`commitment.progress_reported`: a holder reported a reading of its part (with one holder,
    of the whole); `actual` is then the commitment's value, every holder's latest part summed."""

    report_id: str
    period_end: date
    value: Decimal
    unit: str
    narrative: str = ""
    evidence_links: list[str] = []
    reported_by_client_id: str | None = None
    holder_id: str | None = None
    actual: Decimal | None = None


class CommitmentStatusChanged(CommitmentEvent):
    """`commitment.status_changed`: the derived status moved (after a report, or by the sweep)."""

    old_status: str
    new_status: str


class CommitmentReportDue(CommitmentEvent):
    """`commitment.report_due`: a reporting period's end is near; sent once per commitment and
    period. `due_date` is the day the report is due: the period's end (for the last period, or a
    commitment reporting once, the commitment's due date)."""

    due_date: date
    period_start: date | None = None
    commitment_due_date: date | None = None


class CommitmentOverdue(CommitmentEvent):
    """`commitment.overdue`: sent once per commitment and period. For the last period (or a
    commitment reporting once): the due date passed without the target reached. For an earlier
    period: it ended without every holder's report (`missing_holder_ids`)."""

    due_date: date
    period_start: date | None = None
    commitment_due_date: date | None = None
    missing_holder_ids: list[str] = []


class CommitmentAchieved(CommitmentEvent):
    """`commitment.achieved`: the latest reading reached the target."""

    achieved_at: datetime
    value: Decimal
    target: Decimal
    unit: str
