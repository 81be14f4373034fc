"""Composition root of the notifications service's HTTP API."""

from fastapi import FastAPI

from services.notifications.api import REPLAY_LIMIT_KEY, router
from services.notifications.settings import NotificationsSettings
from services.notifications.stats import webhook_gauges
from shared.ratelimit import RateLimiter
from shared.web.service import Runtime, StartupHook, create_service_app


def prepare_replay_limit(settings: NotificationsSettings) -> StartupHook:
    async def hook(runtime: Runtime) -> None:
        per_minute = settings.replays_per_minute_per_organisation
        runtime.extras[REPLAY_LIMIT_KEY] = RateLimiter(per_minute / 60, per_minute)

    return hook


def create_app(settings: NotificationsSettings | None = None) -> FastAPI:
    settings = settings or NotificationsSettings()
    return create_service_app(
        settings,
        title="Alianza notifications",
        description=(
            "Signed webhooks for downstream teams (Standard Webhooks), retries, dead letters "
            "and replays, and the partner inbox. A subscription created by a partner only ever "
            "receives events of partnerships that are not drafts."
        ),
        routers=[router],
        metrics=[webhook_gauges],
        on_startup=[prepare_replay_limit(settings)],
    )
