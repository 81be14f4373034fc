"""Composition root of the registry service's HTTP API."""

from fastapi import FastAPI

# Imported for its side effect: every table registered, so foreign keys between them resolve.
import services.registry.models  # noqa: F401
from services.registry import identity
from services.registry.api import router as api_router
from services.registry.auth_api import TOKEN_PATH
from services.registry.auth_api import router as auth_router
from services.registry.settings import RegistrySettings
from services.registry.throttle import (
    TOKEN_GUARD_KEY,
    FailureLockout,
    HashingPool,
    SourceLimit,
    TokenGuard,
)
from shared.auth import InProcessKeys, Jwks, KeySource
from shared.ratelimit import RateLimiter
from shared.web.service import Runtime, StartupHook, create_service_app


def prepare_identity(settings: RegistrySettings) -> StartupHook:
    """At startup: a signing key exists, and so does the bootstrap admin client if configured."""

    async def hook(runtime: Runtime) -> None:
        async with runtime.unit_of_work() as uow:
            await identity.ensure_signing_key(uow.session)
            if settings.bootstrap_client_id and settings.bootstrap_client_secret:
                await identity.ensure_bootstrap_admin(
                    uow.session,
                    settings.bootstrap_client_id,
                    settings.bootstrap_client_secret.get_secret_value(),
                )
            await uow.commit()
        await identity.warm_up()

    return hook


def token_guard(settings: RegistrySettings) -> TokenGuard:
    """The token endpoint's limits, lockout and hashing pool, sized by the settings."""
    return TokenGuard(
        per_source=RateLimiter(settings.token_source_rate_per_second, settings.token_source_burst),
        per_client=RateLimiter(
            settings.token_client_rate_per_minute / 60, settings.token_client_burst
        ),
        lockout=FailureLockout(
            settings.token_lockout_after_failures,
            settings.token_lockout_base_seconds,
            settings.token_lockout_max_seconds,
        ),
        hashing=HashingPool(
            settings.hashing_workers,
            settings.hashing_queue_limit,
            settings.hashing_per_source_limit,
        ),
    )


def prepare_token_guard(guard: TokenGuard) -> StartupHook:
    async def hook(runtime: Runtime) -> None:
        runtime.extras[TOKEN_GUARD_KEY] = guard

    return hook


def own_keys(runtime: Runtime) -> KeySource:
    """The registry verifies tokens with the keys in its own database, not over HTTP to itself."""

    async def load() -> Jwks:
        async with runtime.unit_of_work() as uow:
            return await identity.load_jwks(uow.session)

    return InProcessKeys(load)


def create_app(settings: RegistrySettings | None = None) -> FastAPI:
    settings = settings or RegistrySettings()
    guard = token_guard(settings)
    app = create_service_app(
        settings,
        title="Alianza registry",
        description="Partners, partnerships and their lifecycle; the identity provider for the other services.",
        routers=[auth_router, api_router],
        on_startup=[prepare_token_guard(guard), prepare_identity(settings)],
        key_source=own_keys,
    )
    # Outermost, so a flood from one address costs next to nothing.
    app.add_middleware(SourceLimit, limiter=guard.per_source, path=TOKEN_PATH)
    return app
