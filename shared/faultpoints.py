"""Named points where a test can make a process crash or stall exactly inside a crash window.

Production code calls `await fault_point("relay.acked")` at the instant a guarantee depends on
(say, records acknowledged by the broker but rows not yet marked). It does nothing unless the
environment names that point: `ALIANZA_FAULT_POINTS=relay.acked=exit,consumer.effect_committed=block`.
The variable is read once, on first use, so an unset one costs a dictionary lookup on an empty
dict. Actions:

- `exit`: the process ends at once with status 137, as SIGKILL would leave it — no `finally`,
  no commit, no flush, no clean leave of the consumer group.
- `block`: the calling task waits for ever (the process looks hung at that instant; the test
  kills it from outside).

A point may carry a count, `relay.acked=exit@3`: the action fires on its third passage, so a
test can let some work through before the crash.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from dataclasses import dataclass

logger = logging.getLogger(__name__)

ENVIRONMENT_VARIABLE = "ALIANZA_FAULT_POINTS"
EXIT_STATUS = 137  # what a shell reports for a SIGKILLed process
ACTIONS = frozenset({"exit", "block"})


@dataclass
class _Armed:
    action: str
    fire_on: int  # the passage (1-based) on which the action fires
    passed: int = 0


_armed: dict[str, _Armed] | None = None


def parse(spec: str) -> dict[str, _Armed]:
    """`name=action[@n],…` into armed points; a malformed entry is refused, not ignored."""
    armed: dict[str, _Armed] = {}
    for entry in filter(None, (part.strip() for part in spec.split(","))):
        name, separator, action = entry.partition("=")
        action, _, count = action.partition("@")
        if not separator or not name or action not in ACTIONS:
            raise ValueError(f"{ENVIRONMENT_VARIABLE}: cannot read {entry!r} (name=exit|block[@n])")
        fire_on = int(count) if count else 1
        if fire_on < 1:
            raise ValueError(f"{ENVIRONMENT_VARIABLE}: {entry!r} must fire on a passage >= 1")
        armed[name.strip()] = _Armed(action=action, fire_on=fire_on)
    return armed


def _points() -> dict[str, _Armed]:
    global _armed
    if _armed is None:
        _armed = parse(os.environ.get(ENVIRONMENT_VARIABLE, ""))
    return _armed


def reset() -> None:
    """Read the environment again on next use (for tests that set it in-process)."""
    global _armed
    _armed = None


async def fault_point(name: str) -> None:
    """Crash or stall here if a test armed `name`; otherwise return at once."""
    armed = _points().get(name)
    if armed is None:
        return
    armed.passed += 1
    if armed.passed != armed.fire_on:
        return
    if armed.action == "exit":
        # Written straight to the descriptor: the test reads it to know the window was hit.
        os.write(2, f"fault point {name}: exit\n".encode())
        sys.stderr.flush()
        os._exit(EXIT_STATUS)
    logger.warning("fault point %s: blocking for ever", name)
    await asyncio.Event().wait()
