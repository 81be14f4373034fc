"""The operations console against the three services running as processes: who may use it, the
live feed over server-sent events, and the page itself in real headless Chromium."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

from chaos.ports import free_port
from deploy.prometheus.config import Target
from ops.console.app import create_app as create_console
from ops.console.session import COOKIE, SECURE_COOKIE
from ops.console.settings import ConsoleSettings
from shared.catalogue import Stream, topic_name
from tests.support.browser import chromium
from tests.support.callers import (
    Caller,
    accept_invitation,
    create_client,
    login,
    register_partners,
)
from tests.support.infra import Infra
from tests.support.kafka import produce
from tests.support.processes import eventually
from tests.support.prometheus import RunningPrometheus, start_prometheus
from tests.support.receiver import Receiver
from tests.support.supervisor import CRASHER, SLEEPER, Supervised, supervise
from tests.support.system import ADMIN_ID, ADMIN_SECRET, SCRAPE_TOKEN, System

pytestmark = pytest.mark.e2e

BROWSER_WAIT_SECONDS = 30


@dataclass
class Setting:
    system: System
    console: str  # the console's base URL
    http: httpx.AsyncClient
    ops_client: dict[str, Any]  # client_id and client_secret of an ops client
    ops: Caller
    partner_client: dict[str, Any]
    owner: Caller
    employer: Caller  # the organisation every draft names, which consents to each
    secretariat: Caller
    orgs: dict[str, str]
    supervised: Supervised  # a supervisor with a healthy and a crash-looping program
    prometheus: RunningPrometheus  # scraping all of the above every second, with our rules
    watch_url: str  # the ops watcher's base URL


@pytest.fixture(scope="module")
async def setting(
    infra: Infra, tmp_path_factory: pytest.TempPathFactory, migrated_templates: dict[str, str]
) -> AsyncIterator[Setting]:
    system = System(
        infra=infra, logs=tmp_path_factory.mktemp("console"), templates=migrated_templates
    )
    supervised = supervise(
        tmp_path_factory.mktemp("supervisor"),
        [SLEEPER, CRASHER],
        ALIANZA_SUPERVISOR_BACKOFF_INITIAL_SECONDS="0.1",
        ALIANZA_SUPERVISOR_BACKOFF_MAX_SECONDS="0.5",
        ALIANZA_SUPERVISOR_CRASH_LOOP_RESTARTS="2",
    )
    prometheus: RunningPrometheus | None = None
    try:
        await system.start()
        watch_port, console_port = free_port(), free_port()
        system.launch_module(
            "ops-watch",
            "ops.watch",
            ALIANZA_OPS_METRICS_PORT=str(watch_port),
            ALIANZA_LAG_WATCH_INTERVAL_SECONDS="1",
        )
        # The configuration `make run` renders, pointed at this test's processes.
        prometheus = start_prometheus(
            tmp_path_factory.mktemp("prometheus"),
            [
                *(
                    Target(service, system.url(service).removeprefix("http://"), guarded=True)
                    for service in ("registry", "commitments", "notifications")
                ),
                Target("ops-watch", f"127.0.0.1:{watch_port}"),
                Target("ops-console", f"127.0.0.1:{console_port}"),
                Target("supervisor", supervised.url.removeprefix("http://")),
            ],
            SCRAPE_TOKEN,
        )
        system.launch_module(
            "ops-console",
            "ops.console",
            ALIANZA_OPS_CONSOLE_PORT=str(console_port),
            ALIANZA_REGISTRY_URL=system.url("registry"),
            ALIANZA_COMMITMENTS_URL=system.url("commitments"),
            ALIANZA_NOTIFICATIONS_URL=system.url("notifications"),
            ALIANZA_OPS_WATCH_METRICS_URL=f"http://127.0.0.1:{watch_port}/metrics",
            ALIANZA_OPS_WATCH_TRENDS_URL=f"http://127.0.0.1:{watch_port}/trends",
            ALIANZA_OPS_PROMETHEUS_URL=prometheus.url,
            ALIANZA_SUPERVISOR_URL=f"{supervised.url}/status",
        )
        system.ports["ops-console"] = console_port
        await system.wait_ready("ops-console")
        console = f"http://127.0.0.1:{console_port}"
        async with httpx.AsyncClient(timeout=15) as http:
            admin = await login(http, system, ADMIN_ID, ADMIN_SECRET)
            orgs = await register_partners(
                admin,
                [
                    ("ministry", "Ministry of Labour", "line_ministry", "PH"),
                    ("employers", "Gulf Employers Forum", "employer_or_recruiter", "AE"),
                    ("iom", "Compact Secretariat", "un_agency", "CH"),
                ],
            )
            ops_client = await create_client(admin, ["ops"], None)
            partner_client = await create_client(admin, ["partner"], orgs["ministry"])
            secretariat_client = await create_client(admin, ["secretariat"], orgs["iom"])
            employer_client = await create_client(admin, ["partner"], orgs["employers"])
            yield Setting(
                system=system,
                console=console,
                http=http,
                ops_client=ops_client,
                ops=await login(http, system, ops_client["client_id"], ops_client["client_secret"]),
                partner_client=partner_client,
                owner=await login(
                    http, system, partner_client["client_id"], partner_client["client_secret"]
                ),
                employer=await login(
                    http, system, employer_client["client_id"], employer_client["client_secret"]
                ),
                secretariat=await login(
                    http,
                    system,
                    secretariat_client["client_id"],
                    secretariat_client["client_secret"],
                ),
                orgs=orgs,
                supervised=supervised,
                prometheus=prometheus,
                watch_url=f"http://127.0.0.1:{watch_port}",
            )
    finally:
        if prometheus is not None:
            prometheus.stop()
        supervised.stop()
        await system.stop()


async def draft(setting: Setting, title: str) -> str:
    created = await setting.owner.call(
        "POST",
        "registry",
        "/partnerships",
        201,
        json={
            "title": title,
            "summary": "Ethical recruitment of domestic workers between two countries.",
            "members": [{"partner_id": setting.orgs["employers"], "role": "implementing"}],
            "level": "bilateral",
            "countries": [{"code": "PH", "role": "origin"}, {"code": "AE", "role": "destination"}],
            "themes": ["human_rights"],
            "gcm_objectives": [6],
            "sdg_targets": ["8.8"],
        },
    )
    # The employers it names consent at once, so the owner may propose it.
    await accept_invitation(setting.employer, str(created["id"]))
    return str(created["id"])


async def subscribe_to_partnerships(setting: Setting, target_url: str) -> None:
    """A webhook of every partnership event, for the ops client, to `target_url`."""
    await setting.ops.call(
        "POST",
        "notifications",
        "/subscriptions",
        201,
        json={"target_url": target_url, "event_types": ["partnership.*"]},
    )


async def act(caller: Caller, partnership_id: str, action: str, **headers: str) -> None:
    await caller.call(
        "POST", "registry", f"/partnerships/{partnership_id}/actions/{action}", headers=headers
    )


# --------------------------------------------------------------------------- who may use it


def from_the_console(console: str) -> dict[str, str]:
    """What a browser sends with a form posted from one of the console's own pages."""
    return {"Origin": console}


