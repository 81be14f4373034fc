"""`alianza timeline` on a whole system (three services as processes, fresh databases and topics):
transitions, events on every topic, commitments, webhook deliveries and dead letters, in order."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from shared.catalogue import Stream, dlq_name, topic_name
from tests.integration.ops.support import alianza, dead_letter, event_record, json_lines
from tests.support.infra import Infra
from tests.support.kafka import produce
from tests.support.processes import eventually
from tests.support.receiver import Receiver
from tests.support.system import ADMIN_ID, ADMIN_SECRET, System

pytestmark = [pytest.mark.integration, pytest.mark.e2e]


@pytest.fixture
async def system(
    infra: Infra, tmp_path: Path, migrated_templates: dict[str, str]
) -> AsyncIterator[System]:
    running = System(infra=infra, logs=tmp_path, templates=migrated_templates)
    try:
        await running.start()
        yield running
    finally:
        await running.stop()


class Caller:
    def __init__(self, http: httpx.AsyncClient, system: System, client_id: str, secret: str):
        self.http, self.system = http, system
        self.client_id, self.secret = client_id, secret
        self.headers: dict[str, str] = {}

    async def login(self) -> Caller:
        response = await self.http.post(
            self.system.url("registry") + "/oauth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": self.client_id,
                "client_secret": self.secret,
            },
        )
        assert response.status_code == 200, response.text
        self.headers = {"Authorization": f"Bearer {response.json()['access_token']}"}
        return self

    async def call(self, method: str, service: str, path: str, expect: int = 200, **kw: Any) -> Any:
        response = await self.http.request(
            method, self.system.url(service) + path, headers=self.headers, **kw
        )
        assert response.status_code == expect, f"{method} {path}: {response.text}"
        return response.json() if response.content else None

    async def enrol(self, roles: list[str], org: str) -> Caller:
        created = await self.call(
            "POST",
            "registry",
            "/clients",
            201,
            json={"name": f"{roles[0]} client", "roles": roles, "organisation_id": org},
        )
        return await Caller(
            self.http, self.system, created["client_id"], created["client_secret"]
        ).login()


async def test_timeline_shows_one_partnership_across_services_in_order(system: System) -> None:
    prefix = system.env["ALIANZA_TOPIC_PREFIX"]
    bootstrap = system.infra.kafka_bootstrap
    with Receiver() as hooks:
        async with httpx.AsyncClient(timeout=10) as http:
            admin = await Caller(http, system, ADMIN_ID, ADMIN_SECRET).login()
            orgs = {}
            for key, kind, country in [
                ("owner", "line_ministry", "MX"),
                ("employers", "employer_or_recruiter", "CA"),
                ("secretariat", "un_agency", "CH"),
            ]:
                partner = await admin.call(
                    "POST",
                    "registry",
                    "/partners",
                    201,
                    json={"name": f"{key} org", "kind": kind, "country": country},
                )
                orgs[key] = partner["id"]
            owner = await admin.enrol(["partner"], orgs["owner"])
            employers = await admin.enrol(["partner"], orgs["employers"])
            secretariat = await admin.enrol(["secretariat"], orgs["secretariat"])
            await admin.call(
                "POST",
                "notifications",
                "/subscriptions",
                201,
                json={"target_url": hooks.url + "/ops", "event_types": ["partnership.*"]},
            )
            draft = await owner.call(
                "POST",
                "registry",
                "/partnerships",
                201,
                json={
                    "title": "Fair recruitment corridor",
                    "summary": "Zero-fee recruitment of seasonal workers.",
                    "members": [{"partner_id": orgs["employers"], "role": "implementing"}],
                    "level": "bilateral",
                    "countries": [
                        {"code": "MX", "role": "origin"},
                        {"code": "CA", "role": "destination"},
                    ],
                    "themes": ["human_rights"],
                    "gcm_objectives": [6],
                    "sdg_targets": ["8.8"],
                    "planned_commitments": [
                        {
                            "description": "Workers recruited without paying fees",
                            "responsible_partner_id": orgs["employers"],
                            "indicator": "workers recruited fee-free",
                            "unit": "workers",
                            "baseline": "0",
                            "target": "400",
                            "due_date": (date.today() + timedelta(days=30)).isoformat(),
                        }
                    ],
                },
            )
            pid = draft["id"]
            # The employers named in it consent first.
            [invitation] = await employers.call(
                "GET", "registry", f"/partnerships/{pid}/invitations"
            )
            await employers.call("POST", "registry", f"/invitations/{invitation['id']}/accept")
            await owner.call("POST", "registry", f"/partnerships/{pid}/actions/propose")
            await secretariat.call("POST", "registry", f"/partnerships/{pid}/actions/adopt")
            await owner.call("POST", "registry", f"/partnerships/{pid}/actions/start")

            async def settled() -> bool:
                commitments = await admin.call(
                    "GET", "commitments", f"/commitments?partnership_id={pid}"
                )
                return len(commitments["items"]) == 1 and len(hooks.received) >= 5

            await eventually(settled, timeout=60, interval=0.3, what="commitment and webhooks")

            # Polled with the one token `admin` holds: the registry grants a client 30 a minute.
            async def delivered() -> bool:
                subscriptions = await admin.call("GET", "notifications", "/subscriptions")
                deliveries = await admin.call(
                    "GET",
                    "notifications",
                    f"/subscriptions/{subscriptions['items'][0]['id']}/deliveries",
                )
                succeeded: int = sum(d["status"] == "succeeded" for d in deliveries["items"])
                return succeeded >= 5

            await eventually(
                delivered, timeout=30, interval=0.3, what="deliveries marked succeeded"
            )
    partnerships = topic_name(prefix, Stream.PARTNERSHIPS)
    await produce(
        bootstrap,
        dlq_name(topic_name(prefix, Stream.COMMITMENTS)),
        [
            dead_letter(
                event_record("commitment.progress_reported", pid, source="/alianza/commitments"),
                original_topic=topic_name(prefix, Stream.COMMITMENTS),
            )
        ],
    )
    urls = {f"{s}_url": system.url(s) for s in ("registry", "commitments", "notifications")}
    env_args = {"client_id": ADMIN_ID, "client_secret": ADMIN_SECRET, **urls}

    entries = json_lines(
        await alianza("timeline", pid, "--json", bootstrap=bootstrap, prefix=prefix, **env_args)
    )
    kinds = [e["kind"] for e in entries]
    # Each transition is placed at the moment the registry recorded it (the order follows from
    # these times; the timeline sorts, so checking the order alone would prove nothing).
    history = await admin_get(system, f"/partnerships/{pid}/history", service="registry")
    recorded = {h["action"]: datetime.fromisoformat(h["occurred_at"]) for h in history}
    placed = {
        e["kind"].removeprefix("transition."): datetime.fromisoformat(e["time"])
        for e in entries
        if e["kind"].startswith("transition.")
    }
    assert placed == recorded

    transitions = [k for k in kinds if k.startswith("transition.")]
    assert transitions == [
        "transition.create",
        "transition.accept-invitation",
        "transition.propose",
        "transition.adopt",
        "transition.start",
    ]
    events = [e["kind"] for e in entries if e["origin"] == "kafka"]
    lifecycle = [k for k in events if k.startswith("partnership.")]
    assert lifecycle == [
        "partnership.invitation_sent",
        "partnership.invitation_answered",
        "partnership.proposed",
        "partnership.adopted",
        "partnership.implementation_started",
    ]
    assert "commitment.registered" in events
    # Each transition precedes the event it published.
    assert kinds.index("transition.adopt") < kinds.index("partnership.adopted")
    assert kinds.index("partnership.adopted") < kinds.index("commitment.registered")
    assert any(e["origin"] == "kafka" and partnerships in e["summary"] for e in entries)
    assert "commitment.tracked" in kinds
    # The ops webhook hears the invitation, its answer and the three lifecycle events.
    assert kinds.count("delivery.queued") == 5
    assert kinds.count("delivery.succeeded") == 5
    assert kinds.count("delivery.attempt.succeeded") >= 5
    first_delivery = kinds.index("delivery.queued")
    assert kinds.index("partnership.invitation_sent") < first_delivery
    dead = [e for e in entries if e["origin"] == "dlq"]
    assert len(dead) == 1 and "handler_failed" in dead[0]["summary"]
    assert dead[0] == entries[-1]  # failed just now, after everything else

    table = await alianza("timeline", pid, bootstrap=bootstrap, prefix=prefix, **env_args)
    assert table.exit_code == 0, table.output
    assert "partnership.adopted" in table.stdout and "propose" in table.stdout


async def admin_get(system: System, path: str, service: str = "notifications") -> Any:
    async with httpx.AsyncClient(timeout=10) as http:
        token = (
            await http.post(
                system.url("registry") + "/oauth/token",
                data={
                    "grant_type": "client_credentials",
                    "client_id": ADMIN_ID,
                    "client_secret": ADMIN_SECRET,
                },
            )
        ).json()["access_token"]
        response = await http.get(
            system.url(service) + path, headers={"Authorization": f"Bearer {token}"}
        )
        assert response.status_code == 200, response.text
        return response.json()
