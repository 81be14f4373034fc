"""HTTP routes of the operations console. Who may call: `/login`, `/healthz`, `/readyz`,
`/metrics` and the static files are open; everything else needs an `ops` or `admin` caller."""

from __future__ import annotations

import html
import logging
import pathlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

import httpx
import uvicorn
from fastapi import FastAPI, Form, Path, Query, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles
from prometheus_client import CollectorRegistry
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint

from ops import timeline as timeline_mod
from ops.api import Credentials, OpsApi
from ops.console import feed, overview, trends
from ops.console.csrf import SameOriginGuard
from ops.console.enabled import EnabledClients
from ops.console.session import (
    CallerDep,
    SessionStore,
    clear_session,
    current_caller,
    presented_session,
    set_session,
    sign_in,
)
from ops.console.settings import ConsoleSettings
from ops.errors import OpsError
from ops.kafka_tools import Kafka, KafkaError, RecordFilter
from shared.auth import JwksUrl, TokenVerifier
from shared.catalogue import Stream, topic_name
from shared.kafka import kafka_reachable
from shared.logs import configure_logging
from shared.web.limits import BodySizeLimit
from shared.web.nul_guard import NulGuard
from shared.web.observability import install_observability
from shared.web.openapi import install_openapi, token_url_from_jwks
from shared.web.problems import (
    InvalidInput,
    NotFound,
    Problem,
    ServiceUnavailable,
    install_problem_handlers,
)

logger = logging.getLogger(__name__)

STATIC = pathlib.Path(__file__).parent / "static"
ERROR_MARK = "<!--error-->"

# Event payloads are shown as text, never markup; the policy forbids inline script on top.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; "
        "img-src 'self' data:; frame-ancestors 'none'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    # Not `no-referrer`: under it browsers send `Origin: null` on the page's own form posts,
    # which the same-origin check must then refuse. Other sites still learn nothing.
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


