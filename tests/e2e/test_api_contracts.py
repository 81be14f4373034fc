"""The three services answer as their OpenAPI documents say, checked the way an integrator would:
schemathesis (every default check; examples, coverage, fuzzing and stateful phases; fixed seed,
bounded examples) against each service's own `/openapi.json`, as a partner and as an admin, with
real tokens from the registry, on processes backed by real PostgreSQL and Kafka.

The registry's Swagger UI gets a token through the documented OAuth 2.0 scheme, in Chromium.

Each run writes a JUnit report under `.local/reports/schemathesis/`; the summary is printed at the
end of the pytest session (tests/e2e/conftest.py), so CI shows it.
"""

from __future__ import annotations

import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import httpx
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.expected_conditions import element_to_be_clickable as clickable
from selenium.webdriver.support.expected_conditions import visibility_of_element_located as visible
from selenium.webdriver.support.ui import WebDriverWait

from tests.support.browser import chromium
from tests.support.callers import create_client, enrol, login, register_partners
from tests.support.processes import REPO
from tests.support.system import ADMIN_ID, ADMIN_SECRET, System

pytestmark = pytest.mark.e2e

REPORTS = REPO / ".local" / "reports" / "schemathesis"
# The few places the services knowingly differ from schemathesis' defaults, each with its reason.
CONFIG = Path(__file__).with_name("schemathesis.toml")
SEED = 20260101
# Examples per operation and phase: enough to reach every status, few enough for two busy cores.
MAX_EXAMPLES = 5
SERVICES = ("registry", "commitments", "notifications")


async def _tokens(system: System) -> dict[str, str]:
    """A partner's token (its organisation registered) and the admin's, both real."""
    async with httpx.AsyncClient(timeout=10) as http:
        admin = await login(http, system, ADMIN_ID, ADMIN_SECRET)
        orgs = await register_partners(
            admin, [("mexico", "Secretaría del Trabajo", "line_ministry", "MX")]
        )
        partner = await enrol(admin, http, system, ["partner"], orgs["mexico"])
    return {
        "partner": partner.headers["Authorization"],
        "admin": admin.headers["Authorization"],
    }


def schemathesis(url: str, authorization: str, report: Path) -> subprocess.Popen[str]:
    """One `schemathesis run` with every default check and phase, started; JUnit XML in `report`."""
    argv = [
        sys.executable,
        "-m",
        "schemathesis.cli",
        f"--config-file={CONFIG}",
        "run",
        f"{url}/openapi.json",
        "--checks=all",
        "--phases=examples,coverage,fuzzing,stateful",
        f"--seed={SEED}",
        f"--max-examples={MAX_EXAMPLES}",
        "--workers=1",
        "--request-timeout=20",
        f"--header=Authorization: {authorization}",
        "--report=junit",
        f"--report-junit-path={report}",
        "--no-color",
    ]
    return subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=REPO
    )


def junit_counts(report: Path) -> tuple[int, int]:
    """(test cases, failures + errors) in a JUnit report."""
    root = ET.parse(report).getroot()  # noqa: S314 (our own report, just written)
    suites = [root] if root.tag == "testsuite" else list(root.iter("testsuite"))
    cases = sum(int(s.get("tests", 0)) for s in suites)
    failed = sum(int(s.get("failures", 0)) + int(s.get("errors", 0)) for s in suites)
    return cases, failed


async def test_authorize_in_the_registrys_swagger_ui_gets_a_token_that_calls_the_api(
    system: System,
) -> None:
    """The OAuth 2.0 scheme's token URL works from the page: client id and secret in Swagger UI's
    "Authorize" dialog, then "Try it out" on `GET /clients/me` answers 200 with that client.

    On the shared system: the schemathesis run below has a system of its own, since as admin it
    may rotate the admin's secret."""
    async with httpx.AsyncClient(timeout=10) as http:
        admin = await login(http, system, ADMIN_ID, ADMIN_SECRET)
        client = await create_client(admin, ["ops"], None)
    with chromium() as browser:
        browser.get(f"{system.url('registry')}/docs")
        wait = WebDriverWait(browser, 60)
        wait.until(clickable((By.CSS_SELECTOR, "button.authorize"))).click()
        dialog = wait.until(visible((By.CSS_SELECTOR, ".modal-ux")))
        client_id = dialog.find_element(By.CSS_SELECTOR, "input[id^='client_id_']")
        client_id.send_keys(client["client_id"])
        dialog.find_element(By.CSS_SELECTOR, "input[id^='client_secret_']").send_keys(
            client["client_secret"]
        )
        # The dialog has one form per scheme; this is the client-credentials one's button.
        oauth2 = client_id.find_element(
            By.XPATH, "./ancestor::div[contains(@class, 'auth-container')][1]"
        )
        oauth2.find_element(By.CSS_SELECTOR, "button.authorize").click()
        # Swagger UI shows "Logout" for the scheme once the token endpoint has answered.
        wait.until(visible((By.XPATH, "//div[contains(@class,'modal-ux')]//button[.='Logout']")))
        dialog.find_element(By.CSS_SELECTOR, "button.btn-done").click()

        operation = wait.until(visible((By.ID, "operations-identity-who_am_i")))
        operation.find_element(By.CSS_SELECTOR, ".opblock-summary").click()
        wait.until(clickable((By.CSS_SELECTOR, "button.try-out__btn"))).click()
        wait.until(clickable((By.CSS_SELECTOR, "button.execute"))).click()
        status = wait.until(
            visible((By.CSS_SELECTOR, ".live-responses-table .response .response-col_status"))
        )
        body = operation.find_element(By.CSS_SELECTOR, ".live-responses-table .microlight")
        assert status.text.strip() == "200", body.text
        assert client["client_id"] in body.text


@pytest.mark.timeout(900)
async def test_every_service_answers_as_its_openapi_document_says(
    isolated_system: System,
) -> None:
    # Its own system: as admin, schemathesis may rotate secrets and disable clients.
    system = isolated_system
    tokens = await _tokens(system)
    REPORTS.mkdir(parents=True, exist_ok=True)
    summary, failures = [], []
    # The partner first: the admin's run may rotate keys and secrets, never the partner's. One
    # run at a time: side by side they only fight the services for the same two cores.
    for caller in ("partner", "admin"):
        for service in SERVICES:
            started = time.monotonic()
            report = REPORTS / f"{service}-{caller}.xml"
            run = schemathesis(system.url(service), tokens[caller], report)
            output, _ = run.communicate()
            if not report.exists():  # schemathesis stopped before writing its report
                failures.append(
                    f"{service} as {caller}: no report, exit {run.returncode}\n{output[-8000:]}"
                )
                continue
            cases, failed = junit_counts(report)
            line = (
                f"{service} as {caller}: {cases} operations, {failed} failed, exit {run.returncode}"
                f", {time.monotonic() - started:.0f} s ({report.relative_to(REPO)})"
            )
            summary.append(line)
            # A run that checked nothing proves nothing: every service has operations to check.
            if run.returncode != 0 or failed or cases == 0:
                failures.append(f"{line}\n{output[-8000:]}")
    (REPORTS / "summary.txt").write_text("\n".join(summary) + "\n")
    assert not failures, "\n\n".join(failures)
