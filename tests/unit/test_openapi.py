"""The OpenAPI document derives every error a route can answer, as problem+json, from its shape."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any

import httpx
import pytest
from fastapi import APIRouter, Depends, FastAPI, Header
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel

from shared.auth import AnyCaller, Role, require_roles
from shared.web.openapi import (
    BEARER,
    CONFLICT,
    OAUTH2,
    PRECONDITIONS,
    answers,
    install_openapi,
    one_of_pattern,
    token_url_from_jwks,
)
from shared.web.pagination import CURSOR_PATTERN, Cursor, decode_cursor, encode_cursor
from shared.web.preconditions import IF_MATCH_PATTERN, MalformedIfMatch, parse_if_match
from shared.web.problems import PROBLEM_JSON, InvalidInput, install_problem_handlers
from shared.web.service import UowDep

TOKEN_URL = "http://registry.example/oauth/token"


class Thing(BaseModel):
    name: str


@answers(429)
def limited() -> None:
    return None


def build() -> FastAPI:
    app = FastAPI()
    router = APIRouter()

    @router.get("/open")
    async def open_route() -> dict[str, str]:
        return {}

    @router.get("/things", dependencies=[AnyCaller])
    async def list_things(uow: UowDep, cursor: Cursor = None) -> list[Thing]:
        return []

    @router.post("/things", dependencies=[Depends(require_roles(Role.ADMIN))])
    async def create_thing(thing: Thing, uow: UowDep) -> Thing:
        return thing

    @router.patch(
        "/things/{thing_id}",
        dependencies=[AnyCaller, Depends(limited)],
        responses={**PRECONDITIONS, **CONFLICT},
    )
    async def edit_thing(
        thing_id: str, thing: Thing, if_match: Annotated[str | None, Header()] = None
    ) -> Thing:
        return thing

    app.include_router(router)
    install_problem_handlers(app)
    install_openapi(app, token_url=TOKEN_URL)
    return app


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return build().openapi()


def statuses(document: dict[str, Any], path: str, method: str) -> set[str]:
    return set(document["paths"][path][method]["responses"])


def test_statuses_follow_from_what_the_route_uses(document: dict[str, Any]) -> None:
    assert statuses(document, "/open", "get") == {"200"}
    # token → 401, role check → 403, database → 503, query → 422
    assert statuses(document, "/things", "get") == {"200", "401", "403", "422", "503"}
    # a body adds 400 (not JSON) and 413 (too large)
    assert statuses(document, "/things", "post") == {
        "200", "400", "401", "403", "413", "422", "503",
    }  # fmt: skip
    # a path parameter → 404; a marked dependency → its 429; `responses=` → 409, 412, 428
    assert statuses(document, "/things/{thing_id}", "patch") == {
        "200", "400", "401", "403", "404", "409", "412", "413", "422", "428", "429",
    }  # fmt: skip


def test_every_error_is_a_problem_document_and_422_names_fields(document: dict[str, Any]) -> None:
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            for status, response in operation["responses"].items():
                if int(status) < 400:
                    continue
                (media,) = response["content"]
                assert media == PROBLEM_JSON, (path, method, status)
                expected = "ValidationProblem" if status == "422" else "Problem"
                ref = response["content"][media]["schema"]["$ref"]
                assert ref == f"#/components/schemas/{expected}"
    schemas = document["components"]["schemas"]
    assert "HTTPValidationError" not in schemas
    assert schemas["ValidationProblem"]["allOf"][1]["required"] == ["errors"]
    assert document["paths"]["/things"]["get"]["responses"]["401"]["headers"]["WWW-Authenticate"]


def test_authenticated_routes_offer_the_client_credentials_flow(document: dict[str, Any]) -> None:
    schemes = document["components"]["securitySchemes"]
    assert schemes[OAUTH2]["flows"]["clientCredentials"]["tokenUrl"] == TOKEN_URL
    assert schemes[BEARER]["scheme"] == "bearer"
    assert document["paths"]["/things"]["get"]["security"] == [{OAUTH2: []}, {BEARER: []}]
    assert "security" not in document["paths"]["/open"]["get"]


def test_if_match_is_required_and_its_grammar_stated_where_428_is_answered(
    document: dict[str, Any],
) -> None:
    (header,) = [
        p for p in document["paths"]["/things/{thing_id}"]["patch"]["parameters"]
        if p["in"] == "header"
    ]  # fmt: skip
    assert header["required"] is True
    assert header["schema"]["pattern"] == IF_MATCH_PATTERN


@pytest.mark.parametrize(
    "value",
    ["*", " * ", '"3"', 'W/"3"', '"3" ,  "a,b", ,"x"', '""', ', "1"', "3", '"3', "*x", "**",
     "3,4", '"3""4"', 'w/"3"', "", " , ", '*,"1"', 'W/ "1"'],
)  # fmt: skip
def test_the_documented_if_match_pattern_is_the_parser(value: str) -> None:
    try:
        parse_if_match(value)
        parsed = True
    except MalformedIfMatch:
        parsed = False
    assert bool(re.fullmatch(IF_MATCH_PATTERN, value)) == parsed


def test_a_cursor_round_trips_and_every_string_of_its_pattern_decodes() -> None:
    from datetime import UTC, datetime

    at = datetime(2026, 3, 1, 12, 30, 15, 123456, tzinfo=UTC)
    cursor = encode_cursor(at, "prt_ü1")
    assert re.fullmatch(CURSOR_PATTERN, cursor)
    assert decode_cursor(cursor) == (at, "prt_ü1")
    assert decode_cursor("9999999999999999.ff")[1] == "\ufffd"
    with pytest.raises(InvalidInput):
        decode_cursor("2126.6e007f")  # a NUL byte: no row id has one, and PostgreSQL refuses it


async def test_a_405_names_every_method_of_the_path() -> None:
    transport = httpx.ASGITransport(app=build())
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        response = await client.delete("/things")
    assert response.status_code == 405
    assert response.headers["Allow"] == "GET, POST"
    assert response.headers["Content-Type"] == PROBLEM_JSON


def test_the_token_url_sits_beside_the_jwks() -> None:
    assert token_url_from_jwks("https://id.example/.well-known/jwks.json") == (
        "https://id.example/oauth/token"
    )


def test_only_described_statuses_can_be_declared() -> None:
    with pytest.raises(ValueError, match="418"):
        answers(418)


def test_a_one_of_pattern_admits_exactly_its_values() -> None:
    pattern = one_of_pattern(["10.7", "MX"])
    assert [bool(re.fullmatch(pattern, v)) for v in ("10.7", "MX", "1017", "MXX", "")] == [
        True, True, False, False, False,
    ]  # fmt: skip


async def test_a_405_from_a_mount_keeps_the_mounts_own_allow_header(tmp_path: Path) -> None:
    app = build()
    (tmp_path / "page.js").write_text("1")
    app.mount("/static", StaticFiles(directory=tmp_path), name="static")
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        response = await client.post("/static/page.js")
    assert response.status_code == 405
    assert response.headers["Allow"] == "GET, HEAD"
