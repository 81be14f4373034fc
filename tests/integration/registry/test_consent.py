"""Consent: naming an organisation in a draft invites it; it accepts or declines; the draft is
proposed only once every organisation it names has accepted; the history says who consented when."""

from __future__ import annotations

import json
from typing import Any

import asyncpg
import httpx
import pytest

from shared.db import asyncpg_dsn
from tests.integration.registry.support import (
    Cast,
    consent_all,
    draft_body,
    make_client,
    make_partner,
)
from tests.integration.registry.test_revision import act, events_of

pytestmark = pytest.mark.integration

INVITATION_EVENTS = ("partnership.invitation_sent", "partnership.invitation_answered")


async def drafted(api: httpx.AsyncClient, people: Cast, **overrides: Any) -> httpx.Response:
    created = await api.post(
        "/partnerships", json=draft_body(people.orgs, **overrides), headers=people.headers["owner"]
    )
    assert created.status_code == 201, created.text
    return created


async def invitations(api: httpx.AsyncClient, people: Cast, pid: str) -> dict[str, Any]:
    """The partnership's invitations by invited organisation, as its owner reads them."""
    listed = await api.get(f"/partnerships/{pid}/invitations", headers=people.headers["owner"])
    assert listed.status_code == 200, listed.text
    return {i["organisation_id"]: i for i in listed.json()}


async def answer(
    api: httpx.AsyncClient, headers: dict[str, str], invitation_id: str, verb: str, **body: Any
) -> httpx.Response:
    return await api.post(
        f"/invitations/{invitation_id}/{verb}", json=body or None, headers=headers
    )


async def client_id(api: httpx.AsyncClient, headers: dict[str, str]) -> str:
    me = await api.get("/clients/me", headers=headers)
    assert me.status_code == 200, me.text
    return str(me.json()["client_id"])


async def outsider(api: httpx.AsyncClient, people: Cast) -> dict[str, str]:
    """A partner client of an organisation the partnership does not name."""
    org = await make_partner(
        api, people.headers["admin"], "Chamber of Commerce, Guatemala", "private_sector", "GT"
    )
    return await make_client(api, people.headers["admin"], ["partner"], org)


async def edit(api: httpx.AsyncClient, people: Cast, pid: str, **changes: Any) -> httpx.Response:
    current = await api.get(f"/partnerships/{pid}", headers=people.headers["owner"])
    return await api.patch(
        f"/partnerships/{pid}",
        json=changes,
        headers={**people.headers["owner"], "If-Match": current.headers["ETag"]},
    )


async def test_a_draft_invites_every_named_organisation_but_its_owner_and_announces_only_ids(
    api: httpx.AsyncClient, people: Cast, registry_db: str
) -> None:
    pid = (await drafted(api, people)).json()["id"]
    canada, diaspora = people.orgs["canada"], people.orgs["diaspora"]
    found = await invitations(api, people, pid)
    assert set(found) == {canada, diaspora}
    assert {i["status"] for i in found.values()} == {"open"}
    assert found[canada]["role"] == "implementing"
    assert found[diaspora]["role"] == "technical"
    assert len(found[canada]["commitment_ids"]) == 1
    assert found[diaspora]["commitment_ids"] == []
    assert found[canada]["owner_organisation_id"] == people.orgs["mexico"]

    sent = [
        data
        for kind, data in await events_of(registry_db, pid, consent=True)
        if kind in INVITATION_EVENTS
    ]
    assert sorted(d["organisation_id"] for d in sent) == sorted([canada, diaspora])
    for data in sent:
        assert set(data) == {
            "invitation_id",
            "partnership_id",
            "organisation_id",
            "owner_organisation_id",
            "role",
            "commitment_ids",
        }
        assert data["invitation_id"] == found[data["organisation_id"]]["id"]
        assert data["commitment_ids"] == found[data["organisation_id"]]["commitment_ids"]
    # Nothing but the invitations left the draft: it is still private.
    assert {kind for kind, _ in await events_of(registry_db, pid, consent=True)} == {
        "partnership.invitation_sent"
    }


