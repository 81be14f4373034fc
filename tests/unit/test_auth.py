"""Token verification and the auth dependencies, with keys made here and no network."""

from __future__ import annotations

import asyncio
import base64
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from fastapi import Depends, FastAPI
from jwt.algorithms import RSAAlgorithm
from pydantic import ValidationError

from services.registry.settings import RegistrySettings
from shared import auth
from shared.auth import (
    AUDIENCE,
    ISSUER,
    InProcessKeys,
    JwksUrl,
    Principal,
    PrincipalDep,
    Role,
    TokenVerifier,
    require_roles,
)
from shared.web.problems import Unauthorized, install_problem_handlers
from tests.support.secret_hashing import PRODUCTION_SECRET_HASHING


@dataclass
class Key:
    kid: str
    private: rsa.RSAPrivateKey = field(
        default_factory=lambda: rsa.generate_private_key(public_exponent=65537, key_size=2048)
    )

    @property
    def jwk(self) -> dict[str, Any]:
        jwk: dict[str, Any] = RSAAlgorithm.to_jwk(self.private.public_key(), as_dict=True)
        return {**jwk, "kid": self.kid, "use": "sig", "alg": "RS256"}

    def sign(self, **overrides: Any) -> str:
        now = int(time.time())
        claims: dict[str, Any] = {
            "iss": ISSUER,
            "aud": AUDIENCE,
            "sub": "cli_1",
            "roles": ["partner"],
            "org": "org-1",
            "iat": now,
            "exp": now + 900,
            "jti": str(uuid.uuid4()),
        }
        claims.update(overrides)
        claims = {name: value for name, value in claims.items() if value is not None}
        return jwt.encode(claims, self.private, algorithm="RS256", headers={"kid": self.kid})


# Key generation is slow enough to share two keys across the module.
KEY = Key("k1")
OTHER = Key("k2")


class Published:
    """A JWKS that tests can change, counting how often it is fetched."""

    def __init__(self, *keys: Key) -> None:
        self.keys = list(keys)
        self.fetches = 0
        self.failing = False

    async def load(self) -> dict[str, Any]:
        self.fetches += 1
        await asyncio.sleep(0)
        if self.failing:
            raise ConnectionError("registry away")
        return {"keys": [key.jwk for key in self.keys]}


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def verifier_for(published: Published, clock: Clock | None = None) -> TokenVerifier:
    return TokenVerifier(InProcessKeys(published.load), clock=clock or Clock())


async def rejected(verifier: TokenVerifier, token: str) -> str:
    with pytest.raises(Unauthorized) as caught:
        await verifier.verify(token)
    assert 'error="invalid_token"' in caught.value.headers["WWW-Authenticate"]
    return str(caught.value.detail)


async def test_a_valid_token_gives_its_principal() -> None:
    verifier = verifier_for(Published(KEY))
    principal = await verifier.verify(KEY.sign(roles=["partner", "ops"]))
    assert principal == Principal("cli_1", "org-1", frozenset({Role.PARTNER, Role.OPS}))
    assert principal.has(Role.OPS)
    assert principal.is_staff


async def test_a_token_without_org_or_known_roles_grants_nothing_extra() -> None:
    principal = await verifier_for(Published(KEY)).verify(KEY.sign(org=None, roles=["wizard"]))
    assert principal.organisation_id is None
    assert principal.roles == frozenset()
    assert not principal.is_staff


def test_partners_are_not_staff() -> None:
    partner = Principal("c", "org", frozenset({Role.PARTNER}))
    assert not partner.is_staff
    assert not partner.has(Role.ADMIN)


async def test_expired_tokens_are_refused_beyond_the_leeway() -> None:
    verifier = verifier_for(Published(KEY))
    now = int(time.time())
    assert "expired" in await rejected(verifier, KEY.sign(iat=now - 1000, exp=now - 60))
    # 10 s late is within the 30 s leeway allowed for clock skew between machines.
    await verifier.verify(KEY.sign(iat=now - 1000, exp=now - 10))


