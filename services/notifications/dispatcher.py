"""The webhook dispatcher: sends due deliveries, signed, and records every attempt and outcome.

Each delivery is sent inside the transaction that claimed it (`FOR UPDATE SKIP LOCKED`), and
its attempt and new state commit together after the answer. A dispatcher killed mid-send
therefore leaves the row exactly as it was — still open, its lock released with the dead
connection — and the next dispatcher sends it again under the same `webhook-id` (the delivery
id), on which receivers deduplicate. Nothing is lost and no delivery row is ever duplicated.

Order holds per (subscription, partnership): only the oldest open delivery of each such pair
may be claimed, so delivery N+1 waits while N is pending or retrying.

Receivers are not trusted. One deadline bounds each whole attempt (a receiver trickling its
answer included), the connection goes to the address the SSRF guard checked (`pinning`), and
the answer is kept bounded and printable (`replies`). Should recording an attempt still fail,
a plainer record is written, and failing that the delivery is put off by the schedule: a
delivery is never sent again merely because its answer could not be stored.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
import ssl
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import asyncpg
import httpx
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import async_sessionmaker
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession

from services.notifications import signing
from services.notifications.handlers import (
    DELIVERIES_CHANNEL,
    notify_owner_of_disabling,
    pause_deliveries,
)
from services.notifications.housekeeping import prune_history
from services.notifications.models import Delivery, DeliveryAttempt, DeliveryStatus, Subscription
from services.notifications.pinning import PinnedTransport, pinned_to
from services.notifications.replies import ReplyBody
from services.notifications.retry import Outcome, classify_response, next_attempt_delay
from services.notifications.settings import NotificationsSettings
from services.notifications.targets import UnsafeTarget, check_target_url, system_resolve
from shared.catalogue.notifications import DeliveryFailed
from shared.db import asyncpg_dsn, connect, create_engine, session_factory
from shared.faultpoints import fault_point
from shared.retry_after import parse_retry_after
from shared.runtime import sleep_or_stop
from shared.settings import ServiceSettings
from shared.uow import UnitOfWork

logger = logging.getLogger(__name__)

MAX_ERROR_CHARS = 500
# However short the schedule, a delivery whose attempts cannot be recorded waits this long.
_LAST_RESORT_FLOOR = timedelta(minutes=1)
CONTENT_TYPE = "application/cloudevents+json"
USER_AGENT = "Alianza-Webhooks/1.0"

# Owners take turns: those with due deliveries, served longest ago (or never) first, without
# any owner already at this process's limit of concurrent sends (`busy`), so one
# organisation's backlog to a slow endpoint cannot hold every slot. Nothing is locked here.
_OWNERS_IN_TURN = text(
    """
    SELECT o.owner FROM (
      SELECT DISTINCT coalesce(s.owner_organisation_id, 'client:' || s.owner_client_id) AS owner
      FROM subscriptions s WHERE s.enabled
    ) o
    LEFT JOIN dispatch_turns t ON t.owner = o.owner
    WHERE o.owner <> ALL(CAST(:busy AS text[]))
      AND EXISTS (
        SELECT 1 FROM deliveries d
        WHERE d.owner = o.owner
          AND d.status IN ('pending', 'retrying')
          AND d.next_attempt_at <= now()
      )
    ORDER BY t.served_at NULLS FIRST
    """
)

# One owner's oldest open delivery of each (subscription, partnership), due now, of an enabled
# subscription, found through `deliveries_due_per_owner` (no sort of the whole backlog); a row
# another dispatcher holds is skipped, not waited for. Taken owner by owner, in the order
# above, so that exactly one row is locked. Paused deliveries (disabled subscriptions) are not
# open, so neither this nor its partial indexes see them.
_CLAIM = text(
    """
    SELECT d.id FROM deliveries d
    JOIN subscriptions s ON s.id = d.subscription_id
    WHERE d.owner = :owner
      AND d.status IN ('pending', 'retrying')
      AND d.next_attempt_at <= now()
      AND s.enabled
      AND NOT EXISTS (
        SELECT 1 FROM deliveries e
        WHERE e.subscription_id = d.subscription_id
          AND e.partnership_id = d.partnership_id
          AND e.status IN ('pending', 'retrying')
          AND e.seq < d.seq
      )
    ORDER BY d.next_attempt_at, d.seq
    LIMIT 1
    FOR UPDATE OF d SKIP LOCKED
    """
)

# Outside the claim's transaction (which lasts as long as the send): a turn is a hint for
# fairness, and holding its row locked would make one owner's claims queue behind each other.
_TAKE_TURN = text(
    "INSERT INTO dispatch_turns (owner, served_at) VALUES (:owner, clock_timestamp())"
    " ON CONFLICT (owner) DO UPDATE SET served_at = excluded.served_at"
)


@dataclass(frozen=True)
class AttemptResult:
    """What one try came to; `status_code` is None when no HTTP answer came back."""

    status_code: int | None
    latency_ms: int
    response_body: str | None = None
    error: str | None = None
    retry_after: str | None = None


def body_of(delivery: Delivery) -> bytes:
    """The structured-mode CloudEvent as sent; the same bytes on every attempt."""
    return json.dumps(delivery.envelope, separators=(",", ":"), sort_keys=True).encode()


def signing_secrets(subscription: Subscription, now: datetime) -> list[str]:
    """The current secret, and the previous one while its rotation overlap lasts."""
    secrets = [subscription.secret]
    expires = subscription.previous_secret_expires_at
    if subscription.previous_secret and expires is not None and expires > now:
        secrets.append(subscription.previous_secret)
    return secrets


class Dispatcher:
    def __init__(
        self,
        settings: NotificationsSettings,
        sessions: async_sessionmaker[AsyncSession],
        *,
        resolve: Callable[[str], list[str]] = system_resolve,
        rng: random.Random | None = None,
        tls: ssl.SSLContext | None = None,
    ) -> None:
        self.settings = settings
        self.sessions = sessions
        self.resolve = resolve
        self.tls = tls  # None: the system's certificate authorities
        self.rng = rng or random.Random()  # jitter, not security
        self.schedule = settings.retry_schedule
        self._wake = asyncio.Event()  # a NOTIFY, or a poll that found work: every idle worker
        # One idle worker at a time looks for due deliveries each poll interval (`_poll_turns`).
        self._poll_turn: asyncio.Queue[None] = asyncio.Queue(maxsize=1)
        self._client: httpx.AsyncClient | None = None
        # Sends in flight in this process, per owner; claims are taken one at a time so the
        # per-owner limit is exact.
        self._in_flight: Counter[str] = Counter()
        self._claiming = asyncio.Lock()
        # The last claim's turn being noted (see `dispatch_one`).
        self._noting_turn: asyncio.Task[None] | None = None

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(
            self.sessions,
            source=self.settings.service_name,
            topic_prefix=self.settings.topic_prefix,
        )

    async def run(self, stop: asyncio.Event) -> None:
        """Send deliveries until `stop`; on SIGTERM the sends in hand finish and are recorded."""
        timeout = self.settings.webhook_timeout_seconds
        # No redirects (a 3xx could point anywhere, past the SSRF guard) and no proxies or
        # credentials from the environment.
        self._client = httpx.AsyncClient(
            transport=PinnedTransport(self.tls),
            follow_redirects=False,
            trust_env=False,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
        )
        listener = asyncio.create_task(self._listen(stop))
        housekeeper = asyncio.create_task(self._housekeep(stop))
        poller = asyncio.create_task(self._poll_turns(stop))
        try:
            workers = [
                asyncio.create_task(self._work(stop))
                for _ in range(self.settings.dispatch_concurrency)
            ]
            await asyncio.gather(*workers)
        finally:
            for task in (listener, housekeeper, poller):
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            await self._turn_noted()  # bounded by the database timeouts; it never raises
            await self._client.aclose()
            self._client = None

    async def _work(self, stop: asyncio.Event) -> None:
        polled = False
        while not stop.is_set():
            try:
                sent = await self.dispatch_one(wake_others=polled)
            except Exception as exc:
                # A database hiccup or a deadlock with a concurrent delete: the claimed row was
                # rolled back and stays due, so trying again later is all there is to do.
                logger.warning("dispatching failed: %r", exc)
                await sleep_or_stop(stop, self.settings.dispatch_poll_interval_seconds)
                continue
            polled = False if sent else await self._idle(stop)

    async def _poll_turns(self, stop: asyncio.Event) -> None:
        """Each poll interval, one idle worker looks for due deliveries: retries come due, and a
        NOTIFY can be missed. (Every worker polling on its own made eight claims that found
        nothing each interval: most of an idle dispatcher's work, and of its backend's.) A turn
        not taken yet, while every worker is sending, waits for the first one free."""
        while not stop.is_set():
            await sleep_or_stop(stop, self.settings.dispatch_poll_interval_seconds)
            with contextlib.suppress(asyncio.QueueFull):
                self._poll_turn.put_nowait(None)

    async def _idle(self, stop: asyncio.Event) -> bool:
        """Wait for a NOTIFY, this worker's turn to poll, or `stop`; True for a poll turn."""
        wake = asyncio.ensure_future(self._wake.wait())
        halt = asyncio.ensure_future(stop.wait())
        turn = asyncio.ensure_future(self._poll_turn.get())
        try:
            await asyncio.wait({wake, halt, turn}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for waiting in (wake, halt, turn):
                waiting.cancel()
        self._wake.clear()
        return turn.done() and not turn.cancelled()

    async def _listen(self, stop: asyncio.Event) -> None:
        """LISTEN for new deliveries so they go out at once; the poll covers a missed NOTIFY."""
        while not stop.is_set():
            connection: asyncpg.Connection | None = None
            try:
                connection = await connect(
                    asyncpg_dsn(self.settings.database_url), self.settings.database_timeouts
                )
                await connection.add_listener(DELIVERIES_CHANNEL, lambda *_: self._wake.set())
                while not stop.is_set() and not connection.is_closed():
                    await sleep_or_stop(stop, 5.0)
            except (OSError, asyncpg.PostgresError) as exc:
                logger.warning("cannot LISTEN for deliveries (%r); polling", exc)
                await sleep_or_stop(stop, 5.0)
            finally:
                if connection is not None and not connection.is_closed():
                    await connection.close(timeout=5)

    async def _housekeep(self, stop: asyncio.Event) -> None:
        """Prune finished deliveries past retention now and then (see `housekeeping`).

        The dispatcher does it because it owns the deliveries' lifecycle; the relay's and the
        consumer's housekeeping (outbox, inbox) are shared by every service.
        """
        while not stop.is_set():
            try:
                pruned = await prune_history(
                    self.sessions,
                    self.settings.delivery_retention,
                    self.settings.prune_batch_size,
                )
                if pruned:
                    logger.info("pruned %d finished deliveries", pruned)
            except Exception as exc:
                logger.warning("pruning delivery history failed: %r", exc)
            await sleep_or_stop(stop, self.settings.prune_interval_seconds)

    async def dispatch_one(self, *, wake_others: bool = False) -> bool:
        """Claim, send and record one due delivery; False when none is due. `wake_others`
        (a poll turn's claim): once one is claimed, the idle workers look too, as more may be
        due."""
        async with self.unit_of_work() as uow:
            async with self._claiming:
                await self._turn_noted()  # the last claim's turn, which this one must see
                claimed = await self._claim(uow)
                if claimed is None:
                    return False
                delivery_id, owner = claimed
                if wake_others:
                    self._wake.set()
                self._in_flight[owner] += 1
                # Noted while this delivery goes out rather than before: the next claim waits
                # for it instead of this send.
                self._noting_turn = asyncio.create_task(self._take_turn(owner))
            try:
                # One round trip for both. The delivery is locked by this transaction, so it
                # cannot vanish; the foreign key keeps its subscription.
                delivery, subscription = (
                    await uow.session.execute(
                        select(Delivery, Subscription)
                        .join(Subscription, col(Subscription.id) == col(Delivery.subscription_id))
                        .where(col(Delivery.id) == delivery_id)
                    )
                ).one()
                result = await self.attempt(delivery, subscription)
                # The receiver has its answer; the attempt is not recorded yet.
                await fault_point("dispatcher.answered")
                await self.record_safely(uow, delivery, subscription, result)
                await uow.commit()
            finally:
                self._in_flight[owner] -= 1
                if not self._in_flight[owner]:
                    del self._in_flight[owner]
        return True

    async def _claim(self, uow: UnitOfWork) -> tuple[str, str] | None:
        """Lock the next delivery to send, and its owner: the first owner in turn with one."""
        busy = [o for o, n in self._in_flight.items() if n >= self.settings.owner_limit]
        owners = (await uow.session.execute(_OWNERS_IN_TURN, {"busy": busy})).scalars().all()
        for owner in owners:
            # Due deliveries may all be held by other dispatchers or wait behind older ones.
            delivery_id = (await uow.session.execute(_CLAIM, {"owner": owner})).scalar()
            if delivery_id is not None:
                return str(delivery_id), str(owner)
        return None

    async def _turn_noted(self) -> None:
        if self._noting_turn is not None:
            await self._noting_turn
            self._noting_turn = None

    async def _take_turn(self, owner: str) -> None:
        try:
            async with self.sessions() as session:
                await session.execute(_TAKE_TURN, {"owner": owner})
                await session.commit()
        except Exception as exc:
            # Only fairness suffers; the claimed delivery still goes out.
            logger.warning("cannot note the turn of %s: %r", owner, exc)

    async def attempt(self, delivery: Delivery, subscription: Subscription) -> AttemptResult:
        """One POST of the delivery, after checking the target again (DNS may have changed).

        One deadline covers it all: the lookup, the connection, the answer's status and as much
        of its body as arrives in time.
        """
        started = time.perf_counter()
        deadline = asyncio.get_running_loop().time() + self.settings.webhook_timeout_seconds

        def elapsed() -> int:
            return int((time.perf_counter() - started) * 1000)

        try:
            async with asyncio.timeout_at(deadline):
                pinned = await asyncio.to_thread(
                    check_target_url,
                    subscription.target_url,
                    self.settings.allowed_hosts,
                    self.resolve,
                )
        except UnsafeTarget as exc:
            return AttemptResult(None, elapsed(), error=f"target refused: {exc.reason}")
        except OSError as exc:
            return AttemptResult(None, elapsed(), error=f"target host not resolved: {exc}")
        except TimeoutError:
            return AttemptResult(None, elapsed(), error="timed out resolving the target host")

        body = body_of(delivery)
        headers = signing.webhook_headers(
            signing_secrets(subscription, datetime.now(UTC)), delivery.id, int(time.time()), body
        )
        headers.update({"content-type": CONTENT_TYPE, "user-agent": USER_AGENT})
        assert self._client is not None, "attempt() runs inside run()"
        request = self._client.build_request(
            "POST", subscription.target_url, content=body, headers=headers
        )
        try:
            with pinned_to(pinned):
                # httpx bounds each phase; the deadline bounds the whole exchange.
                async with asyncio.timeout_at(deadline):
                    response = await self._client.send(request, stream=True)
                try:
                    reply = await _read_reply(response, deadline)
                finally:
                    await response.aclose()
        except TimeoutError:
            return AttemptResult(None, elapsed(), error="timed out")
        except Exception as exc:
            return AttemptResult(None, elapsed(), error=_describe(exc))
        return AttemptResult(
            response.status_code,
            elapsed(),
            response_body=reply,
            retry_after=response.headers.get("retry-after"),
        )

    async def record_safely(
        self,
        uow: UnitOfWork,
        delivery: Delivery,
        subscription: Subscription,
        result: AttemptResult,
    ) -> None:
        """`record`, and should that fail, a plainer record, and failing that a postponement.

        Each try runs in a savepoint, so a failed one leaves nothing half-written and the row
        stays locked by this transaction. Without this, an answer the database refused would
        roll the claim back and the delivery would go out again at the next poll, forever.
        """
        delivery_id, attempts_in_cycle = delivery.id, delivery.attempts_in_cycle
        plain = AttemptResult(
            result.status_code,
            result.latency_ms,
            error=result.error or "the answer could not be recorded",
        )
        for attempt in (result, plain):
            try:
                async with uow.session.begin_nested():
                    await self.record(uow, delivery, subscription, attempt)
                return
            except Exception as exc:
                logger.exception("recording delivery %s attempt failed: %r", delivery_id, exc)
                # The savepoint's rollback expired the ORM state; read it afresh.
                await uow.session.refresh(delivery)
                await uow.session.refresh(subscription)
        await self._postpone(uow, delivery_id, attempts_in_cycle)

    async def _postpone(self, uow: UnitOfWork, delivery_id: str, attempts_in_cycle: int) -> None:
        """Count the attempt and put the delivery off by the schedule, in plain SQL.

        The last resort when no attempt could be recorded: the schedule decides when it goes
        out again. Once spent, its longest delay (at least a minute) repeats; the delivery stays
        open for ops to see (`last_error`) rather than failing without its record.
        """
        delay = next_attempt_delay(self.schedule, attempts_in_cycle + 1, self.rng)
        if delay is None:  # spent: the longest delay, never under a minute
            delay = max(*self.schedule, _LAST_RESORT_FLOOR)
        await uow.session.execute(
            text(
                "UPDATE deliveries SET attempts_in_cycle = attempts_in_cycle + 1,"
                " attempt_count = attempt_count + 1, status = 'retrying',"
                " last_error = 'the attempt could not be recorded',"
                " next_attempt_at = now() + CAST(:delay AS interval) WHERE id = :id"
            ),
            {"id": delivery_id, "delay": delay},
        )

    async def record(
        self,
        uow: UnitOfWork,
        delivery: Delivery,
        subscription: Subscription,
        result: AttemptResult,
    ) -> None:
        """Log the attempt and move the delivery (and maybe its subscription) on."""
        now = datetime.now(UTC)
        outcome = classify_response(result.status_code)
        delivery.attempts_in_cycle += 1
        delivery.attempt_count += 1
        delivery.last_status_code = result.status_code
        delivery.last_error = result.error
        verdict: str
        if outcome is Outcome.SUCCEEDED:
            delivery.status = DeliveryStatus.SUCCEEDED
            delivery.completed_at = now
            verdict = "succeeded"
            await uow.session.execute(
                text(
                    "UPDATE subscriptions SET failing_since = NULL"
                    " WHERE id = :id AND failing_since IS NOT NULL"
                ),
                {"id": subscription.id},
            )
        elif outcome is Outcome.DISABLE_ENDPOINT:
            verdict = "endpoint_gone"
            self._fail(uow, delivery, subscription, now)
            await self._disable(uow, subscription, "the endpoint answered 410 Gone", now)
        else:
            delay = next_attempt_delay(self.schedule, delivery.attempts_in_cycle, self.rng)
            if delay is not None and outcome is Outcome.RETRY_AFTER:
                # The receiver's own word on when to come back beats the schedule.
                asked = parse_retry_after(result.retry_after, now)
                delay = asked if asked is not None else delay
            if delay is None:
                verdict = "failed"
                self._fail(uow, delivery, subscription, now)
            else:
                verdict = "retry_scheduled"
                delivery.status = DeliveryStatus.RETRYING
                delivery.next_attempt_at = now + delay
            await self._note_failure(uow, subscription, now)
        uow.session.add(
            DeliveryAttempt(
                delivery_id=delivery.id,
                cycle=delivery.cycle,
                number=delivery.attempts_in_cycle,
                attempted_at=now,
                status_code=result.status_code,
                latency_ms=result.latency_ms,
                response_body=result.response_body,
                error=result.error,
                outcome=verdict,
            )
        )
        uow.session.add(delivery)
        await uow.session.flush()
        logger.info(
            "delivery %s attempt %d: %s",
            delivery.id,
            delivery.attempt_count,
            verdict,
            extra={
                "subscription_id": subscription.id,
                "status_code": result.status_code,
                "latency_ms": result.latency_ms,
            },
        )

    def _fail(
        self, uow: UnitOfWork, delivery: Delivery, subscription: Subscription, now: datetime
    ) -> None:
        """Dead-letter the delivery: final status, and an event for ops in the outbox."""
        delivery.status = DeliveryStatus.FAILED
        delivery.completed_at = now
        uow.record(
            "notification.delivery_failed",
            delivery.partnership_id,
            DeliveryFailed(
                delivery_id=delivery.id,
                subscription_id=subscription.id,
                owner_organisation_id=subscription.owner_organisation_id,
                event_id=delivery.event_id,
                event_type=delivery.event_type,
                partnership_id=delivery.partnership_id,
                attempts=delivery.attempts_in_cycle,
                last_status_code=delivery.last_status_code,
                last_error=delivery.last_error,
                failed_at=now,
            ),
        )

    async def _note_failure(
        self, uow: UnitOfWork, subscription: Subscription, now: datetime
    ) -> None:
        """Remember when the endpoint began failing; disable it once that is too long ago."""
        failing_since = (
            await uow.session.execute(
                text(
                    "UPDATE subscriptions SET failing_since = coalesce(failing_since, :now)"
                    " WHERE id = :id RETURNING failing_since"
                ),
                {"id": subscription.id, "now": now},
            )
        ).scalar_one()
        limit = timedelta(seconds=self.settings.disable_after_seconds)
        if now - failing_since >= limit:
            days = self.settings.disable_after_seconds / 86400
            await self._disable(uow, subscription, f"every attempt failed for {days:g} days", now)

    async def _disable(
        self, uow: UnitOfWork, subscription: Subscription, reason: str, now: datetime
    ) -> None:
        # The delivery in hand first, so pausing the open ones sees its new state.
        await uow.session.flush()
        disabled = (
            await uow.session.execute(
                text(
                    "UPDATE subscriptions SET enabled = false, disabled_reason = :reason,"
                    " disabled_at = :now, updated_at = :now WHERE id = :id AND enabled"
                    " RETURNING id"
                ),
                {"id": subscription.id, "reason": reason, "now": now},
            )
        ).first()
        if disabled is not None:
            logger.warning("subscription %s disabled: %s", subscription.id, reason)
            await pause_deliveries(uow, subscription.id)
            await notify_owner_of_disabling(uow, subscription, reason)


async def _read_reply(response: httpx.Response, deadline: float) -> str:
    """What the answer's body says, read until enough has come or the deadline passes.

    The status has arrived by now and decides the outcome; a body that stops arriving (a
    trickle, a dropped connection) only shortens what is kept.
    """
    reply = ReplyBody(response.headers.get("content-encoding"))
    try:
        async with asyncio.timeout_at(deadline):
            # Raw: still compressed, so that `ReplyBody` inflates no more than it keeps.
            async for chunk in response.aiter_raw():
                if reply.feed(chunk):
                    break
    except (TimeoutError, httpx.TransportError) as exc:
        logger.info("answer body cut short: %r", exc)
    return reply.text()


def _describe(exc: Exception) -> str:
    detail = str(exc) or exc.__class__.__name__
    return f"{exc.__class__.__name__}: {detail}"[:MAX_ERROR_CHARS]


async def run_dispatcher(settings: ServiceSettings, stop: asyncio.Event) -> None:
    """`python -m services.notifications dispatch`: the dispatcher as its own process."""
    if not isinstance(settings, NotificationsSettings):
        raise TypeError("the dispatcher needs NotificationsSettings")
    # One connection per concurrent send (each holds its claimed row's lock), plus headroom.
    engine = create_engine(
        settings.database_url, settings.dispatch_concurrency + 2, settings.database_timeouts
    )
    try:
        await Dispatcher(settings, session_factory(engine)).run(stop)
    finally:
        await engine.dispose()
