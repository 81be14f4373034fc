"""Cross-site request forgery defence: a state-changing request must come from the console's own pages.

Browsers attach the session cookie to any request for the console, whichever site made it, and
SameSite=Strict is the first wall; this is the second (OWASP's "verify the origin with standard
headers"). Every request whose method can change something must carry an `Origin` (or, failing
that, a `Referer`) naming the console's own origin, or it is refused with a 403 before a handler
sees it. A request signed with an `Authorization` header and no session cookie is exempt: a
browser never adds that header on another site's behalf, so scripts keep working.

The console's own origin is `ALIANZA_OPS_CONSOLE_ORIGIN` when set (behind a proxy or TLS
terminator, where the browser's origin differs from what reaches the process), else the scheme
and `Host` of the request itself.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from fastapi import Request, Response
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.types import ASGIApp

from ops.console.session import presented_bearer, presented_session
from shared.web.problems import Forbidden, problem_response

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})


def origin_of(url: str) -> str | None:
    """`scheme://host[:port]` of a URL, lower-cased; None for anything else (e.g. `null`)."""
    parts = urlsplit(url.strip())
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}".lower()


def request_origin(request: Request) -> str | None:
    """Where the browser says the request comes from: `Origin`, else `Referer`'s origin."""
    origin = request.headers.get("origin")
    if origin is not None:
        return origin_of(origin)
    referer = request.headers.get("referer")
    return origin_of(referer) if referer else None


class SameOriginGuard(BaseHTTPMiddleware):
    def __init__(self, app: ASGIApp, public_origin: str | None = None) -> None:
        super().__init__(app)
        self.public_origin = origin_of(public_origin) if public_origin else None

    def own_origin(self, request: Request) -> str:
        if self.public_origin:
            return self.public_origin
        return f"{request.url.scheme}://{request.headers.get('host', '')}".lower()

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        if request.method in SAFE_METHODS:
            return await call_next(request)
        if presented_bearer(request) and not presented_session(request):
            return await call_next(request)
        claimed = request_origin(request)
        if claimed != self.own_origin(request):
            detail = (
                f"a {request.method} to the console must come from its own pages"
                f" ({self.own_origin(request)}); this one names "
                + (claimed or "no origin (neither Origin nor Referer)")
            )
            return problem_response(Forbidden(detail), request)
        return await call_next(request)