class SecurityHeaders(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response


def login_page(error: str | None = None, status_code: int = 200) -> HTMLResponse:
    page = (STATIC / "login.html").read_text()
    if error:
        page = page.replace(
            ERROR_MARK, f'<p class="error" data-testid="login-error">{html.escape(error)}</p>'
        )
    return HTMLResponse(page, status_code=status_code)


def create_app(settings: ConsoleSettings | None = None) -> FastAPI:
    settings = settings or ConsoleSettings()
    kafka = Kafka(
        settings.kafka_bootstrap, settings.request_timeout_seconds, settings.kafka_security
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        configure_logging("ops-console", settings.log_level)
        logging.getLogger("aiokafka").setLevel(logging.CRITICAL)
        app.state.verifier = TokenVerifier(JwksUrl(settings.jwks_url))
        app.state.http = httpx.AsyncClient(timeout=settings.request_timeout_seconds)
        app.state.enabled_clients = EnabledClients(
            app.state.http, settings.registry_url, settings.client_check_seconds
        )
        try:
            yield
        finally:
            await app.state.http.aclose()
            await app.state.verifier.aclose()

    app = FastAPI(
        title="Alianza operations console",
        description="Live event streams, consumer lag, dead letters, webhooks and timelines.",
        version="1.0.0",
        lifespan=lifespan,
    )
    install_problem_handlers(app)
    install_openapi(app, token_url=token_url_from_jwks(settings.jwks_url))
    app.state.sessions = SessionStore()
    app.state.secure_cookie = settings.secure_cookie

    async def kafka_up() -> bool:
        return await kafka_reachable(settings.kafka_bootstrap, security=settings.kafka_security)

    # The console's /metrics holds only its own HTTP counters, so it stays open (metrics_access
    # None); the services', which carry webhook and outbox figures, are not.
    install_observability(app, checks={"kafka": kafka_up}, registry=CollectorRegistry(), refresh=[])
    app.add_middleware(SameOriginGuard, public_origin=settings.public_origin)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(NulGuard)
    # Outermost: an oversized body is refused before anything reads it.
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    def api_for(caller_token: str) -> OpsApi:
        return OpsApi(settings.urls, caller_token, settings.request_timeout_seconds)

    # ----------------------------------------------------------------------- pages

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def console_page(request: Request) -> Response:
        try:
            await current_caller(request)
        except Problem:
            return RedirectResponse("/login", status_code=303)
        return HTMLResponse((STATIC / "index.html").read_text())

    @app.get("/login", response_class=HTMLResponse, include_in_schema=False)
    async def login_form() -> Response:
        return login_page()

    @app.post("/login", include_in_schema=False)
    async def login(
        client_id: Annotated[str, Form(min_length=1, max_length=200)],
        client_secret: Annotated[str, Form(min_length=1, max_length=500)],
    ) -> Response:
        """Trade client credentials for a token, kept here; the browser gets a session id."""
        try:
            token, lifetime = await sign_in(
                app.state.http,
                app.state.verifier,
                settings.registry_url,
                Credentials(client_id, client_secret),
            )
        except Problem as problem:
            logger.info("console sign-in refused for client %s: %s", client_id, problem.title)
            return login_page(problem.detail or problem.title, status_code=problem.status)
        session_id = app.state.sessions.open(token, lifetime)
        response = RedirectResponse("/", status_code=303)
        set_session(response, session_id, lifetime, settings.secure_cookie)
        logger.info("console sign-in by client %s", client_id)
        return response

    @app.post("/logout", include_in_schema=False)
    async def logout(request: Request) -> Response:
        """Forget the session here, so its cookie opens nothing even if it was copied."""
        session_id = presented_session(request)
        if session_id and app.state.sessions.revoke(session_id):
            logger.info("console sign-out")
        response = RedirectResponse("/login", status_code=303)
        clear_session(response, settings.secure_cookie)
        return response

    # ----------------------------------------------------------------------- data

    @app.get("/api/me", tags=["console"])
    async def me(caller: CallerDep) -> dict[str, Any]:
        """The signed-in client. Who: ops, admin."""
        return {"client_id": caller.principal.client_id, "roles": sorted(caller.principal.roles)}

    @app.get("/api/stream", tags=["console"], response_class=StreamingResponse)
    async def stream(
        request: Request,
        caller: CallerDep,
        topic: Annotated[list[str] | None, Query()] = None,
        event_type: Annotated[list[str] | None, Query(alias="type")] = None,
        partnership: Annotated[str | None, Query(max_length=200)] = None,
        service: Annotated[list[str] | None, Query()] = None,
        last: Annotated[int, Query(ge=0, le=feed.MAX_LAST)] = 0,
    ) -> StreamingResponse:
        """Server-sent events: every record (dead letters included) on the chosen streams that
        matches the filters, live. `type` takes globs (`partnership.*`). Who: ops, admin."""
        streams = [name for name in (topic or []) if name]
        unknown = sorted(set(streams) - {s.value for s in Stream})
        if unknown:
            known = ", ".join(s.value for s in Stream)
            raise InvalidInput(
                [{"field": "topic", "message": f"{unknown[0]!r} is not one of {known}"}]
            )
        wanted = feed.FeedRequest(
            topics=[topic_name(settings.topic_prefix, Stream(s)) for s in streams or list(Stream)],
            selector=RecordFilter(
                types=tuple(t for t in (event_type or []) if t),
                partnership=partnership or None,
                services=tuple(s for s in (service or []) if s),
            ),
            last=last,
        )
        try:
            await kafka.check()
        except OpsError as exc:  # Kafka does not answer: say so before opening the stream
            raise ServiceUnavailable(str(exc)) from None
        return StreamingResponse(
            feed.event_stream(kafka, wanted, request.is_disconnected, settings.heartbeat_seconds),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
        )

    @app.get("/api/overview", tags=["console"])
    async def overview_figures(caller: CallerDep) -> dict[str, Any]:
        """Lag per consumer group, DLQ depth per topic, webhook outcomes, lag alerts, supervised
        processes. Who: ops, admin."""
        async with api_for(caller.token) as api:
            return await overview.overview(
                kafka,
                api,
                app.state.http,
                settings.topic_prefix,
                settings.watch_metrics_url,
                settings.supervisor_url,
            )

    @app.get("/api/trends", tags=["console"])
    async def trend_charts(caller: CallerDep) -> dict[str, Any]:
        """The last hour of events/s, lag per group, dead letters arriving and webhook success:
        from Prometheus when configured, else from the watcher. Who: ops, admin."""
        async with api_for(caller.token) as api:
            return await trends.trends(
                app.state.http, api, settings.prometheus_url, settings.watch_trends_url
            )

    @app.get("/api/timeline/{partnership_id}", tags=["console"])
    async def partnership_timeline(
        caller: CallerDep, partnership_id: Annotated[str, Path(max_length=200)]
    ) -> dict[str, Any]:
        """Everything that happened to one partnership across the services. Who: ops, admin."""
        async with api_for(caller.token) as api:
            try:
                found = await timeline_mod.build(kafka, api, settings.topic_prefix, partnership_id)
            except (OpsError, KafkaError, OSError, TimeoutError) as exc:
                # Each source that fails becomes a warning; what escapes is Kafka failing midway.
                raise ServiceUnavailable(f"{exc.__class__.__name__}: {exc}") from None
        if not found.entries and found.warnings:
            raise NotFound(
                f"nothing found for partnership {partnership_id}", warnings=found.warnings
            )
        return {
            "partnership_id": partnership_id,
            "entries": [entry.as_json() for entry in found.entries],
            "warnings": found.warnings,
        }

    return app


def main() -> None:
    settings = ConsoleSettings()
    uvicorn.run(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        log_level="warning",
        access_log=False,
    )


if __name__ == "__main__":
    main()
