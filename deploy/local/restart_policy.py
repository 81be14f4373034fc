"""When a supervised process that died is started again, and when it counts as crash-looping."""

from __future__ import annotations

import os
from collections import deque
from dataclasses import dataclass, field


@dataclass(frozen=True)
class RestartPolicy:
    """Capped exponential backoff, forgiven after a stable run; a crash loop is too many restarts
    in a window. Every figure can be moved by environment so tests and chaos runs can tighten it."""

    initial_delay: float = 0.5
    max_delay: float = 30.0
    # A process that ran this long before dying crashed for a new reason: start again quickly.
    stable_after: float = 60.0
    crash_loop_restarts: int = 5
    crash_loop_window: float = 300.0

    @classmethod
    def from_env(cls) -> RestartPolicy:
        def number(name: str, default: float) -> float:
            return float(os.environ.get(f"ALIANZA_SUPERVISOR_{name}", default))

        default = cls()
        return cls(
            initial_delay=number("BACKOFF_INITIAL_SECONDS", default.initial_delay),
            max_delay=number("BACKOFF_MAX_SECONDS", default.max_delay),
            stable_after=number("STABLE_AFTER_SECONDS", default.stable_after),
            crash_loop_restarts=int(number("CRASH_LOOP_RESTARTS", default.crash_loop_restarts)),
            crash_loop_window=number("CRASH_LOOP_WINDOW_SECONDS", default.crash_loop_window),
        )


@dataclass
class RestartHistory:
    """One process's deaths so far, and what they mean for its next start."""

    policy: RestartPolicy
    restarts: int = 0
    # Deaths since the last stable run; the exponent of the next delay.
    consecutive: int = 0
    recent: deque[float] = field(default_factory=deque)

    def died(self, now: float, ran_for: float) -> float:
        """Record a death at `now` after `ran_for` seconds of life; return the delay before the restart."""
        if ran_for >= self.policy.stable_after:
            self.consecutive = 0
        self.consecutive += 1
        self.restarts += 1
        self.recent.append(now)
        self._forget_before(now - self.policy.crash_loop_window)
        # The exponent is bounded so a process dying for days cannot overflow the float.
        exponent = min(self.consecutive - 1, 64)
        return float(min(self.policy.initial_delay * 2**exponent, self.policy.max_delay))

    def crash_looping(self, now: float) -> bool:
        self._forget_before(now - self.policy.crash_loop_window)
        return len(self.recent) > self.policy.crash_loop_restarts

    def _forget_before(self, moment: float) -> None:
        while self.recent and self.recent[0] < moment:
            self.recent.popleft()
