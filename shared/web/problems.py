"""RFC 9457 problem documents for every error a service returns.

Domain code raises `Problem` subclasses (or lets validation fail); the handlers installed here
turn each into `application/problem+json`. Nothing below the routes raises HTTPException.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import iter_route_contexts
from starlette.exceptions import HTTPException as StarletteHTTPException

from shared.faults import is_transient
from shared.retry_after import retry_after_header

logger = logging.getLogger(__name__)

PROBLEM_JSON = "application/problem+json"
PROBLEM_BASE = "https://alianza.example/problems/"


class Problem(Exception):
    """An error with meaning for the caller. Subclasses set `status`, `slug` and `title`.

    `headers` go on the response (e.g. `WWW-Authenticate` on a 401, `Cache-Control` on OAuth errors).
    """

    status: int = 400
    slug: str = "bad-request"
    title: str = "Bad request"

    def __init__(
        self,
        detail: str | None = None,
        *,
        headers: Mapping[str, str] | None = None,
        **extensions: Any,
    ) -> None:
        super().__init__(detail or self.title)
        self.detail = detail
        self.headers = dict(headers or {})
        self.extensions = extensions

    def document(self, instance: str | None = None) -> dict[str, Any]:
        body: dict[str, Any] = {
            "type": PROBLEM_BASE + self.slug,
            "title": self.title,
            "status": self.status,
        }
        if self.detail:
            body["detail"] = self.detail
        if instance:
            body["instance"] = instance
        body.update(self.extensions)
        return body


class NotFound(Problem):
    status, slug, title = 404, "not-found", "Not found"


class Unauthorized(Problem):
    status, slug, title = 401, "unauthorized", "Authentication required"


class Forbidden(Problem):
    status, slug, title = 403, "forbidden", "Not allowed"


class Conflict(Problem):
    status, slug, title = 409, "conflict", "Conflict"


class PreconditionFailed(Problem):
    status, slug, title = 412, "precondition-failed", "Precondition failed"


class PreconditionRequired(Problem):
    status, slug, title = 428, "precondition-required", "Precondition required"


class TooManyRequests(Problem):
    """A limit was reached; `Retry-After` (and `retry_after_seconds`) say when to try again."""

    status, slug, title = 429, "too-many-requests", "Too many requests"

    def __init__(
        self, detail: str, retry_after: float, headers: Mapping[str, str] | None = None
    ) -> None:
        wait = retry_after_header(retry_after)
        super().__init__(
            detail,
            headers={**(headers or {}), **wait},
            retry_after_seconds=int(wait["Retry-After"]),
        )


class ServiceUnavailable(Problem):
    """A server this one depends on (Kafka, another service) does not answer; worth retrying."""

    status, slug, title = 503, "service-unavailable", "A dependency is unavailable"


class BadRequest(Problem):
    """A request the server cannot read (a malformed header); `errors` names what is wrong."""

    status, slug, title = 400, "bad-request", "Bad request"

    def __init__(self, errors: list[dict[str, str]]) -> None:
        super().__init__("; ".join(f"{e['field']}: {e['message']}" for e in errors), errors=errors)


class InvalidInput(Problem):
    """Input that passed the schema but breaks a rule; `errors` names each offending field."""

    status, slug, title = 422, "validation-error", "Invalid input"

    def __init__(self, errors: list[dict[str, str]], detail: str | None = None) -> None:
        super().__init__(
            detail or "; ".join(f"{e['field']}: {e['message']}" for e in errors), errors=errors
        )


def problem_response(
    problem: Problem, request: Request, headers: dict[str, str] | None = None
) -> JSONResponse:
    return JSONResponse(
        problem.document(instance=request.url.path),
        status_code=problem.status,
        media_type=PROBLEM_JSON,
        headers=headers,
    )


def field_name(location: tuple[int | str, ...] | list[int | str]) -> str:
    # ("body", "countries", 0, "code") → "countries[0].code"; the leading "body"/"query" is kept
    # only for parameters, where it tells the caller where to look.
    parts = list(location)
    prefix = ""
    if parts and parts[0] == "header" and len(parts) == 2:
        # The header as HTTP spells it (FastAPI reports it lower-cased): `header:If-Match`.
        return "header:" + "-".join(word.capitalize() for word in str(parts[1]).split("-"))
    if parts and parts[0] in ("query", "path", "header"):
        prefix = f"{parts.pop(0)}:"
    elif parts and parts[0] == "body":
        parts.pop(0)
    name = ""
    for part in parts:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else str(part))
    return prefix + (name or "body")


def allowed_methods(app: FastAPI, path: str) -> list[str]:
    """Every method some route of `app` answers on `path`."""
    methods: set[str] = set()
    for context in iter_route_contexts(app.routes):
        regex, route_methods = getattr(context, "path_regex", None), context.methods
        if regex is not None and route_methods and regex.match(path):
            methods |= route_methods
    return sorted(methods)


def install_problem_handlers(app: FastAPI) -> None:
    @app.exception_handler(Problem)
    async def _problem(request: Request, exc: Problem) -> JSONResponse:
        return problem_response(exc, request, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"field": field_name(error["loc"]), "message": error["msg"]} for error in exc.errors()
        ]
        return problem_response(InvalidInput(errors), request)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        problem = Problem(str(exc.detail) if exc.detail else None)
        problem.status = exc.status_code
        problem.title = HTTPStatus(exc.status_code).phrase
        problem.slug = problem.title.lower().replace(" ", "-")
        headers = dict(exc.headers or {})
        # Starlette names only the methods of the first route that matched the path; RFC 9110
        # wants every method the resource has (GET and POST /clients are two routes). Mounts
        # (static files) have no methods to list: their own header stands then.
        if exc.status_code == 405 and (methods := allowed_methods(app, request.url.path)):
            headers["Allow"] = ", ".join(methods)
        return problem_response(problem, request, headers=headers)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        if is_transient(exc):
            # The database (or broker) is away or busy: nothing was changed, and the same
            # request will succeed later, so say so instead of reporting a server fault.
            logger.warning(
                "%s %s: a dependency is unavailable: %r", request.method, request.url.path, exc
            )
            unavailable = ServiceUnavailable(
                "A dependency of this service is unavailable; retry shortly."
            )
            return problem_response(unavailable, request, headers={"Retry-After": "2"})
        logger.exception("unhandled error on %s %s", request.method, request.url.path)
        problem = Problem("The server failed to handle this request; it has been logged.")
        problem.status, problem.slug, problem.title = 500, "internal-error", "Internal server error"
        return problem_response(problem, request)
