"""The fault schedule is a function of the seed and the plan: same seed, same faults."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from chaos.faults import schedule
from chaos.plan import CLUSTER, FULL, SHORT
from chaos.stack import PROCESS_NAMES, SERVICE_PROCESS_NAMES, process_type


def test_the_same_seed_gives_the_same_schedule_and_another_seed_another() -> None:
    assert schedule(SHORT) == schedule(SHORT)
    assert schedule(SHORT) != schedule(replace(SHORT, seed=SHORT.seed + 1))


def test_the_full_plan_has_every_fault_the_brief_asks_for() -> None:
    kinds = Counter(fault.kind for fault in schedule(FULL))
    kills = Counter(fault.target for fault in schedule(FULL) if fault.kind == "sigkill")
    assert all(kills[name] >= 20 for name in PROCESS_NAMES), kills
    assert kinds["broker_restart"] >= 5
    assert kinds["broker_outage"] == 1
    assert kinds["postgres_restart"] >= 5
    assert kinds["database_refused"] == 1
    assert kinds["relay_blackholed"] >= 1
    outage = next(f for f in schedule(FULL) if f.kind == "broker_outage")
    assert outage.seconds == 60


def test_no_fault_starts_in_the_quiet_tail() -> None:
    last = SHORT.duration_seconds - SHORT.quiet_tail_seconds
    assert max(fault.at for fault in schedule(SHORT)) <= last


def test_a_relay_is_black_holed_before_it_is_first_killed() -> None:
    for seed in range(20):
        faults = schedule(replace(FULL, seed=seed))
        for hole in (f for f in faults if f.kind == "relay_blackholed"):
            kills = [
                f.at for f in faults if f.kind == "sigkill" and f.target == f"{hole.target}-relay"
            ]
            assert hole.at < min(kills), (seed, hole)


def test_the_cluster_plan_kills_nodes_the_quorum_leader_two_nodes_and_scales_consumers() -> None:
    faults = schedule(CLUSTER)
    kinds = Counter(fault.kind for fault in faults)
    assert kinds["node_killed"] == 2 and kinds["controller_killed"] == 1
    minority = next(f for f in faults if f.kind == "minority_left")
    assert len(set(minority.target.split(","))) == 2  # two different nodes: one replica left
    assert kinds["consumers_scaled"] == 1
    nodes = {f"kafka-{index}" for index in (1, 2, 3)}
    assert all(f.target in nodes for f in faults if f.kind == "node_killed")
    # Every kill of a service process hits one of its three replicas, by name.
    for fault in (f for f in faults if f.kind == "sigkill"):
        base = process_type(fault.target)
        if base in SERVICE_PROCESS_NAMES:
            assert fault.target in {f"{base}-{index}" for index in (1, 2, 3)}
        else:
            assert fault.target == base  # the ops processes run once


def test_without_replicas_or_a_cluster_the_schedule_names_single_processes() -> None:
    kinds = Counter(fault.kind for fault in schedule(FULL))
    assert not {"node_killed", "controller_killed", "minority_left", "consumers_scaled"} & set(
        kinds
    )
    assert {f.target for f in schedule(FULL) if f.kind == "sigkill"} == set(PROCESS_NAMES)
