"""No secret the system issues or is given reaches any process's log: client secrets, access
tokens, webhook signing secrets (before and after a rotation), and the credentials a webhook URL
carries in its userinfo and query string — across all three services running as processes."""

from __future__ import annotations

import httpx
import pytest

from tests.support.callers import Caller, create_client, login, register_partners
from tests.support.processes import eventually
from tests.support.receiver import Receiver
from tests.support.system import ADMIN_ID, ADMIN_SECRET, System

pytestmark = pytest.mark.e2e

HOOK_USER = "hookuser-5d1e0c"
HOOK_PASSWORD = "hookpass-9f27b4aa"
QUERY_TOKEN = "qtoken-31c8e6d2a7"
WRONG_SECRET = "guessed-secret-7a1b2c3d"


async def test_no_log_line_of_any_process_carries_a_secret(system: System) -> None:
    secrets: dict[str, str] = {
        "bootstrap admin secret": ADMIN_SECRET,
        "hook URL password": HOOK_PASSWORD,
        "hook URL user": HOOK_USER,
        "hook URL query token": QUERY_TOKEN,
        "a guessed client secret": WRONG_SECRET,
    }
    with Receiver() as hooks:
        async with httpx.AsyncClient(timeout=10) as http:
            admin = await login(http, system, ADMIN_ID, ADMIN_SECRET)
            secrets["admin access token"] = admin.headers["Authorization"].split()[1]
            orgs = await register_partners(
                admin,
                [
                    ("mexico", "Secretaría del Trabajo", "line_ministry", "MX"),
                    ("iom", "Compact Secretariat", "un_agency", "CH"),
                ],
            )
            owner_client = await create_client(admin, ["partner"], orgs["mexico"])
            secrets["partner client secret"] = owner_client["client_secret"]
            staff_client = await create_client(admin, ["secretariat"], orgs["iom"])
            secrets["secretariat client secret"] = staff_client["client_secret"]

            # One exchange with form fields, one with HTTP Basic, one with a wrong secret.
            owner = await login(
                http, system, owner_client["client_id"], owner_client["client_secret"]
            )
            secrets["partner access token"] = owner.headers["Authorization"].split()[1]
            basic = await http.post(
                system.url("registry") + "/oauth/token",
                data={"grant_type": "client_credentials"},
                auth=(staff_client["client_id"], staff_client["client_secret"]),
            )
            assert basic.status_code == 200, basic.text
            secretariat = Caller(http, system, basic.json()["access_token"])
            secrets["secretariat access token"] = basic.json()["access_token"]
            wrong = await http.post(
                system.url("registry") + "/oauth/token",
                data={
                    "grant_type": "client_credentials",
                    "client_id": owner_client["client_id"],
                    "client_secret": WRONG_SECRET,
                },
            )
            assert wrong.status_code == 401

            port = hooks.url.split(":")[2].split("/")[0]
            target = f"http://{HOOK_USER}:{HOOK_PASSWORD}@127.0.0.1:{port}/hook?token={QUERY_TOKEN}"
            subscription = await owner.call(
                "POST",
                "notifications",
                "/subscriptions",
                201,
                json={"target_url": target, "event_types": ["partnership.*"]},
            )
            secrets["first signing secret"] = subscription["secret"]
            rotated = await owner.call(
                "POST", "notifications", f"/subscriptions/{subscription['id']}/rotate-secret"
            )
            secrets["rotated signing secret"] = rotated["secret"]

            draft = await owner.call(
                "POST",
                "registry",
                "/partnerships",
                201,
                json={
                    "title": "Safe corridor",
                    "summary": "Fair recruitment.",
                    "members": [],
                    "level": "national",
                    "countries": [{"code": "MX", "role": "origin"}],
                    "themes": ["human_rights"],
                },
            )
            await owner.call("POST", "registry", f"/partnerships/{draft['id']}/actions/propose")
            await secretariat.call("POST", "registry", f"/partnerships/{draft['id']}/actions/adopt")

            async def delivered() -> bool:
                return len(hooks.received) >= 2

            await eventually(delivered, timeout=60, what="the webhooks to arrive")
        received = hooks.received[0]
        assert received.headers["authorization"].startswith("Basic "), "URL userinfo was used"
        assert QUERY_TOKEN in received.path, "the query token reached the receiver"

    for name, process in system.processes.items():
        assert process.poll() is None, f"{name} is still running"
    logs = sorted(system.logs.glob("*.log"))
    assert {path.stem for path in logs} >= {
        "registry-api",
        "notifications-api",
        "notifications-dispatch",
    }
    # The base64 body of each whsec_ secret is looked for too, in case a prefix was cut.
    for key in ("first signing secret", "rotated signing secret"):
        secrets[f"{key} (body)"] = secrets[key].removeprefix("whsec_")
    leaks = [
        f"{path.name}:{number}: {name}"
        for path in logs
        for number, line in enumerate(path.read_text(errors="replace").splitlines(), 1)
        for name, secret in secrets.items()
        if secret in line
    ]
    lines = sum(len(path.read_text(errors="replace").splitlines()) for path in logs)
    print(f"\nscanned {lines} log lines in {len(logs)} files for {len(secrets)} secrets")
    assert lines > 0
    assert not leaks, "\n".join(leaks)
