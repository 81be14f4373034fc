"""After the storm: wait for the system to drain, then check every accepted command's effects in
every service's database, API and topic, counting what was lost and what happened twice."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import asyncpg

from chaos.ledger import Ledger, Tracked, history_name
from chaos.load import Cast, SubscriptionSpec
from chaos.receiver import WebhookReceiver
from chaos.stack import SERVICE_NAMES, PrivateStack
from ops.kafka_tools import Kafka, Record
from shared.catalogue import Stream, dlq_name, topic_name

PREFIX = "alianza"
STREAMS = [topic_name(PREFIX, stream) for stream in Stream]
DLQS = [dlq_name(topic) for topic in STREAMS]
# A handler that failed because something was briefly away, not because the input was wrong.
TRANSIENT = re.compile(
    r"connect|connection|timeout|timed out|OSError|InterfaceError|CannotConnectNow|"
    r"AdminShutdown|shutting down|terminat|too many clients|Deadlock|Serialization|closed",
    re.IGNORECASE,
)


@dataclass
class Findings:
    lost: Counter[str] = field(default_factory=Counter)
    duplicated: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)
    figures: dict[str, Any] = field(default_factory=dict)

    def note(self, bucket: Counter[str], what: str, detail: str, n: int = 1) -> None:
        bucket[what] += n
        if len(self.examples) < 40:
            self.examples.append(f"{what}: {detail}")


# ----------------------------------------------------------------------------- draining


async def drain(stack: PrivateStack, limit_seconds: float) -> float | None:
    """Seconds until every group's lag is 0 and every outbox is published; None past the limit."""
    loop = asyncio.get_running_loop()
    started = loop.time()
    while loop.time() - started < limit_seconds:
        if await _drained(stack):
            return round(loop.time() - started, 1)
        await asyncio.sleep(1.0)
    return None


async def _drained(stack: PrivateStack) -> bool:
    try:
        rows = await asyncio.wait_for(Kafka(stack.kafka_bootstrap, 5).lag(PREFIX), 20)
        if any(row.lag for row in rows) or not rows:
            return False
        for service in SERVICE_NAMES:
            if await _fetchval(
                stack, service, "SELECT count(*) FROM outbox WHERE published_at IS NULL"
            ):
                return False
    except Exception:
        return False
    return True


async def settle(
    stack: PrivateStack, service: str, query: str, limit_seconds: float, stall_seconds: float
) -> bool:
    """Wait until `query` counts 0 rows: as long as the count keeps falling, up to the limit;
    give up early when it has not moved for `stall_seconds` (work stuck, not just slow)."""
    loop = asyncio.get_running_loop()
    started = last_progress = loop.time()
    best: int | None = None
    while loop.time() - started < limit_seconds and loop.time() - last_progress < stall_seconds:
        with contextlib.suppress(Exception):
            left = int(await _fetchval(stack, service, query))
            if left == 0:
                return True
            if best is None or left < best:
                best, last_progress = left, loop.time()
        await asyncio.sleep(1.0)
    return False


async def settle_deliveries(stack: PrivateStack, limit_seconds: float) -> bool:
    """Wait until no delivery is still pending or retrying (the dispatcher has had its say).

    Under the harness's slow and failing receiver the dispatcher can end the load with a
    backlog; that is late, not lost, so the wait lasts while the backlog shrinks.
    """
    query = "SELECT count(*) FROM deliveries WHERE status IN ('pending', 'retrying')"
    return await settle(stack, "notifications", query, limit_seconds, stall_seconds=60)


async def settle_sweep(stack: PrivateStack, limit_seconds: float) -> bool:
    """Wait until the sweep has sent the overdue notice of every open past-due commitment."""
    query = (
        "SELECT count(*) FROM commitments c WHERE c.state = 'open' AND c.status <> 'achieved'"
        " AND c.due_date < current_date AND NOT EXISTS (SELECT 1 FROM commitment_notices n"
        " WHERE n.commitment_id = c.id AND n.due_date = c.due_date AND n.kind = 'overdue')"
    )
    return await settle(stack, "commitments", query, limit_seconds, stall_seconds=60)


async def _fetchval(stack: PrivateStack, service: str, query: str) -> Any:
    conn = await asyncio.wait_for(asyncpg.connect(stack.dsn(service)), 10)
    try:
        return await asyncio.wait_for(conn.fetchval(query), 30)
    finally:
        await conn.close(timeout=5)


