"""Every route of every service's (and the ops console's) OpenAPI document by every kind of
caller, against the rule table.

The apps run in-process on real PostgreSQL (as their app roles) and Kafka; the tokens are real
ones minted by the registry, and the others verify them against the registry's JWKS, fetched
over HTTP from the registry app. The disabled client is disabled through the registry's admin
route; the other services learn it as their consumers would (the `client.disabled` handler on
their own databases), the console by asking the registry. The expected answers live in
tests/integration/authorisation_table.py; a route without a row there fails.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from fastapi import FastAPI

import ops.console.app
import shared.web.service
from ops.console.app import create_app as create_console
from ops.console.enabled import EnabledClients
from ops.console.settings import ConsoleSettings
from services.commitments.app import create_app as create_commitments
from services.notifications.app import create_app as create_notifications
from services.registry import identity, keys
from services.registry.app import create_app as create_registry
from services.registry.settings import RegistrySettings
from shared import disabled_clients
from shared.auth import ALGORITHM, AUDIENCE, JwksUrl
from shared.catalogue.identity import ClientDisabled
from shared.db import create_engine, session_factory
from shared.events import Event
from shared.uow import UnitOfWork
from shared.web.service import Runtime
from tests.integration.authorisation_table import CALLERS, TABLE, Outcome, Route
from tests.integration.commitments.support import (
    Service as CommitmentsDatabase,
)
from tests.integration.commitments.support import (
    partnership_event,
    planned,
    snapshot,
)
from tests.integration.notifications.support import make_settings
from tests.integration.registry.support import (
    ADMIN_ID,
    ADMIN_SECRET,
    bearer,
    cast,
    consent_all,
    draft_naming,
)
from tests.support.database import app_url
from tests.support.ids import random_suffix
from tests.support.infra import Infra
from tests.support.issuer import Issuer
from tests.support.processes import eventually

pytestmark = pytest.mark.integration

SERVICES = ("registry", "commitments", "notifications", "console")
HOOK = "https://127.0.0.1:9/hook"  # never called: nothing is dispatched in this test


def operations(app: FastAPI) -> set[tuple[str, str]]:
    paths: dict[str, dict[str, Any]] = app.openapi()["paths"]
    return {(method.upper(), path) for path, item in paths.items() for method in item}


@dataclass
class World:
    """The three apps, a caller's headers per caller kind, and the organisations they act for."""

    clients: dict[str, httpx.AsyncClient]
    apps: dict[str, FastAPI]
    headers: dict[str, dict[str, str]] = field(default_factory=dict)
    orgs: dict[str, str] = field(default_factory=dict)
    # An adopted partnership led by the own partner's organisation, as the commitments service
    # learnt it from the registry's event, and the commitment that organisation is responsible for.
    adopted_partnership: str = ""
    commitment: str = ""
    # Partner id -> a partner client of it: who answers a fresh draft's invitations.
    invitees: dict[str, dict[str, str]] = field(default_factory=dict)

    async def fresh_draft(self) -> tuple[str, str]:
        """A new draft owned by the own partner's organisation: (its id, its ETag). It names
        another organisation, which has consented (the owner may propose it), but not the
        foreign partner's: to it the draft is someone else's business."""
        response = await self.clients["registry"].post(
            "/partnerships",
            json=draft_naming(self.orgs, "diaspora"),
            headers=self.headers["own_partner"],
        )
        assert response.status_code == 201, response.text
        pid = str(response.json()["id"])
        await consent_all(self.clients["registry"], pid, self.invitees)
        return pid, response.headers["ETag"]

    async def fresh_invitation(self) -> str:
        """An open invitation of the foreign partner's organisation to a new draft of the own
        partner's: the foreign partner is the one to answer it, the owner only sees it."""
        registry = self.clients["registry"]
        response = await registry.post(
            "/partnerships",
            json=draft_naming(self.orgs, "canada"),
            headers=self.headers["own_partner"],
        )
        assert response.status_code == 201, response.text
        listed = await registry.get(
            f"/partnerships/{response.json()['id']}/invitations",
            headers=self.headers["own_partner"],
        )
        [invitation] = listed.json()
        return str(invitation["id"])

    async def fresh_subscription(self) -> str:
        response = await self.clients["notifications"].post(
            "/subscriptions",
            json={"target_url": HOOK, "event_types": ["partnership.*"]},
            headers=self.headers["own_partner"],
        )
        assert response.status_code == 201, response.text
        return str(response.json()["id"])


