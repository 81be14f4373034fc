"""How the ops tools read the registry's answer to a token request."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from ops.api import Credentials, CredentialsRefused, TokenRequestsLimited, exchange_credentials

CREDENTIALS = Credentials("ops-tool", "not-the-secret")


def _registry(status: int, headers: dict[str, str] | None = None) -> httpx.AsyncClient:
    def answer(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/oauth/token"
        if status == 200:
            return httpx.Response(200, json={"access_token": "t0ken", "expires_in": 300})
        return httpx.Response(status, headers=headers, json={"status": status})

    return httpx.AsyncClient(transport=httpx.MockTransport(answer))


async def test_a_granted_token_comes_back_with_its_lifetime() -> None:
    async with _registry(200) as http:
        assert await exchange_credentials(http, "http://registry", CREDENTIALS) == ("t0ken", 300)


async def test_a_rate_limited_token_request_says_when_to_try_again_not_that_credentials_are_bad() -> (
    None
):
    async with _registry(429, {"Retry-After": "12"}) as http:
        with pytest.raises(TokenRequestsLimited) as raised:
            await exchange_credentials(http, "http://registry", CREDENTIALS)
    assert raised.value.retry_after == 12
    assert "try again in 12 s" in str(raised.value)
    assert "refused the credentials" not in str(raised.value)


@pytest.mark.parametrize("header", [None, "soon", "1e400", "Fri, 99 Foo 2025"])
async def test_a_rate_limit_without_a_readable_wait_asks_for_a_second_instead_of_crashing(
    header: str | None,
) -> None:
    async with _registry(429, {"Retry-After": header} if header is not None else None) as http:
        with pytest.raises(TokenRequestsLimited) as raised:
            await exchange_credentials(http, "http://registry", CREDENTIALS)
    assert raised.value.retry_after == 1


async def test_a_rate_limit_until_an_http_date_waits_until_then() -> None:
    soon = format_datetime(datetime.now(UTC) + timedelta(seconds=90), usegmt=True)
    async with _registry(429, {"Retry-After": soon}) as http:
        with pytest.raises(TokenRequestsLimited) as raised:
            await exchange_credentials(http, "http://registry", CREDENTIALS)
    assert 85 <= raised.value.retry_after <= 91


async def test_refused_credentials_are_named_with_the_client_and_the_status() -> None:
    async with _registry(401) as http:
        with pytest.raises(CredentialsRefused, match="'ops-tool' \\(401\\)"):
            await exchange_credentials(http, "http://registry", CREDENTIALS)
