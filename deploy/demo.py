"""`make demo`: loads three partnerships drawn from the concept note into a running stack and walks
them through their lifecycle over the public REST APIs, printing what happened and where to look.

Runs against `make run` (the development admin client it prints); nothing here bypasses the APIs.
"""

from __future__ import annotations

import os
import socket
import tempfile
import time
import uuid
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import httpx

from examples.subscriber.receiver import Receiver

REGISTRY = os.environ.get("ALIANZA_REGISTRY_URL", "http://127.0.0.1:8001")
COMMITMENTS = os.environ.get("ALIANZA_COMMITMENTS_URL", "http://127.0.0.1:8002")
NOTIFICATIONS = os.environ.get("ALIANZA_NOTIFICATIONS_URL", "http://127.0.0.1:8003")
ADMIN_ID = os.environ.get("REGISTRY_BOOTSTRAP_CLIENT_ID", "alianza-admin")
ADMIN_SECRET = os.environ.get("REGISTRY_BOOTSTRAP_CLIENT_SECRET", "alianza-admin-dev-secret")
PREFIX = os.environ.get("ALIANZA_TOPIC_PREFIX", "alianza")


class Client:
    def __init__(self, http: httpx.Client, token: str) -> None:
        self.http = http
        self.headers = {"Authorization": f"Bearer {token}"}

    def call(self, method: str, url: str, **kwargs: Any) -> Any:
        response = self.http.request(method, url, headers=self.headers, **kwargs)
        if response.status_code >= 400:
            raise SystemExit(f"{method} {url} failed: {response.status_code} {response.text}")
        return response.json() if response.content else None


def login(http: httpx.Client, client_id: str, secret: str) -> Client:
    response = http.post(
        f"{REGISTRY}/oauth/token",
        data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret},
    )
    if response.status_code != 200:
        raise SystemExit(f"cannot log in as {client_id}: {response.text} (is `make run` up?)")
    return Client(http, response.json()["access_token"])


def say(text: str) -> None:
    print(text, flush=True)


def wait_for(what: str, check: Any, timeout: float = 30.0) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if result := check():
            return result
        time.sleep(0.3)
    raise SystemExit(f"timed out waiting for {what}")


class Demo:
    def __init__(self, http: httpx.Client) -> None:
        self.http = http
        self.admin = login(http, ADMIN_ID, ADMIN_SECRET)
        self.tag = uuid.uuid4().hex[:4]
        iom = self.partner("Compact Follow-up Secretariat", "un_agency", "CH")
        self.secretariat = self.client("secretariat", iom)
        # Inboxes printed at the end: (whose, their client).
        self.inboxes: list[tuple[str, Client]] = []

    def partner(self, name: str, kind: str, country: str) -> str:
        body = {"name": f"{name} ({self.tag})", "kind": kind, "country": country}
        return str(self.admin.call("POST", f"{REGISTRY}/partners", json=body)["id"])

    def client(self, role: str, organisation: str | None) -> Client:
        body: dict[str, Any] = {"name": f"demo {role} {self.tag}", "roles": [role]}
        if organisation:
            body["organisation_id"] = organisation
        created = self.admin.call("POST", f"{REGISTRY}/clients", json=body)
        return login(self.http, created["client_id"], created["client_secret"])

    def consent(self, pid: str, *invitees: Client) -> None:
        """Each organisation the draft names accepts its invitation, through its own client:
        the registry refuses to propose a partnership before they all have."""
        for invitee in invitees:
            waiting = invitee.call("GET", f"{REGISTRY}/invitations?status=open")["items"]
            for invitation in waiting:
                if invitation["partnership_id"] != pid:
                    continue
                invitee.call(
                    "POST",
                    f"{REGISTRY}/invitations/{invitation['id']}/accept",
                    json={"reason": "We take part as the draft says."},
                )
                say(
                    f"    {invitation['organisation_id']} accepted being named"
                    f" ({invitation['role']})"
                )

    def act(self, who: Client, pid: str, action: str, **body: Any) -> str:
        result = who.call(
            "POST", f"{REGISTRY}/partnerships/{pid}/actions/{action}", json=body or None
        )
        say(f"    {action:<16} -> {result['status']}")
        return str(result["status"])


