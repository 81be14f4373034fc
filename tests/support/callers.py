"""API clients acting over HTTP against a running System, as partners, staff and admins do."""

from __future__ import annotations

from typing import Any

import httpx

from tests.support.system import System


class Caller:
    """One API client acting over HTTP against the running services."""

    def __init__(self, http: httpx.AsyncClient, system: System, token: str) -> None:
        self.http, self.system = http, system
        self.headers = {"Authorization": f"Bearer {token}"}

    async def call(
        self, method: str, service: str, path: str, expect: int = 200, **kwargs: Any
    ) -> Any:
        headers = {**self.headers, **kwargs.pop("headers", {})}
        response = await self.http.request(
            method, self.system.url(service) + path, headers=headers, **kwargs
        )
        assert response.status_code == expect, (
            f"{method} {path}: {response.status_code} {response.text}"
        )
        return response.json() if response.content else None


async def login(http: httpx.AsyncClient, system: System, client_id: str, secret: str) -> Caller:
    response = await http.post(
        system.url("registry") + "/oauth/token",
        data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret},
    )
    assert response.status_code == 200, response.text
    return Caller(http, system, response.json()["access_token"])


async def create_client(admin: Caller, roles: list[str], org: str | None) -> dict[str, Any]:
    """A new API client (its `client_id` and the once-shown `client_secret`)."""
    body: dict[str, Any] = {"name": f"{roles[0]} client", "roles": roles}
    if org:
        body["organisation_id"] = org
    created: dict[str, Any] = await admin.call("POST", "registry", "/clients", 201, json=body)
    return created


async def enrol(
    admin: Caller, http: httpx.AsyncClient, system: System, roles: list[str], org: str | None
) -> Caller:
    created = await create_client(admin, roles, org)
    return await login(http, system, created["client_id"], created["client_secret"])


async def register_partners(
    admin: Caller, partners: list[tuple[str, str, str, str]]
) -> dict[str, str]:
    """Register partner organisations given as (key, name, kind, country); returns key -> id."""
    ids = {}
    for key, name, kind, country in partners:
        partner = await admin.call(
            "POST",
            "registry",
            "/partners",
            201,
            json={"name": name, "kind": kind, "country": country},
        )
        ids[key] = partner["id"]
    return ids


async def accept_invitation(invitee: Caller, partnership_id: str) -> dict[str, Any]:
    """The invitee's organisation accepts being named in the partnership (its one invitation to
    it), as the registry asks of every named organisation before the owner may propose."""
    listed = await invitee.call("GET", "registry", "/invitations?status=open")
    [invitation] = [i for i in listed["items"] if i["partnership_id"] == partnership_id]
    accepted: dict[str, Any] = await invitee.call(
        "POST", "registry", f"/invitations/{invitation['id']}/accept"
    )
    return accepted