async def test_a_token_living_longer_than_the_maximum_is_refused_whoever_signed_it() -> None:
    verifier = verifier_for(Published(KEY))
    now = int(time.time())
    ten_years = 10 * 365 * 86400
    detail = await rejected(verifier, KEY.sign(roles=["admin"], iat=now, exp=now + ten_years))
    assert "lifetime exceeds the maximum of 3600 s" in detail
    await verifier.verify(KEY.sign(iat=now, exp=now + 3600))


@pytest.mark.parametrize(
    ("claims", "reason"),
    [
        ({"aud": "someone-else"}, "audience"),
        ({"iss": "evil-registry"}, "issued"),
        ({"jti": None}, "jti"),
        ({"sub": None}, "sub"),
        ({"iat": int(time.time()) + 3600}, "not valid yet"),
        ({"roles": "admin"}, "roles"),
        ({"org": 7}, "organisation"),
    ],
)
async def test_claims_that_do_not_hold_are_refused(claims: dict[str, Any], reason: str) -> None:
    assert reason in await rejected(verifier_for(Published(KEY)), KEY.sign(**claims))


async def test_a_token_signed_by_another_key_under_a_known_kid_is_refused() -> None:
    forged = Key("k1", private=OTHER.private).sign()
    assert "signature" in await rejected(verifier_for(Published(KEY)), forged)


@pytest.mark.parametrize(
    "token",
    [
        "not-a-jwt",
        "",
        jwt.encode({"sub": "x"}, "a-shared-secret-of-32-bytes-long!", algorithm="HS256"),
        jwt.encode({"sub": "x"}, "", algorithm="none"),
    ],
)
async def test_malformed_or_wrongly_signed_tokens_are_refused(token: str) -> None:
    await rejected(verifier_for(Published(KEY)), token)


async def test_a_token_without_kid_is_refused() -> None:
    token = jwt.encode({"sub": "x"}, KEY.private, algorithm="RS256")
    assert "kid" in await rejected(verifier_for(Published(KEY)), token)


async def test_keys_are_cached_and_an_unknown_kid_refetches_at_most_every_ten_seconds() -> None:
    published, clock = Published(KEY), Clock()
    verifier = verifier_for(published, clock)
    await verifier.verify(KEY.sign())
    await verifier.verify(KEY.sign())
    assert published.fetches == 1

    # The registry rotates: the new key is published and a token signed with it arrives soon.
    published.keys.append(OTHER)
    clock.now += 1
    assert "unknown key" in await rejected(verifier, OTHER.sign())
    assert published.fetches == 1  # throttled: the last fetch was a second ago
    clock.now += 9
    await verifier.verify(OTHER.sign())
    assert published.fetches == 2
    clock.now += 1
    assert "unknown key" in await rejected(verifier, Key("nope", OTHER.private).sign())
    assert published.fetches == 2
    await verifier.verify(KEY.sign())  # the old key is still published and still verifies


async def test_concurrent_requests_share_one_fetch() -> None:
    published = Published(KEY)
    verifier = verifier_for(published)
    tokens = [KEY.sign() for _ in range(20)]
    await asyncio.gather(*(verifier.verify(token) for token in tokens))
    assert published.fetches == 1


async def test_known_keys_survive_a_failed_refresh_and_withdrawn_keys_stop_verifying() -> None:
    published, clock = Published(KEY), Clock()
    verifier = verifier_for(published, clock)
    await verifier.verify(KEY.sign())
    published.failing = True
    clock.now += 301  # the cache is stale; refreshing fails; the known key still verifies
    await verifier.verify(KEY.sign())
    published.failing, published.keys = False, [OTHER]
    clock.now += 11
    assert "unknown key" in await rejected(verifier, KEY.sign())


async def test_keys_never_loaded_are_reported_as_such() -> None:
    published = Published(KEY)
    published.failing = True
    assert "could not be loaded" in await rejected(verifier_for(published), KEY.sign())


