"""No NUL character reaches a handler: PostgreSQL stores none (in `text` or in `jsonb`), so one
in a path, a query parameter or a body would otherwise end as a 500 at the first INSERT.

One mechanism for every service instead of a validator on each string field: the request is
refused with a 422 problem naming the place (`path`, `query:<name>`, a body field as
`members[0].partner_id`, or a form field), and nothing is applied. The body is read whole
(`BodySizeLimit`, outside this, caps it) and handed on unchanged.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared.web.problems import InvalidInput, field_name

NUL = "\x00"
MESSAGE = "contains a NUL character, which cannot be stored"


def nul_paths(value: Any, location: tuple[int | str, ...] = ()) -> Iterator[tuple[int | str, ...]]:
    """Where, in decoded JSON, a key or a string holds a NUL."""
    if isinstance(value, str):
        if NUL in value:
            yield location
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from nul_paths(item, (*location, index))
    elif isinstance(value, dict):
        for key, item in value.items():
            if NUL in key:
                yield (*location, key)
            yield from nul_paths(item, (*location, key))


def _in_query(query_string: bytes) -> str | None:
    for name, value in parse_qsl(query_string.decode("latin-1"), keep_blank_values=True):
        if NUL in name or NUL in value:
            return f"query:{name.replace(NUL, '')}"
    return None


def _in_body(body: bytes, content_type: str) -> str | None:
    if content_type.startswith("application/x-www-form-urlencoded"):
        for name, value in parse_qsl(body.decode("latin-1"), keep_blank_values=True):
            if NUL in name or NUL in value:
                return name.replace(NUL, "")
        return None
    # In JSON a NUL can only be written as an escape; no escape, nothing to look for.
    if b"\\u0000" not in body.lower():
        return None
    try:
        decoded = json.loads(body)
    except ValueError:
        return None  # not JSON: the route's own parsing answers it
    found = next(nul_paths(decoded), None)
    return None if found is None else field_name(("body", *found))


class NulGuard:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        field = "path" if NUL in scope.get("path", "") else _in_query(scope["query_string"])
        if field is not None:
            await self._refuse(scope, send, field)
            return
        chunks: list[bytes] = []
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                await self.app(scope, _replaying(message, receive), send)
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        content_type = dict(scope["headers"]).get(b"content-type", b"").decode("latin-1")
        field = _in_body(body, content_type.lower())
        if field is not None:
            await self._refuse(scope, send, field)
            return
        whole: Message = {"type": "http.request", "body": body, "more_body": False}
        await self.app(scope, _replaying(whole, receive), send)

    async def _refuse(self, scope: Scope, send: Send, field: str) -> None:
        problem = InvalidInput([{"field": field, "message": MESSAGE}])
        body = json.dumps(problem.document(instance=scope.get("path", ""))).encode()
        await send(
            {
                "type": "http.response.start",
                "status": problem.status,
                "headers": [
                    (b"content-type", b"application/problem+json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


def _replaying(first: Message, receive: Receive) -> Receive:
    """`receive`, with `first` handed out before anything else."""
    pending = [first]

    async def replay() -> Message:
        return pending.pop() if pending else await receive()

    return replay
