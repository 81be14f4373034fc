"""A restricted partnership lives its life — adopted with a reason, a commitment reported on with
a narrative and a link, a review concluded with findings — while an outside partner and ops
subscribe to everything. None of its words reaches them by any path: the Kafka topics, their
webhooks, their inbox, the IATI export, the registry's search and good practices, the
commitments API. Its members read it whole."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import httpx
import pytest

from shared.catalogue import Stream, topic_name
from tests.support.callers import Caller, enrol, login, register_partners
from tests.support.kafka import read_to_end
from tests.support.processes import eventually
from tests.support.receiver import Receiver
from tests.support.system import ADMIN_ID, ADMIN_SECRET, System

pytestmark = pytest.mark.e2e

# Each of these is written into the partnership by those entitled; none may leave them.
SECRETS = {
    "title": "Casework Ixtapa for unaccompanied children",
    "summary": "Family tracing of children held at Ixtapa",
    "description": "Children reunited through Ixtapa casework",
    "indicator": "children reunited Ixtapa",
    "reason": "Ixtapa shelter consent obtained",
    "narrative": "Ixtapa family conference reunited twelve",
    "evidence": "https://cases.example.org/ixtapa",
    "findings": "Ixtapa conferences shortened stays",
    "consent": "Ixtapa shelter board agreed to join",
}
MARK = "Ixtapa"


def leaked(text: str) -> list[str]:
    return [name for name, words in SECRETS.items() if words in text or MARK in text]


async def test_no_outsider_receives_a_restricted_partnerships_detail_by_any_path(
    system: System,
) -> None:
    with Receiver() as hooks:
        async with httpx.AsyncClient(timeout=10) as http:
            await live_and_watch(system, http, hooks)


async def live_and_watch(system: System, http: httpx.AsyncClient, hooks: Receiver) -> None:
    admin = await login(http, system, ADMIN_ID, ADMIN_SECRET)
    orgs = await register_partners(
        admin,
        [
            ("ministry", "Child Protection Office", "line_ministry", "MX"),
            ("ngo", "Shelter Network", "civil_society", "MX"),
            ("outside", "Outside Observatory", "academia", "FR"),
            ("secretariat", "Compact Secretariat", "un_agency", "CH"),
        ],
    )
    owner = await enrol(admin, http, system, ["partner"], orgs["ministry"])
    ngo = await enrol(admin, http, system, ["partner"], orgs["ngo"])
    outsider = await enrol(admin, http, system, ["partner"], orgs["outside"])
    secretariat = await enrol(admin, http, system, ["secretariat"], orgs["secretariat"])
    ops = await enrol(admin, http, system, ["ops"], None)
    everything = ["partnership.*", "commitment.*", "review.*"]
    for name, caller in (("outside", outsider), ("ops", ops)):
        await caller.call(
            "POST",
            "notifications",
            "/subscriptions",
            201,
            json={"target_url": f"{hooks.url}/{name}", "event_types": everything},
        )

    pid = await restricted_partnership(owner, ngo, secretariat, orgs)

    # The outside subscribers heard of it — thinly: every event, no word.
    def outside_hooks() -> list[str]:
        return [r.body.decode() for r in hooks.received]

    async def concluded_reached_them() -> bool:
        return sum("partnership.review_concluded" in body for body in outside_hooks()) >= 2

    await eventually(concluded_reached_them, timeout=60, what="the review's webhooks")
    about_it = [body for body in outside_hooks() if pid in body]
    assert len(about_it) >= 10, "the outsiders were told of each change"
    for body in about_it:
        assert leaked(body) == [], body
    # An invitation is the invitee's and the owner's business: ops heard them, the outsider not.
    heard = {
        name: [r.body.decode() for r in hooks.received if r.path.endswith(f"/{name}")]
        for name in ("outside", "ops")
    }
    assert any("partnership.invitation_answered" in body for body in heard["ops"])
    assert not any("partnership.invitation_" in body for body in heard["outside"])

    # Kafka: every record of the partnership's key on the topics downstream teams read.
    prefix = system.env["ALIANZA_TOPIC_PREFIX"]
    for stream in (Stream.PARTNERSHIPS, Stream.COMMITMENTS, Stream.NOTIFICATIONS):
        records = await read_to_end(system.bootstrap, topic_name(prefix, stream))
        for record in records:
            assert leaked((record.value or b"").decode()) == [], (stream, record.value)

    # The outsider's inbox, the export and every search.
    inbox = await outsider.call("GET", "notifications", "/inbox")
    assert leaked(json.dumps(inbox)) == []
    assert await outsider.call("GET", "registry", f"/partnerships/{pid}", 404)
    for query in (f"q={MARK}", "country=MX"):
        page = await outsider.call("GET", "registry", f"/partnerships?{query}")
        assert pid not in json.dumps(page)
    practices = await outsider.call("GET", "registry", f"/good-practices?q={MARK}")
    assert practices["items"] == []
    listed = await outsider.call("GET", "commitments", f"/commitments?partnership_id={pid}")
    assert listed["items"] == []
    export = await http.get(
        system.url("commitments") + "/iati/activities", headers=outsider.headers
    )
    assert pid not in export.text and leaked(export.text) == []

    # Those entitled read it whole.
    whole = await ngo.call("GET", "registry", f"/partnerships/{pid}")
    assert whole["title"] == SECRETS["title"]
    history = await ngo.call("GET", "registry", f"/partnerships/{pid}/history")
    assert SECRETS["consent"] in [row["reason"] for row in history]
    found = await secretariat.call("GET", "registry", f"/good-practices?q={MARK}")
    assert pid in [hit["partnership_id"] for hit in found["items"]]


async def restricted_partnership(
    owner: Caller, ngo: Caller, secretariat: Caller, orgs: dict[str, str]
) -> str:
    draft = await owner.call(
        "POST",
        "registry",
        "/partnerships",
        201,
        json={
            "title": SECRETS["title"],
            "summary": SECRETS["summary"],
            "classification": "restricted",
            "members": [{"partner_id": orgs["ngo"], "role": "implementing"}],
            "level": "national",
            "countries": [{"code": "MX", "role": "transit"}],
            "themes": ["human_rights"],
            "gcm_objectives": [7],
            "planned_commitments": [
                {
                    "description": SECRETS["description"],
                    "responsible_partner_id": orgs["ngo"],
                    "indicator": SECRETS["indicator"],
                    "unit": "children",
                    "baseline": "0",
                    "target": "40",
                    "due_date": (date.today() + timedelta(days=90)).isoformat(),
                }
            ],
        },
    )
    pid: str = draft["id"]
    # The shelter network consents, with a reason its history keeps and no event carries.
    [invitation] = await ngo.call("GET", "registry", f"/partnerships/{pid}/invitations")
    await ngo.call(
        "POST",
        "registry",
        f"/invitations/{invitation['id']}/accept",
        json={"reason": SECRETS["consent"]},
    )
    await owner.call("POST", "registry", f"/partnerships/{pid}/actions/propose")
    await secretariat.call(
        "POST",
        "registry",
        f"/partnerships/{pid}/actions/adopt",
        json={"reason": SECRETS["reason"]},
    )
    await owner.call("POST", "registry", f"/partnerships/{pid}/actions/start")

    async def registered() -> bool:
        page = await ngo.call("GET", "commitments", f"/commitments?partnership_id={pid}")
        return len(page["items"]) == 1

    await eventually(registered, timeout=30, what="the commitment to be registered")
    page: dict[str, Any] = await ngo.call(
        "GET", "commitments", f"/commitments?partnership_id={pid}"
    )
    await ngo.call(
        "POST",
        "commitments",
        f"/commitments/{page['items'][0]['id']}/progress",
        201,
        json={
            "period_end": date.today().isoformat(),
            "value": "12",
            "unit": "children",
            "narrative": SECRETS["narrative"],
            "evidence_links": [SECRETS["evidence"]],
        },
    )
    await secretariat.call("POST", "registry", f"/partnerships/{pid}/actions/open-review")

    async def dossier_attached() -> bool:
        reviews = await secretariat.call("GET", "registry", f"/partnerships/{pid}/reviews")
        return bool(reviews) and reviews[-1]["dossier_id"] is not None

    await eventually(dossier_attached, timeout=30, what="the review's dossier")
    await secretariat.call(
        "POST",
        "registry",
        f"/partnerships/{pid}/actions/conclude-review",
        json={"outcome": "continue", "findings": SECRETS["findings"]},
    )
    return pid