async def test_keys_can_come_from_a_jwks_url() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, json={"keys": [KEY.jwk]})

    source = JwksUrl(
        "http://registry/.well-known/jwks.json", transport=httpx.MockTransport(handler)
    )
    verifier = TokenVerifier(source)
    assert (await verifier.verify(KEY.sign())).client_id == "cli_1"
    assert seen == ["http://registry/.well-known/jwks.json"]
    await verifier.aclose()


async def test_a_jwks_url_answering_an_error_is_a_failed_load() -> None:
    source = JwksUrl(
        "http://registry/jwks", transport=httpx.MockTransport(lambda _: httpx.Response(503))
    )
    verifier = TokenVerifier(source)
    assert "could not be loaded" in await rejected(verifier, KEY.sign())
    await verifier.aclose()


# --------------------------------------------------------------------------- dependencies


@pytest.fixture
async def http() -> Any:
    app = FastAPI()
    install_problem_handlers(app)
    app.state.verifier = verifier_for(Published(KEY))

    @app.get("/me")
    async def me(principal: PrincipalDep) -> dict[str, Any]:
        return {"client_id": principal.client_id, "org": principal.organisation_id}

    @app.get("/staff", dependencies=[Depends(require_roles(Role.SECRETARIAT, Role.ADMIN))])
    async def staff() -> dict[str, str]:
        return {"ok": "yes"}

    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        yield client


async def test_a_missing_bearer_token_is_a_401_problem_with_www_authenticate(
    http: httpx.AsyncClient,
) -> None:
    for headers in ({}, {"Authorization": "Basic YTpi"}):
        response = await http.get("/me", headers=headers)
        assert response.status_code == 401
        assert response.headers["content-type"] == "application/problem+json"
        assert response.headers["WWW-Authenticate"].startswith("Bearer")
        assert "Bearer" in response.json()["detail"]


