"""The console asks the registry whether a token's client is still enabled, and for how long an
answer holds (the registry is faked with httpx's MockTransport: this is the console's logic)."""

import httpx
import pytest

from ops.console.enabled import EnabledClients
from shared.web.problems import ServiceUnavailable, Unauthorized


class Registry:
    """Answers `GET /clients/me` with `status`, or fails to connect when `status` is None."""

    def __init__(self) -> None:
        self.status: int | None = 200
        self.calls = 0

    def handle(self, request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/clients/me"
        assert request.headers["authorization"] == "Bearer tok"
        self.calls += 1
        if self.status is None:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(self.status, json={})


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def registry() -> Registry:
    return Registry()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def enabled(registry: Registry, clock: Clock) -> EnabledClients:
    http = httpx.AsyncClient(transport=httpx.MockTransport(registry.handle))
    return EnabledClients(http, "http://registry/", 2.0, grace_seconds=300, clock=clock)


async def test_an_answer_holds_for_the_fresh_window_then_is_asked_again(
    enabled: EnabledClients, registry: Registry, clock: Clock
) -> None:
    await enabled.confirm("tok")
    clock.now += 1.9
    await enabled.confirm("tok")
    assert registry.calls == 1
    clock.now += 0.2
    await enabled.confirm("tok")
    assert registry.calls == 2


async def test_a_client_the_registry_refuses_is_refused_once_the_answer_is_stale(
    enabled: EnabledClients, registry: Registry, clock: Clock
) -> None:
    await enabled.confirm("tok")
    registry.status = 401
    clock.now += 2.1
    with pytest.raises(Unauthorized):
        await enabled.confirm("tok")
    # Refused, not remembered: a later outage does not let it back in on an old confirmation.
    registry.status = None
    with pytest.raises(ServiceUnavailable):
        await enabled.confirm("tok")


async def test_an_unreachable_registry_honours_a_recent_confirmation_only(
    enabled: EnabledClients, registry: Registry, clock: Clock
) -> None:
    await enabled.confirm("tok")
    registry.status = None
    clock.now += 299
    await enabled.confirm("tok")
    clock.now += 2
    with pytest.raises(ServiceUnavailable):
        await enabled.confirm("tok")


async def test_a_token_never_confirmed_gets_503_while_the_registry_fails(
    enabled: EnabledClients, registry: Registry
) -> None:
    registry.status = 502
    with pytest.raises(ServiceUnavailable):
        await enabled.confirm("tok")