async def _fetch(stack: PrivateStack, service: str, query: str) -> list[asyncpg.Record]:
    conn = await asyncio.wait_for(asyncpg.connect(stack.dsn(service)), 10)
    try:
        return list(await asyncio.wait_for(conn.fetch(query), 60))
    finally:
        await conn.close(timeout=5)


# ----------------------------------------------------------------------------- checking


async def reconcile(
    stack: PrivateStack,
    ledger: Ledger,
    cast: Cast,
    subscriptions: dict[str, SubscriptionSpec],
    receiver: WebhookReceiver,
) -> Findings:
    found = Findings()
    kafka = Kafka(stack.kafka_bootstrap, 15)
    records = [record async for record in kafka.scan(STREAMS)]
    dead_letters = [record async for record in kafka.scan(DLQS)]
    outbox = {
        service: await _fetch(stack, service, "SELECT id, event_id, topic, key FROM outbox")
        for service in SERVICE_NAMES
    }
    events = check_topics(found, records, outbox)
    check_dead_letters(found, dead_letters)
    await check_registry(found, stack, ledger)
    await check_commitments(found, stack, ledger, events)
    await check_notifications(found, stack, ledger, subscriptions, receiver, events)
    await check_apis(found, stack, ledger, cast)
    return found


def check_topics(
    found: Findings, records: list[Record], outbox: dict[str, list[asyncpg.Record]]
) -> dict[str, Record]:
    """Events read to the end offsets: duplicates, per-key order, and outbox rows never published.

    Per key, the first copy of each event must come in outbox order (the sequence is commit order
    for one key); a relay's redelivered copies come later and are counted apart."""
    first: dict[str, Record] = {}
    position = {
        row["event_id"]: (service, row["id"]) for service, rows in outbox.items() for row in rows
    }
    newest: dict[tuple[str, str, str], int] = {}
    violations = 0
    for record in sorted(records, key=lambda r: (r.topic, r.partition, r.offset)):
        event_id = record.header("ce_id") or f"{record.topic}:{record.partition}:{record.offset}"
        if event_id in first:
            continue
        first[event_id] = record
        if event_id not in position:
            continue
        service, sequence = position[event_id]
        key = (record.topic, record.key_text or "", service)
        if sequence < newest.get(key, -1):
            violations += 1
            if len(found.examples) < 40:
                found.examples.append(
                    f"order: {record.event_type} of {key[1]} came after a later event"
                )
        newest[key] = max(sequence, newest.get(key, -1))
    for event_id in position.keys() - first.keys():
        found.note(found.lost, "event never on its topic", event_id)
    found.figures.update(
        events_published=len(first),
        records_on_topics=len(records),
        redelivered_copies=len(records) - len(first),
        order_violations=violations,
    )
    return first


def check_dead_letters(found: Findings, dead_letters: list[Record]) -> None:
    listed = []
    transient = 0
    for record in dead_letters:
        reason = record.header("dlq_reason") or "?"
        error = record.header("dlq_error") or ""
        is_transient = reason == "handler_failed" and bool(TRANSIENT.search(error))
        transient += is_transient
        listed.append(
            {
                "topic": record.topic,
                "group": record.header("dlq_consumer_group"),
                "type": record.event_type,
                "reason": reason,
                "transient": is_transient,
                "error": error[:300],
            }
        )
    found.figures.update(dead_letters=listed, transient_dead_letters=transient)


async def check_registry(found: Findings, stack: PrivateStack, ledger: Ledger) -> None:
    statuses = {
        r["id"]: r["status"]
        for r in await _fetch(stack, "registry", "SELECT id, status FROM partnerships")
    }
    history: dict[str, list[str]] = defaultdict(list)
    for row in await _fetch(
        stack, "registry", "SELECT partnership_id, action FROM partnership_transitions ORDER BY id"
    ):
        history[row["partnership_id"]].append(row["action"])
    reviews: dict[str, list[asyncpg.Record]] = defaultdict(list)
    for row in await _fetch(
        stack, "registry", "SELECT id, partnership_id, dossier_id FROM partnership_reviews"
    ):
        reviews[row["partnership_id"]].append(row)
    for tracked in ledger.partnerships.values():
        pid = tracked.id
        if pid not in statuses:
            found.note(found.lost, "partnership", pid)
            continue
        compare_history(found, tracked, history[pid])
        if statuses[pid] not in tracked.expected_statuses():
            found.note(
                found.lost,
                "partnership state",
                f"{pid} is {statuses[pid]}, expected {tracked.expected_statuses()}",
            )
        opened = history[pid].count("open-review")
        if len(reviews[pid]) > opened:
            found.note(found.duplicated, "review", pid, len(reviews[pid]) - opened)
        elif len(reviews[pid]) < opened:
            found.note(found.lost, "review", pid, opened - len(reviews[pid]))
        for review in reviews[pid]:
            if review["dossier_id"] is None:
                found.note(found.lost, "dossier attached to review", review["id"])


