"""The start-up heap is frozen, and what is made afterwards is still collected."""

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
print(json.dumps({"before": before, "frozen": frozen, "collected": gone() is None}))
"""


def test_startup_objects_are_frozen_and_later_garbage_is_still_collected() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM], capture_output=True, text=True, check=True, timeout=60
    )
    figures = json.loads(result.stdout)
    assert figures["before"] == 0
    assert figures["frozen"] > 1000, "the interpreter's and shared's objects are frozen"
    assert figures["collected"], "a cycle made after the freeze was still collected"
