"""The registry serves the event documentation (contracts/asyncapi-html) at /docs/events, without
a token, with its scripts and styles beside it, and /docs points to it."""

from __future__ import annotations

import re

import httpx
import pytest

from services.registry.app import EVENT_DOCS_PATH
from shared.catalogue import CATALOGUE

pytestmark = pytest.mark.integration


async def test_the_event_docs_are_served_with_everything_they_load(api: httpx.AsyncClient) -> None:
    page = await api.get(f"{EVENT_DOCS_PATH}/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert "<title>Alianza events 1.0.0 documentation</title>" in page.text
    # Every script and style the page loads is served beside it: nothing from elsewhere.
    assets = re.findall(r'(?:src|href)="([^"#]+\.(?:js|css))"', page.text)
    assert {"js/asyncapi-ui.min.js", "js/app.js", "css/asyncapi.min.css"} <= set(assets)
    for asset in assets:
        assert not asset.startswith(("http:", "https:", "//")), asset
        answer = await api.get(f"{EVENT_DOCS_PATH}/{asset}")
        assert answer.status_code == 200, asset
    # The document the page renders names every event type.
    document = (await api.get(f"{EVENT_DOCS_PATH}/js/app.js")).text
    for name in CATALOGUE:
        assert f'"{name}"' in document, name


async def test_the_api_docs_link_to_the_event_docs(api: httpx.AsyncClient) -> None:
    description = (await api.get("/openapi.json")).json()["info"]["description"]
    assert f"({EVENT_DOCS_PATH}/)" in description