def fair_recruitment(demo: Demo) -> str:
    """The concept note's whole arc on one partnership: proposed, returned and revised, adopted
    with a reason, a joint commitment reported by both holders, a missed quarter turning
    overdue, scaled up by amendment, reviewed, and replicated in another corridor."""
    say("\n1. Bilateral fair-recruitment corridor (origin Mexico, destination Canada)")
    ministry = demo.partner("Secretaría del Trabajo y Previsión Social", "line_ministry", "MX")
    employers = demo.partner(
        "Canadian Agricultural Employers' Association", "employer_or_recruiter", "CA"
    )
    diaspora = demo.partner("Red de la Diáspora Mexicana en Canadá", "diaspora_organisation", "CA")
    owner, employer = demo.client("partner", ministry), demo.client("partner", employers)
    welcomer = demo.client("partner", diaspora)
    demo.inboxes.append(("the owner, Secretaría del Trabajo", owner))
    demo.inboxes.append(("a holder, the employers' association", employer))
    due = date.today() + timedelta(days=365)
    joint = {
        "description": "Workers recruited without paying recruitment fees",
        "holders": [
            {"partner_id": employers, "share": "300"},
            {"partner_id": diaspora, "share": "100"},
        ],
        "indicator": "workers recruited fee-free",
        "unit": "workers",
        "baseline": "0",
        "target": "400",
        "due_date": due.isoformat(),
    }
    draft = owner.call(
        "POST",
        f"{REGISTRY}/partnerships",
        json={
            "title": "Fair recruitment corridor Mexico-Canada",
            "summary": "Zero-fee recruitment of seasonal agricultural workers, pre-departure orientation "
            "and diaspora support on arrival.",
            # Read in Spanish with `Accept-Language: es`; the IATI file carries all three.
            "language": "en",
            "translations": {
                "es": {
                    "title": "Corredor de contratación equitativa México-Canadá",
                    "summary": "Contratación sin cuotas de trabajadores agrícolas temporales,"
                    " orientación previa a la salida y apoyo de la diáspora a la llegada.",
                },
                "fr": {"title": "Corridor de recrutement équitable Mexique-Canada"},
            },
            "members": [
                {"partner_id": employers, "role": "implementing"},
                {"partner_id": diaspora, "role": "technical"},
            ],
            "level": "bilateral",
            "countries": [{"code": "MX", "role": "origin"}, {"code": "CA", "role": "destination"}],
            "themes": ["human_rights", "development_contribution"],
            "policy_areas": ["employment", "human_rights"],
            "gcm_objectives": [6, 18],
            "sdg_targets": ["8.8", "10.7"],
            "consultation_platform": "gfmd",
            "planned_commitments": [joint],
        },
    )
    pid = str(draft["id"])
    say(f"    drafted {pid}; inclusiveness: {draft['inclusiveness']}")
    demo.consent(pid, employer, welcomer)
    demo.act(owner, pid, "propose")
    reason = "Add a quarterly commitment on arrival support, so progress shows within the year."
    demo.act(demo.secretariat, pid, "return", reason=reason)
    say(f"    returned for revision: {reason}")
    # The revision: a quarterly commitment that began months ago, its first quarter long over.
    arrival = {
        "description": "Workers met and oriented on arrival",
        "responsible_partner_id": diaspora,
        "indicator": "workers oriented on arrival",
        "unit": "workers",
        "baseline": "0",
        "target": "400",
        "start_date": (date.today() - timedelta(days=200)).isoformat(),
        "due_date": due.isoformat(),
        "reporting_frequency": "quarterly",
    }
    current = owner.call("GET", f"{REGISTRY}/partnerships/{pid}")
    kept = [{k: v for k, v in c.items() if k != "id"} for c in current["planned_commitments"]]
    revised = owner.http.patch(
        f"{REGISTRY}/partnerships/{pid}",
        json={"planned_commitments": [*kept, arrival]},
        headers={**owner.headers, "If-Match": f'"{current["version"]}"'},
    )
    if revised.status_code != 200:
        raise SystemExit(f"revising the draft failed: {revised.status_code} {revised.text}")
    say("    revised by the owner: a quarterly arrival-support commitment added")
    demo.act(owner, pid, "propose")
    demo.act(
        demo.secretariat, pid, "adopt", reason="Measurable targets, shared by the two holders."
    )
    demo.act(owner, pid, "start")
    commitments = wait_for(
        "the commitments in the commitments service",
        lambda: (
            page
            if len(
                page := employer.call("GET", f"{COMMITMENTS}/commitments?partnership_id={pid}")[
                    "items"
                ]
            )
            == 2
            else None
        ),
    )
    by_indicator = {c["indicator"]: c for c in commitments}
    shared, quarterly = by_indicator[joint["indicator"]], by_indicator[arrival["indicator"]]
    for who, value in [(employer, "120"), (welcomer, "40")]:
        report = {
            "period_end": date.today().isoformat(),
            "value": value,
            "unit": "workers",
            "narrative": "Recruited through the public employment service, no fees charged.",
        }
        who.call("POST", f"{COMMITMENTS}/commitments/{shared['id']}/progress", json=report)
    shared = employer.call("GET", f"{COMMITMENTS}/commitments/{shared['id']}")
    parts = " + ".join(f"{h['latest_value']} of {h['share']}" for h in shared["holders"])
    say(
        f"    joint commitment reported by both holders ({parts}):"
        f" {shared['actual']} of {shared['target']} -> {shared['status']}"
    )
    # The sweep (every minute under `make run`) finds the quarter that ended unreported.
    quarterly = wait_for(
        "the sweep to find the missed quarter",
        lambda: (
            found
            if (found := welcomer.call("GET", f"{COMMITMENTS}/commitments/{quarterly['id']}"))[
                "status"
            ]
            == "overdue"
            else None
        ),
        timeout=90,
    )
    say(f"    quarterly arrival support, first quarter missed -> {quarterly['status']}")
    amendment = owner.call(
        "POST",
        f"{REGISTRY}/partnerships/{pid}/amendments",
        json={
            "reason": "Scaling up: Guatemala joins as a country of origin, 200 more workers.",
            "countries": [
                {"code": "MX", "role": "origin"},
                {"code": "GT", "role": "origin"},
                {"code": "CA", "role": "destination"},
            ],
            "planned_commitments": [
                {
                    **{k: v for k, v in c.items() if k not in ("holders",)},
                    **(
                        {
                            "target": "600",
                            "holders": [
                                {"partner_id": employers, "share": "450"},
                                {"partner_id": diaspora, "share": "150"},
                            ],
                        }
                        if c["id"] == shared["id"]
                        else {"holders": c["holders"]}
                    ),
                }
                for c in owner.call("GET", f"{REGISTRY}/partnerships/{pid}")["planned_commitments"]
            ],
        },
    )
    approved = demo.secretariat.call(
        "POST", f"{REGISTRY}/partnerships/{pid}/amendments/{amendment['id']}/approve"
    )
    say(
        f"    amendment approved: Guatemala joins, target 600 -> version {approved['resulting_version']}"
    )
    wait_for(
        "the commitments service to take the amendment",
        lambda: (
            Decimal(employer.call("GET", f"{COMMITMENTS}/commitments/{shared['id']}")["target"])
            == 600
        ),
    )
    say("    the commitments service tracks the new target (600 workers)")
    demo.act(demo.secretariat, pid, "open-review")
    wait_for(
        "the review dossier",
        lambda: demo.secretariat.call("GET", f"{REGISTRY}/partnerships/{pid}/reviews")[-1][
            "dossier_id"
        ],
    )
    say("    review dossier compiled by the commitments service and attached in the registry")
    demo.act(
        demo.secretariat,
        pid,
        "conclude-review",
        outcome="continue",
        findings="Fees eliminated for the first cohort.",
        good_practices="Public recruitment channel.",
    )
    guatemala = demo.partner("Ministerio de Trabajo y Previsión Social", "line_ministry", "GT")
    replica = demo.client("partner", guatemala).call(
        "POST", f"{REGISTRY}/partnerships/{pid}/actions/replicate"
    )
    say(f"    replicated elsewhere: Guatemala drafts {replica['id']} from it")
    return pid


