"""A restart the harness did not cause is reported with the supervisor's words and the process's
last traceback, read from the stack's logs."""

from __future__ import annotations

import json
from pathlib import Path

from chaos.evidence import last_traceback, restart_evidence


def _write(path: Path, lines: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n")


def _died(name: str, exit_text: str) -> str:
    return json.dumps(
        {
            "time": "t",
            "level": "WARNING",
            "message": f"{name} (pid 1) died: {exit_text}; restart 1 in 0.5s",
            "program": name,
            "exit": exit_text,
        }
    )


def test_every_death_of_the_process_is_named_with_its_last_traceback(tmp_path: Path) -> None:
    _write(
        tmp_path / "logs" / "supervisor.log",
        [
            _died("registry-relay", "signal SIGKILL"),
            _died("registry-relay", "exit code 1"),
            _died("registry-api", "exit code 3"),
            "not json",
        ],
    )
    _write(
        tmp_path / "logs" / "registry-relay.log",
        [
            '{"message": "relay leads"}',
            "Traceback (most recent call last):",
            '  File "x.py", line 1, in <module>',
            "ValueError: the first",
            '{"message": "relay leads"}',
            "Traceback (most recent call last):",
            '  File "y.py", line 2, in <module>',
            "RuntimeError: the last",
            '{"message": "after"}',
        ],
    )

    evidence = restart_evidence(tmp_path, ["registry-relay"])

    assert list(evidence) == ["registry-relay"]
    assert evidence["registry-relay"]["deaths"] == [
        "t registry-relay (pid 1) died: signal SIGKILL; restart 1 in 0.5s",
        "t registry-relay (pid 1) died: exit code 1; restart 1 in 0.5s",
    ]
    assert evidence["registry-relay"]["last_traceback"] == [
        "Traceback (most recent call last):",
        '  File "y.py", line 2, in <module>',
        "RuntimeError: the last",
    ]


def test_a_log_without_a_traceback_or_a_missing_log_gives_nothing(tmp_path: Path) -> None:
    _write(tmp_path / "quiet.log", ['{"message": "fine"}'])
    assert last_traceback(tmp_path / "quiet.log") == []
    assert last_traceback(tmp_path / "absent.log") == []
    assert restart_evidence(tmp_path, ["ghost"]) == {"ghost": {"deaths": [], "last_traceback": []}}