async def test_only_ops_and_admin_get_in(setting: Setting) -> None:
    http, console = setting.http, setting.console

    page = await http.get(f"{console}/")
    assert page.status_code == 303 and page.headers["location"] == "/login"

    for route in ("/api/overview", "/api/trends"):
        anonymous = await http.get(f"{console}{route}")
        assert anonymous.status_code == 401, route
        assert anonymous.headers["content-type"] == "application/problem+json"

        as_partner = await http.get(
            f"{console}{route}", headers={"Authorization": setting.owner.headers["Authorization"]}
        )
        assert as_partner.status_code == 403, route

    partner_login = await http.post(
        f"{console}/login",
        headers=from_the_console(console),
        data={
            "client_id": setting.partner_client["client_id"],
            "client_secret": setting.partner_client["client_secret"],
        },
    )
    assert partner_login.status_code == 403
    assert "needs one of the roles: admin, ops" in partner_login.text
    assert "set-cookie" not in partner_login.headers

    wrong = await http.post(
        f"{console}/login",
        headers=from_the_console(console),
        data={"client_id": setting.ops_client["client_id"], "client_secret": "not-the-secret"},
    )
    assert wrong.status_code == 401
    assert "set-cookie" not in wrong.headers
    assert "not-the-secret" not in wrong.text

    signed_in = await http.post(
        f"{console}/login",
        headers=from_the_console(console),
        data={
            "client_id": setting.ops_client["client_id"],
            "client_secret": setting.ops_client["client_secret"],
        },
    )
    assert signed_in.status_code == 303 and signed_in.headers["location"] == "/"
    cookie = signed_in.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    async with httpx.AsyncClient(base_url=console, cookies=signed_in.cookies) as browser:
        me = await browser.get("/api/me")
        assert me.json() == {"client_id": setting.ops_client["client_id"], "roles": ["ops"]}
        home = await browser.get("/")
        assert home.status_code == 200
        assert "script-src 'self'" in home.headers["content-security-policy"]

        bad_stream = await browser.get("/api/stream", params={"topic": "payroll"})
        assert bad_stream.status_code == 422
        assert bad_stream.json()["errors"][0]["field"] == "topic"


