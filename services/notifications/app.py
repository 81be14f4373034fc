"""Composition root of the notifications service's HTTP API."""

from fastapi import FastAPI

from services.notifications.api import router
from services.notifications.settings import NotificationsSettings
from services.notifications.stats import webhook_gauges
from shared.web.service import create_service_app


def create_app(settings: NotificationsSettings | None = None) -> FastAPI:
    return create_service_app(
        settings or NotificationsSettings(),
        title="Alianza notifications",
        description=(
            "Signed webhooks for downstream teams (Standard Webhooks), retries, dead letters "
            "and replays, and the partner inbox. A subscription created by a partner only ever "
            "receives events of partnerships that are not drafts."
        ),
        routers=[router],
        metrics=[webhook_gauges],
    )
