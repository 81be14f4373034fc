"""The run's report: the figures, which musts held, a human summary and the JSON file."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Report:
    seed: int
    plan: dict[str, Any]
    faults_by_kind: dict[str, dict[str, int]]
    faults: list[dict[str, Any]]
    commands: dict[str, int]
    commands_accepted: int
    # Seconds after the load started at which each command was accepted.
    accepted_at: list[float]
    partnerships: int
    partnerships_stopped: dict[str, int]
    refusals: list[str]
    drain_seconds: float | None
    deliveries_settled: bool
    processes_left_dead: list[str]
    lost: dict[str, int]
    duplicated: dict[str, int]
    figures: dict[str, Any]
    examples: list[str]
    musts: dict[str, bool] = field(default_factory=dict)

    def judge(self, drain_limit: float) -> None:
        self.musts = {
            "reconciled": "reconcile_error" not in self.figures,
            "lost_effects_zero": sum(self.lost.values()) == 0,
            "duplicated_effects_zero": sum(self.duplicated.values()) == 0,
            "transient_dead_letters_zero": self.figures.get("transient_dead_letters", 1) == 0,
            "order_violations_zero": self.figures.get("order_violations", 1) == 0,
            "drained_within_limit": self.drain_seconds is not None
            and self.drain_seconds <= drain_limit,
            "no_process_left_dead": not self.processes_left_dead,
        }

    @property
    def passed(self) -> bool:
        return all(self.musts.values())

    def write(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.__dict__, indent=2, default=str) + "\n")

    def summary(self) -> str:
        f = self.figures
        lines = [
            f"chaos run, seed {self.seed}: {'PASSED' if self.passed else 'FAILED'}",
            f"  faults         {self.faults_by_kind}",
            f"  commands       {self.commands_accepted} accepted, {self.partnerships} partnerships",
            f"  stopped walks  {self.partnerships_stopped}",
            f"  events         {f.get('events_published')} published,"
            f" {f.get('redelivered_copies')} redelivered copies",
            f"  lost           {sum(self.lost.values())} {self.lost}",
            f"  duplicated     {sum(self.duplicated.values())} {self.duplicated}",
            f"  transient DLQ  {f.get('transient_dead_letters')}"
            f" of {len(f.get('dead_letters', []))} dead letters",
            f"  order          {f.get('order_violations')} violations",
            f"  webhooks       {f.get('webhooks_delivered')} delivered of"
            f" {f.get('webhooks_expected')} expected; {f.get('webhook_ids_unexpected')}"
            " unexpected ids",
            f"  drain          {self.drain_seconds}s after the last fault healed"
            if self.drain_seconds is not None
            else "  drain          NOT drained within the limit",
            f"  dead processes {self.processes_left_dead}",
            f"  restarts not from a SIGKILL {f.get('unexplained_restarts')}",
        ]
        for letter in f.get("dead_letters", []):
            lines.append(
                f"  DLQ {letter['topic']} {letter['type']} ({letter['group']}):"
                f" {letter['reason']}{' [transient]' if letter['transient'] else ''}:"
                f" {letter['error'][:160]}"
            )
        lines += [f"  e.g. {example}" for example in self.examples[:15]]
        lines += [f"  must {name}: {'ok' if ok else 'FAILED'}" for name, ok in self.musts.items()]
        return "\n".join(lines)