def foreign_issuer_token() -> str:
    """Well-formed, unexpired, for our audience, signed by a key the registry never published."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    now = int(time.time())
    claims = {
        "iss": "someone-else",
        "aud": AUDIENCE,
        "sub": "intruder",
        "roles": ["admin"],
        "iat": now,
        "exp": now + 300,
        "jti": str(uuid.uuid4()),
    }
    return jwt.encode(claims, pem, algorithm=ALGORITHM, headers={"kid": "not-a-registry-key"})


async def track_a_commitment(database: CommitmentsDatabase, organisation: str) -> tuple[str, str]:
    """Apply an adoption event with the service's own handler: (partnership id, commitment id)."""
    partnership_id = str(uuid.uuid4())
    pledge = planned(organisation)
    state = snapshot(
        partnership_id,
        3,
        "adopted",
        [pledge],
        owner_organisation_id=organisation,
        lead_partner_id=organisation,
        members=[{"partner_id": organisation, "role": "lead"}],
    )
    await database.apply([partnership_event("partnership.adopted", state)])
    rows = await database.fetch(
        "SELECT id FROM commitments WHERE partnership_id = $1", partnership_id
    )
    assert len(rows) == 1
    return partnership_id, str(rows[0]["id"])


async def expired_admin_token(registry: FastAPI) -> str:
    """An admin token signed with the registry's real key, whose life ended an hour ago."""
    runtime: Runtime = registry.state.runtime
    settings = runtime.settings
    assert isinstance(settings, RegistrySettings)
    async with runtime.unit_of_work() as uow:
        key = await keys.current_signer(uow.session, settings.kek)
    assert key is not None
    admin = identity.ApiClient(client_id=ADMIN_ID, name="x", secret_hash="-", roles=["admin"])
    return identity.issue_token(admin, key, 900, now=time.time() - 3600).access_token


async def disabled_admin_token(world: World, databases: dict[str, str], prefix: str) -> str:
    """A token of an admin client disabled after it was issued, once every service refuses it."""
    registry = world.clients["registry"]
    created = await registry.post(
        "/clients",
        json={"name": "leaked robot", "roles": ["admin"]},
        headers=world.headers["admin"],
    )
    assert created.status_code == 201, created.text
    client_id, secret = created.json()["client_id"], created.json()["client_secret"]
    answer = await registry.post(
        "/oauth/token",
        data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret},
    )
    token = str(answer.json()["access_token"])
    disabled = await registry.post(
        f"/clients/{client_id}/disable", json={"reason": "leaked"}, headers=world.headers["admin"]
    )
    assert disabled.status_code == 200, disabled.text
    event = Event(
        type="client.disabled",
        source="/alianza/registry",
        subject=client_id,
        dataschema="urn:alianza:schema:client.disabled:v1",
        data=ClientDisabled(client_id=client_id, reason="leaked").model_dump(mode="json"),
    )
    for service, url in databases.items():
        engine = create_engine(url)
        try:
            async with UnitOfWork(
                session_factory(engine), source=service, topic_prefix=prefix
            ) as uow:
                await disabled_clients.on_client_disabled(uow, event)
                await uow.commit()
        finally:
            await engine.dispose()
    for service in ("registry", "commitments", "notifications"):
        verifier = world.apps[service].state.verifier

        async def refused(verifier: Any = verifier) -> bool:
            return client_id in verifier.disabled

        await eventually(refused, timeout=15, interval=0.1, what=f"{service} to refuse")
    return token


@asynccontextmanager
async def serve(app: FastAPI, name: str) -> AsyncIterator[httpx.AsyncClient]:
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url=f"http://{name}") as client:
            yield client


