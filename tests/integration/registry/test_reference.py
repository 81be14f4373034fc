"""The registry serves the reference lists to any authenticated caller, with ETag and 304, and
validates partnerships against the same lists."""

from __future__ import annotations

import httpx
import pytest

from services.registry.reference_api import LIST_NAMES
from tests.integration.registry.support import Cast, draft_body

pytestmark = pytest.mark.integration


async def test_the_index_names_every_list_and_each_is_served(
    api: httpx.AsyncClient, people: Cast
) -> None:
    assert set(LIST_NAMES) == {
        "gcm-objectives", "themes", "levels", "partner-kinds", "country-roles",
        "sdg-goals", "sdg-targets", "regions", "countries", "platforms",
    }  # fmt: skip
    index = await api.get("/reference", headers=people.headers["owner"])
    assert index.status_code == 200
    assert index.json()["lists"] == {name: f"/reference/{name}" for name in LIST_NAMES}
    for name in LIST_NAMES:
        answer = await api.get(f"/reference/{name}", headers=people.headers["ops"])
        assert answer.status_code == 200, name
        assert answer.json(), f"{name} is empty"


async def test_lists_carry_what_reports_and_validation_rely_on(
    api: httpx.AsyncClient, people: Cast
) -> None:
    headers = people.headers["secretariat"]
    objectives = (await api.get("/reference/gcm-objectives", headers=headers)).json()
    assert [o["number"] for o in objectives] == list(range(1, 24))
    assert objectives[9]["titles"]["fr"].startswith("Prévenir, combattre et éliminer la traite")
    themes = (await api.get("/reference/themes", headers=headers)).json()
    assert len(themes) == 6 and themes[0] == {"code": "human_rights", "label": "Human rights"}
    regions = (await api.get("/reference/regions", headers=headers)).json()
    africa = next(r for r in regions if r["code"] == "002")
    sub_saharan = next(a for a in africa["areas"] if a["code"] == "202")
    western = next(a for a in sub_saharan["areas"] if a["code"] == "011")
    assert "SN" in western["countries"] and "SN" in africa["countries"]
    countries = (await api.get("/reference/countries", headers=headers)).json()
    assert {"code": "MX", "region": "019", "sub_region": "419", "intermediate_region": "013"} in (
        countries
    )
    platforms = (await api.get("/reference/platforms", headers=headers)).json()
    assert {"code": "gfmd", "name": "Global Forum on Migration and Development"}.items() <= next(
        p for p in platforms if p["code"] == "gfmd"
    ).items()
    targets = (await api.get("/reference/sdg-targets", headers=headers)).json()
    assert len(targets) == 169


async def test_a_caller_holding_the_etag_gets_304_without_a_body(
    api: httpx.AsyncClient, people: Cast
) -> None:
    headers = people.headers["owner"]
    first = await api.get("/reference/platforms", headers=headers)
    tag = first.headers["ETag"]
    assert tag.startswith('"') and first.headers["Cache-Control"].startswith("private")
    again = await api.get("/reference/platforms", headers={**headers, "If-None-Match": tag})
    assert again.status_code == 304 and again.content == b""
    assert again.headers["ETag"] == tag
    weak = await api.get("/reference/platforms", headers={**headers, "If-None-Match": f"W/{tag}"})
    assert weak.status_code == 304
    other = await api.get("/reference/platforms", headers={**headers, "If-None-Match": '"stale"'})
    assert other.status_code == 200 and other.json() == first.json()
    elsewhere = await api.get("/reference/themes", headers={**headers, "If-None-Match": tag})
    assert elsewhere.status_code == 200, "each list has its own tag"


async def test_a_malformed_if_none_match_is_a_400_naming_the_header(
    api: httpx.AsyncClient, people: Cast
) -> None:
    answer = await api.get(
        "/reference/themes", headers={**people.headers["owner"], "If-None-Match": "no-quotes"}
    )
    assert answer.status_code == 400
    assert answer.json()["errors"][0]["field"] == "header:If-None-Match"


async def test_reference_lists_need_a_token(api: httpx.AsyncClient) -> None:
    assert (await api.get("/reference/themes")).status_code == 401


async def test_a_free_text_platform_is_refused_naming_the_field(
    api: httpx.AsyncClient, people: Cast
) -> None:
    body = draft_body(people.orgs, consultation_platform="Global Forum on Migration")
    answer = await api.post("/partnerships", json=body, headers=people.headers["owner"])
    assert answer.status_code == 422
    fields = [e["field"] for e in answer.json()["errors"]]
    assert any("consultation_platform" in f for f in fields), fields
    accepted = await api.post(
        "/partnerships",
        json=draft_body(people.orgs, consultation_platform="puebla_process"),
        headers=people.headers["owner"],
    )
    assert accepted.status_code == 201
    assert accepted.json()["consultation_platform"] == "puebla_process"
