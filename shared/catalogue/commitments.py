"""Payloads of `commitment.*` and `review.*` events, published by the commitments service."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from pydantic import BaseModel


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


class CommitmentProgressReported(CommitmentEvent):
    """`commitment.progress_reported`: the responsible partner reported a reading."""

    report_id: str
    period_end: date
    value: Decimal
    unit: str
    narrative: str = ""
    evidence_links: list[str] = []
    reported_by_client_id: str | None = None


class CommitmentStatusChanged(CommitmentEvent):
    """`commitment.status_changed`: the derived status moved (after a report, or by the sweep)."""

    old_status: str
    new_status: str


class CommitmentReportDue(CommitmentEvent):
    """`commitment.report_due`: the due date is near; sent once per commitment and due date."""

    due_date: date


class CommitmentOverdue(CommitmentEvent):
    """`commitment.overdue`: the due date passed without the target reached; sent once."""

    due_date: date


class CommitmentAchieved(CommitmentEvent):
    """`commitment.achieved`: the latest reading reached the target."""

    achieved_at: datetime
    value: Decimal
    target: Decimal
    unit: str