async def test_each_organisation_sees_its_own_invitations_and_the_secretariat_sees_all(
    api: httpx.AsyncClient, people: Cast
) -> None:
    pid = (await drafted(api, people)).json()["id"]
    mine = await api.get("/invitations", headers=people.headers["other"])
    assert mine.status_code == 200, mine.text
    assert [(i["partnership_id"], i["organisation_id"]) for i in mine.json()["items"]] == [
        (pid, people.orgs["canada"])
    ]
    assert (await api.get("/invitations", headers=people.headers["owner"])).json()["items"] == []
    everyone = await api.get("/invitations?status=open", headers=people.headers["secretariat"])
    assert len(everyone.json()["items"]) == 2
    none_accepted = await api.get("/invitations?status=accepted", headers=people.headers["other"])
    assert none_accepted.json()["items"] == []
    assert (await api.get("/invitations", headers=people.headers["ops"])).status_code == 403


async def test_taking_a_member_off_withdraws_its_open_invitation_and_a_new_member_is_invited(
    api: httpx.AsyncClient, people: Cast, registry_db: str
) -> None:
    pid = (await drafted(api, people)).json()["id"]
    canada, diaspora, iom = people.orgs["canada"], people.orgs["diaspora"], people.orgs["iom"]
    before = await invitations(api, people, pid)
    edited = await edit(
        api,
        people,
        pid,
        members=[
            {"partner_id": canada, "role": "implementing"},
            {"partner_id": iom, "role": "technical"},
        ],
    )
    assert edited.status_code == 200, edited.text
    after = await invitations(api, people, pid)
    assert after[diaspora]["status"] == "withdrawn"
    assert after[diaspora]["role"] is None
    assert after[iom]["status"] == "open"
    assert after[canada] == before[canada]  # asked once: an edit does not ask again
    # The withdrawn invitation cannot be answered any more.
    late = await answer(api, people.headers["diaspora"], after[diaspora]["id"], "accept")
    assert late.status_code == 409, late.text
    assert late.json()["current_state"] == "withdrawn"
    sent = [
        data["organisation_id"]
        for kind, data in await events_of(registry_db, pid, consent=True)
        if kind == "partnership.invitation_sent"
    ]
    assert sorted(sent) == sorted([canada, diaspora, iom])


async def test_accept_and_decline_rules_and_their_problem_documents(
    api: httpx.AsyncClient, people: Cast
) -> None:
    pid = (await drafted(api, people)).json()["id"]
    found = await invitations(api, people, pid)
    canadas = found[people.orgs["canada"]]["id"]
    stranger = await outsider(api, people)

    # Who may not learn the draft exists is told the invitation does not exist either.
    hidden = await answer(api, stranger, canadas, "accept")
    assert hidden.status_code == 404, hidden.text
    assert (await answer(api, stranger, "no-such-invitation", "accept")).status_code == 404
    # Whoever sees the draft but is not the invited organisation is refused: its owner, another
    # invitee, and staff (the route is for partners).
    for who in ("owner", "diaspora", "secretariat"):
        refused = await answer(api, people.headers[who], canadas, "accept")
        assert refused.status_code == 403, (who, refused.text)
    too_long = await answer(api, people.headers["other"], canadas, "decline", reason="x" * 2001)
    assert too_long.status_code == 422

    accepted = await answer(api, people.headers["other"], canadas, "accept", reason="We are in.")
    assert accepted.status_code == 200, accepted.text
    assert accepted.json()["status"] == "accepted"
    assert accepted.json()["reason"] == "We are in."
    assert accepted.json()["answered_by_client_id"] == await client_id(api, people.headers["other"])
    for verb in ("accept", "decline"):
        again = await answer(api, people.headers["other"], canadas, verb)
        assert again.status_code == 409, again.text
        problem = again.json()
        assert problem["type"].endswith("/invitation-closed")
        assert problem["current_state"] == "accepted"
        assert again.headers["content-type"].startswith("application/problem+json")


