"""Composition root of the commitments service's HTTP API."""

from fastapi import FastAPI

from services.commitments.settings import CommitmentsSettings
from shared.web.service import create_service_app


def create_app() -> FastAPI:
    return create_service_app(
        CommitmentsSettings(),
        title="Alianza commitments",
        description="Commitments, progress reports, overdue sweeps and review dossiers.",
        routers=[],
    )
