"""Payloads of `partner.*` events, published by the registry."""

from __future__ import annotations

from pydantic import BaseModel


class PartnerRegistered(BaseModel):
    partner_id: str
    name: str
    kind: str
    country: str | None = None
