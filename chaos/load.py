"""Steady load: partners and the secretariat walking whole partnership lifecycles over REST."""

from __future__ import annotations

import asyncio
import logging
import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import httpx

from chaos.client import Actor, Answer, Verdict
from chaos.ledger import TARGETS, Ledger, Tracked

logger = logging.getLogger(__name__)

ADMIN_ID = "alianza-admin"
ADMIN_SECRET = "alianza-admin-dev-secret"  # noqa: S105 - the local stack's development admin
WAIT_SECONDS = 90.0
THEMES = ("human_rights", "data_cooperation", "migration_governance", "development_contribution")


@dataclass(frozen=True)
class SubscriptionSpec:
    """A webhook subscription the harness makes, and the filter it asked for."""

    path: str
    event_types: tuple[str, ...]
    themes: tuple[str, ...] = ()

    def body(self, receiver_url: str) -> dict[str, Any]:
        return {
            "target_url": receiver_url + self.path,
            "event_types": list(self.event_types),
            "themes": list(self.themes),
        }


SUBSCRIPTIONS = (
    SubscriptionSpec("/ops/partnerships", ("partnership.*",)),
    SubscriptionSpec("/ops/commitments", ("commitment.*",)),
    SubscriptionSpec("/ops/reviews", ("review.*",)),
    SubscriptionSpec("/data-team", ("partnership.*",), ("data_cooperation",)),
)


@dataclass
class Cast:
    """Who acts: partner organisations (owners and members), the secretariat, ops."""

    owners: list[Actor]
    members: list[Actor]
    secretariat: Actor
    ops: Actor


async def bootstrap(
    http: httpx.AsyncClient, urls: dict[str, str], receiver_url: str, stop: asyncio.Event
) -> tuple[Cast, dict[str, SubscriptionSpec]]:
    """Partners, API clients and webhook subscriptions, before any fault."""
    admin = Actor(http, urls, ADMIN_ID, ADMIN_SECRET)
    await admin.login()

    async def enrol(name: str, kind: str, country: str, role: str) -> Actor:
        partner = await _must(
            admin.command(
                "POST",
                "registry",
                "/partners",
                {"name": name, "kind": kind, "country": country},
                stop,
            )
        )
        client = {"name": f"chaos {name}", "roles": [role], "organisation_id": partner["id"]}
        created = await _must(admin.command("POST", "registry", "/clients", client, stop))
        actor = Actor(http, urls, created["client_id"], created["client_secret"])
        actor.organisation_id = partner["id"]
        await actor.login()
        return actor

    owners = [await enrol(f"Ministry {i}", "line_ministry", "MX", "partner") for i in range(3)]
    members = [
        await enrol(f"Employers {i}", "employer_or_recruiter", "CA", "partner") for i in range(3)
    ]
    secretariat = await enrol("Compact Secretariat", "un_agency", "CH", "secretariat")
    created = await _must(
        admin.command("POST", "registry", "/clients", {"name": "chaos ops", "roles": ["ops"]}, stop)
    )
    ops = Actor(http, urls, created["client_id"], created["client_secret"])
    await ops.login()
    subscriptions = {}
    for spec in SUBSCRIPTIONS:
        made = await _must(
            ops.command("POST", "notifications", "/subscriptions", spec.body(receiver_url), stop)
        )
        subscriptions[made["id"]] = spec
    return Cast(owners, members, secretariat, ops), subscriptions


async def _must(pending: Any) -> Any:
    answer: Answer = await pending
    if answer.verdict is not Verdict.ACCEPTED:
        raise RuntimeError(f"setup call failed: {answer.status} {answer.body}")
    return answer.body


