"""`ALIANZA_ENVIRONMENT=production` refuses every development default and insecure setting."""

from __future__ import annotations

import base64
import os

import pytest
from pydantic import ValidationError

from ops.console.settings import ConsoleSettings
from services.commitments.settings import CommitmentsSettings
from services.notifications.settings import NotificationsSettings
from services.registry.settings import (
    DEVELOPMENT_BOOTSTRAP_SECRET,
    DEVELOPMENT_KEY_ENCRYPTION_KEY,
    RegistrySettings,
)

DATABASE = "postgresql://user@127.0.0.1:55432/db"


@pytest.fixture
def production(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """Every variable production needs, set right; each test spoils one."""
    for name in list(os.environ):
        if name.startswith(("ALIANZA_", "REGISTRY_", "COMMITMENTS_", "NOTIFICATIONS_")):
            monkeypatch.delenv(name)
    monkeypatch.setenv("ALIANZA_ENVIRONMENT", "production")
    monkeypatch.setenv("ALIANZA_JWKS_URL", "https://registry.example/.well-known/jwks.json")
    monkeypatch.setenv("ALIANZA_OPS_CONSOLE_SECURE_COOKIE", "true")
    monkeypatch.setenv("REGISTRY_KEY_ENCRYPTION_KEY", base64.b64encode(os.urandom(32)).decode())
    for prefix in ("REGISTRY_", "COMMITMENTS_", "NOTIFICATIONS_"):
        monkeypatch.setenv(f"{prefix}DATABASE_URL", DATABASE)
    return monkeypatch


def test_a_production_configured_right_starts(production: pytest.MonkeyPatch) -> None:
    production.setenv("NOTIFICATIONS_ALLOW_HOSTS", "hooks.partner.example,203.0.113.7")
    RegistrySettings()
    CommitmentsSettings()
    NotificationsSettings()
    ConsoleSettings()


@pytest.mark.parametrize("settings", [RegistrySettings, CommitmentsSettings, NotificationsSettings])
def test_every_service_refuses_an_http_jwks_url(
    production: pytest.MonkeyPatch, settings: type
) -> None:
    production.setenv("ALIANZA_JWKS_URL", "http://registry.example/.well-known/jwks.json")
    with pytest.raises(ValidationError, match="ALIANZA_JWKS_URL must be https"):
        settings()


@pytest.mark.parametrize(
    "settings", [RegistrySettings, CommitmentsSettings, NotificationsSettings, ConsoleSettings]
)
def test_every_process_refuses_an_insecure_console_cookie(
    production: pytest.MonkeyPatch, settings: type
) -> None:
    production.setenv("ALIANZA_OPS_CONSOLE_SECURE_COOKIE", "false")
    with pytest.raises(ValidationError, match="ALIANZA_OPS_CONSOLE_SECURE_COOKIE"):
        settings()


def test_the_console_refuses_an_http_jwks_url(production: pytest.MonkeyPatch) -> None:
    production.setenv("ALIANZA_JWKS_URL", "http://registry.example/.well-known/jwks.json")
    with pytest.raises(ValidationError, match="ALIANZA_JWKS_URL"):
        ConsoleSettings()


def test_the_registry_refuses_the_development_kek(production: pytest.MonkeyPatch) -> None:
    production.setenv("REGISTRY_KEY_ENCRYPTION_KEY", DEVELOPMENT_KEY_ENCRYPTION_KEY)
    with pytest.raises(ValidationError, match="development key"):
        RegistrySettings()


def test_the_registry_refuses_a_missing_kek_as_the_development_one(
    production: pytest.MonkeyPatch,
) -> None:
    production.delenv("REGISTRY_KEY_ENCRYPTION_KEY")
    with pytest.raises(ValidationError, match="development key"):
        RegistrySettings()


def test_the_registry_refuses_an_empty_kek(production: pytest.MonkeyPatch) -> None:
    production.setenv("REGISTRY_KEY_ENCRYPTION_KEY", "")
    with pytest.raises(ValidationError, match="REGISTRY_KEY_ENCRYPTION_KEY is empty"):
        RegistrySettings()


def test_the_registry_refuses_the_development_bootstrap_secret(
    production: pytest.MonkeyPatch,
) -> None:
    production.setenv("REGISTRY_BOOTSTRAP_CLIENT_ID", "admin")
    production.setenv("REGISTRY_BOOTSTRAP_CLIENT_SECRET", DEVELOPMENT_BOOTSTRAP_SECRET)
    with pytest.raises(ValidationError, match="development secret"):
        RegistrySettings()


@pytest.mark.parametrize(
    "allow",
    ["*", "*.example.org", "localhost", "127.0.0.1", "127.1.2.3", "::1", "[::1]", "0.0.0.0"],
)
def test_notifications_refuses_a_wildcard_or_loopback_allow_list(
    production: pytest.MonkeyPatch, allow: str
) -> None:
    production.setenv("NOTIFICATIONS_ALLOW_HOSTS", f"hooks.partner.example,{allow}")
    with pytest.raises(ValidationError, match="NOTIFICATIONS_ALLOW_HOSTS"):
        NotificationsSettings()


def test_development_keeps_its_conveniences(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALIANZA_ENVIRONMENT", "development")
    monkeypatch.delenv("ALIANZA_JWKS_URL", raising=False)
    monkeypatch.delenv("REGISTRY_KEY_ENCRYPTION_KEY", raising=False)
    monkeypatch.setenv("NOTIFICATIONS_ALLOW_HOSTS", "127.0.0.1")
    RegistrySettings(database_url=DATABASE)
    NotificationsSettings(database_url=DATABASE)


@pytest.mark.parametrize(
    ("name", "value"),
    [("REGISTRY_SECRET_HASH_MEMORY_KIB", "16384"), ("REGISTRY_SECRET_HASH_TIME_COST", "1")],
)
def test_the_registry_refuses_secret_hashing_below_owasps_least_cost(
    production: pytest.MonkeyPatch, name: str, value: str
) -> None:
    production.setenv(name, value)
    with pytest.raises(ValidationError, match="least argon2id cost"):
        RegistrySettings()


def test_secret_hashing_needs_eight_kib_per_lane_in_any_environment() -> None:
    with pytest.raises(ValidationError, match="8 KiB per lane"):
        RegistrySettings(
            database_url=DATABASE, secret_hash_memory_kib=16, secret_hash_parallelism=4
        )


def test_by_default_secrets_are_hashed_at_rfc_9106s_recommended_cost(
    production: pytest.MonkeyPatch,
) -> None:
    # The hasher `create_app` hands the identity module.
    hashed = RegistrySettings().secret_hasher.hash("a secret")
    assert hashed.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
