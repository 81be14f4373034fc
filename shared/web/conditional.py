"""Answers that rarely change, sent with a strong `ETag` and answered with 304 when the caller
already holds them (`If-None-Match`)."""

from __future__ import annotations

import hashlib

from fastapi import Request, Response

from shared.web.preconditions import MalformedIfMatch, if_none_match_hits
from shared.web.problems import BadRequest


def etag_for(body: bytes) -> str:
    """A strong entity-tag (opaque part, without quotes) that changes whenever `body` does."""
    return hashlib.sha256(body).hexdigest()[:32]


def cached_json(request: Request, body: bytes, max_age_seconds: int = 3600) -> Response:
    """`body` (JSON) with its ETag, or an empty 304 if the caller's If-None-Match names it.

    `private`: the lists are public to any authenticated caller, not to anonymous shared caches.
    """
    tag = etag_for(body)
    headers = {"ETag": f'"{tag}"', "Cache-Control": f"private, max-age={max_age_seconds}"}
    if_none_match = request.headers.get("if-none-match")
    if if_none_match is not None:
        try:
            hit = if_none_match_hits(if_none_match, tag)
        except MalformedIfMatch as exc:
            raise BadRequest([{"field": "header:If-None-Match", "message": str(exc)}]) from exc
        if hit:
            return Response(status_code=304, headers=headers)
    return Response(content=body, media_type="application/json", headers=headers)
