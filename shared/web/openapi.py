"""OpenAPI documents that tell the whole truth: every status a route can answer, each error as
`application/problem+json`, and the OAuth 2.0 client-credentials scheme that gets a token.

FastAPI documents the success response and a 422 shaped like its own validation error. The rest
is derived here from what the route is made of, so routes added later are documented without
boilerplate:

- a dependency marked with `answers(...)` contributes its statuses (the access token → 401, a role
  check → 403, the database → 503, a rate limit → 429) to every route that uses it;
- a path parameter → 404 (the thing it names may not exist); a body, query or header
  parameter → 422 (RFC 9457 with `errors[{field, message}]`); a body → 400 (not JSON) and 413
  (`BodySizeLimit`).

Statuses only a handler knows (409 from the lifecycle, 412/428 from If-Match) are declared on the
route with FastAPI's `responses=`, using the constants below; this module gives them their
problem content and headers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, TypeVar
from urllib.parse import urljoin

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.routing import APIRoute, iter_route_contexts
from fastapi.staticfiles import StaticFiles
from pydantic import WithJsonSchema
from swagger_ui_bundle import swagger_ui_path

from shared.reference import COUNTRY_CODES, SDG_TARGETS
from shared.reference.m49 import AREA_CODES
from shared.web.limits import DEFAULT_MAX_BODY_BYTES
from shared.web.preconditions import IF_MATCH_PATTERN
from shared.web.problems import PROBLEM_BASE, PROBLEM_JSON

F = TypeVar("F", bound=Callable[..., Any])

_ANSWERS = "__openapi_answers__"

OAUTH2 = "OAuth2ClientCredentials"
BEARER = "BearerToken"
PROBLEM = "Problem"
VALIDATION_PROBLEM = "ValidationProblem"

# What each status means for the caller, whichever route answers it.
_MEANING: dict[int, str] = {
    400: "The request cannot be read: a body that is not JSON, or a malformed header (then "
    "`errors` names it).",
    401: "No valid access token: send `Authorization: Bearer <token>` from `POST /oauth/token`.",
    403: "The token is valid but its roles (or organisation) may not do this.",
    404: "Nothing with this id, or nothing this caller may see.",
    409: "The resource's current state does not allow this (see `detail`).",
    412: "If-Match names no current entity-tag: someone changed the resource since you read it. "
    "Read it again (GET returns the ETag) and retry.",
    413: f"The body is larger than the service accepts (at most {DEFAULT_MAX_BODY_BYTES} bytes).",
    422: "The input breaks the schema or a rule; `errors` names each offending field.",
    428: "This change needs an `If-Match` header carrying the ETag you last read.",
    429: "A limit was reached; wait as long as `Retry-After` says.",
    503: "A dependency (the database, Kafka, another service) is unavailable; nothing was changed. "
    "Retry after `Retry-After` seconds.",
}
# Statuses whose problem document always carries `errors` (a 400 may, e.g. a malformed If-Match).
_WITH_ERRORS = frozenset({422})

_HEADERS: dict[int, dict[str, Any]] = {
    401: {
        "WWW-Authenticate": {
            "description": 'The scheme to use: `Bearer realm="alianza"` (RFC 6750), with '
            '`error="invalid_token"` when a token was sent but refused; `Basic` on the token '
            "endpoint (RFC 6749 §5.2).",
            "schema": {"type": "string"},
        }
    },
    429: {
        "Retry-After": {
            "description": "Seconds to wait before trying again.",
            "schema": {"type": "integer", "minimum": 0},
        }
    },
    503: {
        "Retry-After": {
            "description": "Seconds to wait before trying again.",
            "schema": {"type": "integer", "minimum": 0},
        }
    },
}


def _declared(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {status: {"description": _MEANING[status]} for status in statuses}


# For `responses=` on routes whose handler raises these itself.
CONFLICT = _declared(409)
NOT_FOUND = _declared(404)  # where no path parameter says so (an empty filtered export)
RATE_LIMITED = _declared(429)
# Reads and writes of a versioned resource: its ETag, for If-Match on the next change.
ETAG_HEADER = {
    "ETag": {
        "description": 'The version as a strong entity-tag (`"3"`); send it back in If-Match.',
        "schema": {"type": "string", "pattern": r'^"[0-9]+"$'},
        "required": True,
    }
}
# The same for a resource whose texts come in the language Accept-Language picks: one tag per
# representation (`"3"` in the default language, `"3-es"` in Spanish), any of them good for
# If-Match.
LOCALISED_HEADERS = {
    "ETag": {
        "description": 'The version as a strong entity-tag, `"3"` in the default language and'
        ' `"3-es"` in another; send either back in If-Match.',
        "schema": {"type": "string", "pattern": r'^"[0-9]+(-[a-z]{2,3})?"$'},
        "required": True,
    },
    "Content-Language": {
        "description": "The language of the texts (a text missing in it is in the default"
        " language, then named second: `es, en`).",
        "schema": {"type": "string"},
        "required": True,
    },
    "Vary": {
        "description": "`Accept-Language`: the texts depend on it.",
        "schema": {"type": "string"},
        "required": True,
    },
}


def with_etag(status: int = 200, *, localised: bool = False) -> dict[int | str, dict[str, Any]]:
    """`responses=` for a route whose `status` answer carries the resource's ETag (and, if
    `localised`, the language headers of a text picked by Accept-Language)."""
    return {status: {"headers": LOCALISED_HEADERS if localised else ETAG_HEADER}}


# PATCH with If-Match: malformed → 400, stale → 412, missing → 428 (shared.web.preconditions).
PRECONDITIONS = _declared(400, 412, 428)


def answers(*statuses: int) -> Callable[[F], F]:
    """Mark a dependency: every route that uses it (directly or through another) may answer
    these statuses, and its document says so."""
    unknown = sorted(set(statuses) - set(_MEANING))
    if unknown:
        raise ValueError(f"describe statuses {unknown} in shared/web/openapi.py first")

    def mark(dependency: F) -> F:
        setattr(dependency, _ANSWERS, frozenset(statuses) | getattr(dependency, _ANSWERS, set()))
        return dependency

    return mark


def one_of_pattern(values: Iterable[str]) -> str:
    """A regular expression admitting exactly `values`. For long lists (countries, SDG targets)
    it says what an `enum` would, without test generators trying every value one by one."""
    return "^(?:" + "|".join(re.escape(value) for value in sorted(values)) + ")$"


def listed(values: Iterable[str], description: str, example: str) -> WithJsonSchema:
    """The JSON Schema of a string that must be one of `values` (the validator checks it)."""
    return WithJsonSchema(
        {
            "type": "string",
            "pattern": one_of_pattern(values),
            "description": description,
            "examples": [example],
        }
    )


# For `Annotated[str, <validator>, COUNTRY_CODE_SCHEMA]`: the schema admits what the code does.
COUNTRY_CODE_SCHEMA = listed(COUNTRY_CODES, "ISO 3166-1 alpha-2, an officially assigned code", "MX")
SDG_TARGET_SCHEMA = listed(SDG_TARGETS, "a target of the 2030 Agenda", "10.7")
M49_AREA_PATTERN = one_of_pattern(AREA_CODES)  # a UN M49 region, sub-region or intermediate region


def operation_id(route: APIRoute) -> str:
    """The handler's own name (`create_partnership`), not FastAPI's name+path+method default:
    clients generated from the document name their functions after it."""
    return route.name


def token_url_from_jwks(jwks_url: str) -> str:
    """The registry's token endpoint, next to the JWKS it publishes."""
    return urljoin(jwks_url, "/oauth/token")


