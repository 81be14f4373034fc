"""After adoption a partnership changes only by amendment: the owner proposes with a reason, the
secretariat approves (the next version, `partnership.amended`) or rejects with a reason; every
version can be read back."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.integration.registry.support import Cast, draft_body, propose
from tests.integration.registry.test_revision import act, events_of

pytestmark = pytest.mark.integration


async def adopted(api: httpx.AsyncClient, people: Cast) -> dict[str, Any]:
    created = await api.post(
        "/partnerships", json=draft_body(people.orgs), headers=people.headers["owner"]
    )
    pid = str(created.json()["id"])
    assert (await propose(api, people, pid)).status_code == 200
    answer = await act(api, people, "secretariat", pid, "adopt")
    assert answer.status_code == 200, answer.text
    return dict(answer.json())


def scaled_up(partnership: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """Guatemala joins; the tracked commitment gets a later due date and a larger target; a
    second commitment is added."""
    tracked = {
        key: value
        for key, value in partnership["planned_commitments"][0].items()
        if key not in ("holders",)
    }
    return {
        "reason": "Scaling up: Guatemala joins with a second cohort.",
        "countries": [*partnership["countries"], {"code": "GT", "role": "origin"}],
        "planned_commitments": [
            {**tracked, "target": "900", "due_date": "2028-06-30"},
            {
                "description": "Workers from Guatemala recruited fee-free",
                "responsible_partner_id": tracked["responsible_partner_id"],
                "indicator": "Guatemalan workers recruited fee-free",
                "unit": "workers",
                "baseline": "0",
                "target": "200",
                "due_date": "2028-06-30",
            },
        ],
        **extra,
    }


async def test_an_approved_amendment_is_the_next_version_and_its_event(
    api: httpx.AsyncClient, people: Cast, registry_db: str
) -> None:
    partnership = await adopted(api, people)
    pid = partnership["id"]
    url = f"/partnerships/{pid}/amendments"

    proposed = await api.post(url, json=scaled_up(partnership), headers=people.headers["owner"])
    assert proposed.status_code == 201, proposed.text
    amendment = proposed.json()
    assert (amendment["status"], amendment["base_version"]) == ("proposed", partnership["version"])
    unchanged = await api.get(f"/partnerships/{pid}", headers=people.headers["owner"])
    assert unchanged.json()["version"] == partnership["version"]
    queue = await api.get("/queue", headers=people.headers["secretariat"])
    assert ("amendment", amendment["id"]) in [
        (item["kind"], item["amendment_id"]) for item in queue.json()["items"]
    ]

    approved = await api.post(
        f"{url}/{amendment['id']}/approve", headers=people.headers["secretariat"]
    )

    assert approved.status_code == 200, approved.text
    assert approved.json()["resulting_version"] == partnership["version"] + 1
    now = (await api.get(f"/partnerships/{pid}", headers=people.headers["owner"])).json()
    assert now["version"] == partnership["version"] + 1
    assert "GT" in [c["code"] for c in now["countries"]]
    commitments = now["planned_commitments"]
    assert commitments[0]["id"] == partnership["planned_commitments"][0]["id"]
    assert (commitments[0]["target"], commitments[0]["due_date"]) == ("900", "2028-06-30")
    assert len(commitments) == 2 and commitments[1]["id"]
    kinds = [kind for kind, _ in await events_of(registry_db, pid)]
    assert kinds[-2:] == ["partnership.amendment_proposed", "partnership.amended"]
    amended = (await events_of(registry_db, pid))[-1][1]
    assert amended["previous_version"] == partnership["version"]
    assert amended["changed_fields"] == ["countries", "planned_commitments"]
    assert amended["partnership"]["planned_commitments"][1]["id"] == commitments[1]["id"]
    history = await api.get(f"/partnerships/{pid}/history", headers=people.headers["owner"])
    assert [h["action"] for h in history.json()][-2:] == ["propose-amendment", "amend"]
    # The version before the amendment reads back as it was.
    before = await api.get(
        f"/partnerships/{pid}/versions/{partnership['version']}", headers=people.headers["other"]
    )
    assert before.status_code == 200, before.text
    assert "GT" not in [c["code"] for c in before.json()["partnership"]["countries"]]
    assert before.json()["partnership"]["planned_commitments"][0]["target"] == "500"


async def test_every_version_of_a_partnership_can_be_read_back(
    api: httpx.AsyncClient, people: Cast
) -> None:
    partnership = await adopted(api, people)
    pid = partnership["id"]

    listed = await api.get(f"/partnerships/{pid}/versions", headers=people.headers["owner"])

    assert [(v["version"], v["status"]) for v in listed.json()] == [
        (1, "draft"),
        (2, "proposed"),
        (3, "adopted"),
    ]
    first = await api.get(f"/partnerships/{pid}/versions/1", headers=people.headers["owner"])
    assert first.json()["partnership"]["status"] == "draft"
    missing = await api.get(f"/partnerships/{pid}/versions/9", headers=people.headers["owner"])
    assert missing.status_code == 404
    for bad in ("0", "99999999999", "one"):
        refused = await api.get(
            f"/partnerships/{pid}/versions/{bad}", headers=people.headers["owner"]
        )
        assert refused.status_code == 422, (bad, refused.text)
        assert [e["field"] for e in refused.json()["errors"]] == ["path:version"], refused.text


async def test_a_new_drafts_first_version_reads_back_as_the_draft_was_created(
    api: httpx.AsyncClient, people: Cast
) -> None:
    # The draft's row and its first version are written by separate statements: what the version
    # keeps must be the draft the POST answered with, timestamps included.
    created = await api.post(
        "/partnerships", json=draft_body(people.orgs), headers=people.headers["owner"]
    )
    assert created.status_code == 201, created.text
    draft = created.json()
    first = await api.get(
        f"/partnerships/{draft['id']}/versions/1", headers=people.headers["owner"]
    )
    assert first.status_code == 200, first.text
    kept = first.json()["partnership"]
    compared = ("id", "version", "status", "title", "members", "countries", "planned_commitments")
    assert {k: kept[k] for k in compared} == {k: draft[k] for k in compared}
    assert (kept["created_at"], kept["updated_at"]) == (draft["created_at"], draft["updated_at"])
    current = await api.get(f"/partnerships/{draft['id']}", headers=people.headers["owner"])
    assert current.json()["created_at"] == draft["created_at"]


async def test_who_may_amend_what_and_when(
    api: httpx.AsyncClient, people: Cast, registry_db: str
) -> None:
    partnership = await adopted(api, people)
    pid = partnership["id"]
    url = f"/partnerships/{pid}/amendments"
    body = scaled_up(partnership)

    for who in ("other", "secretariat", "ops"):
        refused = await api.post(url, json=body, headers=people.headers[who])
        assert refused.status_code == 403, (who, refused.text)
    no_reason = {key: value for key, value in body.items() if key != "reason"}
    missing = await api.post(url, json=no_reason, headers=people.headers["owner"])
    assert missing.status_code == 422
    assert "reason" in [e["field"] for e in missing.json()["errors"]]
    dropped = await api.post(
        url,
        json={**body, "planned_commitments": body["planned_commitments"][1:]},
        headers=people.headers["owner"],
    )
    assert dropped.status_code == 422, dropped.text
    assert [e["field"] for e in dropped.json()["errors"]] == ["planned_commitments"]
    stranger = await api.post(
        url,
        json={**body, "members": [{"partner_id": "no-such-partner", "role": "technical"}]},
        headers=people.headers["owner"],
    )
    assert stranger.status_code == 422
    assert [k for k, _ in await events_of(registry_db, pid)][-1] == "partnership.adopted"

    keyed = {**people.headers["owner"], "Idempotency-Key": "amend-once"}
    first = await api.post(url, json=body, headers=keyed)
    replayed = await api.post(url, json=body, headers=keyed)
    second = await api.post(url, json=body, headers=people.headers["owner"])
    assert (first.status_code, replayed.status_code, second.status_code) == (201, 201, 409)
    assert replayed.json()["id"] == first.json()["id"]
    assert replayed.headers["Idempotent-Replayed"] == "true"
    decision = f"{url}/{first.json()['id']}"
    assert (
        await api.post(f"{decision}/approve", headers=people.headers["owner"])
    ).status_code == 403
    unexplained = await api.post(f"{decision}/reject", headers=people.headers["secretariat"])
    assert unexplained.status_code == 422
    rejected = await api.post(
        f"{decision}/reject",
        json={"reason": "Name the Guatemalan employer first."},
        headers=people.headers["secretariat"],
    )
    assert rejected.status_code == 200, rejected.text
    assert rejected.json()["status"] == "rejected"
    again = await api.post(f"{decision}/approve", headers=people.headers["secretariat"])
    assert again.status_code == 409
    now = await api.get(f"/partnerships/{pid}", headers=people.headers["owner"])
    assert now.json()["version"] == partnership["version"]
    rejected_event = (await events_of(registry_db, pid))[-1]
    assert rejected_event[0] == "partnership.amendment_rejected"
    assert rejected_event[1]["reason"] == "Name the Guatemalan employer first."

    draft = await api.post(
        "/partnerships", json=draft_body(people.orgs), headers=people.headers["owner"]
    )
    too_early = await api.post(
        f"/partnerships/{draft.json()['id']}/amendments", json=body, headers=people.headers["owner"]
    )
    assert too_early.status_code == 409


async def test_an_organisation_an_amendment_names_consents_before_it_is_approved(
    api: httpx.AsyncClient, people: Cast, registry_db: str
) -> None:
    partnership = await adopted(api, people)
    pid = partnership["id"]
    guatemala = people.orgs["guatemala"]
    members = [
        {"partner_id": m["partner_id"], "role": m["role"]}
        for m in partnership["members"]
        if m["partner_id"] != people.orgs["mexico"]
    ]
    body = scaled_up(partnership, members=[*members, {"partner_id": guatemala, "role": "funding"}])
    proposed = await api.post(
        f"/partnerships/{pid}/amendments", json=body, headers=people.headers["owner"]
    )
    assert proposed.status_code == 201, proposed.text
    sent = [
        data
        for kind, data in await events_of(registry_db, pid, consent=True)
        if kind == "partnership.invitation_sent" and data["organisation_id"] == guatemala
    ]
    assert [(data["role"], data["commitment_ids"]) for data in sent] == [("funding", [])]
    approve = f"/partnerships/{pid}/amendments/{proposed.json()['id']}/approve"

    refused = await api.post(approve, headers=people.headers["secretariat"])

    assert refused.status_code == 409, refused.text
    assert refused.json()["pending_organisation_ids"] == [guatemala]
    invitations = await api.get("/invitations", headers=people.headers["stranger"])
    (invitation,) = [i for i in invitations.json()["items"] if i["partnership_id"] == pid]
    accepted = await api.post(
        f"/invitations/{invitation['id']}/accept", headers=people.headers["stranger"]
    )
    assert accepted.status_code == 200, accepted.text
    approved = await api.post(approve, headers=people.headers["secretariat"])
    assert approved.status_code == 200, approved.text
    now = await api.get(f"/partnerships/{pid}", headers=people.headers["stranger"])
    assert guatemala in [m["partner_id"] for m in now.json()["members"]]
