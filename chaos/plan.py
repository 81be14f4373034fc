"""What one chaos run does: its seed, length, load and how many faults of each kind."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Plan:
    seed: int
    duration_seconds: float
    walkers: int
    # Each process type (registry-api, commitments-sweep, ops-watch ...) is SIGKILLed this often.
    kills_per_process: int
    broker_restarts: int
    # One broker outage of this length (0: none); counted apart from the restarts.
    broker_outage_seconds: float
    postgres_restarts: int
    # One service's database refuses new connections (and drops open ones) for this long.
    refuse_seconds: float
    relay_blackholes: int
    # No fault starts this late in the run, so the last one has healed when the load stops.
    quiet_tail_seconds: float
    drain_limit_seconds: float = 60.0


FULL = Plan(
    seed=1,
    duration_seconds=1200,
    walkers=8,
    kills_per_process=20,
    broker_restarts=5,
    broker_outage_seconds=60,
    postgres_restarts=5,
    refuse_seconds=30,
    relay_blackholes=1,
    quiet_tail_seconds=90,
)

SHORT = Plan(
    seed=1,
    duration_seconds=80,
    walkers=4,
    kills_per_process=2,
    broker_restarts=1,
    broker_outage_seconds=0,
    postgres_restarts=1,
    refuse_seconds=10,
    relay_blackholes=1,
    quiet_tail_seconds=20,
)


def plan_for(short: bool, **overrides: object) -> Plan:
    """The preset, with any command-line value that was given in its place."""
    base = SHORT if short else FULL
    given = {key: value for key, value in overrides.items() if value is not None}
    return replace(base, **given)  # type: ignore[arg-type]