def stranger() -> httpx.AsyncClient:
    """A client with an empty cookie jar (the shared one keeps what earlier tests were given)."""
    return httpx.AsyncClient(timeout=15)


async def sign_in_as_ops(setting: Setting) -> str:
    """Sign in through the form as the ops client; returns the session cookie's value."""
    async with stranger() as client:
        response = await client.post(
            f"{setting.console}/login",
            headers=from_the_console(setting.console),
            data={
                "client_id": setting.ops_client["client_id"],
                "client_secret": setting.ops_client["client_secret"],
            },
        )
    assert response.status_code == 303, response.text
    return str(response.cookies[COOKIE])


def with_session(console: str, session_id: str) -> httpx.AsyncClient:
    """A browser holding `session_id` (copied, as a thief would) and nothing else."""
    return httpx.AsyncClient(base_url=console, cookies={COOKIE: session_id})


async def test_the_cookie_holds_an_opaque_session_id_that_opens_no_service(
    setting: Setting,
) -> None:
    session_id = await sign_in_as_ops(setting)
    assert session_id.count(".") != 2, "the cookie must not carry a JWT"
    async with with_session(setting.console, session_id) as browser:
        assert (await browser.get("/api/me")).status_code == 200
    # As a bearer token it opens nothing: not the console, not any service.
    stolen = {"Authorization": f"Bearer {session_id}"}
    assert (await setting.http.get(f"{setting.console}/api/me", headers=stolen)).status_code == 401
    for service, path in (
        ("registry", "/partners"),
        ("commitments", "/commitments"),
        ("notifications", "/subscriptions"),
    ):
        response = await setting.http.get(setting.system.url(service) + path, headers=stolen)
        assert response.status_code == 401, (service, response.text)


async def test_signing_out_revokes_the_session_on_the_server(setting: Setting) -> None:
    session_id = await sign_in_as_ops(setting)
    async with with_session(setting.console, session_id) as browser:
        assert (await browser.get("/api/me")).status_code == 200
        out = await browser.post("/logout", headers=from_the_console(setting.console))
        assert out.status_code == 303 and out.headers["location"] == "/login"
        assert f'{COOKIE}=""' in out.headers["set-cookie"]
    # A copy of the cookie kept from before the sign-out opens nothing any more.
    async with with_session(setting.console, session_id) as copy:
        assert (await copy.get("/api/me")).status_code == 401
        page = await copy.get("/")
        assert page.status_code == 303 and page.headers["location"] == "/login"
    async with with_session(setting.console, "made-up-session-id") as guesser:
        assert (await guesser.get("/api/me")).status_code == 401


