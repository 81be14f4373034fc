"""Composition root of the commitments service's HTTP API."""

from fastapi import FastAPI

from services.commitments.api import router
from services.commitments.clock import SystemClock
from services.commitments.iati_api import router as iati_router
from services.commitments.reports_api import router as reports_router
from services.commitments.settings import CommitmentsSettings
from shared.web.service import Runtime, create_service_app


def create_app() -> FastAPI:
    settings = CommitmentsSettings()

    async def install_clock(runtime: Runtime) -> None:
        runtime.extras["clock"] = SystemClock(settings.clock_offset_days)

    return create_service_app(
        settings,
        title="Alianza commitments",
        description="Commitments, progress reports, overdue sweeps and review dossiers.",
        routers=[router, iati_router, reports_router],
        on_startup=[install_clock],
    )