class Walker:
    """Walks partnerships through their lives one after another until the load stops."""

    def __init__(self, index: int, seed: int, cast: Cast, ledger: Ledger, stop: asyncio.Event):
        self.index, self.cast, self.ledger, self.stop = index, cast, ledger, stop
        self.random = random.Random(f"walker-{seed}-{index}")

    async def run(self) -> None:
        while not self.stop.is_set():
            try:
                await self.walk()
            except (httpx.HTTPError, KeyError, TypeError) as exc:  # a harness-side surprise
                logger.warning("walker %s: %r", self.index, exc)
                await asyncio.sleep(1)

    async def walk(self) -> None:
        owner = self.random.choice(self.cast.owners)
        member = self.random.choice(self.cast.members)
        tracked = await self.create(owner, member)
        if tracked is None:
            return
        pid = tracked.id
        branch = self.random.random()
        if branch < 0.08:
            await self.act(tracked, owner, "withdraw")
            return
        if not await self.accept_invitation(tracked, member):
            return
        if not await self.act(tracked, owner, "propose"):
            return
        if branch < 0.16:
            # A rejection must say why (the registry refuses one without a reason).
            reason = {"reason": "Rejected under chaos: out of the Compact's scope."}
            await self.act(tracked, self.cast.secretariat, "reject", reason)
            return
        for actor, action in ((self.cast.secretariat, "adopt"), (owner, "start")):
            if not await self.act(tracked, actor, action):
                return
        far = next(cid for cid, due in tracked.commitments.items() if due > date.today())
        soon = next(cid for cid, due in tracked.commitments.items() if due < date.today())
        if not await self.until(tracked, "commitments registered", self._registered, pid, 2):
            return
        if not await self.report(tracked, member, far):
            return
        if not await self.until(tracked, "overdue", self._commitment_status, soon, "overdue"):
            return
        outcomes = [self.random.choice(["continue", "complete", "complete", "discontinue"])]
        if outcomes[0] == "continue":
            outcomes.append(self.random.choice(["complete", "discontinue"]))
        for cycle, outcome in enumerate(outcomes, start=1):
            if not await self.act(tracked, self.cast.secretariat, "open-review"):
                return
            if not await self.until(tracked, "dossier", self._dossier, pid, cycle):
                return
            body = {"outcome": outcome, "findings": f"cycle {cycle} reviewed under chaos"}
            if not await self.act(tracked, self.cast.secretariat, "conclude-review", body):
                return

    async def create(self, owner: Actor, member: Actor) -> Tracked | None:
        themes = sorted(set(self.random.sample(THEMES, self.random.randint(1, 2))))
        today = date.today()
        body = draft_body(owner, member, themes, today, self.index)
        answer = await owner.command("POST", "registry", "/partnerships", body, self.stop)
        self.ledger.count("create", answer.verdict)
        if answer.verdict is not Verdict.ACCEPTED:
            if answer.ambiguous:
                self.ledger.uncertain_creates += 1
            return None
        commitments = {
            planned["id"]: date.fromisoformat(planned["due_date"])
            for planned in answer.body["planned_commitments"]
        }
        tracked = Tracked(answer.body["id"], themes, commitments)
        self.ledger.partnerships[tracked.id] = tracked
        return tracked

    async def act(
        self, tracked: Tracked, actor: Actor, action: str, body: dict[str, Any] | None = None
    ) -> bool:
        path = f"/partnerships/{tracked.id}/actions/{action}"
        answer = await actor.command("POST", "registry", path, body, self.stop)
        name = f"{action}:{body['outcome']}" if body and "outcome" in body else action
        self.ledger.count(action, answer.verdict)
        if answer.verdict is Verdict.ACCEPTED:
            tracked.actions.append(name)
            return True
        if answer.verdict is Verdict.REFUSED and answer.ambiguous:
            # Lifecycle actions take no Idempotency-Key: a retry after a lost answer is refused
            # (409) when the first attempt went through. The partnership's state says which.
            now = await self.cast.secretariat.get("registry", f"/partnerships/{tracked.id}")
            if now is not None and now.get("status") == TARGETS[name]:
                self.ledger.count(action, "applied_unanswered")
                tracked.actions.append(name)
                return True
        if answer.ambiguous:
            tracked.uncertain_action = name
        if answer.verdict is Verdict.REFUSED:
            self.ledger.refusals.append(f"{tracked.id} {name}: {answer.status} {answer.body}")
        tracked.stopped = f"{name} {answer.verdict}"
        return False

    async def accept_invitation(self, tracked: Tracked, member: Actor) -> bool:
        """The member organisation consents to being named, as the registry asks before the
        owner may propose. Its invitation is found by reading the draft's (bounded, like any
        wait: the read may meet a fault)."""
        invitation_id = None
        loop = asyncio.get_running_loop()
        deadline = loop.time() + WAIT_SECONDS
        while invitation_id is None and not self.stop.is_set() and loop.time() < deadline:
            listed = await member.get("registry", f"/partnerships/{tracked.id}/invitations")
            mine = [i for i in listed or [] if i["organisation_id"] == member.organisation_id]
            if mine:
                invitation_id = mine[0]["id"]
            else:
                await asyncio.sleep(0.5)
        if invitation_id is None:
            tracked.stopped = "its invitation could not be read"
            return False
        path = f"/invitations/{invitation_id}/accept"
        answer = await member.command("POST", "registry", path, None, self.stop)
        self.ledger.count("accept-invitation", answer.verdict)
        if answer.verdict is Verdict.ACCEPTED:
            tracked.actions.append("accept-invitation")
            return True
        if answer.verdict is Verdict.REFUSED and answer.ambiguous and answer.status == 409:
            # Answering takes no Idempotency-Key: a retry after a lost answer meets the answer
            # the first attempt gave. The invitation says whether it was this acceptance.
            listed = await member.get("registry", f"/partnerships/{tracked.id}/invitations")
            now = next((i for i in listed or [] if i["id"] == invitation_id), None)
            if now is not None and now["status"] == "accepted":
                self.ledger.count("accept-invitation", "applied_unanswered")
                tracked.actions.append("accept-invitation")
                return True
        if answer.ambiguous:
            tracked.uncertain_action = "accept-invitation"
        if answer.verdict is Verdict.REFUSED:
            self.ledger.refusals.append(f"{tracked.id} accept: {answer.status} {answer.body}")
        tracked.stopped = f"accept-invitation {answer.verdict}"
        return False

    async def report(self, tracked: Tracked, member: Actor, commitment_id: str) -> bool:
        body = {
            "period_end": date.today().isoformat(),
            "value": str(self.random.randint(1, 50)),
            "unit": "workers",
            "narrative": "reported under chaos",
        }
        path = f"/commitments/{commitment_id}/progress"
        answer = await member.command("POST", "commitments", path, body, self.stop)
        self.ledger.count("progress", answer.verdict)
        if answer.verdict is Verdict.ACCEPTED:
            tracked.progress[commitment_id] += 1
            return True
        if answer.ambiguous:
            tracked.uncertain_progress[commitment_id] += 1
        if answer.verdict is Verdict.REFUSED:
            self.ledger.refusals.append(f"{tracked.id} progress: {answer.status} {answer.body}")
        tracked.stopped = f"progress {answer.verdict}"
        return False

    async def until(self, tracked: Tracked, what: str, check: Any, *args: Any) -> bool:
        """Poll `check` (bounded); a lifecycle that waits in vain stops where it is."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + WAIT_SECONDS
        while not self.stop.is_set() and loop.time() < deadline:
            if await check(*args):
                return True
            await asyncio.sleep(0.5)
        tracked.stopped = (
            f"load ended while waiting for {what}"
            if self.stop.is_set()
            else f"waited in vain for {what}"
        )
        return False

    async def _registered(self, pid: str, count: int) -> bool:
        page = await self.cast.ops.get("commitments", f"/commitments?partnership_id={pid}")
        return page is not None and len(page["items"]) == count

    async def _commitment_status(self, cid: str, status: str) -> bool:
        found = await self.cast.ops.get("commitments", f"/commitments/{cid}")
        return found is not None and found["status"] == status

    async def _dossier(self, pid: str, cycle: int) -> bool:
        reviews = await self.cast.ops.get("registry", f"/partnerships/{pid}/reviews")
        return (
            reviews is not None and len(reviews) == cycle and reviews[-1]["dossier_id"] is not None
        )


def draft_body(
    owner: Actor, member: Actor, themes: list[str], today: date, index: int
) -> dict[str, Any]:
    """A draft with one commitment already past due (so the sweep flags it) and one far off."""
    commitment = {
        "responsible_partner_id": member.organisation_id,
        "indicator": "workers recruited fee-free",
        "unit": "workers",
        "baseline": "0",
        "target": "400",
    }
    return {
        "title": f"Chaos corridor {index}",
        "summary": "Fair recruitment, walked through its whole life while the system is broken.",
        "members": [{"partner_id": member.organisation_id, "role": "implementing"}],
        "level": "bilateral",
        "countries": [{"code": "MX", "role": "origin"}, {"code": "CA", "role": "destination"}],
        "themes": themes,
        "gcm_objectives": [6],
        "sdg_targets": ["10.7"],
        "planned_commitments": [
            {
                **commitment,
                "description": "Past due",
                "start_date": (today - timedelta(days=30)).isoformat(),
                "due_date": (today - timedelta(days=1)).isoformat(),
            },
            {
                **commitment,
                "description": "Due next year",
                "due_date": (today + timedelta(days=365)).isoformat(),
            },
        ],
    }