def data_cooperation(demo: Demo) -> str:
    say("\n2. Regional partnership on migration data cooperation (West Africa)")
    stats_sn = demo.partner(
        "Agence Nationale de la Statistique et de la Démographie", "national_government", "SN"
    )
    stats_ml = demo.partner(
        "Institut National de la Statistique du Mali", "national_government", "ML"
    )
    academia = demo.partner("Migration Data Lab, Université Cheikh Anta Diop", "academia", "SN")
    owner = demo.client("partner", stats_sn)
    draft = owner.call(
        "POST",
        f"{REGISTRY}/partnerships",
        json={
            "title": "Harmonised migration statistics for the region",
            "summary": "Common definitions and a shared survey module so member states' migration data compare.",
            "members": [
                {"partner_id": stats_ml, "role": "implementing"},
                {"partner_id": academia, "role": "technical"},
            ],
            "level": "regional",
            "countries": [{"code": "SN", "role": "origin"}, {"code": "ML", "role": "transit"}],
            "themes": ["data_cooperation", "migration_governance"],
            "gcm_objectives": [1, 3],
            "sdg_targets": ["17.18", "10.7"],
            "consultation_platform": "midwa",
        },
    )
    pid = str(draft["id"])
    demo.consent(pid, demo.client("partner", stats_ml), demo.client("partner", academia))
    for who, action in [(owner, "propose"), (demo.secretariat, "adopt"), (owner, "start")]:
        demo.act(who, pid, action)
    return pid