@pytest.fixture
async def world(
    infra: Infra,
    registry_db: str,
    commitments_db: str,
    notifications_db: str,
    topic_prefix: str,
    monkeypatch: pytest.MonkeyPatch,
    issuer: Issuer,
) -> AsyncIterator[World]:
    monkeypatch.setenv("ALIANZA_KAFKA_BOOTSTRAP", infra.kafka_bootstrap)
    monkeypatch.setenv("ALIANZA_TOPIC_PREFIX", topic_prefix)
    monkeypatch.setenv("REGISTRY_DATABASE_URL", app_url("registry", registry_db))
    monkeypatch.setenv("REGISTRY_BOOTSTRAP_CLIENT_ID", ADMIN_ID)
    monkeypatch.setenv("REGISTRY_BOOTSTRAP_CLIENT_SECRET", ADMIN_SECRET)
    monkeypatch.setenv("COMMITMENTS_DATABASE_URL", app_url("commitments", commitments_db))
    monkeypatch.setenv("ALIANZA_JWKS_URL", "http://registry/.well-known/jwks.json")
    monkeypatch.setenv("ALIANZA_DISABLED_CLIENTS_RELOAD_SECONDS", "0.2")
    registry = create_registry()
    # The other services fetch the registry's JWKS over HTTP, as deployed; here the HTTP goes
    # to the registry app in this process instead of a socket.
    registry_transport = httpx.ASGITransport(app=registry)

    def in_process_jwks(url: str, **kwargs: Any) -> JwksUrl:
        return JwksUrl(url, transport=registry_transport, **kwargs)

    monkeypatch.setattr(shared.web.service, "JwksUrl", in_process_jwks)
    monkeypatch.setattr(ops.console.app, "JwksUrl", in_process_jwks)
    apps = {
        "registry": registry,
        "commitments": create_commitments(),
        "notifications": create_notifications(
            make_settings(
                app_url("notifications", notifications_db),
                infra.kafka_bootstrap,
                topic_prefix,
                metrics_scrape_token=None,
            )
        ),
        # The console's overview, trends and timeline ask services that are not there (port 9).
        "console": create_console(
            ConsoleSettings(
                registry_url="http://127.0.0.1:9",
                commitments_url="http://127.0.0.1:9",
                notifications_url="http://127.0.0.1:9",
                watch_metrics_url="http://127.0.0.1:9/metrics",
                watch_trends_url="http://127.0.0.1:9/trends",
            )
        ),
    }
    async with AsyncExitStack() as stack:
        clients = {
            name: await stack.enter_async_context(serve(app, name)) for name, app in apps.items()
        }
        # The console asks the registry (in this process) whether a client is still enabled.
        apps["console"].state.enabled_clients = EnabledClients(
            await stack.enter_async_context(
                httpx.AsyncClient(transport=registry_transport, base_url="http://registry")
            ),
            "http://registry",
            0.2,
        )
        people = await cast(clients["registry"])
        world = World(clients=clients, apps=apps, orgs=people.orgs, invitees=people.invitees())
        world.adopted_partnership, world.commitment = await track_a_commitment(
            CommitmentsDatabase(
                app_url("commitments", commitments_db), infra.kafka_bootstrap, topic_prefix, issuer
            ),
            people.orgs["mexico"],
        )
        world.headers = {
            "anonymous": {},
            "own_partner": people.headers["owner"],
            "foreign_partner": people.headers["other"],
            "secretariat": people.headers["secretariat"],
            "ops": people.headers["ops"],
            "admin": people.headers["admin"],
            "foreign_issuer": bearer(foreign_issuer_token()),
            "expired": bearer(await expired_admin_token(registry)),
        }
        world.headers["disabled"] = bearer(
            await disabled_admin_token(
                world,
                {
                    "commitments": app_url("commitments", commitments_db),
                    "notifications": app_url("notifications", notifications_db),
                },
                topic_prefix,
            )
        )
        yield world


Request = dict[str, Any]
Prepare = Callable[[World], Awaitable[Request]]


async def _draft_in_path(world: World, template: str) -> Request:
    partnership_id, tag = await world.fresh_draft()
    path = template.replace("{partnership_id}", partnership_id).replace("{action}", "propose")
    # The draft's first version exists; no amendment of it does.
    path = path.replace("{version}", "1").replace("{amendment_id}", str(uuid.uuid4()))
    return {"path": path, "headers": {"If-Match": tag}, "json": {"title": "A better title"}}


async def _subscription_in_path(world: World, template: str) -> Request:
    return {"path": template.replace("{subscription_id}", await world.fresh_subscription())}


