"""The Node subscriber's starter (examples/subscriber/node) verifies what our signing code signs:
messages signed by services/notifications/signing.py are processed once, a redelivered
`webhook-id` is dropped (also after the receiver restarts), a rotation's double signature
verifies, forgeries are refused. The dispatcher itself is exercised with the Python starter."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from chaos.ports import free_port
from services.notifications.signing import generate_secret, webhook_headers
from tests.support.processes import REPO, eventually, terminate

pytestmark = pytest.mark.e2e

STARTER = REPO / "examples" / "subscriber" / "node"


@pytest.fixture(scope="module")
def node_modules() -> None:
    """The starter's dependencies from its lockfile (`npm ci`) unless already there."""
    lock = json.loads((STARTER / "package-lock.json").read_text())
    wanted = lock["packages"]["node_modules/standardwebhooks"]["version"]
    installed = STARTER / "node_modules" / "standardwebhooks" / "package.json"
    if installed.exists() and json.loads(installed.read_text())["version"] == wanted:
        return
    npm = shutil.which("npm")
    assert npm, "npm is needed to install the Node starter's dependencies"
    result = subprocess.run(
        [npm, "ci", "--prefix", str(STARTER), "--ignore-scripts", "--no-audit", "--no-fund"],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


class NodeReceiver:
    def __init__(self, secret: str, data: Path) -> None:
        self.secret, self.data, self.port = secret, data, free_port()
        self.log = data / "receiver.log"
        self.url = f"http://127.0.0.1:{self.port}/webhooks"

    @property
    def output(self) -> str:
        return self.log.read_text() if self.log.exists() else ""

    def lines(self, prefix: str) -> list[str]:
        return [line for line in self.output.splitlines() if line.startswith(prefix)]

    @staticmethod
    def node() -> str:
        found = shutil.which("node")
        assert found, "node is needed to run the Node starter"
        return found

    def start(self) -> subprocess.Popen[bytes]:
        self.log.write_text("")
        return subprocess.Popen(
            [self.node(), str(STARTER / "receiver.mjs")],
            cwd=STARTER,
            env={
                "PATH": "/usr/bin:/bin",
                "WEBHOOK_SECRET": self.secret,
                "PORT": str(self.port),
                "DATA_DIR": str(self.data),
            },
            stdout=self.log.open("ab"),
            stderr=subprocess.STDOUT,
        )


@pytest.fixture
def receiver(node_modules: None, tmp_path: Path) -> Iterator[NodeReceiver]:
    yield NodeReceiver(generate_secret(), tmp_path)


async def post(receiver: NodeReceiver, headers: dict[str, str], body: bytes) -> int:
    async with httpx.AsyncClient(timeout=5) as http:
        return (await http.post(receiver.url, content=body, headers=headers)).status_code


async def running(receiver: NodeReceiver) -> subprocess.Popen[bytes]:
    process = receiver.start()

    async def listening() -> bool:
        return "receiving at" in receiver.output

    await eventually(listening, timeout=20, what="the Node receiver to listen")
    return process


def event(event_id: str) -> bytes:
    return json.dumps(
        {"id": event_id, "type": "partnership.proposed", "subject": "pts_1", "data": {}},
        separators=(",", ":"),
    ).encode()


async def test_the_node_starter_verifies_our_signatures_and_dedupes(
    receiver: NodeReceiver,
) -> None:
    secret, now = receiver.secret, int(time.time())
    first = event("evt-1")
    process = await running(receiver)
    try:
        assert await post(receiver, webhook_headers([secret], "msg_1", now, first), first) == 204

        async def processed() -> bool:
            return len(receiver.lines("processed ")) == 1

        await eventually(processed, timeout=10, what="the event to be processed")
        assert receiver.lines("processed ") == ["processed evt-1 partnership.proposed"]

        # The same webhook-id again, freshly signed (a retry): acknowledged, not processed.
        again = webhook_headers([secret], "msg_1", now + 1, first)
        assert await post(receiver, again, first) == 204
        assert receiver.lines("duplicate ") == ["duplicate msg_1"]

        # During a rotation the service signs with the old and the new secret.
        second = event("evt-2")
        rotating = webhook_headers([generate_secret(), secret], "msg_2", now, second)
        assert await post(receiver, rotating, second) == 204

        forged = [
            (webhook_headers([generate_secret()], "msg_3", now, second), second),
            (webhook_headers([secret], "msg_4", now, second), event("evt-altered")),
            (webhook_headers([secret], "msg_5", now - 3600, second), second),
            ({"webhook-id": "msg_6"}, second),
        ]
        for headers, body in forged:
            assert await post(receiver, headers, body) == 401, headers
        assert len(receiver.lines("refused: ")) == len(forged)
    finally:
        assert terminate(process) in (0, -15)

    # After a restart the ids are still known: a redelivery is dropped, nothing runs twice.
    process = await running(receiver)
    try:
        assert await post(receiver, webhook_headers([secret], "msg_1", now, first), first) == 204
        assert receiver.lines("duplicate ") == ["duplicate msg_1"]
        assert receiver.lines("processed ") == []  # both were processed before the restart
    finally:
        assert terminate(process) in (0, -15)