def install_openapi(app: FastAPI, *, token_url: str) -> None:
    """Make `app.openapi()` (and so `/openapi.json` and `/docs`) return the completed document."""
    generate = app.openapi

    def complete_openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = generate()
            complete(document, app, token_url)
            app.openapi_schema = document
        return app.openapi_schema

    app.openapi = complete_openapi  # type: ignore[method-assign]
    # Swagger UI's "Authorize" dialog: the client-credentials form sends id and secret with HTTP
    # Basic, which the token endpoint accepts; keep the token across page reloads.
    app.swagger_ui_parameters = {**(app.swagger_ui_parameters or {}), "persistAuthorization": True}
    _serve_swagger_ui_locally(app)


def _serve_swagger_ui_locally(app: FastAPI) -> None:
    """`/docs` with Swagger UI's files from this process rather than a CDN: it works on a closed
    network, and the page loads no script from a third party."""
    docs_url, openapi_url = app.docs_url, app.openapi_url
    if docs_url is None or openapi_url is None:
        return
    app.router.routes[:] = [
        route for route in app.router.routes if getattr(route, "path", None) != docs_url
    ]
    assets = f"{docs_url}/assets"
    app.mount(assets, StaticFiles(directory=str(swagger_ui_path)), name="swagger-ui")

    async def swagger_ui() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=openapi_url,
            title=f"{app.title} — API",
            swagger_js_url=f"{assets}/swagger-ui-bundle.js",
            swagger_css_url=f"{assets}/swagger-ui.css",
            swagger_favicon_url=f"{assets}/favicon-32x32.png",
            oauth2_redirect_url=app.swagger_ui_oauth2_redirect_url,
            swagger_ui_parameters=app.swagger_ui_parameters,
        )

    app.add_api_route(docs_url, swagger_ui, include_in_schema=False)