def _unknown_ids(template: str) -> str:
    for name in ("row_id", "commitment_id", "partnership_id", "delivery_id", "item_id"):
        template = template.replace(
            "{" + name + "}", "1" if name == "row_id" else str(uuid.uuid4())
        )
    return template


async def request_for(world: World, route: Route, caller: str) -> Request:
    """The request that exercises `route`: fresh resources where the call would change them."""
    service, method, path = route
    if service == "registry" and "{partnership_id}" in path:
        drafted = await _draft_in_path(world, path)
        if method != "PATCH":
            drafted.pop("json")
        return drafted
    if service == "notifications" and "{subscription_id}" in path:
        return await _subscription_in_path(world, path)
    if service == "registry" and "{invitation_id}" in path:
        return {"path": path.replace("{invitation_id}", await world.fresh_invitation())}
    if service == "console":
        # An unknown stream: refused after the gate, so no endless event stream is opened.
        query = "?topic=no-such-stream" if path == "/api/stream" else ""
        return {"path": path.replace("{partnership_id}", str(uuid.uuid4())) + query}
    if service == "commitments":
        path = path.replace("{commitment_id}", world.commitment)
        path = path.replace("{partnership_id}", world.adopted_partnership)
    request: Request = {"path": _unknown_ids(path.replace("{partner_id}", world.orgs["mexico"]))}
    bodies: dict[Route, Request] = {
        ("registry", "POST", "/oauth/token"): {
            "data": {
                "grant_type": "client_credentials",
                "client_id": ADMIN_ID,
                "client_secret": ADMIN_SECRET,
            }
        },
        ("registry", "POST", "/partners"): {
            "json": {"name": f"Partner {random_suffix()}", "kind": "media", "country": "MX"}
        },
        ("registry", "POST", "/clients"): {
            "json": {
                "name": f"client-{random_suffix()}",
                "roles": ["partner"],
                "organisation_id": world.orgs["mexico"],
            }
        },
        ("registry", "POST", "/partnerships"): {"json": draft_naming(world.orgs, "diaspora")},
        ("commitments", "POST", "/commitments/{commitment_id}/progress"): {
            "json": {"period_end": "2025-01-10", "value": "10", "unit": "workers"}
        },
        ("notifications", "POST", "/subscriptions"): {
            "json": {"target_url": HOOK, "event_types": ["partnership.*"]}
        },
        ("notifications", "POST", "/deliveries/replay"): {
            "json": {"from": "2026-01-01T00:00:00Z", "to": "2026-01-02T00:00:00Z"}
        },
    }
    request.update(bodies.get(route, {}))
    return request


async def test_every_route_of_every_service_has_a_rule(world: World) -> None:
    documented = {
        (service, method, path)
        for service in SERVICES
        for method, path in operations(world.apps[service])
    }
    missing = sorted(documented - set(TABLE))
    assert not missing, f"routes without a row in authorisation_table.py: {missing}"
    stale = sorted(set(TABLE) - documented)
    assert not stale, f"rows for routes no OpenAPI document has: {stale}"
    for route, rule in TABLE.items():
        assert set(rule) == set(CALLERS), f"{route} does not name every caller kind"


async def test_every_caller_gets_what_the_table_says_on_every_route(world: World) -> None:
    mismatches: list[str] = []
    checked = 0
    for service in SERVICES:
        for method, path in sorted(operations(world.apps[service])):
            route = (service, method, path)
            rule = TABLE.get(route)
            if rule is None:
                mismatches.append(f"{route}: no row in the table")
                continue
            for caller in CALLERS:
                request = await request_for(world, route, caller)
                response = await world.clients[service].request(
                    method,
                    request.pop("path"),
                    headers={**world.headers[caller], **request.pop("headers", {})},
                    **request,
                )
                checked += 1
                expected: Outcome = rule[caller]
                if not expected.admits(response.status_code):
                    mismatches.append(
                        f"{service} {method} {path} as {caller}: expected {expected.value},"
                        f" got {response.status_code} {response.text[:160]}"
                    )
    assert not mismatches, f"{len(mismatches)} of {checked} calls:\n" + "\n".join(mismatches)
    assert checked == len(TABLE) * len(CALLERS)
