"""Payloads of `partner.*` events, published by the registry."""

from __future__ import annotations

from pydantic import BaseModel


class PartnerRegistered(BaseModel):
    partner_id: str
    name: str
    kind: str
    country: str | None = None
    # The organisation's IATI identifier ("XM-DAC-47066"), when it has one; optional, so that
    # consumers of the earlier contract read on.
    iati_org_ref: str | None = None
