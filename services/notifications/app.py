"""Composition root of the notifications service's HTTP API."""

from fastapi import FastAPI

from services.notifications.settings import NotificationsSettings
from shared.web.service import create_service_app


def create_app() -> FastAPI:
    return create_service_app(
        NotificationsSettings(),
        title="Alianza notifications",
        description="Signed webhooks for downstream teams, retries, dead letters and the partner inbox.",
        routers=[],
    )
