"""Composition root of the registry service's HTTP API."""

import asyncio
import contextlib
import logging
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

# Imported for its side effect: every table registered, so foreign keys between them resolve.
import services.registry.models  # noqa: F401
from services.registry import identity, keys
from services.registry.admin_api import router as admin_router
from services.registry.amendments_api import router as amendments_router
from services.registry.api import router as api_router
from services.registry.auth_api import TOKEN_PATH
from services.registry.auth_api import router as auth_router
from services.registry.invitations_api import router as invitations_router
from services.registry.practices_api import router as practices_router
from services.registry.reference_api import router as reference_router
from services.registry.reports_api import router as reports_router
from services.registry.rounds_api import router as rounds_router
from services.registry.settings import DEVELOPMENT_BOOTSTRAP_SECRET, RegistrySettings
from services.registry.throttle import (
    TOKEN_GUARD_KEY,
    FailureLockout,
    HashingPool,
    SourceLimit,
    TokenGuard,
)
from shared.auth import InProcessKeys, Jwks, KeySource, Role
from shared.ratelimit import RateLimiter
from shared.runtime import sleep_or_stop
from shared.settings import Environment
from shared.web.service import BackgroundTask, Runtime, StartupHook, create_service_app

logger = logging.getLogger(__name__)

# The event documentation `make contracts` renders from the AsyncAPI document (scripts and styles
# beside the page, nothing from elsewhere); the image carries it at the same place.
EVENT_DOCS = Path(__file__).resolve().parents[2] / "contracts" / "asyncapi-html"
EVENT_DOCS_PATH = "/docs/events"


class DevelopmentSecretInUse(RuntimeError):
    """Production refuses to start while an admin client still has the development secret."""


def prepare_identity(settings: RegistrySettings) -> StartupHook:
    """At startup: plaintext keys sealed, a signing key the KEK opens, the bootstrap admin client
    if configured, and — in production — no admin client left with the development secret."""

    async def hook(runtime: Runtime) -> None:
        async with runtime.unit_of_work() as uow:
            await keys.ensure_signing_key(uow.session, settings.kek)
            if settings.environment is Environment.PRODUCTION:
                # An admin client made by an earlier development run keeps working after the
                # switch to production unless someone looks: look at every start.
                found = await identity.clients_using_secret(
                    uow.session, DEVELOPMENT_BOOTSTRAP_SECRET, Role.ADMIN
                )
                if found:
                    raise DevelopmentSecretInUse(
                        f"admin clients {', '.join(sorted(found))} still use the development "
                        "secret; rotate their secrets (POST /clients/{id}/secret) or disable them"
                    )
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
            return await keys.load_jwks(uow.session)

    return InProcessKeys(load)


def key_housekeeping(settings: RegistrySettings) -> BackgroundTask:
    """Every API process, now and then: rotate the signing key when it is due, and retire keys
    whose tokens have all expired. The advisory lock makes replicas take turns."""
    every = settings.signing_key_rotation_days * 86400

    async def check(runtime: Runtime) -> None:
        async with runtime.unit_of_work() as uow:
            if every > 0 and await keys.rotation_due(uow.session, every):
                with contextlib.suppress(keys.RotationUnderWay):
                    # Another replica may rotate between the check and the lock.
                    await keys.rotate(
                        uow,
                        settings.kek,
                        publish_seconds=settings.signing_key_publish_seconds,
                        max_token_lifetime=settings.max_token_lifetime_seconds,
                        reason="scheduled",
                    )
            await keys.retire_superseded(uow.session, settings.max_token_lifetime_seconds)
            await uow.commit()

    async def loop(runtime: Runtime, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                await check(runtime)
            except Exception:
                logger.exception("signing key housekeeping failed; trying again later")
            await sleep_or_stop(stop, settings.signing_key_check_seconds)

    return loop


def create_app(settings: RegistrySettings | None = None) -> FastAPI:
    settings = settings or RegistrySettings()
    identity.use_secret_hasher(settings.secret_hasher)
    guard = token_guard(settings)
    app = create_service_app(
        settings,
        title="Alianza registry",
        description="Partners, partnerships and their lifecycle; the identity provider for the other "
        f"services. The events every service publishes are documented at [{EVENT_DOCS_PATH}/]"
        f"({EVENT_DOCS_PATH}/).",
        routers=[
            auth_router,
            admin_router,
            api_router,
            invitations_router,
            reference_router,
            reports_router,
            practices_router,
            amendments_router,
            rounds_router,
        ],
        on_startup=[prepare_token_guard(guard), prepare_identity(settings)],
        key_source=own_keys,
        background=[key_housekeeping(settings)],
        # The registry owns the fact: its own table, so a disabled client is refused at once.
        disabled_clients=identity.disabled_client_ids,
        # Relative: Swagger UI asks the registry it was served from, whatever its address.
        token_url=TOKEN_PATH,
    )
    # Outermost, so a flood from one address costs next to nothing.
    app.add_middleware(SourceLimit, limiter=guard.per_source, path=TOKEN_PATH)
    # Public, like /docs; `html=True` answers the folder with its index.html.
    app.mount(
        EVENT_DOCS_PATH,
        StaticFiles(directory=EVENT_DOCS, html=True, check_dir=False),
        name="event-docs",
    )
    return app