def case_management(demo: Demo) -> str:
    say("\n3. Local partnership for case management of vulnerable migrants (Tijuana)")
    city = demo.partner("Municipal Government of Tijuana", "local_government", "MX")
    shelter = demo.partner("Casa del Migrante", "local_ngo", "MX")
    legal = demo.partner("Al Otro Lado", "civil_society", "MX")
    owner = demo.client("partner", city)
    draft = owner.call(
        "POST",
        f"{REGISTRY}/partnerships",
        json={
            "title": "One-stop case management for migrants in vulnerable situations",
            "summary": "Shared screening, referral and follow-up of unaccompanied children"
            " and survivors of trafficking.",
            "members": [
                {"partner_id": shelter, "role": "implementing"},
                {"partner_id": legal, "role": "implementing"},
            ],
            "level": "local",
            "countries": [{"code": "MX", "role": "transit"}],
            "themes": ["vulnerable_migrants", "human_rights"],
            "policy_areas": ["children_and_youth", "smuggling_and_trafficking", "health"],
            "gcm_objectives": [7, 10],
            "sdg_targets": ["16.2", "5.2"],
            # About children and survivors: read whole only by its members and the secretariat;
            # its events and webhooks carry ids, status and codes, no text.
            "classification": "restricted",
        },
    )
    pid = str(draft["id"])
    demo.consent(pid, demo.client("partner", shelter), demo.client("partner", legal))
    demo.act(owner, pid, "propose")
    say("    restricted: subscribers get its events without title, summary or reasons")
    return pid


def review_round(demo: Demo, pids: list[str]) -> dict[str, Any]:
    """A regional review round over the implementing partnerships of the demo's objectives and
    regions: every review opens at once, each dossier is compiled, each review is concluded, and
    closing the round answers its report."""
    year = date.today().year
    say(f"\n4. Review round 'Regional review — Americas and Africa {year}'")
    body = {
        "name": f"Regional review — Americas and Africa {year} ({demo.tag})",
        "period_start": f"{year}-01-01",
        "period_end": f"{year}-12-31",
        "scope": {"regions": ["019", "002"], "gcm_objectives": [1, 3, 6, 18]},
    }
    opened = demo.secretariat.call("POST", f"{REGISTRY}/review-rounds", json=body)
    say(f"    opened {opened['id']}: {opened['progress']}")
    texts = {
        pids[0]: {"language": "es", "good_practices": "Canal público de contratación sin cuotas.",
                  "findings": "Segunda cohorte contratada sin cuotas."},
        pids[1]: {"language": "fr", "good_practices": "Tableau de bord régional des migrations.",
                  "challenges": "Données administratives encore incomplètes."},
    }  # fmt: skip
    for pid, text in texts.items():
        wait_for(
            "the review dossier",
            lambda pid=pid: demo.secretariat.call("GET", f"{REGISTRY}/partnerships/{pid}/reviews")[
                -1
            ]["dossier_id"],
        )
        demo.act(demo.secretariat, pid, "conclude-review", outcome="continue", **text)
    report: dict[str, Any] = demo.secretariat.call(
        "POST", f"{REGISTRY}/review-rounds/{opened['id']}/close"
    )
    return report


