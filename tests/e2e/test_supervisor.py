"""The supervisor with real processes: a SIGKILLed child comes back, a child that always fails is
retried with growing delays and called crash-looping, and stopping leaves nothing alive. Each test
runs its own supervisor on its own state folder and port, with throwaway programs."""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from deploy.local import stack
from deploy.local.supervisor import Program
from tests.support.processes import eventually
from tests.support.supervisor import CRASHER, SLEEPER, Supervised, alive, answering, supervise

pytestmark = pytest.mark.e2e


@pytest.fixture
def running(tmp_path: Path) -> Iterator[list[Supervised]]:
    """Every supervisor a test started; whatever the test left running is stopped after it."""
    started: list[Supervised] = []
    yield started
    for supervised in started:
        supervised.stop()


async def test_a_sigkilled_process_comes_back_with_a_new_pid_and_is_counted(
    tmp_path: Path, running: list[Supervised]
) -> None:
    supervised = supervise(tmp_path, [SLEEPER])
    running.append(supervised)
    await answering(supervised)

    async def sleeper_running() -> bool:
        pid = supervised.pid("sleeper")
        return pid is not None and alive(pid)

    await eventually(sleeper_running, what="the sleeper to start")
    first = supervised.pid("sleeper")
    assert first is not None
    assert (await supervised.status("sleeper"))["restarts"] == 0
    assert await supervised.metric("process_restarts_total", "sleeper") == 0

    os.kill(first, signal.SIGKILL)

    async def replaced() -> bool:
        pid = supervised.pid("sleeper")
        return pid is not None and pid != first and alive(pid)

    await eventually(replaced, what="a new sleeper in the pid file")
    status = await supervised.status("sleeper")
    assert status["pid"] == supervised.pid("sleeper")
    assert status["restarts"] == 1
    assert status["last_exit"] == "signal SIGKILL"
    assert status["state"] == "running"
    assert await supervised.metric("process_restarts_total", "sleeper") == 1
    assert await supervised.metric("process_crash_looping", "sleeper") == 0
    assert re.search(
        rf"sleeper \(pid {first}\) died: signal SIGKILL; restart 1 in ", supervised.log()
    )
    state_file = json.loads((tmp_path / "supervisor.json").read_text())
    assert state_file["processes"][0]["pid"] == supervised.pid("sleeper")


async def test_a_process_that_always_fails_is_retried_ever_slower_and_called_crash_looping(
    tmp_path: Path, running: list[Supervised]
) -> None:
    supervised = supervise(
        tmp_path,
        [SLEEPER, CRASHER],
        ALIANZA_SUPERVISOR_BACKOFF_INITIAL_SECONDS="0.1",
        ALIANZA_SUPERVISOR_BACKOFF_MAX_SECONDS="0.8",
        ALIANZA_SUPERVISOR_CRASH_LOOP_RESTARTS="4",
        ALIANZA_SUPERVISOR_CRASH_LOOP_WINDOW_SECONDS="300",
    )
    running.append(supervised)
    await answering(supervised)

    async def capped_and_looping() -> bool:
        status = await supervised.status("crasher")
        return bool(status["crash_looping"]) and status["restarts"] >= 6

    await eventually(capped_and_looping, timeout=60, what="the crasher to be crash-looping")
    delays = [
        float(d)
        for d in re.findall(
            r"crasher \(pid \d+\) died: exit code 3; restart \d+ in ([\d.]+)s", supervised.log()
        )
    ]
    assert delays[:5] == [0.1, 0.2, 0.4, 0.8, 0.8], "doubling, then held at the cap"
    assert await supervised.metric("process_crash_looping", "crasher") == 1
    assert await supervised.metric("process_restarts_total", "crasher") >= 6

    result = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "deploy.local.stack", "status"],
        cwd=stack.REPO,
        env={**os.environ, "ALIANZA_STATE_DIR": str(tmp_path)},
        capture_output=True,
        text=True,
        check=True,
    )
    lines = {line.split()[0]: line for line in result.stdout.splitlines() if line.strip()}
    assert "CRASH-LOOPING" in lines["crasher"], result.stdout
    assert "exit code 3" in lines["crasher"]
    assert lines["sleeper"].split()[1] == "running", result.stdout
    assert "crash-looping" not in lines["sleeper"].lower()
    assert lines["supervisor"].split()[1] == "running"


