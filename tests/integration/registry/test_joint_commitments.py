"""Planned commitments with several holders and a reporting calendar, as the registry takes them:
holders are members, shares sum to the target, the older single-holder form still reads."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.integration.registry.support import Cast, draft_body

pytestmark = pytest.mark.integration


def pledge(orgs: dict[str, str], **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "description": "Workers recruited with zero recruitment fees",
        "holders": [
            {"partner_id": orgs["canada"], "share": "300"},
            {"partner_id": orgs["diaspora"], "share": "200"},
        ],
        "indicator": "workers recruited fee-free",
        "unit": "workers",
        "baseline": "0",
        "target": "500",
        "start_date": "2026-01-01",
        "due_date": "2027-12-31",
        "reporting_frequency": "quarterly",
    }
    body.update(overrides)
    return body


async def post(api: httpx.AsyncClient, people: Cast, commitment: dict[str, Any]) -> httpx.Response:
    body = draft_body(people.orgs, planned_commitments=[commitment])
    return await api.post("/partnerships", json=body, headers=people.headers["owner"])


async def test_a_joint_commitment_keeps_its_holders_shares_and_calendar(
    api: httpx.AsyncClient, people: Cast
) -> None:
    response = await post(api, people, pledge(people.orgs))
    assert response.status_code == 201, response.text
    (stored,) = response.json()["planned_commitments"]
    assert stored["responsible_partner_id"] == people.orgs["canada"], "the first holder"
    assert stored["holders"] == [
        {"partner_id": people.orgs["canada"], "share": "300"},
        {"partner_id": people.orgs["diaspora"], "share": "200"},
    ]
    assert stored["reporting_frequency"] == "quarterly"


async def test_the_responsible_partner_named_too_is_listed_first(
    api: httpx.AsyncClient, people: Cast
) -> None:
    commitment = pledge(people.orgs, responsible_partner_id=people.orgs["diaspora"])
    response = await post(api, people, commitment)
    assert response.status_code == 201, response.text
    (stored,) = response.json()["planned_commitments"]
    assert [h["partner_id"] for h in stored["holders"]] == [
        people.orgs["diaspora"],
        people.orgs["canada"],
    ]


async def test_the_single_holder_form_still_works_and_reports_once(
    api: httpx.AsyncClient, people: Cast
) -> None:
    response = await api.post(
        "/partnerships", json=draft_body(people.orgs), headers=people.headers["owner"]
    )
    assert response.status_code == 201, response.text
    (stored,) = response.json()["planned_commitments"]
    assert stored["holders"] == [{"partner_id": people.orgs["canada"], "share": None}]
    assert stored["reporting_frequency"] == "once"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (
            {"holders": [{"partner_id": "nobody"}]},
            "planned_commitments[0].holders[0].partner_id",
        ),
        (
            {"holders": [{"partner_id": "{canada}"}, {"partner_id": "{canada}"}]},
            "planned_commitments[0].holders",
        ),
        (
            {"holders": [{"partner_id": "{canada}", "share": "300"}, {"partner_id": "{diaspora}"}]},
            "planned_commitments[0].holders",
        ),
        (
            {
                "holders": [
                    {"partner_id": "{canada}", "share": "300"},
                    {"partner_id": "{diaspora}", "share": "100"},
                ]
            },
            "planned_commitments[0].holders",
        ),
        ({"holders": [], "responsible_partner_id": None}, "planned_commitments[0].holders"),
        ({"responsible_partner_id": "{mexico}"}, "planned_commitments[0].responsible_partner_id"),
        ({"reporting_frequency": "weekly"}, "planned_commitments[0].reporting_frequency"),
        (
            {"due_date": "2199-12-31"},
            "planned_commitments[0].reporting_frequency",
        ),
        ({"holders": [{"partner_id": "{canada}", "share": "NaN"}]}, "share"),
    ],
    ids=[
        "holder not a member",
        "holder twice",
        "a share missing",
        "shares not summing to the target",
        "nobody holds it",
        "responsible partner not a holder",
        "unknown frequency",
        "a century of quarters",
        "share not a number",
    ],
)
async def test_bad_holders_or_calendars_are_422_naming_the_field(
    api: httpx.AsyncClient, people: Cast, change: dict[str, Any], field: str
) -> None:
    commitment = _named(pledge(people.orgs, **change), people.orgs)
    response = await post(api, people, commitment)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    fields = [error["field"] for error in response.json()["errors"]]
    assert any(f == field or f.endswith(f".{field}") for f in fields), fields


def _named(value: Any, orgs: dict[str, str]) -> Any:
    """`{name}` placeholders replaced with the organisations' ids."""
    if isinstance(value, str) and value.startswith("{") and value.endswith("}"):
        return orgs[value[1:-1]]
    if isinstance(value, dict):
        return {key: _named(item, orgs) for key, item in value.items()}
    if isinstance(value, list):
        return [_named(item, orgs) for item in value]
    return value