def compare_history(found: Findings, tracked: Tracked, actual: list[str]) -> None:
    expected = [history_name(action) for action in tracked.actions]
    allowed = [expected]
    if tracked.uncertain_action:
        allowed.append([*expected, history_name(tracked.uncertain_action)])
    if actual in allowed:
        return
    doubled = any(a == b for a, b in itertools.pairwise(actual))
    if doubled or len(actual) > len(allowed[-1]):
        found.note(found.duplicated, "lifecycle history", f"{tracked.id}: {actual} vs {expected}")
    else:
        found.note(found.lost, "lifecycle history", f"{tracked.id}: {actual} vs {expected}")


async def check_commitments(
    found: Findings, stack: PrivateStack, ledger: Ledger, events: dict[str, Record]
) -> None:
    rows: dict[str, set[str]] = defaultdict(set)
    for row in await _fetch(stack, "commitments", "SELECT id, partnership_id FROM commitments"):
        rows[row["partnership_id"]].add(row["id"])
    progress = Counter(
        row["commitment_id"]
        for row in await _fetch(stack, "commitments", "SELECT commitment_id FROM progress_reports")
    )
    notices = Counter(
        (row["commitment_id"], row["due_date"])
        for row in await _fetch(
            stack,
            "commitments",
            "SELECT commitment_id, due_date FROM commitment_notices WHERE kind = 'overdue'",
        )
    )
    dossiers = Counter(
        row["review_id"]
        for row in await _fetch(stack, "commitments", "SELECT review_id FROM dossiers")
    )
    overdue_events: Counter[tuple[str, str]] = Counter()
    for record in events.values():
        if record.event_type == "commitment.overdue":
            data = record.payload()
            overdue_events[(data.get("commitment_id"), data.get("due_date"))] += 1
    adopted = {
        r["partnership_id"]
        for r in await _fetch(
            stack,
            "registry",
            "SELECT partnership_id FROM partnership_transitions WHERE action = 'adopt'",
        )
    }
    # A notice is owed while a commitment is open: one registered already past due is overdue at
    # once, and its partnership may be concluded (closing it) before the sweep comes by.
    still_open = {
        row["id"]
        for row in await _fetch(
            stack, "commitments", "SELECT id FROM commitments WHERE state = 'open'"
        )
    }
    today = date.today()
    for tracked in ledger.partnerships.values():
        if tracked.id not in adopted:
            continue
        planned = set(tracked.commitments)
        if planned - rows[tracked.id]:
            found.note(found.lost, "commitment", tracked.id, len(planned - rows[tracked.id]))
        if rows[tracked.id] - planned:
            found.note(found.duplicated, "commitment", tracked.id, len(rows[tracked.id] - planned))
        for cid in planned:
            low, high = (
                tracked.progress[cid],
                tracked.progress[cid] + tracked.uncertain_progress[cid],
            )
            if progress[cid] < low:
                found.note(found.lost, "progress report", cid, low - progress[cid])
            elif progress[cid] > high:
                found.note(found.duplicated, "progress report", cid, progress[cid] - high)
        for cid in tracked.past_due(today):
            due = tracked.commitments[cid]
            if notices[(cid, due)] == 0 and cid in still_open:
                found.note(found.lost, "overdue notice", cid)
            copies = overdue_events[(cid, due.isoformat())]
            if copies > 1:
                found.note(found.duplicated, "overdue notice", cid, copies - 1)
    for review_id, count in dossiers.items():
        if count > 1:
            found.note(found.duplicated, "dossier", review_id, count - 1)
    compiled = Counter(
        record.payload().get("review_id")
        for record in events.values()
        if record.event_type == "review.dossier_compiled"
    )
    for review_id, count in compiled.items():
        if count > 1:
            found.note(found.duplicated, "dossier compiled event", str(review_id), count - 1)