# A child that starts a grandchild in its own process group and writes the grandchild's pid
# (renamed into place: the test polls for the file and must never read it empty).
PARENT = (
    "import os, subprocess, sys, time;"
    "child = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(600)']);"
    "open(sys.argv[1] + '.partial', 'w').write(str(child.pid));"
    "os.replace(sys.argv[1] + '.partial', sys.argv[1]);"
    "time.sleep(600)"
)
# A child that ignores SIGTERM, so only the escalation to SIGKILL ends it.
STUBBORN = (
    "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); "
    "open(__import__('sys').argv[1], 'w').write('ready'); time.sleep(600)"
)


async def test_stopping_the_stack_leaves_no_child_or_grandchild_alive(
    tmp_path: Path, running: list[Supervised]
) -> None:
    grandchild_file = tmp_path / "grandchild.pid"
    stubborn_ready = tmp_path / "stubborn.ready"
    supervised = supervise(
        tmp_path,
        [
            SLEEPER,
            Program("parent", (sys.executable, "-c", PARENT, str(grandchild_file))),
            Program("stubborn", (sys.executable, "-c", STUBBORN, str(stubborn_ready))),
        ],
        ALIANZA_SUPERVISOR_STOP_TIMEOUT_SECONDS="2",
    )
    running.append(supervised)
    await answering(supervised)

    async def all_started() -> bool:
        return grandchild_file.exists() and stubborn_ready.exists()

    await eventually(all_started, what="every child (and the grandchild) to start")
    pids = [supervised.pid(name) for name in ("sleeper", "parent", "stubborn")]
    pids.append(int(grandchild_file.read_text()))
    assert all(pid is not None and alive(pid) for pid in pids), pids

    # `make stop`, pointed at this state folder; it touches nothing else (no pg/ or kafka pid here).
    await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "deploy.local.stack", "down"],
        cwd=stack.REPO,
        env={**os.environ, "ALIANZA_STATE_DIR": str(tmp_path)},
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert supervised.process.wait(timeout=30) == 0, "the supervisor stopped itself cleanly"
    still_alive = [pid for pid in pids if pid is not None and alive(pid)]
    assert still_alive == []
    assert sorted(p.name for p in (tmp_path / "pids").iterdir()) == []
    assert "stubborn did not stop in 2s; killing it" in supervised.log()
    final = json.loads((tmp_path / "supervisor.json").read_text())
    assert {p["state"] for p in final["processes"]} == {"stopped"}


async def test_a_supervisor_started_after_one_was_killed_replaces_the_orphans(
    tmp_path: Path, running: list[Supervised]
) -> None:
    first = supervise(tmp_path, [SLEEPER])
    running.append(first)
    await answering(first)

    async def sleeper_running() -> bool:
        pid = first.pid("sleeper")
        return pid is not None and alive(pid)

    await eventually(sleeper_running, what="the sleeper to start")
    orphan = first.pid("sleeper")
    assert orphan is not None
    first.process.kill()
    first.process.wait(timeout=10)
    assert alive(orphan), "SIGKILL gave the supervisor no chance to stop its children"

    second = supervise(tmp_path, [SLEEPER])
    running.append(second)
    await answering(second)

    async def replaced() -> bool:
        pid = second.pid("sleeper")
        return not alive(orphan) and pid is not None and pid != orphan and alive(pid)

    await eventually(replaced, what="the orphan stopped and a new sleeper started")
    assert f"sleeper: pid {orphan} left from an earlier run" in second.log()


