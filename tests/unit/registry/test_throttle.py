"""The token endpoint's lockout and hashing pool, without a server."""

from __future__ import annotations

import asyncio
import threading

import pytest

from services.registry.throttle import FailureLockout, HashingBusy, HashingPool


class FakeClock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


def test_a_client_id_is_locked_after_the_threshold_and_the_lock_doubles() -> None:
    clock = FakeClock()
    lockout = FailureLockout(threshold=3, base_seconds=5, max_seconds=60, clock=clock)
    for _ in range(2):
        lockout.failed("cli")
    assert lockout.locked_for("cli") == 0.0
    waits = []
    for _ in range(6):
        lockout.failed("cli")
        waits.append(lockout.locked_for("cli"))
    assert waits == [5, 10, 20, 40, 60, 60]


def test_a_lock_expires_and_a_success_clears_the_record() -> None:
    clock = FakeClock()
    lockout = FailureLockout(threshold=1, base_seconds=5, max_seconds=60, clock=clock)
    lockout.failed("cli")
    clock.now += 5
    assert lockout.locked_for("cli") == 0.0
    lockout.succeeded("cli")
    lockout.failed("cli")
    assert lockout.locked_for("cli") == 5  # counted from one again, not doubled


def test_the_lockout_forgets_the_least_recent_id_beyond_its_bound() -> None:
    lockout = FailureLockout(threshold=1, base_seconds=5, max_seconds=60, max_keys=1)
    lockout.failed("a")
    lockout.failed("b")
    assert lockout.locked_for("a") == 0.0
    assert lockout.locked_for("b") > 0


async def test_the_pool_refuses_beyond_its_capacity_and_each_callers_share() -> None:
    release = threading.Event()
    pool = HashingPool(workers=1, queue_limit=1, per_caller=1)
    try:
        first = asyncio.create_task(pool.run("attacker", release.wait))
        await asyncio.sleep(0)
        with pytest.raises(HashingBusy):
            await pool.run("attacker", release.wait)  # its share is taken
        second = asyncio.create_task(pool.run("honest", release.wait))
        await asyncio.sleep(0)
        with pytest.raises(HashingBusy):
            await pool.run("third", release.wait)  # the pool is full
        release.set()
        assert await first and await second
        assert await pool.run("third", lambda: 42) == 42  # room again once they finished
    finally:
        release.set()
        pool.close()
