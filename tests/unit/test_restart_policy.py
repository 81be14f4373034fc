"""The restart policy: capped doubling backoff, forgiven after a stable run; crash loops flagged."""

from __future__ import annotations

from deploy.local.restart_policy import RestartHistory, RestartPolicy

POLICY = RestartPolicy(
    initial_delay=0.5,
    max_delay=4.0,
    stable_after=60.0,
    crash_loop_restarts=3,
    crash_loop_window=100.0,
)


def test_delays_double_from_the_initial_delay_up_to_the_cap() -> None:
    history = RestartHistory(POLICY)
    delays = [history.died(now=float(i), ran_for=0.1) for i in range(7)]
    assert delays == [0.5, 1.0, 2.0, 4.0, 4.0, 4.0, 4.0]
    assert history.restarts == 7


def test_a_stable_run_resets_the_backoff() -> None:
    history = RestartHistory(POLICY)
    for i in range(4):
        history.died(now=float(i), ran_for=0.1)
    assert history.died(now=200.0, ran_for=POLICY.stable_after) == POLICY.initial_delay
    assert history.restarts == 5, "the count of restarts is never reset"


def test_more_restarts_than_allowed_within_the_window_is_a_crash_loop() -> None:
    history = RestartHistory(POLICY)
    for i in range(POLICY.crash_loop_restarts):
        history.died(now=float(i), ran_for=0.1)
    assert not history.crash_looping(now=3.0), "at the limit, not over it"
    history.died(now=3.0, ran_for=0.1)
    assert history.crash_looping(now=3.0)


def test_the_crash_loop_flag_clears_once_the_restarts_age_out_of_the_window() -> None:
    history = RestartHistory(POLICY)
    for i in range(POLICY.crash_loop_restarts + 1):
        history.died(now=float(i), ran_for=0.1)
    assert history.crash_looping(now=10.0)
    assert not history.crash_looping(now=10.0 + POLICY.crash_loop_window)


def test_restarts_spread_wider_than_the_window_are_no_crash_loop() -> None:
    history = RestartHistory(POLICY)
    for i in range(10):
        history.died(now=i * 40.0, ran_for=39.0)
    assert not history.crash_looping(now=400.0)


def test_the_policy_reads_its_figures_from_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("ALIANZA_SUPERVISOR_BACKOFF_INITIAL_SECONDS", "0.1")
    monkeypatch.setenv("ALIANZA_SUPERVISOR_BACKOFF_MAX_SECONDS", "2")
    monkeypatch.setenv("ALIANZA_SUPERVISOR_CRASH_LOOP_RESTARTS", "7")
    policy = RestartPolicy.from_env()
    assert (policy.initial_delay, policy.max_delay, policy.crash_loop_restarts) == (0.1, 2.0, 7)
    assert policy.stable_after == RestartPolicy().stable_after