def complete(document: dict[str, Any], app: FastAPI, token_url: str) -> None:
    components = document.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    schemas.update(problem_schemas())
    # FastAPI's own bearer scheme gives no way to get a token; ours below replace it.
    schemes = components.get("securitySchemes", {})
    schemes.pop("HTTPBearer", None)
    paths = document.get("paths", {})
    for route in _documented_routes(app):
        statuses = derived_statuses(route)
        for method in sorted(route.methods):
            operation = paths.get(route.path, {}).get(method.lower())
            if operation is None:
                continue
            operation.pop("security", None)
            if 401 in statuses:
                # Either way of presenting the token will do.
                operation["security"] = [{OAUTH2: []}, {BEARER: []}]
                schemes.update(token_schemes(token_url))
            responses = operation.setdefault("responses", {})
            for status in sorted(statuses):
                responses.setdefault(str(status), {"description": _MEANING[status]})
            for status, response in responses.items():
                if status.isdigit() and int(status) >= 400:
                    _as_problem(int(status), response)
            if "428" in responses:
                _require_if_match(operation)
    if schemes:
        components["securitySchemes"] = schemes
    else:
        components.pop("securitySchemes", None)
    for name in ("HTTPValidationError", "ValidationError"):
        if not _referenced(document, f"#/components/schemas/{name}"):
            schemas.pop(name, None)


def token_schemes(token_url: str) -> dict[str, Any]:
    """How to get an access token (OAuth 2.0 client credentials), and how to send one."""
    return {
        OAUTH2: {
            "type": "oauth2",
            "description": "OAuth 2.0 client credentials (RFC 6749 §4.4): the registry issues a "
            "short-lived RS256 JWT for an API client's id and secret (HTTP Basic or form fields).",
            "flows": {"clientCredentials": {"tokenUrl": token_url, "scopes": {}}},
        },
        BEARER: {
            "type": "http",
            "scheme": "bearer",
            "bearerFormat": "JWT",
            "description": f"An access token already obtained from `POST {token_url}`.",
        },
    }


_ERRORS: dict[str, Any] = {
    "type": "array",
    "description": "Each offending field and what is wrong with it.",
    "items": {
        "type": "object",
        "required": ["field", "message"],
        "properties": {
            "field": {
                "type": "string",
                "description": "`countries[0].code` for the body; `query:cursor`, "
                "`header:If-Match` for parameters.",
            },
            "message": {"type": "string"},
        },
    },
}