async def test_state_changing_requests_from_another_origin_are_refused(setting: Setting) -> None:
    console = setting.console
    credentials = {
        "client_id": setting.ops_client["client_id"],
        "client_secret": setting.ops_client["client_secret"],
    }
    forged = [
        {"Origin": "https://attacker.example"},
        {"Origin": "null"},  # sandboxed frames and some redirects
        {"Referer": "https://attacker.example/console-clone"},
        {},  # nothing says where it comes from
    ]
    async with stranger() as client:
        for headers in forged:
            login = await client.post(f"{console}/login", headers=headers, data=credentials)
            assert login.status_code == 403, headers
            assert login.headers["content-type"] == "application/problem+json"
            assert "set-cookie" not in login.headers
        # A browser that sends only a Referer from the console's own page is let in.
        referred = await client.post(
            f"{console}/login", headers={"Referer": f"{console}/login"}, data=credentials
        )
        assert referred.status_code == 303

    session_id = await sign_in_as_ops(setting)
    async with with_session(console, session_id) as browser:
        for headers in forged:
            forced_out = await browser.post("/logout", headers=headers)
            assert forced_out.status_code == 403, headers
        assert (await browser.get("/api/me")).status_code == 200, "the session must survive"
    # Scripts authenticate with a header no other site can make a browser send: exempt.
    async with stranger() as client:
        script = await client.post(f"{console}/logout", headers=setting.ops.headers)
    assert script.status_code == 303


async def test_oversized_bodies_are_refused_before_the_form_is_read(setting: Setting) -> None:
    async with stranger() as client:
        response = await client.post(
            f"{setting.console}/login",
            headers=from_the_console(setting.console),
            data={"client_id": "x", "client_secret": "s" * 200_000},
        )
    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"


async def test_a_console_behind_tls_marks_its_session_cookie_secure(setting: Setting) -> None:
    registry = setting.system.url("registry")
    app = create_console(
        ConsoleSettings(
            registry_url=registry,
            jwks_url=f"{registry}/.well-known/jwks.json",
            kafka_bootstrap=setting.system.infra.kafka_bootstrap,
            secure_cookie=True,
        )
    )
    origin = "https://console.test"
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=origin) as browser:
            response = await browser.post(
                "/login",
                headers=from_the_console(origin),
                data={
                    "client_id": setting.ops_client["client_id"],
                    "client_secret": setting.ops_client["client_secret"],
                },
            )
            assert response.status_code == 303, response.text
            cookie = response.headers["set-cookie"]
            assert cookie.startswith(f"{SECURE_COOKIE}=")
            assert "; secure" in cookie.lower() and "samesite=strict" in cookie.lower()
            assert "domain=" not in cookie.lower()  # a __Host- cookie is host-only
            assert (await browser.get("/api/me")).status_code == 200


async def test_a_console_that_cannot_reach_kafka_says_so(setting: Setting) -> None:
    port = free_port()
    setting.system.launch_module(
        "ops-console-no-kafka",
        "ops.console",
        ALIANZA_OPS_CONSOLE_PORT=str(port),
        ALIANZA_KAFKA_BOOTSTRAP="127.0.0.1:1",
        ALIANZA_REGISTRY_URL=setting.system.url("registry"),
        ALIANZA_NOTIFICATIONS_URL=setting.system.url("notifications"),
    )
    console = f"http://127.0.0.1:{port}"

    async def alive() -> bool:
        try:
            return (await setting.http.get(f"{console}/healthz")).status_code == 200
        except httpx.TransportError:
            return False

    await eventually(alive, timeout=60, what="the second console to start")
    assert (await setting.http.get(f"{console}/readyz")).status_code == 503
    headers = {"Authorization": setting.ops.headers["Authorization"]}
    stream = await setting.http.get(f"{console}/api/stream", headers=headers)
    assert stream.status_code == 503, stream.text
    assert stream.headers["content-type"] == "application/problem+json"
    assert "127.0.0.1:1" in stream.json()["detail"]
    figures = (await setting.http.get(f"{console}/api/overview", headers=headers)).json()
    assert "error" in figures["lag"] and "error" in figures["dlq"], "shown in their place"
    assert "success_rate" in figures["webhooks"], "the sources that answer still show"
    assert figures["processes"] == {
        "error": "SupervisorUnset: no supervisor configured (ALIANZA_SUPERVISOR_URL is unset)"
    }


