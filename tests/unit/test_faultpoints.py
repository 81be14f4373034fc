"""Fault points: inert unless named, exact about when they fire, strict about what they read."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest

from shared import faultpoints
from shared.faultpoints import EXIT_STATUS, fault_point, parse


@pytest.fixture(autouse=True)
def fresh_points(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(faultpoints.ENVIRONMENT_VARIABLE, raising=False)
    faultpoints.reset()
    yield
    faultpoints.reset()


async def test_an_unnamed_point_returns_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(faultpoints.ENVIRONMENT_VARIABLE, "relay.acked=exit")
    await fault_point("consumer.effect_committed")  # would end the test run if it fired


def test_the_environment_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    assert faultpoints._points() == {}
    monkeypatch.setenv(faultpoints.ENVIRONMENT_VARIABLE, "relay.acked=exit")
    assert faultpoints._points() == {}, "a later change is not seen until reset()"


def test_entries_are_parsed_with_their_passage() -> None:
    armed = parse("relay.acked=exit, consumer.effect_committed=block@3")
    assert {name: (a.action, a.fire_on) for name, a in armed.items()} == {
        "relay.acked": ("exit", 1),
        "consumer.effect_committed": ("block", 3),
    }


@pytest.mark.parametrize("spec", ["relay.acked", "relay.acked=explode", "=exit", "x=exit@0"])
def test_a_malformed_entry_is_refused(spec: str) -> None:
    with pytest.raises(ValueError, match="ALIANZA_FAULT_POINTS"):
        parse(spec)


def test_exit_ends_the_process_on_the_named_passage_only() -> None:
    script = (
        "import asyncio\n"
        "from shared.faultpoints import fault_point\n"
        "async def main():\n"
        "    for n in range(1, 5):\n"
        "        print(n, flush=True)\n"
        "        await fault_point('here')\n"
        "asyncio.run(main())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        env={"ALIANZA_FAULT_POINTS": "here=exit@2", "PYTHONPATH": "."},
        capture_output=True,
        check=False,
    )
    assert done.returncode == EXIT_STATUS
    assert done.stdout.split() == [b"1", b"2"], "passage 1 went through; passage 2 ended it"
    assert b"fault point here: exit" in done.stderr


async def test_block_holds_the_caller(monkeypatch: pytest.MonkeyPatch) -> None:
    import asyncio

    monkeypatch.setenv(faultpoints.ENVIRONMENT_VARIABLE, "here=block")
    task = asyncio.ensure_future(fault_point("here"))
    await asyncio.sleep(0.05)
    assert not task.done()
    task.cancel()