async def test_propose_waits_for_every_consent_and_a_decliner_must_go(
    api: httpx.AsyncClient, people: Cast, registry_db: str
) -> None:
    pid = (await drafted(api, people)).json()["id"]
    canada, diaspora = people.orgs["canada"], people.orgs["diaspora"]
    found = await invitations(api, people, pid)

    refused = await act(api, people, "owner", pid, "propose")
    assert refused.status_code == 409, refused.text
    problem = refused.json()
    assert problem["type"].endswith("/consent-missing")
    assert sorted(problem["pending_organisation_ids"]) == sorted([canada, diaspora])
    assert problem["declined_organisation_ids"] == []
    assert "Employment Canada" in problem["detail"]
    assert "Mexican Diaspora Network" in problem["detail"]

    accepted = await answer(api, people.headers["other"], found[canada]["id"], "accept")
    assert accepted.status_code == 200, accepted.text
    declined = await answer(
        api, people.headers["diaspora"], found[diaspora]["id"], "decline", reason="No capacity."
    )
    assert declined.status_code == 200, declined.text
    refused = await act(api, people, "owner", pid, "propose")
    assert refused.status_code == 409, refused.text
    assert refused.json()["pending_organisation_ids"] == []
    assert refused.json()["declined_organisation_ids"] == [diaspora]
    assert "declined: Mexican Diaspora Network" in refused.json()["detail"]
    current = await api.get(f"/partnerships/{pid}", headers=people.headers["owner"])
    assert (current.json()["status"], current.json()["version"]) == ("draft", 1)
    assert "partnership.proposed" not in [
        kind for kind, _ in await events_of(registry_db, pid, consent=True)
    ]

    edited = await edit(api, people, pid, members=[{"partner_id": canada, "role": "implementing"}])
    assert edited.status_code == 200, edited.text
    assert (await invitations(api, people, pid))[diaspora]["status"] == "declined"
    proposed = await act(api, people, "owner", pid, "propose")
    assert proposed.status_code == 200, proposed.text
    assert proposed.json()["status"] == "proposed"


async def test_a_decliner_added_back_is_asked_again(api: httpx.AsyncClient, people: Cast) -> None:
    pid = (await drafted(api, people)).json()["id"]
    canada, diaspora = people.orgs["canada"], people.orgs["diaspora"]
    first = (await invitations(api, people, pid))[diaspora]
    declined = await answer(api, people.headers["diaspora"], first["id"], "decline")
    assert declined.status_code == 200
    members = [{"partner_id": canada, "role": "implementing"}]
    assert (await edit(api, people, pid, members=members)).status_code == 200
    back = [*members, {"partner_id": diaspora, "role": "observer"}]
    assert (await edit(api, people, pid, members=back)).status_code == 200
    again = (await invitations(api, people, pid))[diaspora]
    assert (again["id"], again["status"], again["role"]) == (first["id"], "open", "observer")
    await consent_all(api, pid, people.invitees())
    assert (await act(api, people, "owner", pid, "propose")).status_code == 200


async def test_the_history_records_who_consented_when_and_why(
    api: httpx.AsyncClient, people: Cast, registry_db: str
) -> None:
    pid = (await drafted(api, people)).json()["id"]
    found = await invitations(api, people, pid)
    canada, diaspora = people.orgs["canada"], people.orgs["diaspora"]
    await answer(
        api, people.headers["other"], found[canada]["id"], "accept", reason="Agreed by the board."
    )
    await answer(api, people.headers["diaspora"], found[diaspora]["id"], "decline")
    history = await api.get(f"/partnerships/{pid}/history", headers=people.headers["owner"])
    assert history.status_code == 200, history.text
    rows = [row for row in history.json() if row["action"].endswith("-invitation")]
    assert [(r["action"], r["actor_organisation_id"], r["reason"]) for r in rows] == [
        ("accept-invitation", canada, "Agreed by the board."),
        ("decline-invitation", diaspora, None),
    ]
    assert rows[0]["actor_client_id"] == await client_id(api, people.headers["other"])
    assert rows[1]["actor_client_id"] == await client_id(api, people.headers["diaspora"])
    assert all((r["from_status"], r["to_status"]) == ("draft", "draft") for r in rows)
    assert all(r["occurred_at"] for r in rows)
    answered = {
        data["organisation_id"]: (data, event_id)
        for kind, data, event_id in await _events_with_ids(registry_db, pid)
        if kind == "partnership.invitation_answered"
    }
    assert answered[canada][0]["answer"] == "accepted"
    assert answered[canada][0]["reason"] == "Agreed by the board."
    assert answered[canada][0]["owner_organisation_id"] == people.orgs["mexico"]
    assert answered[diaspora][0]["answer"] == "declined"
    assert rows[0]["event_id"] == answered[canada][1]


