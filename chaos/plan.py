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
    # The private stack's shape: Kafka nodes, and how often each service process runs.
    brokers: int = 1
    replicas: int = 1
    # On a cluster: one node SIGKILLed and started again `node_down_seconds` later, this often;
    # the metadata quorum's leader the same way; and two nodes at once (one replica left).
    node_kills: int = 0
    controller_kills: int = 0
    minority_kills: int = 0
    node_down_seconds: float = 15.0
    # With replicas: one service's consumers scaled to 1, to all, to 1 and back to all.
    consumer_scalings: int = 0
    scale_step_seconds: float = 10.0


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
    duration_seconds=60,
    walkers=4,
    kills_per_process=1,
    broker_restarts=1,
    broker_outage_seconds=0,
    postgres_restarts=1,
    refuse_seconds=10,
    relay_blackholes=1,
    quiet_tail_seconds=20,
)


# Three Kafka nodes and three replicas of every service process: one node killed, then the
# quorum's leader, then two nodes at once, while processes die and a consumer group is scaled
# 3 → 1 → 3 → 1 → 3. `python -m chaos --cluster`; a shorter variant runs in `make test`.
CLUSTER = Plan(
    seed=1,
    duration_seconds=240,
    walkers=4,
    kills_per_process=2,
    broker_restarts=0,
    broker_outage_seconds=0,
    postgres_restarts=1,
    refuse_seconds=0,
    relay_blackholes=0,
    quiet_tail_seconds=40,
    drain_limit_seconds=90.0,
    brokers=3,
    replicas=3,
    node_kills=2,
    controller_kills=1,
    minority_kills=1,
    node_down_seconds=15.0,
    consumer_scalings=1,
)


# Two replicas of each process instead of three: on two cores, the third set of ten Python
# processes cost the short run ~40 s of start-up and slowed every Kafka node's restart behind
# it, while two already give every kill a standby and the scaling step a group to shrink.
CLUSTER_SHORT = replace(
    CLUSTER,
    replicas=2,
    duration_seconds=140,
    kills_per_process=1,
    postgres_restarts=0,
    node_kills=0,  # the quorum leader's kill is a node kill too
    quiet_tail_seconds=30,
    node_down_seconds=10.0,
    scale_step_seconds=5.0,
)


def plan_for(short: bool, cluster: bool = False, **overrides: object) -> Plan:
    """The preset, with any command-line value that was given in its place."""
    presets = {(False, False): FULL, (True, False): SHORT, (False, True): CLUSTER}
    base = presets.get((short, cluster), CLUSTER_SHORT)
    given = {key: value for key, value in overrides.items() if value is not None}
    return replace(base, **given)  # type: ignore[arg-type]