def save_iati(who: Client, pid: str) -> str:
    """The partnership's IATI activity as the commitments service exports it, saved to a file."""
    response = who.http.get(f"{COMMITMENTS}/iati/activities/{pid}", headers=who.headers)
    if response.status_code != 200:
        raise SystemExit(f"IATI export failed: {response.status_code} {response.text}")
    folder = os.path.join(os.environ.get("ALIANZA_STATE_DIR", ".local"), "demo")
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, f"{pid}.iati.xml")
    with open(path, "wb") as file:
        file.write(response.content)
    return path


def webhook_receiver(demo: Demo) -> tuple[Receiver, list[dict[str, Any]]]:
    """A downstream team's receiver (the starter in examples/subscriber) on this machine, with an
    ops subscription to every partnership and commitment event; what it received is returned."""
    ops = demo.client("ops", None)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/webhooks"
    subscription = ops.call(
        "POST",
        f"{NOTIFICATIONS}/subscriptions",
        json={"target_url": url, "event_types": ["partnership.*", "commitment.*"]},
    )
    received: list[dict[str, Any]] = []
    database = os.path.join(tempfile.mkdtemp(prefix="alianza-demo-"), "received.sqlite3")
    receiver = Receiver(subscription["secret"], database, port=port, handle=received.append).start()
    say(f"Webhook receiver at {url} (signatures verified, each webhook-id kept once)")
    return receiver, received


def show_webhooks(received: list[dict[str, Any]], pid: str) -> None:
    wait_for(
        "the amendment's webhook",
        lambda: any(e["type"] == "partnership.amended" for e in list(received)),
        timeout=60,
    )
    about = [e["type"] for e in list(received) if e.get("subject") == pid]
    say(f"\nWebhooks the receiver verified about the first partnership ({len(about)}):")
    say("  " + ", ".join(dict.fromkeys(about)))


def show_inboxes(demo: Demo) -> None:
    for whose, client in demo.inboxes:
        items = client.call("GET", f"{NOTIFICATIONS}/inbox")["items"]
        say(f"Inbox of {whose} ({len(items)}):")
        for item in items[:8]:
            say(f"  [{item['kind']}] {item['title']}")


def main() -> None:
    with httpx.Client(timeout=10) as http:
        demo = Demo(http)
        receiver, received = webhook_receiver(demo)
        pids = [fair_recruitment(demo), data_cooperation(demo), case_management(demo)]
        show_webhooks(received, pids[0])
        show_inboxes(demo)
        receiver.stop()
        stats = demo.secretariat.call("GET", f"{REGISTRY}/stats")
        year = date.today().year
        period = {"period_start": f"{year}-01-01", "period_end": f"{year}-12-31"}
        by_objective = demo.secretariat.call(
            "GET", f"{REGISTRY}/reports/partnerships", params={**period, "by": "gcm_objective"}
        )
        results = demo.secretariat.call(
            "GET", f"{COMMITMENTS}/reports/commitments", params={**period, "by": "region"}
        )
        iati_path = save_iati(demo.secretariat, pids[0])
        round_report = review_round(demo, pids)
    say(f"\nPartnerships in {year} by GCM objective ({by_objective['total']} in all):")
    for row in by_objective["rows"]:
        say(f"  {row['count']:>3}  objective {row['key']:>2}: {row['label']}")
    say(f"Commitment results in {year} by region: {results['by_status']}")
    say(f"Round report ({round_report['round']['progress']}):")
    for objective, entries in sorted(round_report["by_objective"].items(), key=lambda i: int(i[0])):
        for entry in entries:
            say(f"  objective {objective:>2}: {entry['title']} -> {entry['outcome']};"
                f" good practice: {entry['good_practices']}")  # fmt: skip
    say(f"IATI 2.03 export of the first partnership: {iati_path}")
    say("\nWhere to look:")
    for pid in pids:
        say(f"  {REGISTRY}/partnerships/{pid}   (+ /history, /reviews; needs a bearer token)")
    say(f"  {COMMITMENTS}/commitments?partnership_id={pids[0]}")
    say(f"  {COMMITMENTS}/partnerships/{pids[0]}/dossier")
    say(f"  API docs: {REGISTRY}/docs  {COMMITMENTS}/docs  {NOTIFICATIONS}/docs")
    say(f"  topics: {PREFIX}.partnerships, {PREFIX}.commitments, {PREFIX}.notifications (+ .dlq)")
    say("  logs: .local/logs/ (make logs)")
    say(f"  statistics now: {stats['by_status']}")


if __name__ == "__main__":
    main()