async def test_the_overview_shows_the_supervised_processes_and_flags_crash_loops(
    setting: Setting,
) -> None:
    headers = {"Authorization": setting.ops.headers["Authorization"]}
    figures: dict[str, Any] = {}

    async def crash_loop_shown() -> bool:
        nonlocal figures
        response = await setting.http.get(f"{setting.console}/api/overview", headers=headers)
        figures = response.json()
        rows = {row["name"]: row for row in figures["processes"].get("processes", [])}
        return "crasher" in rows and rows["crasher"]["crash_looping"] is True

    await eventually(crash_loop_shown, what="the crasher shown crash-looping")
    rows = {row["name"]: row for row in figures["processes"]["processes"]}
    assert rows["crasher"]["state"] == "crash-looping"
    assert rows["crasher"]["restarts"] > 2
    assert rows["crasher"]["last_exit"] == "exit code 3"
    assert rows["sleeper"]["state"] == "running"
    assert rows["sleeper"]["crash_looping"] is False
    assert rows["sleeper"]["pid"] == setting.supervised.pid("sleeper")
    assert set(rows["sleeper"]) == {
        "name",
        "state",
        "pid",
        "restarts",
        "crash_looping",
        "last_exit",
        "since",
    }


# --------------------------------------------------------------------------- the feed


async def test_the_feed_streams_matching_events_as_they_happen(setting: Setting) -> None:
    watched = await draft(setting, "Watched corridor")
    other = await draft(setting, "Other corridor")
    params = {"type": "partnership.*", "partnership": watched}
    headers = {"Authorization": setting.ops.headers["Authorization"]}
    async with setting.http.stream(
        "GET", f"{setting.console}/api/stream", params=params, headers=headers, timeout=30
    ) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        lines = response.aiter_lines()
        assert await anext(lines) == "event: ready"

        await act(setting.owner, other, "propose")
        await act(setting.owner, watched, "propose")
        await act(setting.secretariat, watched, "adopt", **{"X-Correlation-ID": f"feed-{watched}"})
        received = [await next_lifecycle_event(lines), await next_lifecycle_event(lines)]
    # One relay publishes in commit order, so the other partnership's event was on Kafka before
    # the watched adoption: had the filter let it through, it would be among these two.
    assert [event for event, _ in received] == ["record", "record"]
    assert [(data["type"], data["subject"]) for _, data in received] == [
        ("partnership.proposed", watched),
        ("partnership.adopted", watched),
    ]
    adopted = received[1][1]
    assert adopted["correlationid"] == f"feed-{watched}"
    assert adopted["topic"] == topic_name(
        setting.system.env["ALIANZA_TOPIC_PREFIX"], Stream.PARTNERSHIPS
    )


async def next_lifecycle_event(lines: AsyncIterator[str]) -> tuple[str, dict[str, Any]]:
    """The next event but the invitations' (the employers' consent, given as each draft was
    made, may reach Kafka after the stream opened)."""
    while True:
        event, data = await next_event(lines)
        if not str(data.get("type", "")).startswith("partnership.invitation_"):
            return event, data


async def next_event(lines: AsyncIterator[str]) -> tuple[str, dict[str, Any]]:
    """The next `event:`/`data:` pair, skipping keep-alive comments and blank lines."""
    event = ""
    async for line in lines:
        if line.startswith("event: "):
            event = line.removeprefix("event: ")
        elif line.startswith("data: ") and event:
            return event, json.loads(line.removeprefix("data: "))
    raise AssertionError("the stream ended")


# --------------------------------------------------------------------------- the page


def wait_for(driver: WebDriver, what: str, condition: Any) -> Any:
    return WebDriverWait(driver, BROWSER_WAIT_SECONDS, poll_frequency=0.2).until(
        lambda d: condition(d), message=f"waited for {what}"
    )


def table(driver: WebDriver, testid: str) -> list[dict[str, Any]]:
    """Each row of a table body as its data attributes and cell texts, read in one script call:
    the page redraws its figures every few seconds, so element handles would go stale."""
    rows: list[dict[str, Any]] = driver.execute_script(
        "return Array.from(document.querySelectorAll(`[data-testid=${arguments[0]}] tr`))"
        ".map(r => ({...r.dataset, cells: Array.from(r.cells).map(c => c.textContent)}))",
        testid,
    )
    return rows