async def _events_with_ids(database_url: str, pid: str) -> list[tuple[str, dict[str, Any], str]]:
    conn = await asyncpg.connect(asyncpg_dsn(database_url))
    try:
        rows = await conn.fetch(
            "SELECT event_type, envelope FROM outbox WHERE key = $1 ORDER BY id", pid
        )
    finally:
        await conn.close()
    return [
        (row["event_type"], json.loads(row["envelope"])["data"], json.loads(row["envelope"])["id"])
        for row in rows
    ]


async def test_the_invitee_reads_the_draft_a_third_party_and_a_decliner_do_not(
    api: httpx.AsyncClient, people: Cast
) -> None:
    pid = (await drafted(api, people)).json()["id"]
    stranger = await outsider(api, people)
    for headers in (people.headers["other"], people.headers["diaspora"]):
        read = await api.get(f"/partnerships/{pid}", headers=headers)
        assert read.status_code == 200, read.text
        assert read.json()["title"] == "Fair recruitment corridor Mexico-Canada"
        listed = await api.get("/partnerships?status=draft", headers=headers)
        assert pid in [p["id"] for p in listed.json()["items"]]
        assert (
            await api.get(f"/partnerships/{pid}/invitations", headers=headers)
        ).status_code == 200
    for path in (f"/partnerships/{pid}", f"/partnerships/{pid}/invitations"):
        assert (await api.get(path, headers=stranger)).status_code == 404
        assert (await api.get(path, headers=people.headers["ops"])).status_code == 404
    listed = await api.get("/partnerships?status=draft", headers=stranger)
    assert pid not in [p["id"] for p in listed.json()["items"]]

    diasporas = (await invitations(api, people, pid))[people.orgs["diaspora"]]["id"]
    assert (await answer(api, people.headers["diaspora"], diasporas, "decline")).status_code == 200
    gone = await api.get(f"/partnerships/{pid}", headers=people.headers["diaspora"])
    assert gone.status_code == 404
    listed = await api.get("/partnerships?status=draft", headers=people.headers["diaspora"])
    assert pid not in [p["id"] for p in listed.json()["items"]]
    # Its own invitation stays in its list, declined.
    mine = await api.get("/invitations", headers=people.headers["diaspora"])
    assert [i["status"] for i in mine.json()["items"]] == ["declined"]


async def test_a_restricted_drafts_invitee_reads_it_and_its_answer_travels_without_a_reason(
    api: httpx.AsyncClient, people: Cast, registry_db: str
) -> None:
    pid = (await drafted(api, people, classification="restricted")).json()["id"]
    canadas = (await invitations(api, people, pid))[people.orgs["canada"]]["id"]
    read = await api.get(f"/partnerships/{pid}", headers=people.headers["other"])
    assert read.status_code == 200, read.text
    assert read.json()["title"] == "Fair recruitment corridor Mexico-Canada"
    accepted = await answer(
        api, people.headers["other"], canadas, "accept", reason="Case workers in Tijuana agree."
    )
    assert accepted.status_code == 200, accepted.text
    answered = [
        data
        for kind, data in await events_of(registry_db, pid, consent=True)
        if kind == "partnership.invitation_answered"
    ]
    assert answered and answered[0].get("reason") is None
    history = await api.get(f"/partnerships/{pid}/history", headers=people.headers["owner"])
    assert "Case workers in Tijuana agree." in [row["reason"] for row in history.json()]
    await consent_all(api, pid, people.invitees())
    assert (await act(api, people, "owner", pid, "propose")).status_code == 200
    # Proposed and restricted: the members read it, an outsider does not.
    stranger = await outsider(api, people)
    assert (await api.get(f"/partnerships/{pid}", headers=stranger)).status_code == 404
    assert (
        await api.get(f"/partnerships/{pid}", headers=people.headers["diaspora"])
    ).status_code == 200


async def test_withdrawing_a_draft_withdraws_its_open_invitations(
    api: httpx.AsyncClient, people: Cast
) -> None:
    pid = (await drafted(api, people)).json()["id"]
    canadas = (await invitations(api, people, pid))[people.orgs["canada"]]["id"]
    assert (await answer(api, people.headers["other"], canadas, "accept")).status_code == 200
    assert (await act(api, people, "owner", pid, "withdraw")).status_code == 200
    found = await invitations(api, people, pid)
    assert found[people.orgs["canada"]]["status"] == "accepted"
    assert found[people.orgs["diaspora"]]["status"] == "withdrawn"
