"""Progress over HTTP: the responsible partner reports, the status is re-derived and published;
anyone else is refused, bad readings are named field by field, and nothing half-happens."""

from __future__ import annotations

from datetime import date
from typing import Any

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from services.commitments.clock import FixedClock
from shared.catalogue.partnerships import PlannedCommitment
from tests.integration.commitments.support import (
    SECRETARIAT,
    Caller,
    Service,
    api,
    day,
    new_id,
    partner,
    partnership_event,
    planned,
    snapshot,
)

pytestmark = pytest.mark.integration

MIDWAY = date(2025, 1, 6)


async def adopt(service: Service, *pledges: PlannedCommitment, **fields: Any) -> str:
    partnership_id = new_id()
    state = snapshot(partnership_id, 3, "adopted", list(pledges), **fields)
    await service.apply([partnership_event("partnership.adopted", state)])
    return partnership_id


def reading(value: str = "50", **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "period_end": MIDWAY.isoformat(),
        "value": value,
        "unit": "workers",
        "narrative": "Two recruitment rounds completed without fees.",
        "evidence_links": ["https://example.org/report.pdf"],
    }
    body.update(overrides)
    return body


async def test_progress_moves_the_status_and_publishes_each_change(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    pledge = planned("org-canada")
    partnership_id = await adopt(service, pledge)
    caller = Caller(partner("org-canada"), day(MIDWAY))
    async with api(service, caller, monkeypatch) as client:
        first = await client.post(f"/commitments/{pledge.id}/progress", json=reading("50"))
        assert first.status_code == 201, first.text
        assert first.json()["status_after"] == "on_track"

        second = await client.post(f"/commitments/{pledge.id}/progress", json=reading("100"))
        assert second.status_code == 201, second.text

        commitment = (await client.get(f"/commitments/{pledge.id}")).json()
        assert commitment["status"] == "achieved"
        assert commitment["achieved_at"] is not None
        reports = (await client.get(f"/commitments/{pledge.id}/progress")).json()
        assert [r["value"] for r in reports["items"]] == ["100", "50"]

    assert await service.outbox_types() == [
        "commitment.registered",
        "commitment.progress_reported",
        "commitment.status_changed",
        "commitment.progress_reported",
        "commitment.status_changed",
        "commitment.achieved",
    ]
    events = await service.published(expect=6)
    assert {e.subject for e in events} == {partnership_id}
    changes = [e.data for e in events if e.type == "commitment.status_changed"]
    assert [(c["old_status"], c["new_status"]) for c in changes] == [
        ("not_started", "on_track"),
        ("on_track", "achieved"),
    ]
    reported = next(e for e in events if e.type == "commitment.progress_reported")
    assert reported.data["responsible_partner_id"] == "org-canada"
    assert reported.data["evidence_links"] == ["https://example.org/report.pdf"]


async def test_a_report_that_keeps_the_status_publishes_no_change(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    pledge = planned("org-canada")
    await adopt(service, pledge)
    caller = Caller(partner("org-canada"), day(MIDWAY))
    async with api(service, caller, monkeypatch) as client:
        for value in ("50", "55"):
            response = await client.post(f"/commitments/{pledge.id}/progress", json=reading(value))
            assert response.status_code == 201, response.text
    assert (await service.outbox_types()).count("commitment.status_changed") == 1


@pytest.mark.parametrize(
    "principal",
    [partner("org-mexico"), SECRETARIAT],
    ids=["another partner organisation", "the secretariat"],
)
async def test_only_the_responsible_partner_may_report(
    service: Service, monkeypatch: pytest.MonkeyPatch, principal: Any
) -> None:
    pledge = planned("org-canada")
    await adopt(service, pledge)
    caller = Caller(principal, day(MIDWAY))
    async with api(service, caller, monkeypatch) as client:
        response = await client.post(f"/commitments/{pledge.id}/progress", json=reading())
        assert response.status_code == 403
        assert response.headers["content-type"] == "application/problem+json"
        # Reading stays open to every authenticated caller.
        assert (await client.get(f"/commitments/{pledge.id}")).status_code == 200
    assert await service.scalar("SELECT count(*) FROM progress_reports") == 0
    assert await service.outbox_types() == ["commitment.registered"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (reading(unit="people"), "unit"),
        (reading("-1"), "value"),
        (reading(period_end="2025-01-07"), "period_end"),
        (reading(evidence_links=["http://example.org/plain.pdf"]), "evidence_links[0]"),
        (reading(evidence_links=["not a url"]), "evidence_links[0]"),
        (reading("NaN"), "value"),
        (reading(surprise=True), "surprise"),
        ({**reading(), "period_end": None}, "period_end"),
    ],
    ids=[
        "wrong unit",
        "negative count",
        "future period",
        "plain http evidence",
        "not a url",
        "not a number",
        "unknown field",
        "missing period",
    ],
)
async def test_a_bad_reading_is_refused_naming_the_field_and_nothing_is_stored(
    service: Service, monkeypatch: pytest.MonkeyPatch, body: dict[str, Any], field: str
) -> None:
    pledge = planned("org-canada")
    await adopt(service, pledge)
    caller = Caller(partner("org-canada"), day(MIDWAY))
    async with api(service, caller, monkeypatch) as client:
        response = await client.post(f"/commitments/{pledge.id}/progress", json=body)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert field in [error["field"] for error in response.json()["errors"]]
    assert await service.scalar("SELECT count(*) FROM progress_reports") == 0
    assert await service.outbox_types() == ["commitment.registered"]


async def test_a_percentage_outside_0_to_100_is_refused(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    pledge = planned("org-canada", unit="percent")
    await adopt(service, pledge)
    caller = Caller(partner("org-canada"), day(MIDWAY))
    async with api(service, caller, monkeypatch) as client:
        response = await client.post(
            f"/commitments/{pledge.id}/progress", json=reading("120", unit="percent")
        )
    assert response.status_code == 422
    assert [e["field"] for e in response.json()["errors"]] == ["value"]


async def test_malformed_json_is_a_problem_and_nothing_is_stored(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    pledge = planned("org-canada")
    await adopt(service, pledge)
    caller = Caller(partner("org-canada"), day(MIDWAY))
    async with api(service, caller, monkeypatch) as client:
        response = await client.post(
            f"/commitments/{pledge.id}/progress",
            content=b'{"period_end": "2025-01-06", "value": ',
            headers={"content-type": "application/json"},
        )
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["errors"]
    assert await service.scalar("SELECT count(*) FROM progress_reports") == 0


async def test_a_closed_commitment_takes_no_reports(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    pledge = planned("org-canada")
    partnership_id = await adopt(service, pledge)
    await service.apply(
        [
            partnership_event(
                "partnership.review_concluded",
                snapshot(partnership_id, 9, "discontinued", [pledge]),
                review_id=new_id(),
                cycle=1,
                outcome="discontinue",
            )
        ]
    )
    caller = Caller(partner("org-canada"), day(MIDWAY))
    async with api(service, caller, monkeypatch) as client:
        response = await client.post(f"/commitments/{pledge.id}/progress", json=reading())
        assert response.status_code == 409
        assert response.json()["current_state"] == "closed"
        missing = await client.post(f"/commitments/{new_id()}/progress", json=reading())
        assert missing.status_code == 404
    assert await service.scalar("SELECT count(*) FROM progress_reports") == 0


async def test_an_idempotency_key_makes_a_retried_report_count_once(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    pledge = planned("org-canada")
    await adopt(service, pledge)
    caller = Caller(partner("org-canada"), day(MIDWAY))
    headers = {"Idempotency-Key": new_id()}
    async with api(service, caller, monkeypatch) as client:
        url = f"/commitments/{pledge.id}/progress"
        first = await client.post(url, json=reading(), headers=headers)
        again = await client.post(url, json=reading(), headers=headers)
    assert first.status_code == again.status_code == 201
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.json() == first.json()
    assert await service.scalar("SELECT count(*) FROM progress_reports") == 1


async def test_lists_filter_by_the_partnership_read_copy_and_page_with_a_cursor(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = [planned("org-canada", due_date=date(2025, 3, d)) for d in (1, 2, 3)]
    governance = planned("org-mexico", due_date=date(2025, 6, 1))
    rights = await adopt(service, *data)
    await adopt(service, governance, themes=["migration_governance"], gcm_objectives=[23])
    caller = Caller(SECRETARIAT, FixedClock(day(MIDWAY).at))

    async def ids(client: httpx.AsyncClient, **params: Any) -> set[str]:
        response = await client.get("/commitments", params=params)
        assert response.status_code == 200, response.text
        return {item["id"] for item in response.json()["items"]}

    async with api(service, caller, monkeypatch) as client:
        assert await ids(client, theme="human_rights") == {p.id for p in data}
        assert await ids(client, gcm_objective=23) == {governance.id}
        assert await ids(client, responsible_partner_id="org-mexico") == {governance.id}
        assert await ids(client, partnership_id=rights, due_before="2025-03-02") == {
            data[0].id,
            data[1].id,
        }
        assert await ids(client, due_after="2025-03-03") == {data[2].id, governance.id}
        assert await ids(client, status="not_started", theme="data_cooperation") == set()

        seen: list[str] = []
        cursor: str | None = None
        while True:
            params: dict[str, Any] = {"limit": 1, **({"cursor": cursor} if cursor else {})}
            page = (await client.get("/commitments", params=params)).json()
            seen += [item["id"] for item in page["items"]]
            cursor = page["next_cursor"]
            if cursor is None:
                break
        assert sorted(seen) == sorted([*(p.id for p in data), governance.id])

        bad = await client.get("/commitments", params={"cursor": "nonsense"})
        assert bad.status_code == 422
        assert (await client.get(f"/commitments/{new_id()}")).status_code == 404


async def test_only_the_registrys_signature_lets_a_caller_in(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The API tests authenticate with real tokens; this shows the check behind them is real too.
    pledge = planned("org-canada")
    await adopt(service, pledge)
    caller = Caller(partner("org-canada"), day(MIDWAY))
    genuine = (await service.issuer.headers_for(caller.principal))["Authorization"]
    token = genuine.removeprefix("Bearer ")
    claims = jwt.decode(token, options={"verify_signature": False})
    kid = jwt.get_unverified_header(token)["kid"]
    impostor_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    forged = jwt.encode(claims, impostor_key, algorithm="RS256", headers={"kid": kid})
    async with api(service, caller, monkeypatch) as client:
        path = f"/commitments/{pledge.id}/progress"
        assert (await client.post(path, json=reading())).status_code == 201
        for authorization in (f"Bearer {forged}", "Bearer not-a-token", ""):
            refused = await client.post(
                path, json=reading(), headers={"Authorization": authorization}
            )
            assert refused.status_code == 401, (authorization[:20], refused.text)
    assert await service.scalar("SELECT count(*) FROM progress_reports") == 1