def sign_in_through_the_form(driver: WebDriver, setting: Setting) -> None:
    """On the sign-in page, as the ops client; returns once the console page is shown."""
    driver.find_element(By.NAME, "client_id").send_keys(setting.ops_client["client_id"])
    driver.find_element(By.NAME, "client_secret").send_keys(setting.ops_client["client_secret"])
    driver.find_element(By.CSS_SELECTOR, "[data-testid=sign-in]").click()
    wait_for(driver, "the console", lambda d: d.current_url == setting.console + "/")


def feed_rows(driver: WebDriver) -> list[tuple[str, str]]:
    return [(row.get("type", ""), row.get("subject", "")) for row in table(driver, "feed")]


async def test_ops_staff_follow_the_system_in_the_browser(setting: Setting) -> None:
    system = setting.system
    prefix = system.env["ALIANZA_TOPIC_PREFIX"]
    watched = await draft(setting, "Corridor followed in the browser")
    ignored = await draft(setting, "Corridor nobody filters for")

    with Receiver() as hooks, chromium() as driver:
        await subscribe_to_partnerships(setting, hooks.url + "/ops")

        # Sign in through the form.
        driver.get(setting.console + "/")
        wait_for(driver, "the sign-in page", lambda d: d.current_url.endswith("/login"))
        sign_in_through_the_form(driver, setting)
        who = driver.find_element(By.CSS_SELECTOR, "[data-testid=who]")
        wait_for(driver, "who is signed in", lambda d: setting.ops_client["client_id"] in who.text)

        # Filter the live feed to one partnership; only its events arrive.
        driver.find_element(By.CSS_SELECTOR, "[data-testid=filter-partnership]").send_keys(watched)
        driver.find_element(By.CSS_SELECTOR, "[data-testid=apply-filters]").click()
        status = driver.find_element(By.CSS_SELECTOR, "[data-testid=feed-status]")
        wait_for(driver, "the feed to be live", lambda d: status.text == "live")
        await act(setting.owner, ignored, "propose")
        await act(setting.owner, watched, "propose")
        await act(setting.secretariat, watched, "adopt")
        wait_for(
            driver,
            "the watched partnership's adoption on the feed",
            lambda d: ("partnership.adopted", watched) in feed_rows(d),
        )
        assert ("partnership.proposed", watched) in feed_rows(driver)
        assert all(subject == watched for _, subject in feed_rows(driver))

        # Consumer lag per group: every service's group, including the registry's, which is
        # subscribed (to dossiers) but has committed nothing yet.
        def lag_groups(d: WebDriver) -> dict[str, int]:
            return {row["group"]: int(row["cells"][1]) for row in table(d, "lag")}

        wait_for(
            driver,
            "every service's consumer group in the lag table",
            lambda d: {"registry", "commitments", "notifications"} <= set(lag_groups(d)),
        )

        # A record no consumer can read ends in the dead letters, and the depth shows it.
        partnerships = topic_name(prefix, Stream.PARTNERSHIPS)
        await produce(system.infra.kafka_bootstrap, partnerships, [(b"junk", b"{not json", [])])

        def dlq_depth(d: WebDriver) -> int:
            for row in table(d, "dlq"):
                if row["topic"] == f"{partnerships}.dlq":
                    return int(row["cells"][1])
            return 0

        wait_for(driver, "the dead letter to be counted", lambda d: dlq_depth(d) >= 1)

        # The supervised processes: the one that keeps dying is flagged, the other runs.
        def process_states(d: WebDriver) -> dict[str, str]:
            return {row["process"]: row["cells"][1] for row in table(d, "processes")}

        wait_for(
            driver,
            "the crash-looping process flagged",
            lambda d: process_states(d).get("crasher") == "CRASH-LOOPING",
        )
        assert process_states(driver)["sleeper"] == "running"

        # The webhooks about the watched partnership were delivered: the success rate says so.
        def success_rate(d: WebDriver) -> str:
            text: str = d.execute_script(
                "return document.querySelector('[data-testid=webhook-success]').textContent"
            )
            return text

        wait_for(driver, "a webhook success rate", lambda d: success_rate(d) == "100.0 %")
        assert len(hooks.received) >= 2

        # Clicking a partnership on the feed shows its timeline across the services.
        driver.find_element(By.CSS_SELECTOR, "[data-testid=feed] td.link").click()

        def timeline(d: WebDriver) -> list[tuple[str, str]]:
            return [(row["origin"], row["kind"]) for row in table(d, "timeline")]

        wait_for(
            driver,
            "the timeline",
            lambda d: (
                {("registry", "transition.adopt"), ("kafka", "partnership.adopted")}
                <= set(timeline(d))
            ),
        )
        kinds = [kind for _, kind in timeline(driver)]
        assert kinds.index("transition.propose") < kinds.index("transition.adopt")
        assert any(origin == "notifications" for origin, _ in timeline(driver)), "deliveries"

        # Signing out ends the session: the console sends the browser back to the sign-in page.
        driver.find_element(By.CSS_SELECTOR, "header button").click()
        wait_for(driver, "the sign-in page", lambda d: d.current_url.endswith("/login"))
        driver.get(setting.console + "/")
        wait_for(driver, "the sign-in page again", lambda d: d.current_url.endswith("/login"))


