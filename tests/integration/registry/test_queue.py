"""The secretariat's work queue: proposals and compiled dossiers waiting, oldest first."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from services.registry.handlers import attach_dossier
from shared.catalogue.commitments import DossierCompiled
from shared.db import create_engine, session_factory
from shared.uow import UnitOfWork
from tests.integration.registry.support import Cast, consent_all, draft_body
from tests.support.ids import random_suffix

pytestmark = pytest.mark.integration


async def act(
    api: httpx.AsyncClient, people: Cast, who: str, pid: str, action: str, **body: Any
) -> None:
    if action == "propose":  # every organisation the draft names consents first
        await consent_all(api, pid, people.invitees())
    answer = await api.post(
        f"/partnerships/{pid}/actions/{action}", json=body or None, headers=people.headers[who]
    )
    assert answer.status_code == 200, answer.text


async def partnership(api: httpx.AsyncClient, people: Cast, **overrides: Any) -> str:
    created = await api.post(
        "/partnerships", json=draft_body(people.orgs, **overrides), headers=people.headers["owner"]
    )
    assert created.status_code == 201, created.text
    return str(created.json()["id"])


async def compile_dossier(
    api: httpx.AsyncClient, people: Cast, registry_db: str, prefix: str, pid: str
) -> str:
    """As the registry's consumer would on `review.dossier_compiled`: attach one to the review."""
    reviews = await api.get(f"/partnerships/{pid}/reviews", headers=people.headers["secretariat"])
    review_id = str(reviews.json()[0]["id"])
    dossier = DossierCompiled(
        dossier_id=f"d-{random_suffix()}",
        partnership_id=pid,
        review_id=review_id,
        cycle=1,
        compiled_at=datetime.now(UTC),
        commitments=[],
        overdue=[],
        achieved=[],
    )
    engine = create_engine(registry_db)
    try:
        async with UnitOfWork(
            session_factory(engine), source="registry", topic_prefix=prefix
        ) as uow:
            assert await attach_dossier(uow, dossier)
            await uow.commit()
    finally:
        await engine.dispose()
    return review_id


async def queue(api: httpx.AsyncClient, people: Cast, **params: Any) -> dict[str, Any]:
    answer = await api.get("/queue", params=params, headers=people.headers["secretariat"])
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


async def test_the_queue_lists_what_waits_oldest_first_and_drops_what_was_decided(
    api: httpx.AsyncClient, people: Cast, registry_db: str, topic_prefix: str
) -> None:
    reviewed = await partnership(api, people, title="Reviewed", gcm_objectives=[6])
    for who, action in [("owner", "propose"), ("secretariat", "adopt"), ("owner", "start")]:
        await act(api, people, who, reviewed, action)
    await act(api, people, "secretariat", reviewed, "open-review")
    first = await partnership(api, people, title="First proposal", gcm_objectives=[6, 18])
    await act(api, people, "owner", first, "propose")
    returned = await partnership(api, people, title="Returned", gcm_objectives=[18])
    await act(api, people, "owner", returned, "propose")
    still_draft = await partnership(api, people, title="Still a draft")
    # A review waits only once its dossier is compiled, and from then on.
    review_id = await compile_dossier(api, people, registry_db, topic_prefix, reviewed)
    # Returned for revision and proposed again, it waits from its second proposal.
    await act(api, people, "secretariat", returned, "return", reason="Add targets.")
    await act(api, people, "owner", returned, "propose")

    items = (await queue(api, people))["items"]
    ours = [i for i in items if i["partnership_id"] in {reviewed, first, returned, still_draft}]
    assert [(i["kind"], i["partnership_id"]) for i in ours] == [
        ("proposal", first),
        ("review", reviewed),
        ("proposal", returned),
    ]
    assert ours[1]["review_id"] == review_id
    assert ours[1]["cycle"] == 1
    assert ours[0]["age_seconds"] >= ours[1]["age_seconds"] >= ours[2]["age_seconds"]
    assert [i["since"] for i in items] == sorted(i["since"] for i in items)

    objective_18 = (await queue(api, people, gcm_objective=18))["items"]
    # Each test has a database of its own: exactly the two proposals with objective 18 (not the
    # review, nor the draft that also names 18).
    assert {i["partnership_id"] for i in objective_18} == {first, returned}

    await act(api, people, "secretariat", first, "adopt", reason="Sound design.")
    await act(api, people, "secretariat", reviewed, "conclude-review", outcome="continue")
    left = {i["partnership_id"] for i in (await queue(api, people))["items"]}
    assert returned in left
    assert not left & {first, reviewed, still_draft}


async def test_the_queue_pages_with_a_cursor_without_losing_or_repeating_items(
    api: httpx.AsyncClient, people: Cast
) -> None:
    for n in range(5):
        pid = await partnership(api, people, title=f"Proposal {n}")
        await act(api, people, "owner", pid, "propose")
    everything = (await queue(api, people, limit=200))["items"]
    seen: list[str] = []
    cursor = None
    while True:
        page = await queue(api, people, limit=2, **({"cursor": cursor} if cursor else {}))
        seen += [i["partnership_id"] + (i["review_id"] or "") for i in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == [i["partnership_id"] + (i["review_id"] or "") for i in everything]


async def test_only_the_secretariat_reads_the_queue(api: httpx.AsyncClient, people: Cast) -> None:
    for who in ("owner", "other", "ops", "admin"):
        answer = await api.get("/queue", headers=people.headers[who])
        assert answer.status_code == 403, who
    assert (await api.get("/queue")).status_code == 401
    bad = await api.get(
        "/queue", params={"cursor": "nonsense"}, headers=people.headers["secretariat"]
    )
    assert bad.status_code == 422