async def check_notifications(
    found: Findings,
    stack: PrivateStack,
    ledger: Ledger,
    subscriptions: dict[str, SubscriptionSpec],
    receiver: WebhookReceiver,
    events: dict[str, Record],
) -> None:
    themes = {pid: set(tracked.themes) for pid, tracked in ledger.partnerships.items()}
    expected: set[tuple[str, str]] = set()
    for event_id, record in events.items():
        for sub_id, spec in subscriptions.items():
            if wants(spec, record.event_type or "", themes.get(record.key_text or "", set())):
                expected.add((sub_id, event_id))
    rows = await _fetch(
        stack, "notifications", "SELECT id, subscription_id, event_id, status FROM deliveries"
    )
    pairs = Counter((row["subscription_id"], row["event_id"]) for row in rows)
    for pair in expected - pairs.keys():
        found.note(found.lost, "webhook delivery", f"{pair[1]} for subscription {pair[0]}")
    for pair, count in pairs.items():
        if count > 1:
            found.note(found.duplicated, "webhook delivery", f"{pair}", count - 1)
    unexpected_rows = [pair for pair in pairs if pair not in expected]
    expected_rows = [row for row in rows if (row["subscription_id"], row["event_id"]) in expected]
    delivery_ids = {row["id"] for row in expected_rows}
    seen = {hit.webhook_id for hit in receiver.hits}
    for row in expected_rows:
        if row["id"] not in seen:
            # Still open: the dispatcher has not got to it (dead or behind); closed: it never sent.
            still_open = row["status"] in ("pending", "retrying")
            what = (
                "webhook not sent yet (delivery open)" if still_open else "webhook never received"
            )
            found.note(found.lost, what, row["id"])
    known = {row["id"] for row in rows}
    found.figures.update(
        webhooks_expected=len(expected),
        webhooks_delivered=len(delivery_ids & seen),
        webhook_requests=len(receiver.hits),
        webhook_ids_unexpected=len(seen - known),
        deliveries_unexpected=len(unexpected_rows),
        deliveries_by_status=dict(Counter(row["status"] for row in rows)),
        receiver_answers=receiver.behaviours(),
    )


def wants(spec: SubscriptionSpec, event_type: str, themes: set[str]) -> bool:
    """The harness's own reading of a subscription filter (event type prefix, then themes)."""
    if not any(
        pattern == "*"
        or event_type == pattern
        or (pattern.endswith(".*") and event_type.startswith(pattern[:-1]))
        for pattern in spec.event_types
    ):
        return False
    if spec.themes and event_type.startswith("partnership.invitation_"):
        # The load's invitations are sent when a draft is made and answered before it is
        # proposed: the notification service has heard nothing of the partnership yet, so it
        # knows no theme for a theme filter to match.
        return False
    return not spec.themes or bool(themes & set(spec.themes))


async def check_apis(found: Findings, stack: PrivateStack, ledger: Ledger, cast: Cast) -> None:
    """What the APIs say must be what the databases say: each partnership's status in the
    registry, each adopted partnership's commitments in the commitments service."""
    statuses = {
        r["id"]: r["status"]
        for r in await _fetch(stack, "registry", "SELECT id, status FROM partnerships")
    }
    held = Counter(
        r["partnership_id"]
        for r in await _fetch(stack, "commitments", "SELECT partnership_id FROM commitments")
    )
    unanswered = 0
    gate = asyncio.Semaphore(8)

    async def one(tracked: Tracked) -> None:
        nonlocal unanswered
        async with gate:
            read = await cast.ops.get("registry", f"/partnerships/{tracked.id}")
            page = await cast.ops.get("commitments", f"/commitments?partnership_id={tracked.id}")
        if read is None or page is None:
            unanswered += 1
        if read is not None and read["status"] != statuses.get(tracked.id):
            found.note(found.lost, "registry API disagrees with its database", tracked.id)
        if page is not None and len(page["items"]) != held[tracked.id]:
            found.note(found.lost, "commitments API disagrees with its database", tracked.id)

    await asyncio.gather(*(one(t) for t in ledger.partnerships.values()))
    found.figures.update(api_unanswered=unanswered)