# --------------------------------------------------------------------------- Prometheus and trends


async def test_prometheus_scrapes_every_process_with_the_rules_loaded(setting: Setting) -> None:
    """The scrape configuration `make run` renders reaches each /metrics, the services' with the
    scrape token, and Prometheus loads the repository's alert rules."""
    api = f"{setting.prometheus.url}/api/v1"
    jobs: dict[str, str] = {}

    async def every_target_up() -> bool:
        nonlocal jobs
        try:
            targets = (await setting.http.get(f"{api}/targets")).json()["data"]["activeTargets"]
        except httpx.TransportError:
            return False
        jobs = {t["labels"]["job"]: f"{t['health']} {t['lastError']}" for t in targets}
        return len(jobs) == 6 and all(state == "up " for state in jobs.values())

    await eventually(every_target_up, timeout=90, interval=0.5, what=f"every target up: {jobs}")
    assert set(jobs) == {
        "registry",
        "commitments",
        "notifications",
        "ops-watch",
        "ops-console",
        "supervisor",
    }
    rules = (await setting.http.get(f"{api}/rules")).json()["data"]["groups"]
    loaded = {rule["name"] for group in rules for rule in group["rules"]}
    assert {"ConsumerLagHigh", "RelayNotLeading", "ReadinessFailing"} <= loaded
    # A figure only the scrape token unlocks made it in: the notifications relay's lock.
    leaders = await setting.http.get(
        f"{api}/query", params={"query": 'relay_leaders{job="notifications"}'}
    )
    assert [r["value"][1] for r in leaders.json()["data"]["result"]] == ["1"]


def chart(trends: dict[str, Any], chart_id: str) -> dict[str, list[Any]]:
    """Series name -> points of one chart of /api/trends."""
    (found,) = [c for c in trends["charts"] if c["id"] == chart_id]
    assert "error" not in found, found["error"]
    return {series["name"]: series["points"] for series in found["series"]}


