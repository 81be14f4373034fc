"""Registry test helpers: the app in-process with real PostgreSQL and Kafka, real tokens per role."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx

from services.registry.app import create_app
from tests.support.ids import random_suffix

ADMIN_ID = "test-admin"
ADMIN_SECRET = "test-admin-secret-long-enough-0123456789"


@asynccontextmanager
async def registry_client(
    database_url: str, bootstrap: str, topic_prefix: str, monkeypatch: Any
) -> AsyncIterator[httpx.AsyncClient]:
    monkeypatch.setenv("REGISTRY_DATABASE_URL", database_url)
    monkeypatch.setenv("ALIANZA_KAFKA_BOOTSTRAP", bootstrap)
    monkeypatch.setenv("ALIANZA_TOPIC_PREFIX", topic_prefix)
    monkeypatch.setenv("REGISTRY_BOOTSTRAP_CLIENT_ID", ADMIN_ID)
    monkeypatch.setenv("REGISTRY_BOOTSTRAP_CLIENT_SECRET", ADMIN_SECRET)
    app = create_app()
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://registry") as client:
            yield client


async def token(client: httpx.AsyncClient, client_id: str, secret: str) -> str:
    response = await client.post(
        "/oauth/token",
        data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret},
    )
    assert response.status_code == 200, response.text
    return str(response.json()["access_token"])


def bearer(access_token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {access_token}"}


@dataclass
class Cast:
    """Organisations and a token for every role the matrix needs."""

    headers: dict[str, dict[str, str]] = field(default_factory=dict)
    orgs: dict[str, str] = field(default_factory=dict)  # name -> partner id

    def invitees(self) -> dict[str, dict[str, str]]:
        """Partner id -> a partner client of that organisation, for every organisation of the
        cast that has one (to answer its invitations)."""
        return {
            self.orgs["mexico"]: self.headers["owner"],
            self.orgs["canada"]: self.headers["other"],
            self.orgs["diaspora"]: self.headers["diaspora"],
        }


async def make_partner(
    client: httpx.AsyncClient, admin: dict[str, str], name: str, kind: str, country: str
) -> str:
    response = await client.post(
        "/partners", json={"name": name, "kind": kind, "country": country}, headers=admin
    )
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def make_client(
    client: httpx.AsyncClient, admin: dict[str, str], roles: list[str], organisation_id: str | None
) -> dict[str, str]:
    body: dict[str, Any] = {"name": f"client-{random_suffix()}", "roles": roles}
    if organisation_id:
        body["organisation_id"] = organisation_id
    response = await client.post("/clients", json=body, headers=admin)
    assert response.status_code == 201, response.text
    created = response.json()
    return bearer(await token(client, created["client_id"], created["client_secret"]))


async def cast(client: httpx.AsyncClient) -> Cast:
    admin = bearer(await token(client, ADMIN_ID, ADMIN_SECRET))
    result = Cast()
    result.headers["admin"] = admin
    result.orgs["mexico"] = await make_partner(
        client, admin, "Ministry of Labour, Mexico", "line_ministry", "MX"
    )
    result.orgs["canada"] = await make_partner(
        client, admin, "Employment Canada", "national_government", "CA"
    )
    result.orgs["diaspora"] = await make_partner(
        client, admin, "Mexican Diaspora Network", "diaspora_organisation", "CA"
    )
    result.orgs["iom"] = await make_partner(client, admin, "IOM Secretariat", "un_agency", "CH")
    result.headers["owner"] = await make_client(client, admin, ["partner"], result.orgs["mexico"])
    result.headers["other"] = await make_client(client, admin, ["partner"], result.orgs["canada"])
    result.headers["diaspora"] = await make_client(
        client, admin, ["partner"], result.orgs["diaspora"]
    )
    # A partner organisation no partnership of the tests names unless a test says so.
    result.orgs["guatemala"] = await make_partner(
        client, admin, "Chamber of Commerce, Guatemala", "private_sector", "GT"
    )
    result.headers["stranger"] = await make_client(
        client, admin, ["partner"], result.orgs["guatemala"]
    )
    result.headers["secretariat"] = await make_client(
        client, admin, ["secretariat"], result.orgs["iom"]
    )
    result.headers["ops"] = await make_client(client, admin, ["ops"], None)
    return result


async def consent_all(
    client: httpx.AsyncClient, pid: str, invitees: dict[str, dict[str, str]]
) -> None:
    """Every open invitation of the partnership accepted by its organisation's own client.

    `invitees` maps an organisation's partner id to the headers of a partner client of it (the
    cast's: `people.invitees()`); a partnership naming an organisation not in it fails here, so a
    test never proposes without the consent the registry asks for.
    """
    for headers in invitees.values():  # the owner's among them reads the draft's invitations
        listed = await client.get(f"/partnerships/{pid}/invitations", headers=headers)
        if listed.status_code == 200:
            break
    assert listed.status_code == 200, listed.text
    for invitation in listed.json():
        if invitation["status"] != "open":
            continue
        headers = invitees[invitation["organisation_id"]]
        accepted = await client.post(f"/invitations/{invitation['id']}/accept", headers=headers)
        assert accepted.status_code == 200, accepted.text


async def propose(
    client: httpx.AsyncClient, people: Cast, pid: str, who: str = "owner"
) -> httpx.Response:
    """Every organisation the draft names accepts its invitation, then `who` proposes it."""
    await consent_all(client, pid, people.invitees())
    return await client.post(f"/partnerships/{pid}/actions/propose", headers=people.headers[who])


def draft_naming(orgs: dict[str, str], *names: str, **overrides: Any) -> dict[str, Any]:
    """A draft body naming only the cast's organisations `names` (the first holds the
    commitment), so an organisation left out is a stranger to the draft."""
    body = draft_body(orgs, **overrides)
    if "members" not in overrides:
        body["members"] = [{"partner_id": orgs[name], "role": "implementing"} for name in names]
    if "planned_commitments" not in overrides:
        holder = orgs[names[0]] if names else orgs["mexico"]
        body["planned_commitments"] = [
            {**c, "responsible_partner_id": holder} for c in body["planned_commitments"]
        ]
    return body


def draft_body(orgs: dict[str, str], **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "title": "Fair recruitment corridor Mexico-Canada",
        "summary": "Ethical recruitment of seasonal agricultural workers with diaspora support.",
        "members": [
            {"partner_id": orgs["canada"], "role": "implementing"},
            {"partner_id": orgs["diaspora"], "role": "technical"},
        ],
        "level": "bilateral",
        "countries": [{"code": "MX", "role": "origin"}, {"code": "CA", "role": "destination"}],
        "themes": ["human_rights", "development_contribution"],
        "policy_areas": ["employment"],
        "gcm_objectives": [6, 18],
        "sdg_targets": ["8.8", "10.7"],
        "consultation_platform": "gfmd",
        "planned_commitments": [
            {
                "description": "Workers recruited with zero recruitment fees",
                "responsible_partner_id": orgs["canada"],
                "indicator": "workers recruited fee-free",
                "unit": "workers",
                "baseline": "0",
                "target": "500",
                "due_date": "2027-12-31",
            }
        ],
    }
    body.update(overrides)
    return body
