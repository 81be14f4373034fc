"""Why a process restarted when the harness did not kill it: read back from the private stack's
logs, so a failed run's report names the cause instead of only a count."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

TRACEBACK_START = "Traceback (most recent call last):"
MAX_TRACEBACK_LINES = 40


def restart_evidence(state_dir: Path, names: list[str]) -> dict[str, dict[str, Any]]:
    """Per process: the supervisor's words about each death or failed start (SIGKILLs too: the
    harness's are among them, but so is the kernel's out-of-memory killer's), and the last
    traceback the process wrote."""
    logs = state_dir / "logs"
    supervisor_lines = _json_lines(logs / "supervisor.log")
    evidence: dict[str, dict[str, Any]] = {}
    for name in names:
        deaths = [
            f"{line.get('time', '?')} {line.get('message', '')}"
            for line in supervisor_lines
            if _about(line, name)
        ]
        evidence[name] = {
            "deaths": deaths[-10:],
            "last_traceback": last_traceback(logs / f"{name}.log"),
        }
    return evidence


def last_traceback(path: Path) -> list[str]:
    """The last Python traceback in a log (plain text between the JSON lines), or []."""
    try:
        lines = path.read_text(errors="replace").splitlines()
    except FileNotFoundError:
        return []
    starts = [index for index, line in enumerate(lines) if line.startswith(TRACEBACK_START)]
    if not starts:
        return []
    block: list[str] = []
    for line in lines[starts[-1] :]:
        if block and line.startswith("{"):  # the next JSON log line ends the traceback
            break
        block.append(line)
    return block[:MAX_TRACEBACK_LINES]


def _about(line: dict[str, Any], name: str) -> bool:
    if line.get("program") == name:
        return True
    message = str(line.get("message", ""))
    return message.startswith(f"{name} ") and line.get("level") in {"WARNING", "ERROR"}


def _json_lines(path: Path) -> list[dict[str, Any]]:
    try:
        text = path.read_text(errors="replace")
    except FileNotFoundError:
        return []
    found = []
    for raw in text.splitlines():
        try:
            line = json.loads(raw)
        except ValueError:
            continue
        if isinstance(line, dict):
            found.append(line)
    return found