def problem_schemas() -> dict[str, Any]:
    """RFC 9457 problem details, and the validation problem with its `errors` list."""
    return {
        PROBLEM: {
            "title": "Problem",
            "description": "An RFC 9457 problem document; extension members may follow.",
            "type": "object",
            "required": ["type", "title", "status"],
            "properties": {
                "type": {
                    "type": "string",
                    "format": "uri-reference",
                    "description": f"Identifies the kind of problem (`{PROBLEM_BASE}<slug>`).",
                    "examples": [f"{PROBLEM_BASE}not-found"],
                },
                "title": {"type": "string", "description": "Short summary of the kind."},
                "status": {"type": "integer", "minimum": 400, "maximum": 599},
                "detail": {"type": "string", "description": "What went wrong this time."},
                "instance": {"type": "string", "description": "The request path."},
                "error": {
                    "type": "string",
                    "description": "On the token endpoint: the RFC 6749 §5.2 error code.",
                },
                "errors": _ERRORS,
                "retry_after_seconds": {
                    "type": "integer",
                    "description": "On 429: the same wait as the `Retry-After` header.",
                },
            },
            "additionalProperties": True,
        },
        VALIDATION_PROBLEM: {
            "title": "ValidationProblem",
            "description": "A problem document naming each offending field.",
            "allOf": [
                {"$ref": f"#/components/schemas/{PROBLEM}"},
                {
                    "type": "object",
                    "required": ["errors"],
                    "properties": {"errors": {"minItems": 1}},
                },
            ],
        },
    }


def derived_statuses(route: _Route) -> set[int]:
    """The error statuses the route's own shape implies (401 is added from its security)."""
    dependant = route.dependant
    statuses: set[int] = set()
    for sub in _walk(dependant):
        statuses |= getattr(sub.call, _ANSWERS, frozenset())
    flat = list(_walk(dependant))
    if any(sub.path_params for sub in flat):
        statuses.add(404)
    if any(sub.query_params or sub.header_params or sub.body_params for sub in flat):
        statuses.add(422)
    if any(sub.body_params for sub in flat):
        # 400: a body that is not JSON at all; 413: over `BodySizeLimit`.
        statuses |= {400, 413, 422}
    return statuses


def _walk(dependant: Dependant) -> Iterator[Dependant]:
    yield dependant
    for sub in dependant.dependencies:
        yield from _walk(sub)


@dataclass(frozen=True)
class _Route:
    path: str
    methods: frozenset[str]
    dependant: Dependant


def _documented_routes(app: FastAPI) -> Iterator[_Route]:
    # Included routers are resolved lazily by FastAPI; its route contexts see through them.
    for context in iter_route_contexts(app.routes):
        route, path = context.original_route, context.path_format
        if isinstance(route, APIRoute) and path is not None and context.include_in_schema:
            yield _Route(path, frozenset(context.methods or ()), context.dependant)


def _as_problem(status: int, response: dict[str, Any]) -> None:
    if _has_own_body(response):
        return
    schema = VALIDATION_PROBLEM if status in _WITH_ERRORS else PROBLEM
    if response.get("description") in (None, "", "Validation Error", HTTPStatus(status).phrase):
        response["description"] = _MEANING.get(status, HTTPStatus(status).phrase)
    response["content"] = {PROBLEM_JSON: {"schema": {"$ref": f"#/components/schemas/{schema}"}}}
    if status in _HEADERS:
        response["headers"] = {**_HEADERS[status], **response.get("headers", {})}


def _require_if_match(operation: dict[str, Any]) -> None:
    """The handler answers 428 without it and 400 when it is no entity-tag list: say both."""
    for parameter in operation.get("parameters", []):
        if parameter.get("in") == "header" and parameter.get("name", "").lower() == "if-match":
            parameter["required"] = True
            parameter["description"] = (
                'The ETag you last read (`"3"`), or `*`; RFC 9110 §13.1.1, strong comparison.'
            )
            parameter["schema"] = {"type": "string", "pattern": IF_MATCH_PATTERN}


def _has_own_body(response: dict[str, Any]) -> bool:
    """A response a route documents with a body of its own (e.g. /readyz's report on 503)."""
    for media in response.get("content", {}).values():
        schema = media.get("schema") or {}
        if schema and schema.get("$ref") != "#/components/schemas/HTTPValidationError":
            return True
    return False


def _referenced(node: Any, ref: str) -> bool:
    if isinstance(node, dict):
        return node.get("$ref") == ref or any(_referenced(value, ref) for value in node.values())
    if isinstance(node, list):
        return any(_referenced(value, ref) for value in node)
    return False
