"""NUL characters are refused as a 422 naming where they were, before any handler runs."""

from typing import Any

import httpx
import pytest
from fastapi import FastAPI, Request

from shared.web.nul_guard import NulGuard
from shared.web.problems import install_problem_handlers

reached: list[Any] = []


def app() -> FastAPI:
    application = FastAPI()
    install_problem_handlers(application)
    application.add_middleware(NulGuard)

    @application.api_route("/things/{thing}", methods=["GET", "POST"])
    async def thing(thing: str, request: Request) -> dict[str, Any]:
        body = await request.body()
        reached.append((thing, dict(request.query_params), body))
        return {"thing": thing, "body": body.decode()}

    return application


@pytest.fixture
async def client() -> Any:
    reached.clear()
    transport = httpx.ASGITransport(app=app())
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        yield http


@pytest.mark.parametrize(
    ("request_args", "field"),
    [
        ({"method": "GET", "url": "/things/a%00b"}, "path"),
        ({"method": "GET", "url": "/things/a", "params": {"q": "x\x00y"}}, "query:q"),
        (
            {"method": "POST", "url": "/things/a", "json": {"members": [{"id": "p\x00"}]}},
            "members[0].id",
        ),
        ({"method": "POST", "url": "/things/a", "json": {"k\x00": 1}}, "k\x00"),
        ({"method": "POST", "url": "/things/a", "data": {"client_id": "\x00"}}, "client_id"),
    ],
)
async def test_a_nul_anywhere_is_a_422_naming_the_place_and_reaches_no_handler(
    client: httpx.AsyncClient, request_args: dict[str, Any], field: str
) -> None:
    answer = await client.request(**request_args)
    assert answer.status_code == 422, answer.text
    assert answer.headers["content-type"] == "application/problem+json"
    assert [e["field"] for e in answer.json()["errors"]] == [field]
    assert reached == []


async def test_other_requests_reach_the_handler_with_their_body_unchanged(
    client: httpx.AsyncClient,
) -> None:
    # An escaped backslash followed by "u0000" is text, not a NUL.
    body = b'{"note": "\\\\u0000 is how JSON writes it", "n": 1}'
    answer = await client.post(
        "/things/a?q=fine", content=body, headers={"content-type": "application/json"}
    )
    assert answer.status_code == 200, answer.text
    assert reached == [("a", {"q": "fine"}, body)]