async def test_a_program_that_cannot_be_executed_is_retried_and_the_others_still_run(
    tmp_path: Path, running: list[Supervised]
) -> None:
    missing = Program("missing", (str(tmp_path / "no-such-program"),))
    supervised = supervise(
        tmp_path,
        [missing, SLEEPER],
        ALIANZA_SUPERVISOR_BACKOFF_INITIAL_SECONDS="0.1",
        ALIANZA_SUPERVISOR_BACKOFF_MAX_SECONDS="0.2",
        ALIANZA_SUPERVISOR_CRASH_LOOP_RESTARTS="2",
    )
    running.append(supervised)
    await answering(supervised)

    async def flagged() -> bool:
        return bool((await supervised.status("missing"))["crash_looping"])

    await eventually(flagged, what="the missing program to be crash-looping")
    status = await supervised.status("missing")
    assert status["pid"] is None
    assert status["last_exit"].startswith("could not start:")
    assert (await supervised.status("sleeper"))["state"] == "running"


async def test_a_child_stopped_on_request_stays_stopped_until_started_again(
    tmp_path: Path, running: list[Supervised]
) -> None:
    replicas = [Program(f"sleeper-{index}", SLEEPER.argv) for index in (1, 2)]
    supervised = supervise(tmp_path, replicas)
    running.append(supervised)
    await answering(supervised)

    async def both_running() -> bool:
        return all(supervised.pid(p.name) is not None for p in replicas)

    await eventually(both_running, what="both replicas to start")
    first = supervised.pid("sleeper-2")
    assert first is not None
    async with httpx.AsyncClient() as client:
        stopped = await client.post(f"{supervised.url}/programs/sleeper-2/stop")
        assert stopped.status_code == 200
        assert (await client.post(f"{supervised.url}/programs/nobody/stop")).status_code == 404

        async def gone() -> bool:
            return not alive(first)

        await eventually(gone, what="the stopped replica to exit")
        await asyncio.sleep(1.0)  # ten supervisor ticks: a crash would have been restarted by now
        status = await supervised.status("sleeper-2")
        assert status["state"] == "stopped" and status["pid"] is None
        assert status["restarts"] == 0  # a scale-down is not a crash
        assert supervised.pid("sleeper-2") is None
        assert supervised.pid("sleeper-1") is not None  # the other replica is left alone

        assert (await client.post(f"{supervised.url}/programs/sleeper-2/start")).status_code == 200

    async def back() -> bool:
        pid = supervised.pid("sleeper-2")
        return pid is not None and pid != first and alive(pid)

    await eventually(back, what="the replica to start again")
    assert (await supervised.status("sleeper-2"))["state"] == "running"


# Takes a second to stop after SIGTERM, as a consumer finishing its batch does.
SLOW_STOPPER = Program(
    "slow-stopper",
    (
        sys.executable,
        "-c",
        "import signal, sys, time\n"
        "signal.signal(signal.SIGTERM, lambda *_: (time.sleep(1.0), sys.exit(0)))\n"
        "time.sleep(600)",
    ),
)


async def test_a_child_started_again_while_still_stopping_starts_once_it_stopped(
    tmp_path: Path, running: list[Supervised]
) -> None:
    # Scaled down and straight back up: the exit that follows the stop is not a crash.
    supervised = supervise(tmp_path, [SLOW_STOPPER])
    running.append(supervised)
    await answering(supervised)

    async def started() -> bool:
        return supervised.pid("slow-stopper") is not None

    await eventually(started, what="the slow stopper to start")
    first = supervised.pid("slow-stopper")
    assert first is not None
    async with httpx.AsyncClient() as client:
        assert (await client.post(f"{supervised.url}/programs/slow-stopper/stop")).is_success
        assert (await client.post(f"{supervised.url}/programs/slow-stopper/start")).is_success

    async def replaced() -> bool:
        pid = supervised.pid("slow-stopper")
        return pid is not None and pid != first and alive(pid) and not alive(first)

    await eventually(replaced, what="the slow stopper to stop and start again")
    status = await supervised.status("slow-stopper")
    assert (status["state"], status["restarts"]) == ("running", 0)
