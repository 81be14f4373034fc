"""What the load did, as the reconciliation needs it: every accepted command, per partnership."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

# Where each lifecycle action leaves a partnership (the README's lifecycle table).
TARGETS = {
    "create": "draft",
    # The named organisation's consent, recorded in the history; the draft stays a draft.
    "accept-invitation": "draft",
    "propose": "proposed",
    "withdraw": "withdrawn",
    "adopt": "adopted",
    "reject": "rejected",
    "start": "implementing",
    "open-review": "under_review",
    "conclude-review:continue": "implementing",
    "conclude-review:complete": "completed",
    "conclude-review:discontinue": "discontinued",
}


def history_name(action: str) -> str:
    """The action as the registry's history names it (without the review outcome)."""
    return action.split(":", 1)[0]


@dataclass
class Tracked:
    """One partnership the load created, and what was accepted about it."""

    id: str
    themes: list[str]
    # commitment id -> due date
    commitments: dict[str, date]
    actions: list[str] = field(default_factory=lambda: ["create"])
    # An action whose outcome is unknown (sent, never answered): it may or may not have happened.
    uncertain_action: str | None = None
    progress: Counter[str] = field(default_factory=Counter)
    uncertain_progress: Counter[str] = field(default_factory=Counter)
    stopped: str = ""

    @property
    def adopted(self) -> bool:
        return "adopt" in self.actions

    def reviews_opened(self) -> int:
        return self.actions.count("open-review")

    def expected_statuses(self) -> set[str]:
        statuses = {TARGETS[self.actions[-1]]}
        if self.uncertain_action:
            statuses.add(TARGETS[self.uncertain_action])
        return statuses

    def past_due(self, today: date) -> list[str]:
        return [cid for cid, due in self.commitments.items() if due < today]


@dataclass
class Ledger:
    partnerships: dict[str, Tracked] = field(default_factory=dict)
    commands: Counter[str] = field(default_factory=Counter)
    # Creates whose answer never came: a draft may exist that the harness does not know.
    uncertain_creates: int = 0
    refusals: list[str] = field(default_factory=list)
    # When the load started (time.monotonic, the event loop's clock), and when after it each
    # command was accepted: the report compares these with the faults' windows.
    started: float = field(default_factory=time.monotonic)
    accepted_at: list[float] = field(default_factory=list)

    def count(self, kind: str, verdict: str) -> None:
        self.commands[f"{kind}:{verdict}"] += 1
        if verdict == "accepted":
            self.accepted_at.append(round(time.monotonic() - self.started, 1))

    def accepted(self) -> int:
        return sum(n for key, n in self.commands.items() if key.endswith(":accepted"))
