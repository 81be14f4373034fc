"""A whole partnership lifecycle across the three services running as separate processes, driven
only over REST and observed over REST and a real webhook receiver: draft → propose → adopt →
implement → progress → overdue → review (dossier) → continue → second review → complete."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import httpx
import pytest
from standardwebhooks.webhooks import Webhook

from tests.support.callers import accept_invitation, enrol, login, register_partners
from tests.support.processes import eventually
from tests.support.receiver import Receiver
from tests.support.system import ADMIN_ID, ADMIN_SECRET, System

pytestmark = pytest.mark.e2e

DUE_IN_DAYS = 30


async def test_a_partnership_lives_its_whole_life_across_the_three_services(system: System) -> None:
    try:
        with Receiver() as hooks:
            async with httpx.AsyncClient(timeout=10) as http:
                await walk_lifecycle(system, http, hooks)
    finally:
        # The system is shared: its sweep goes back to today's clock for the tests after this.
        system.restart("commitments", "sweep")


async def walk_lifecycle(system: System, http: httpx.AsyncClient, hooks: Receiver) -> None:
    admin = await login(http, system, ADMIN_ID, ADMIN_SECRET)
    orgs = await register_partners(
        admin,
        [
            ("mexico", "Secretaría del Trabajo", "line_ministry", "MX"),
            ("employers", "Canadian Agricultural Employers", "employer_or_recruiter", "CA"),
            ("diaspora", "Mexican Diaspora in Canada", "diaspora_organisation", "CA"),
            ("iom", "Compact Secretariat", "un_agency", "CH"),
        ],
    )
    owner = await enrol(admin, http, system, ["partner"], orgs["mexico"])
    employers = await enrol(admin, http, system, ["partner"], orgs["employers"])
    diaspora = await enrol(admin, http, system, ["partner"], orgs["diaspora"])
    secretariat = await enrol(admin, http, system, ["secretariat"], orgs["iom"])
    ops = await enrol(admin, http, system, ["ops"], None)

    # Downstream: ops follows every partnership event; the employers follow their commitments.
    ops_sub = await ops.call(
        "POST",
        "notifications",
        "/subscriptions",
        201,
        json={"target_url": hooks.url + "/ops", "event_types": ["partnership.*"]},
    )
    employer_sub = await employers.call(
        "POST",
        "notifications",
        "/subscriptions",
        201,
        json={"target_url": hooks.url + "/employers", "event_types": ["commitment.*"]},
    )

    due = date.today() + timedelta(days=DUE_IN_DAYS)
    draft = await owner.call(
        "POST",
        "registry",
        "/partnerships",
        201,
        json={
            "title": "Fair recruitment corridor Mexico-Canada",
            "summary": "Zero-fee recruitment of seasonal farm workers, with diaspora support on arrival.",
            "members": [
                {"partner_id": orgs["employers"], "role": "implementing"},
                {"partner_id": orgs["diaspora"], "role": "technical"},
            ],
            "level": "bilateral",
            "countries": [
                {"code": "MX", "role": "origin"},
                {"code": "CA", "role": "destination"},
            ],
            "themes": ["human_rights"],
            "gcm_objectives": [6],
            "sdg_targets": ["8.8", "10.7"],
            "planned_commitments": [
                {
                    "description": "Workers recruited without paying fees",
                    "responsible_partner_id": orgs["employers"],
                    "indicator": "workers recruited fee-free",
                    "unit": "workers",
                    "baseline": "0",
                    "target": "400",
                    "due_date": due.isoformat(),
                }
            ],
        },
    )
    pid = draft["id"]
    edited = await owner.call(
        "PATCH",
        "registry",
        f"/partnerships/{pid}",
        200,
        json={"themes": ["human_rights", "development_contribution"]},
        headers={"If-Match": '"1"'},
    )
    assert edited["version"] == 2

    correlation = f"e2e-{pid}"
    # Both organisations the draft names consent, each through its own client.
    for invitee in (employers, diaspora):
        await accept_invitation(invitee, pid)
    await owner.call("POST", "registry", f"/partnerships/{pid}/actions/propose")
    await secretariat.call(
        "POST",
        "registry",
        f"/partnerships/{pid}/actions/adopt",
        headers={"X-Correlation-ID": correlation},
    )
    await owner.call("POST", "registry", f"/partnerships/{pid}/actions/start")

    # The commitments service learns of the adoption from the event alone.
    async def commitment_appears() -> bool:
        page = await employers.call("GET", "commitments", f"/commitments?partnership_id={pid}")
        return len(page["items"]) == 1

    await eventually(commitment_appears, timeout=30, what="the commitment to be registered")
    commitment = (await employers.call("GET", "commitments", f"/commitments?partnership_id={pid}"))[
        "items"
    ][0]
    assert commitment["status"] == "not_started"
    cid = commitment["id"]

    await owner.call(
        "POST",
        "commitments",
        f"/commitments/{cid}/progress",
        403,
        json={"period_end": date.today().isoformat(), "value": "10", "unit": "workers"},
    )
    await employers.call(
        "POST",
        "commitments",
        f"/commitments/{cid}/progress",
        201,
        json={
            "period_end": date.today().isoformat(),
            "value": "10",
            "unit": "workers",
            "narrative": "first cohort recruited",
        },
    )
    after_report = await employers.call("GET", "commitments", f"/commitments/{cid}")
    # 10 of 400 reported on day one, when the linear plan expects nothing yet: on track.
    assert after_report["status"] == "on_track"

    # Time passes the due date: the sweep restarts on a clock moved past it.
    system.restart("commitments", "sweep", COMMITMENTS_CLOCK_OFFSET_DAYS=str(DUE_IN_DAYS + 1))

    def employer_hooks() -> list[dict[str, Any]]:
        return [json.loads(r.body) for r in hooks.received if r.path.endswith("/employers")]

    async def overdue_webhook() -> bool:
        return any(e["type"] == "commitment.overdue" for e in employer_hooks())

    await eventually(overdue_webhook, timeout=30, what="the overdue webhook")

    async def overdue_in_inbox() -> bool:
        inbox = await employers.call("GET", "notifications", "/inbox")
        return any(
            item["kind"] == "commitment_overdue" or item["event_type"] == "commitment.overdue"
            for item in inbox["items"]
        )

    await eventually(overdue_in_inbox, timeout=30, what="the overdue inbox item")

    # Two review cycles: continue, then complete; each gets the compiled dossier attached.
    for cycle, outcome, final in [
        (1, "continue", "implementing"),
        (2, "complete", "completed"),
    ]:
        await secretariat.call("POST", "registry", f"/partnerships/{pid}/actions/open-review")

        async def dossier_attached(cycle: int = cycle) -> bool:
            reviews = await ops.call("GET", "registry", f"/partnerships/{pid}/reviews")
            return len(reviews) == cycle and reviews[-1]["dossier_id"] is not None

        await eventually(dossier_attached, timeout=30, what=f"the dossier of review {cycle}")
        dossier = await ops.call("GET", "commitments", f"/partnerships/{pid}/dossier")
        assert dossier["overdue"] == [cid]
        concluded = await secretariat.call(
            "POST",
            "registry",
            f"/partnerships/{pid}/actions/conclude-review",
            json={"outcome": outcome, "findings": f"cycle {cycle} reviewed"},
        )
        assert concluded["status"] == final

    async def commitment_closed() -> bool:
        state: str = (await ops.call("GET", "commitments", f"/commitments/{cid}"))["state"]
        return state == "closed"

    await eventually(
        commitment_closed, timeout=30, what="the commitment to close with the partnership"
    )

    # Every partnership event reached ops, signed, in the order it happened: the invitations to
    # the two named organisations and their answers first.
    expected = [
        *["partnership.invitation_sent"] * 2,
        *["partnership.invitation_answered"] * 2,
        "partnership.proposed",
        "partnership.adopted",
        "partnership.implementation_started",
        "partnership.review_opened",
        "partnership.updated",
        "partnership.review_concluded",
        "partnership.review_opened",
        "partnership.updated",
        "partnership.review_concluded",
    ]

    def ops_hooks() -> list[Any]:
        return [r for r in hooks.received if r.path.endswith("/ops")]

    async def all_ops_hooks() -> bool:
        return len(ops_hooks()) >= len(expected)

    await eventually(all_ops_hooks, timeout=30, what="every partnership webhook")
    verifier = Webhook(ops_sub["secret"])
    bodies = [verifier.verify(r.body, r.headers) for r in ops_hooks()]
    assert [b["type"] for b in bodies] == expected
    versions = [b["data"]["partnership"]["version"] for b in bodies if "partnership" in b["data"]]
    assert versions == sorted(versions), "webhooks of one partnership arrive in order"
    employer_verifier = Webhook(employer_sub["secret"])
    for received in hooks.received:
        if received.path.endswith("/employers"):
            employer_verifier.verify(received.body, received.headers)

    history = await ops.call("GET", "registry", f"/partnerships/{pid}/history")
    assert [h["action"] for h in history] == [
        "create",
        "accept-invitation",
        "accept-invitation",
        "propose",
        "adopt",
        "start",
        "open-review",
        "conclude-review",
        "open-review",
        "conclude-review",
    ]

    # The adoption request's correlation id can be followed through every service's logs.
    for log in ("registry-api", "commitments-consume", "notifications-consume"):
        assert correlation in system.log_text(log), f"{correlation} missing from {log}"
    # ... and out of the system: the adoption's webhook and, one service further on, the
    # webhook of the commitment it registered carry it in their CloudEvent.
    bodies = [(r.path, json.loads(r.body)) for r in hooks.received]
    adopted = {b.get("correlationid") for p, b in bodies if b["type"] == "partnership.adopted"}
    registered = {b.get("correlationid") for p, b in bodies if b["type"] == "commitment.registered"}
    assert adopted == registered == {correlation}
