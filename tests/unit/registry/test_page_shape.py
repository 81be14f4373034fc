"""The list page is written without validating its items again (`shared.web.json_shape`): for
partnerships in the form they are stored in, it must be byte for byte what validating and
dumping `PartnershipPage` gives, as the endpoint did before."""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from typing import Any

import pydantic_core
import pytest

from services.registry.api import _page_shape, partnership_fields
from services.registry.models import Partnership
from services.registry.schemas import PartnershipPage

CREATED = datetime(2026, 11, 30, 9, 15, 2, 123456, tzinfo=UTC)

# As `handlers.validated_content` stores a draft: the request's JSON form, members with their
# kinds, commitments with ids and holders, sorted arrays.
STORED: dict[str, Any] = {
    "id": "p-1",
    "version": 3,
    "status": "adopted",
    "owner_organisation_id": "org-mx",
    "lead_partner_id": "org-mx",
    "title": "Fair recruitment corridor",
    "summary": "Fee-free recruitment of seasonal workers.",
    "language": "en",
    "translations": {},
    "level": "bilateral",
    "members": [
        {"partner_id": "org-mx", "role": "lead", "kind": "line_ministry"},
        {"partner_id": "org-ca", "role": "implementing", "kind": "employer_or_recruiter"},
    ],
    "countries": [{"code": "MX", "role": "origin"}, {"code": "CA", "role": "destination"}],
    "planned_commitments": [],
    "themes": ["data_cooperation", "human_rights"],
    "policy_areas": [],
    "gcm_objectives": [6],
    "sdg_targets": ["10.7"],
    "country_codes": ["CA", "MX"],
    "partner_ids": ["org-ca", "org-mx"],
    "consultation_platform": None,
    "replicated_from": None,
    "review_cycle": 0,
    "classification": "public",
    "created_at": CREATED,
    "updated_at": CREATED,
}


def _variant(**changes: Any) -> dict[str, Any]:
    return copy.deepcopy(STORED) | changes


PLEDGE = {
    "id": "c-1",
    "description": "Workers recruited without paying fees",
    "responsible_partner_id": "org-mx",
    "holders": [
        {"partner_id": "org-mx", "share": "400.5"},
        {"partner_id": "org-ca", "share": "200"},
    ],
    "indicator": "workers recruited fee-free",
    "unit": "workers",
    "baseline": "0",
    "target": "600.5",
    "due_date": "2027-12-04",
    "reporting_frequency": "quarterly",
}

VARIANTS = {
    "bench-like": STORED,
    "translated, one text missing": _variant(
        translations={"es": {"title": "Corredor", "summary": "Contratación"}, "fr": {"title": "T"}}
    ),
    "commitments, one from before joint ones": _variant(
        planned_commitments=[
            PLEDGE,
            {
                "id": "c-2",
                "description": "Workers oriented on arrival",
                "responsible_partner_id": "org-ca",
                "indicator": "workers oriented",
                "unit": "workers",
                "baseline": "0",
                "target": "400",
                "start_date": "2026-05-18",
                "due_date": "2027-12-04",
            },
        ]
    ),
    "a member without a kind, replicated, on a platform": _variant(
        members=[{"partner_id": "org-mx", "role": "lead"}],
        replicated_from="p-0",
        consultation_platform="gfmd",
        classification="restricted",
        status="draft",
    ),
}


@pytest.mark.parametrize("stored", VARIANTS.values(), ids=VARIANTS.keys())
@pytest.mark.parametrize("accept_language", [None, "es, fr;q=0.5"])
def test_a_page_is_written_as_validating_it_would(
    stored: dict[str, Any], accept_language: str | None
) -> None:
    rows = [Partnership(**copy.deepcopy(stored)) for _ in range(3)]
    page = {
        "items": [partnership_fields(row, accept_language) for row in rows],
        "next_cursor": "opaque",
    }
    validated = PartnershipPage.model_validate(copy.deepcopy(page)).model_dump_json(by_alias=True)
    assert pydantic_core.to_json(_page_shape(page)).decode() == validated


def test_the_last_page_has_a_null_cursor_and_an_empty_page_no_items() -> None:
    assert pydantic_core.to_json(_page_shape({"items": [], "next_cursor": None})) == (
        PartnershipPage(items=[]).model_dump_json(by_alias=True).encode()
    )
