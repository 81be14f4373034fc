"""Composition root of the registry service's HTTP API."""

from fastapi import FastAPI

from services.registry.settings import RegistrySettings
from shared.web.service import create_service_app


def create_app() -> FastAPI:
    return create_service_app(
        RegistrySettings(),
        title="Alianza registry",
        description="Partners, partnerships and their lifecycle; the identity provider for the other services.",
        routers=[],
    )
