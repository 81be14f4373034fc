"""The token endpoint's lockout and hashing pool, without a server."""

from __future__ import annotations

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


def test_the_pool_refuses_beyond_its_capacity_and_each_callers_share() -> None:
    pool = HashingPool(workers=1, queue_limit=1, per_caller=1)
    try:
        with pool.place("attacker"):
            with pytest.raises(HashingBusy), pool.place("attacker"):
                pass  # its share is taken
            with pool.place("honest"), pytest.raises(HashingBusy), pool.place("third"):
                pass  # the pool is full
        with pool.place("third"), pool.place("attacker"):
            pass  # room again once the places were given back
    finally:
        pool.close()


async def test_the_pool_runs_work_on_its_own_threads() -> None:
    pool = HashingPool(workers=1, queue_limit=0, per_caller=1)
    try:
        with pool.place("caller"):
            name = await pool.run(lambda: threading.current_thread().name)
        assert name.startswith("hashing")
    finally:
        pool.close()