async def test_an_invalid_bearer_token_says_why(http: httpx.AsyncClient) -> None:
    now = int(time.time())
    token = KEY.sign(iat=now - 2000, exp=now - 1000)
    response = await http.get("/me", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401
    assert 'error="invalid_token"' in response.headers["WWW-Authenticate"]
    assert "expired" in response.json()["detail"]


async def test_roles_decide_who_may_call(http: httpx.AsyncClient) -> None:
    partner = {"Authorization": f"Bearer {KEY.sign(roles=['partner'])}"}
    secretariat = {"Authorization": f"Bearer {KEY.sign(roles=['secretariat'], org=None)}"}
    assert (await http.get("/me", headers=partner)).json() == {"client_id": "cli_1", "org": "org-1"}
    refused = await http.get("/staff", headers=partner)
    assert refused.status_code == 403
    assert refused.json()["type"].endswith("/forbidden")
    assert (await http.get("/staff", headers=secretariat)).status_code == 200


def test_require_roles_needs_a_role() -> None:
    with pytest.raises(ValueError, match="at least one role"):
        require_roles()


# --------------------------------------------------------------------------- registry settings


def registry_settings(**values: Any) -> RegistrySettings:
    if values.get("environment") == "production":
        # Everything else production asks for, so only the bootstrap secret is in question.
        values = {
            "jwks_url": "https://registry.example/.well-known/jwks.json",
            "ops_console_secure_cookie": True,
            "key_encryption_key": base64.b64encode(bytes(range(32))).decode(),
            **PRODUCTION_SECRET_HASHING,
            **values,
        }
    return RegistrySettings(database_url="postgresql://x/y", **values)


@pytest.mark.parametrize("secret", ["alianza-admin-dev-secret", "short-but-not-dev"])
def test_production_refuses_the_development_or_a_short_bootstrap_secret(secret: str) -> None:
    with pytest.raises(ValidationError) as caught:
        registry_settings(
            environment="production", bootstrap_client_id="admin", bootstrap_client_secret=secret
        )
    assert "REGISTRY_BOOTSTRAP_CLIENT_SECRET" in str(caught.value)
    assert secret not in str(caught.value)


def test_production_accepts_a_long_secret_and_development_the_dev_one() -> None:
    registry_settings(
        environment="production",
        bootstrap_client_id="admin",
        bootstrap_client_secret="x" * 40,
    )
    registry_settings(
        bootstrap_client_id="admin", bootstrap_client_secret="alianza-admin-dev-secret"
    )


def test_a_bootstrap_id_without_secret_is_refused() -> None:
    with pytest.raises(ValidationError, match="set both"):
        registry_settings(bootstrap_client_id="admin")


async def test_a_disabled_clients_token_is_refused_and_honoured_again_once_enabled() -> None:
    disabled: set[str] = set()
    verifier = TokenVerifier(InProcessKeys(Published(KEY).load), clock=Clock(), disabled=disabled)
    token = KEY.sign(sub="cli_1")
    await verifier.verify(token)
    disabled.add("cli_1")
    assert "disabled" in await rejected(verifier, token)
    # Another client's token is untouched.
    assert (await verifier.verify(KEY.sign(sub="cli_2"))).client_id == "cli_2"
    disabled.discard("cli_1")
    assert (await verifier.verify(token)).client_id == "cli_1"


@pytest.fixture
def decoded(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every token the verifier parses and checks in full, in order."""
    seen: list[str] = []
    real_decode = jwt.decode

    def counting_decode(token: str, *args: Any, **kwargs: Any) -> Any:
        seen.append(token)
        return real_decode(token, *args, **kwargs)

    monkeypatch.setattr(jwt, "decode", counting_decode)
    return seen


async def test_a_token_verified_once_is_not_parsed_again(decoded: list[str]) -> None:
    verifier = verifier_for(Published(KEY))
    token = KEY.sign(roles=["partner"])
    first = await verifier.verify(token)
    assert await verifier.verify(token) == first
    assert decoded == [token]
    # A token differing in one character of its signature is checked, and refused.
    forged = token[:-2] + ("A" if token[-2] != "A" else "B") + token[-1]
    assert "signature" in await rejected(verifier, forged)


async def test_a_remembered_token_past_its_expiry_is_checked_in_full_again(
    monkeypatch: pytest.MonkeyPatch, decoded: list[str]
) -> None:
    # The full check refuses it then (test_expired_tokens_are_refused_beyond_the_leeway); PyJWT
    # reads its own clock, so here the token is only seen to leave the remembered ones.
    verifier = verifier_for(Published(KEY))
    now = time.time()
    token = KEY.sign(iat=int(now) - 100, exp=int(now) + 60)
    await verifier.verify(token)
    monkeypatch.setattr(time, "time", lambda: now + 60 + auth.LEEWAY_SECONDS - 1)
    await verifier.verify(token)
    assert decoded == [token]  # still within the leeway: remembered
    monkeypatch.setattr(time, "time", lambda: now + 60 + auth.LEEWAY_SECONDS + 1)
    await verifier.verify(token)
    assert decoded == [token, token]


async def test_a_remembered_token_is_refused_once_its_key_is_withdrawn_or_replaced() -> None:
    published, clock = Published(KEY), Clock()
    verifier = verifier_for(published, clock)
    token = KEY.sign()
    await verifier.verify(token)
    published.keys = [OTHER]
    clock.now += 301  # the keys are refetched: KEY is gone
    assert "unknown key" in await rejected(verifier, token)
    # Another key published under the same kid: the token is checked against it, and fails.
    published.keys = [Key("k1")]
    clock.now += 301
    assert "signature" in await rejected(verifier, token)


async def test_the_remembered_tokens_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "VERIFIED_TOKENS_KEPT", 3)
    verifier = verifier_for(Published(KEY))
    tokens = [KEY.sign() for _ in range(5)]
    for token in tokens:
        await verifier.verify(token)
    for _ in range(10):
        await rejected(verifier, "not.a.token")
    assert list(verifier._verified) == tokens[-3:]
