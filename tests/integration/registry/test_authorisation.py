"""Who may call what: every registry endpoint, for every role, own and foreign organisation, with real tokens."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.integration.registry.support import (
    Cast,
    cast,
    consent_all,
    draft_naming,
    propose,
)

pytestmark = pytest.mark.integration

ROLES = ("owner", "other", "secretariat", "ops", "admin", "anonymous")

# (method, path template, body kind, expected status per caller). "owner" is the partner whose
# organisation owns the partnership; "other" a partner of another organisation.
MATRIX: list[tuple[str, str, str | None, dict[str, int]]] = [
    (
        "GET",
        "/partners",
        None,
        dict(owner=200, other=200, secretariat=200, ops=200, admin=200, anonymous=401),
    ),
    (
        "POST",
        "/partners",
        "partner",
        dict(owner=403, other=403, secretariat=403, ops=403, admin=201, anonymous=401),
    ),
    (
        "GET",
        "/clients",
        None,
        dict(owner=403, other=403, secretariat=403, ops=403, admin=200, anonymous=401),
    ),
    (
        "POST",
        "/partnerships",
        "draft",
        dict(owner=201, other=201, secretariat=403, ops=403, admin=403, anonymous=401),
    ),
    (
        "GET",
        "/partnerships",
        None,
        dict(owner=200, other=200, secretariat=200, ops=200, admin=200, anonymous=401),
    ),
    (
        "GET",
        "/partnerships/{draft}",
        None,
        dict(owner=200, other=404, secretariat=200, ops=404, admin=404, anonymous=401),
    ),
    (
        "GET",
        "/partnerships/{draft}/history",
        None,
        dict(owner=200, other=404, secretariat=200, ops=404, admin=404, anonymous=401),
    ),
    (
        "PATCH",
        "/partnerships/{draft}",
        "edit",
        dict(owner=200, other=404, secretariat=403, ops=403, admin=403, anonymous=401),
    ),
    (
        "GET",
        "/partnerships/{proposed}",
        None,
        dict(owner=200, other=200, secretariat=200, ops=200, admin=200, anonymous=401),
    ),
    (
        "PATCH",
        "/partnerships/{proposed}",
        "edit",
        dict(owner=409, other=403, secretariat=403, ops=403, admin=403, anonymous=401),
    ),
    (
        "POST",
        "/partnerships/{proposed}/actions/withdraw",
        None,
        dict(owner=200, other=403, secretariat=403, ops=403, admin=403, anonymous=401),
    ),
    (
        "POST",
        "/partnerships/{proposed}/actions/adopt",
        None,
        dict(owner=403, other=403, secretariat=200, ops=403, admin=403, anonymous=401),
    ),
    (
        "POST",
        "/partnerships/{proposed}/actions/replicate",
        None,
        dict(owner=201, other=201, secretariat=403, ops=403, admin=403, anonymous=401),
    ),
    (
        "POST",
        "/partnerships/{draft}/actions/propose",
        None,
        dict(owner=200, other=404, secretariat=403, ops=404, admin=404, anonymous=401),
    ),
    (
        "POST",
        "/partnerships/{proposed}/actions/reject",
        "reason",
        dict(owner=403, other=403, secretariat=200, ops=403, admin=403, anonymous=401),
    ),
    (
        "POST",
        "/partnerships/{adopted}/actions/start",
        None,
        dict(owner=200, other=403, secretariat=200, ops=403, admin=403, anonymous=401),
    ),
    (
        "POST",
        "/partnerships/{implementing}/actions/open-review",
        None,
        dict(owner=403, other=403, secretariat=200, ops=403, admin=403, anonymous=401),
    ),
    (
        "POST",
        "/partnerships/{under_review}/actions/conclude-review",
        "conclusion",
        dict(owner=403, other=403, secretariat=200, ops=403, admin=403, anonymous=401),
    ),
    (
        "GET",
        "/partners/{partner}",
        None,
        dict(owner=200, other=200, secretariat=200, ops=200, admin=200, anonymous=401),
    ),
    (
        "GET",
        "/partnerships/{proposed}/reviews",
        None,
        dict(owner=200, other=200, secretariat=200, ops=200, admin=200, anonymous=401),
    ),
    (
        "GET",
        "/partnerships/{draft}/reviews",
        None,
        dict(owner=200, other=404, secretariat=200, ops=404, admin=404, anonymous=401),
    ),
    (
        "POST",
        "/clients",
        "client",
        dict(owner=403, other=403, secretariat=403, ops=403, admin=201, anonymous=401),
    ),
    (
        "GET",
        "/stats",
        None,
        dict(owner=403, other=403, secretariat=200, ops=200, admin=403, anonymous=401),
    ),
]


def drafted_body(people: Cast) -> dict[str, Any]:
    """A draft naming the diaspora organisation but not `other`'s (Canada): to `other` the draft
    is another organisation's business, as the table's column means."""
    return draft_naming(people.orgs, "diaspora")


# Who takes a fresh partnership from `proposed` to each later state.
LATER_STATES: dict[str, list[tuple[str, str]]] = {
    "adopted": [("secretariat", "adopt")],
    "implementing": [("secretariat", "adopt"), ("owner", "start")],
    "under_review": [("secretariat", "adopt"), ("owner", "start"), ("secretariat", "open-review")],
}


async def advanced(api: httpx.AsyncClient, people: Cast, steps: list[tuple[str, str]]) -> str:
    """A new proposed partnership moved through `steps`; its id."""
    created = await api.post(
        "/partnerships", json=drafted_body(people), headers=people.headers["owner"]
    )
    pid = str(created.json()["id"])
    assert (await propose(api, people, pid)).status_code == 200
    for who, action in steps:
        response = await api.post(
            f"/partnerships/{pid}/actions/{action}", headers=people.headers[who]
        )
        assert response.status_code == 200, response.text
    return pid


@pytest.mark.parametrize(
    ("method", "template", "body_kind", "expected"),
    MATRIX,
    ids=[f"{m} {t}" for m, t, _, _ in MATRIX],
)
async def test_authorisation_matrix(
    api: httpx.AsyncClient,
    method: str,
    template: str,
    body_kind: str | None,
    expected: dict[str, int],
) -> None:
    people = await cast(api)
    people.headers["anonymous"] = {}
    assert set(expected) == set(ROLES)
    for caller in ROLES:
        # A fresh partnership per caller, so one caller's action never changes what the next sees.
        drafted = await api.post(
            "/partnerships", json=drafted_body(people), headers=people.headers["owner"]
        )
        draft_id = drafted.json()["id"]
        # The draft's one invitee accepts now, so the owner's propose in the table may pass.
        await consent_all(api, draft_id, people.invitees())
        proposed = (
            await api.post(
                "/partnerships", json=drafted_body(people), headers=people.headers["owner"]
            )
        ).json()
        assert (await propose(api, people, proposed["id"])).status_code == 200
        # Later states only when the row needs them: each costs a few calls per caller.
        later = {}
        for state, steps in LATER_STATES.items():
            if "{" + state + "}" in template:
                later[state] = await advanced(api, people, steps)
        path = template.format(
            draft=draft_id, proposed=proposed["id"], partner=people.orgs["canada"], **later
        )
        headers = dict(people.headers[caller])
        body: Any = None
        if body_kind == "partner":
            body = {"name": "A new partner", "kind": "academia", "country": "SN"}
        elif body_kind == "reason":
            body = {"reason": "The commitments lack measurable targets."}
        elif body_kind == "conclusion":
            body = {"outcome": "continue", "findings": "On track."}
        elif body_kind == "client":
            body = {
                "name": "A new client",
                "organisation_id": people.orgs["canada"],
                "roles": ["partner"],
            }
        elif body_kind == "draft":
            body = drafted_body(people)
        elif body_kind == "edit":
            body = {"title": "An edited title"}
            headers["If-Match"] = '"1"' if "{draft}" in template else '"2"'
        response = await api.request(method, path, json=body, headers=headers)
        assert response.status_code == expected[caller], (
            f"{caller}: {response.status_code} {response.text}"
        )
        if response.status_code >= 400:
            assert response.headers["content-type"] == "application/problem+json"
