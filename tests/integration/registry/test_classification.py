"""A restricted partnership is read whole only by its members and the secretariat, and its events
carry a thin payload: no title, summary, commitment texts, reasons or review texts."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from tests.integration.registry.support import (
    Cast,
    draft_body,
    make_client,
    make_partner,
    propose,
)
from tests.integration.registry.test_revision import act, events_of

pytestmark = pytest.mark.integration

TITLE_WORD = "Casework"
NARRATIVE_WORDS = (
    TITLE_WORD,
    "unaccompanied",
    "Workers recruited with zero recruitment fees",
    "workers recruited fee-free",
    "a confidential reason",
    "confidential practice",
    "Case conferences",
)


def restricted_body(people: Cast, **overrides: Any) -> dict[str, Any]:
    return draft_body(
        people.orgs,
        title=f"{TITLE_WORD} for unaccompanied children in transit",
        summary="Case management of unaccompanied children between Mexico and Canada.",
        classification="restricted",
        **overrides,
    )


@pytest.fixture
async def outsider(api: httpx.AsyncClient, people: Cast) -> dict[str, str]:
    """A partner organisation that is no member of the partnerships these tests draft."""
    organisation = await make_partner(
        api, people.headers["admin"], "Outside Organisation", "academia", "FR"
    )
    return await make_client(api, people.headers["admin"], ["partner"], organisation)


async def create(api: httpx.AsyncClient, people: Cast, body: dict[str, Any]) -> str:
    created = await api.post("/partnerships", json=body, headers=people.headers["owner"])
    assert created.status_code == 201, created.text
    return str(created.json()["id"])


async def adopted(api: httpx.AsyncClient, people: Cast, body: dict[str, Any]) -> str:
    pid = await create(api, people, body)
    assert (await propose(api, people, pid)).status_code == 200
    answer = await act(api, people, "secretariat", pid, "adopt", reason="a confidential reason")
    assert answer.status_code == 200, answer.text
    return pid


def assert_thin(data: dict[str, Any]) -> None:
    text = json.dumps(data)
    for words in NARRATIVE_WORDS:
        assert words not in text, (words, data)
    snapshot = data["partnership"]
    assert snapshot["classification"] == "restricted"
    assert (snapshot["title"], snapshot["summary"], snapshot["translations"]) == ("", "", {})
    assert data.get("reason") is None


async def test_a_restricted_partnerships_events_carry_no_narrative(
    api: httpx.AsyncClient, people: Cast, registry_db: str
) -> None:
    pid = await adopted(api, people, restricted_body(people))

    events = await events_of(registry_db, pid)

    assert [kind for kind, _ in events] == ["partnership.proposed", "partnership.adopted"]
    for _, data in events:
        assert_thin(data)
    commitment = events[-1][1]["partnership"]["planned_commitments"][0]
    # The numbers travel, so commitments can be tracked; the texts do not.
    assert (commitment["target"], commitment["unit"]) == ("500", "workers")
    assert commitment["description"] == commitment["indicator"] == ""
    history = await api.get(f"/partnerships/{pid}/history", headers=people.headers["owner"])
    assert history.json()[-1]["reason"] == "a confidential reason"


async def test_only_members_and_the_secretariat_read_a_restricted_partnership(
    api: httpx.AsyncClient, people: Cast, outsider: dict[str, str]
) -> None:
    pid = await adopted(api, people, restricted_body(people))
    public_pid = await adopted(api, people, draft_body(people.orgs))

    for reader in ("owner", "other", "secretariat"):  # "other" is a member of it
        whole = await api.get(f"/partnerships/{pid}", headers=people.headers[reader])
        assert whole.status_code == 200, (reader, whole.text)
        assert whole.json()["title"].startswith(TITLE_WORD)
        assert whole.json()["classification"] == "restricted"
    for headers in (outsider, people.headers["ops"]):
        assert (await api.get(f"/partnerships/{pid}", headers=headers)).status_code == 404
        for query in ({}, {"q": TITLE_WORD}, {"country": "MX"}):
            listed = await api.get("/partnerships", params=query, headers=headers)
            ids = [item["id"] for item in listed.json()["items"]]
            assert pid not in ids, query
        everything = await api.get("/partnerships", headers=headers)
        assert public_pid in [item["id"] for item in everything.json()["items"]]
        history = await api.get(f"/partnerships/{pid}/history", headers=headers)
        assert history.status_code == 404
    found = await api.get(
        "/partnerships", params={"q": TITLE_WORD}, headers=people.headers["other"]
    )
    assert pid in [item["id"] for item in found.json()["items"]]


async def test_the_owner_classifies_a_draft_until_it_is_proposed(
    api: httpx.AsyncClient, people: Cast
) -> None:
    pid = await create(api, people, draft_body(people.orgs))
    edited = await api.patch(
        f"/partnerships/{pid}",
        json={"classification": "restricted"},
        headers={**people.headers["owner"], "If-Match": '"1"'},
    )
    assert edited.status_code == 200, edited.text
    assert edited.json()["classification"] == "restricted"
    assert (await propose(api, people, pid)).status_code == 200
    returned = await act(api, people, "secretariat", pid, "return", reason="add a baseline")
    assert returned.status_code == 200, returned.text

    refused = await api.patch(
        f"/partnerships/{pid}",
        json={"classification": "public"},
        headers={**people.headers["owner"], "If-Match": f'"{returned.json()["version"]}"'},
    )

    assert refused.status_code == 422, refused.text
    assert [error["field"] for error in refused.json()["errors"]] == ["classification"]
    current = await api.get(f"/partnerships/{pid}", headers=people.headers["owner"])
    assert current.json()["classification"] == "restricted"


async def test_the_secretariat_restricts_an_adopted_partnership_and_its_next_event_is_thin(
    api: httpx.AsyncClient, people: Cast, registry_db: str, outsider: dict[str, str]
) -> None:
    pid = await adopted(api, people, draft_body(people.orgs, title=f"{TITLE_WORD} corridor"))
    url = f"/partnerships/{pid}/classification"
    body = {"classification": "restricted", "reason": "unaccompanied children's cases"}

    for who in ("owner", "ops", "admin"):
        refused = await api.put(url, json=body, headers=people.headers[who])
        assert refused.status_code == 403, (who, refused.text)
    invalid = await api.put(
        url, json={"classification": "secret", "reason": "x"}, headers=people.headers["secretariat"]
    )
    assert invalid.status_code == 422
    assert [error["field"] for error in invalid.json()["errors"]] == ["classification"]
    assert [kind for kind, _ in await events_of(registry_db, pid)] == [
        "partnership.proposed",
        "partnership.adopted",
    ]

    changed = await api.put(url, json=body, headers=people.headers["secretariat"])
    again = await api.put(url, json=body, headers=people.headers["secretariat"])

    assert changed.status_code == 200, changed.text
    assert changed.json()["classification"] == "restricted"
    assert again.json()["version"] == changed.json()["version"]
    events = await events_of(registry_db, pid)
    assert [kind for kind, _ in events][-1] == "partnership.updated"
    assert_thin(events[-1][1])
    assert len(events) == 3
    history = await api.get(f"/partnerships/{pid}/history", headers=people.headers["secretariat"])
    assert (history.json()[-1]["action"], history.json()[-1]["reason"]) == (
        "classify",
        body["reason"],
    )
    assert (await api.get(f"/partnerships/{pid}", headers=outsider)).status_code == 404


async def test_a_restricted_partnerships_review_is_found_only_by_those_entitled(
    api: httpx.AsyncClient, people: Cast, registry_db: str, outsider: dict[str, str]
) -> None:
    pid = await adopted(api, people, restricted_body(people))
    for action in ("start", "open-review"):
        assert (await act(api, people, "secretariat", pid, action)).status_code == 200
    concluded = await act(
        api,
        people,
        "secretariat",
        pid,
        "conclude-review",
        outcome="continue",
        good_practices="A confidential practice of joint case conferences",
        findings="Case conferences reunited families",
    )
    assert concluded.status_code == 200, concluded.text

    event = (await events_of(registry_db, pid))[-1][1]
    assert_thin(event)
    assert (event["findings"], event["good_practices"], event["translations"]) == ("", "", {})
    query = {"q": "case conferences"}
    for headers in (outsider, people.headers["ops"]):
        hidden = await api.get("/good-practices", params=query, headers=headers)
        assert pid not in [hit["partnership_id"] for hit in hidden.json()["items"]]
    for reader in ("other", "secretariat"):
        found = await api.get("/good-practices", params=query, headers=people.headers[reader])
        assert pid in [hit["partnership_id"] for hit in found.json()["items"]], reader