async def test_the_console_charts_the_last_hour_from_prometheus(setting: Setting) -> None:
    prefix = setting.system.env["ALIANZA_TOPIC_PREFIX"]
    partnerships = topic_name(prefix, Stream.PARTNERSHIPS)
    headers = {"Authorization": setting.ops.headers["Authorization"]}
    with Receiver() as hooks, chromium() as driver:
        # Webhooks that succeed, and a record no consumer can read: something on every chart.
        await subscribe_to_partnerships(setting, hooks.url + "/trends")
        await act(setting.owner, await draft(setting, "Corridor drawn on the charts"), "propose")
        await produce(
            setting.system.infra.kafka_bootstrap, partnerships, [(b"junk", b"{not json", [])]
        )
        trends: dict[str, Any] = {}

        async def charted() -> bool:
            nonlocal trends
            trends = (
                await setting.http.get(f"{setting.console}/api/trends", headers=headers)
            ).json()
            dead = chart(trends, "dlq").get(f"{partnerships}.dlq", [])
            webhooks = chart(trends, "webhooks").get("success rate", [])
            # Earlier tests' receivers are gone, so their retries fail: not all is success.
            return any(value > 0 for _, value in dead) and any(v > 0 for _, v in webhooks)

        await eventually(charted, timeout=120, interval=1, what="dead letters and webhooks charted")
        assert trends["source"] == "prometheus" and trends["note"] is None
        assert {"registry", "commitments", "notifications"} <= set(chart(trends, "lag"))
        assert any(value > 0 for _, value in chart(trends, "events")[partnerships])
        # Within the hour (Prometheus rounds the times it answers to the millisecond).
        for points in chart(trends, "lag").values():
            assert all(trends["now"] - 3601 <= t <= trends["now"] + 1 for t, _ in points)

        # The page draws them: one line (or dot) per series, and says where they come from.
        driver.get(setting.console + "/login")
        sign_in_through_the_form(driver, setting)
        source = driver.find_element(By.CSS_SELECTOR, "[data-testid=trends-source]")
        wait_for(driver, "the trends' source", lambda d: source.text == "prometheus")

        def drawn(d: WebDriver) -> dict[str, list[str]]:
            found: dict[str, list[str]] = d.execute_script(
                "const out = {};"
                "for (const f of document.querySelectorAll('[data-testid^=trend-]')) {"
                "  out[f.dataset.testid] = Array.from(f.querySelectorAll('svg [data-series]'))"
                "    .map(e => e.dataset.series); }"
                "return out;"
            )
            return found

        wait_for(driver, "every chart drawn", lambda d: all(drawn(d).values()))
        lines = drawn(driver)
        assert {"registry", "commitments", "notifications"} <= set(lines["trend-lag"])
        assert f"{partnerships}.dlq" in lines["trend-dlq"]
        assert partnerships in lines["trend-events"]
        assert lines["trend-webhooks"] == ["success rate"]
        legend = driver.find_element(By.CSS_SELECTOR, "[data-testid=trend-webhooks] .legend").text
        last = chart(trends, "webhooks")["success rate"][-1][1]
        assert legend.startswith("success rate: ") and 0 < last <= 100


def console_settings(setting: Setting, prometheus_url: str | None) -> ConsoleSettings:
    registry = setting.system.url("registry")
    return ConsoleSettings(
        registry_url=registry,
        notifications_url=setting.system.url("notifications"),
        jwks_url=f"{registry}/.well-known/jwks.json",
        kafka_bootstrap=setting.system.infra.kafka_bootstrap,
        topic_prefix=setting.system.env["ALIANZA_TOPIC_PREFIX"],
        watch_trends_url=f"{setting.watch_url}/trends",
        prometheus_url=prometheus_url,
    )


async def test_without_prometheus_the_console_charts_the_watchers_hour(setting: Setting) -> None:
    """No Prometheus configured, or one that does not answer: the watcher's samples and the
    notifications service's attempts per minute take its place, and the answer says so."""
    # A delivery that succeeds, so the webhook chart has a minute to show.
    with Receiver() as hooks:
        await subscribe_to_partnerships(setting, hooks.url + "/fallback")
        await act(
            setting.owner, await draft(setting, "Corridor charted without Prometheus"), "propose"
        )
        await eventually(
            lambda: asyncio.sleep(0, bool(hooks.received)), timeout=60, what="a webhook"
        )
    for prometheus_url, note in (
        (None, "no Prometheus configured"),
        (f"http://127.0.0.1:{free_port()}", "Prometheus did not answer"),
    ):
        app = create_console(console_settings(setting, prometheus_url))
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://console") as client:
                trends: dict[str, Any] = {}

                async def two_samples() -> bool:
                    nonlocal trends
                    trends = (await client.get("/api/trends", headers=setting.ops.headers)).json()
                    return bool(chart(trends, "events"))

                await eventually(two_samples, timeout=30, interval=0.5, what="watcher rates")
        assert trends["source"] == "watcher"
        assert trends["note"].startswith(note)
        assert {"registry", "commitments", "notifications"} <= set(chart(trends, "lag"))
        # Minutes with a success; earlier tests' receivers are gone, so not every attempt is one.
        rates = [value for _, value in chart(trends, "webhooks")["success rate"]]
        assert any(value > 0 for value in rates) and all(0 <= value <= 100 for value in rates)
