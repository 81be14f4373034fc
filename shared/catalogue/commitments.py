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
