"""The start-up heap is frozen, and what is made afterwards is still collected — by explicit
collections and by the automatic ones, less often than CPython's default."""

from __future__ import annotations

import json
import subprocess
import sys

# Run apart: freezing this test process's heap would outlive the test.
PROGRAM = """
import gc, json, weakref
from shared.heap import freeze_startup_heap

class Node:
    pass

before = gc.get_freeze_count()
freeze_startup_heap()
frozen = gc.get_freeze_count()
later = Node()
later.me = later  # a cycle only the collector can free
gone = weakref.ref(later)
del later
gc.collect()
collected = gone() is None

# No explicit collection: cycles pile up until the young generation's threshold sets one off.
first = Node()
first.me = first
first_gone = weakref.ref(first)
del first
for _ in range(30_000):
    node = Node()
    node.me = node
del node
print(json.dumps({
    "before": before,
    "frozen": frozen,
    "collected": collected,
    "young_threshold": gc.get_threshold()[0],
    "collected_automatically": first_gone() is None,
}))
"""


def test_startup_objects_are_frozen_and_later_garbage_is_still_collected() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM], capture_output=True, text=True, check=True, timeout=60
    )
    figures = json.loads(result.stdout)
    assert figures["before"] == 0
    assert figures["frozen"] > 1000, "the interpreter's and shared's objects are frozen"
    assert figures["collected"], "a cycle made after the freeze was still collected"
    assert figures["young_threshold"] == 10_000
    assert figures["collected_automatically"], "cycles are still freed without gc.collect()"


def test_a_process_that_times_requests_keeps_cpython_young_collections() -> None:
    # The benchmarks' load generator: frozen too, after a relay phase set a service's threshold.
    program = (
        "import gc, json\n"
        "from shared.heap import CPYTHON_YOUNG_THRESHOLD, freeze_startup_heap\n"
        "default = gc.get_threshold()[0]\n"
        "freeze_startup_heap()\n"
        "service = gc.get_threshold()[0]\n"
        "freeze_startup_heap(young_threshold=CPYTHON_YOUNG_THRESHOLD)\n"
        "print(json.dumps([default, CPYTHON_YOUNG_THRESHOLD, service, gc.get_threshold()[0],"
        " gc.get_freeze_count() > 1000]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True, timeout=60
    )
    default, recorded, service, restored, frozen = json.loads(result.stdout)
    assert recorded == default != service == 10_000
    assert restored == default and frozen
