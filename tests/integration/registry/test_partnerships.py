"""The registry's partnership API against real PostgreSQL and Kafka, with real tokens."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from typing import Any

import asyncpg
import httpx
import pytest

from services.registry import listing
from services.registry.consumers import HANDLERS
from services.registry.handlers import attach_dossier
from shared.catalogue import Stream, topic_name
from shared.catalogue.commitments import DossierCompiled
from shared.consumer import EventConsumer
from shared.db import asyncpg_dsn, create_engine, session_factory
from shared.events import Event, to_kafka
from shared.relay import OutboxRelay
from shared.uow import UnitOfWork
from tests.integration.registry.support import (
    Cast,
    consent_all,
    draft_body,
    make_client,
)
from tests.support.ids import random_suffix
from tests.support.infra import Infra
from tests.support.kafka import produce, read_to_end
from tests.support.processes import eventually

pytestmark = pytest.mark.integration


async def count_rows(database_url: str, table: str) -> int:
    conn = await asyncpg.connect(asyncpg_dsn(database_url))
    try:
        return int(await conn.fetchval(f"SELECT count(*) FROM {table}"))  # noqa: S608 - test-chosen names
    finally:
        await conn.close()


async def draft(api: httpx.AsyncClient, people: Cast, **overrides: Any) -> dict[str, Any]:
    response = await api.post(
        "/partnerships", json=draft_body(people.orgs, **overrides), headers=people.headers["owner"]
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


async def do(
    api: httpx.AsyncClient, people: Cast, who: str, pid: str, action: str, **body: Any
) -> httpx.Response:
    """The action by `who`; before a propose, every organisation the draft names consents (the
    rules of consent themselves are test_consent.py's)."""
    if action == "propose":
        await consent_all(api, pid, people.invitees())
    return await api.post(
        f"/partnerships/{pid}/actions/{action}", json=body or None, headers=people.headers[who]
    )


async def test_a_draft_belongs_to_the_caller_and_shows_its_inclusiveness(
    api: httpx.AsyncClient, people: Cast
) -> None:
    created = await draft(api, people)
    assert created["status"] == "draft"
    assert created["owner_organisation_id"] == people.orgs["mexico"]
    assert created["lead_partner_id"] == people.orgs["mexico"]
    assert created["members"][0] == {
        "partner_id": people.orgs["mexico"],
        "role": "lead",
        "kind": "line_ministry",
    }
    profile = created["inclusiveness"]
    assert profile["includes_migrant_or_diaspora"] is True
    assert profile["non_state_actor_count"] == 1
    assert profile["stakeholder_kinds"] == [
        "diaspora_organisation",
        "line_ministry",
        "national_government",
    ]
    assert profile["countries_by_role"] == {"origin": ["MX"], "transit": [], "destination": ["CA"]}
    response = await api.get(f"/partnerships/{created['id']}", headers=people.headers["owner"])
    assert response.headers["ETag"] == '"1"'


async def test_drafts_are_visible_only_to_their_owner_the_secretariat_and_invitees(
    api: httpx.AsyncClient, people: Cast
) -> None:
    pid = (await draft(api, people))["id"]
    for who, status in {
        "owner": 200,
        "secretariat": 200,
        "other": 200,  # named in it: invited, so it may read what it is asked to join
        "stranger": 404,
        "ops": 404,
        "admin": 404,
    }.items():
        response = await api.get(f"/partnerships/{pid}", headers=people.headers[who])
        assert response.status_code == status, who
        listed = await api.get("/partnerships", headers=people.headers[who])
        assert (pid in [p["id"] for p in listed.json()["items"]]) is (status == 200), who


async def test_editing_a_draft_needs_the_current_etag(
    api: httpx.AsyncClient, people: Cast, registry_db: str
) -> None:
    pid = (await draft(api, people))["id"]
    url, owner = f"/partnerships/{pid}", people.headers["owner"]
    missing = await api.patch(url, json={"title": "New title here"}, headers=owner)
    assert missing.status_code == 428
    edited = await api.patch(
        url, json={"title": "New title here"}, headers={**owner, "If-Match": '"1"'}
    )
    assert edited.status_code == 200, edited.text
    assert edited.json()["title"] == "New title here"
    assert edited.headers["ETag"] == '"2"'
    stale = await api.patch(
        url, json={"title": "Lost update"}, headers={**owner, "If-Match": '"1"'}
    )
    assert stale.status_code == 412
    assert (await api.get(url, headers=owner)).json()["title"] == "New title here"
    foreign = await api.patch(
        url, json={"title": "Hijack"}, headers={**people.headers["stranger"], "If-Match": '"2"'}
    )
    assert foreign.status_code == 404
    invitee = await api.patch(
        url, json={"title": "Hijack"}, headers={**people.headers["other"], "If-Match": '"2"'}
    )
    assert invitee.status_code == 403, "an invitee reads the draft, only its owner edits it"
    assert (
        await count_rows(
            registry_db,
            "outbox WHERE event_type LIKE 'partnership.%'"
            " AND event_type NOT LIKE 'partnership.invitation_%'",
        )
        == 0
    ), "drafts publish nothing but their invitations"


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"themes": ["space_travel"]}, "themes[0]"),
        ({"countries": [{"code": "XX", "role": "origin"}]}, "countries[0].code"),
        ({"countries": [{"code": "MX", "role": "home"}]}, "countries[0].role"),
        ({"gcm_objectives": [24]}, "gcm_objectives[0]"),
        ({"sdg_targets": ["10.8"]}, "sdg_targets[0]"),
        ({"level": "galactic"}, "level"),
        ({"title": ""}, "title"),
        ({"themes": []}, "themes"),
        ({"members": [{"partner_id": "nobody", "role": "implementing"}]}, "members[1].partner_id"),
        ({"unexpected": 1}, "unexpected"),
    ],
)
async def test_bad_input_is_a_4xx_naming_the_field_and_stores_nothing(
    api: httpx.AsyncClient, people: Cast, registry_db: str, overrides: dict[str, Any], field: str
) -> None:
    response = await api.post(
        "/partnerships", json=draft_body(people.orgs, **overrides), headers=people.headers["owner"]
    )
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert field in [error["field"] for error in response.json()["errors"]]
    assert await count_rows(registry_db, "partnerships") == 0


async def test_malformed_and_oversized_bodies_are_refused(
    api: httpx.AsyncClient, people: Cast, registry_db: str
) -> None:
    owner = {**people.headers["owner"], "content-type": "application/json"}
    malformed = await api.post("/partnerships", content=b'{"title": ', headers=owner)
    assert malformed.status_code == 422
    huge = draft_body(people.orgs, summary="x" * 2_000_000)
    oversized = await api.post("/partnerships", json=huge, headers=people.headers["owner"])
    assert oversized.status_code == 413
    assert oversized.headers["content-type"] == "application/problem+json"
    assert await count_rows(registry_db, "partnerships") == 0


async def test_idempotency_key_returns_the_first_result_without_a_second_effect(
    api: httpx.AsyncClient, people: Cast, registry_db: str
) -> None:
    headers = {**people.headers["owner"], "Idempotency-Key": f"key-{random_suffix()}"}
    body = draft_body(people.orgs)
    first = await api.post("/partnerships", json=body, headers=headers)
    again = await api.post("/partnerships", json=body, headers=headers)
    assert first.status_code == again.status_code == 201
    assert again.json()["id"] == first.json()["id"]
    assert again.headers["Idempotent-Replayed"] == "true"
    assert await count_rows(registry_db, "partnerships") == 1
    different = await api.post(
        "/partnerships", json={**body, "title": "Another title"}, headers=headers
    )
    assert different.status_code == 422
    assert await count_rows(registry_db, "partnerships") == 1


async def test_the_whole_lifecycle_publishes_one_event_per_change_in_order(
    api: httpx.AsyncClient, people: Cast, infra: Infra, registry_db: str, topic_prefix: str
) -> None:
    pid = (await draft(api, people))["id"]
    steps = [
        ("owner", "propose", {}, "proposed"),
        ("secretariat", "adopt", {}, "adopted"),
        ("owner", "start", {}, "implementing"),
        ("secretariat", "open-review", {}, "under_review"),
        (
            "secretariat",
            "conclude-review",
            {"outcome": "continue", "findings": "on course"},
            "implementing",
        ),
        ("secretariat", "open-review", {}, "under_review"),
        (
            "secretariat",
            "conclude-review",
            {"outcome": "complete", "lessons_learned": "fees fell"},
            "completed",
        ),
    ]
    for who, action, body, status in steps:
        response = await do(api, people, who, pid, action, **body)
        assert response.status_code == 200, (action, response.text)
        assert response.json()["status"] == status

    illegal = await do(api, people, "secretariat", pid, "adopt")
    assert illegal.status_code == 409
    assert illegal.json()["current_state"] == "completed"
    assert illegal.json()["allowed_actions"] == ["replicate"]

    history = (await api.get(f"/partnerships/{pid}/history", headers=people.headers["ops"])).json()
    assert [h["action"] for h in history] == ["create"] + ["accept-invitation"] * 2 + [
        action for _, action, _, _ in steps
    ]
    assert all(h["event_id"] for h in history[1:])

    reviews = (await api.get(f"/partnerships/{pid}/reviews", headers=people.headers["ops"])).json()
    assert [(r["cycle"], r["outcome"]) for r in reviews] == [(1, "continue"), (2, "complete")]

    stop = asyncio.Event()
    relay = asyncio.create_task(
        OutboxRelay(
            dsn=asyncpg_dsn(registry_db), bootstrap=infra.kafka_bootstrap, poll_interval=0.2
        ).run(stop)
    )
    topic = topic_name(topic_prefix, Stream.PARTNERSHIPS)

    async def outbox_published() -> bool:
        conn = await asyncpg.connect(asyncpg_dsn(registry_db))
        try:
            return not await conn.fetchval("SELECT count(*) FROM outbox WHERE published_at IS NULL")
        finally:
            await conn.close()

    await eventually(outbox_published, what="the outbox published")
    stop.set()
    await relay
    # Read to the end: one event per change, none missing and none extra.
    records = [r for r in await read_to_end(infra.kafka_bootstrap, topic) if r.key == pid.encode()]
    types = [dict(r.headers)["ce_type"].decode() for r in records]
    assert types == [
        *["partnership.invitation_sent"] * 2,
        *["partnership.invitation_answered"] * 2,
        "partnership.proposed",
        "partnership.adopted",
        "partnership.implementation_started",
        "partnership.review_opened",
        "partnership.review_concluded",
        "partnership.review_opened",
        "partnership.review_concluded",
    ]
    # Every history row after the creation names the event it published (invitations are sent
    # with the draft's creation, which has a row of its own).
    assert [h["event_id"] for h in history[1:]] == [
        dict(r.headers)["ce_id"].decode() for r in records[2:]
    ]


async def test_who_may_move_a_partnership(api: httpx.AsyncClient, people: Cast) -> None:
    pid = (await draft(api, people))["id"]
    assert (await do(api, people, "secretariat", pid, "propose")).status_code == 403
    assert (await do(api, people, "stranger", pid, "propose")).status_code == 404, (
        "a foreign draft stays hidden"
    )
    assert (await do(api, people, "other", pid, "propose")).status_code == 403, (
        "an invitee sees the draft but does not propose it"
    )
    assert (await do(api, people, "owner", pid, "propose")).status_code == 200
    assert (await do(api, people, "owner", pid, "adopt")).status_code == 403
    assert (await do(api, people, "other", pid, "withdraw")).status_code == 403
    assert (await do(api, people, "admin", pid, "adopt")).status_code == 403
    assert (
        await do(api, people, "owner", pid, "conclude-review", outcome="complete")
    ).status_code == 409
    assert (
        await do(api, people, "secretariat", pid, "adopt", outcome="continue")
    ).status_code == 422


async def test_replicate_creates_a_linked_draft_for_the_caller(
    api: httpx.AsyncClient, people: Cast
) -> None:
    pid = (await draft(api, people))["id"]
    assert (await do(api, people, "stranger", pid, "replicate")).status_code == 404, (
        "drafts cannot be replicated"
    )
    await do(api, people, "owner", pid, "propose")
    replica = await do(api, people, "other", pid, "replicate")
    assert replica.status_code == 201, replica.text
    body = replica.json()
    assert body["status"] == "draft"
    assert body["replicated_from"] == pid
    assert body["owner_organisation_id"] == people.orgs["canada"]
    assert body["planned_commitments"][0]["responsible_partner_id"] == people.orgs["canada"]
    assert (
        await api.get(f"/partnerships/{body['id']}", headers=people.headers["owner"])
    ).status_code == 404


async def test_filters_and_cursor_pagination(api: httpx.AsyncClient, people: Cast) -> None:
    ids = []
    for index in range(5):
        created = await draft(
            api,
            people,
            title=f"Data cooperation pilot {index}",
            themes=["data_cooperation"],
            gcm_objectives=[1],
            level="regional" if index % 2 else "national",
            sdg_targets=["17.18"],
        )
        await do(api, people, "owner", created["id"], "propose")
        ids.append(created["id"])
    other = await draft(api, people)
    await do(api, people, "owner", other["id"], "propose")
    viewer = people.headers["other"]

    async def listed(query: str) -> list[str]:
        response = await api.get(f"/partnerships?{query}", headers=viewer)
        assert response.status_code == 200, response.text
        return [p["id"] for p in response.json()["items"]]

    assert set(await listed("theme=data_cooperation")) == set(ids)
    assert set(await listed("gcm_objective=1&level=regional")) == {ids[1], ids[3]}
    assert set(await listed("sdg_target=10.7")) == {other["id"]}
    assert set(await listed("country=CA&theme=human_rights")) == {other["id"]}
    assert set(await listed(f"partner={people.orgs['diaspora']}")) == set(ids) | {other["id"]}
    assert set(await listed("q=cooperation")) == set(ids)
    assert set(await listed("status=proposed")) == set(ids) | {other["id"]}
    assert await listed("status=adopted") == []

    pages, cursor = [], None
    while True:
        response = await api.get(
            "/partnerships?limit=2" + (f"&cursor={cursor}" if cursor else ""), headers=viewer
        )
        pages.append([p["id"] for p in response.json()["items"]])
        cursor = response.json()["next_cursor"]
        if cursor is None:
            break
    flat = [pid for page in pages for pid in page]
    assert len(flat) == len(set(flat)) == 6
    assert flat == await listed("limit=50"), "pages follow the same stable order as one big page"
    bad = await api.get("/partnerships?cursor=nonsense", headers=viewer)
    assert bad.status_code == 422
    assert (await api.get("/partnerships?gcm_objective=24", headers=viewer)).status_code == 422
    too_long = await api.get("/partnerships?partner=" + "p" * 101, headers=viewer)
    assert too_long.status_code == 422
    assert [e["field"] for e in too_long.json()["errors"]] == ["query:partner"], too_long.text


@pytest.mark.parametrize("window_entries", [1, 3, 5000])
async def test_a_multi_filter_page_is_the_same_whichever_way_it_is_found(
    api: httpx.AsyncClient, people: Cast, monkeypatch: pytest.MonkeyPatch, window_entries: int
) -> None:
    # With two filters or more a page is first looked for among each filter value's newest
    # WINDOW_ENTRIES entries, merged, and found by intersecting indexes when it does not fill
    # there (services/registry/listing.py). A window of 1 sends every page below down the
    # second way, one of 3 fills some pages in the windows and not others; all must give the
    # pages one ordered query would, cursor included.
    monkeypatch.setattr(listing, "WINDOW_ENTRIES", window_entries)
    made = []
    for index in range(6):
        data = index % 3 == 0
        created = await draft(
            api,
            people,
            title="Data pilot" if data else "Rights pilot",
            themes=["data_cooperation" if data else "human_rights"],
            level="regional",
        )
        await do(api, people, "owner", created["id"], "propose")
        made.append((created["id"], data))
    viewer = people.headers["other"]

    async def walk(query: str) -> list[str]:
        seen, cursor = [], None
        while True:
            response = await api.get(
                f"/partnerships?{query}&limit=1" + (f"&cursor={cursor}" if cursor else ""),
                headers=viewer,
            )
            assert response.status_code == 200, response.text
            seen += [p["id"] for p in response.json()["items"]]
            if (cursor := response.json()["next_cursor"]) is None:
                return seen

    newest_first = [pid for pid, _ in reversed(made)]
    rare = [pid for pid, data in reversed(made) if data]
    common = [pid for pid in newest_first if pid not in rare]
    assert await walk("theme=data_cooperation&level=regional&status=proposed") == rare
    every_kind = "country=mx&gcm_objective=6&sdg_target=8.8&partner=" + people.orgs["diaspora"]
    assert await walk(f"theme=data_cooperation&{every_kind}") == rare
    assert await walk("q=data&level=regional") == rare
    assert await walk("theme=human_rights&level=regional") == common
    assert await walk("theme=human_rights&level=national") == []


async def test_the_filter_entries_follow_a_partnership_through_its_writes(
    api: httpx.AsyncClient, people: Cast, registry_db: str
) -> None:
    # The list finds multi-filter pages through partnership_filter_entries (migration r0014),
    # which a trigger keeps: one entry per filter token, at the partnership's place in the order.
    async def entries_and_tokens(pid: str) -> tuple[list[tuple[str, datetime]], list[str]]:
        conn = await asyncpg.connect(asyncpg_dsn(registry_db))
        try:
            entries = await conn.fetch(
                "SELECT token, created_at FROM partnership_filter_entries"
                " WHERE partnership_id = $1 ORDER BY token",
                pid,
            )
            row = await conn.fetchrow(
                "SELECT filter_tokens, created_at FROM partnerships WHERE id = $1", pid
            )
        finally:
            await conn.close()
        assert row is not None
        assert {at for _, at in entries} == {row["created_at"]}
        return [(token, at) for token, at in entries], sorted(set(row["filter_tokens"]))

    pid = (await draft(api, people))["id"]
    entries, tokens = await entries_and_tokens(pid)
    assert [token for token, _ in entries] == tokens
    assert "status:draft" in tokens and "theme:human_rights" in tokens

    edited = await api.patch(
        f"/partnerships/{pid}",
        json={"themes": ["data_cooperation"]},
        headers={**people.headers["owner"], "If-Match": '"1"'},
    )
    assert edited.status_code == 200, edited.text
    await do(api, people, "owner", pid, "propose")
    entries, tokens = await entries_and_tokens(pid)
    assert [token for token, _ in entries] == tokens
    assert {"status:proposed", "theme:data_cooperation"} <= set(tokens)
    assert not {"status:draft", "theme:human_rights"} & set(tokens)

    # No endpoint deletes a partnership; an operator's clean-up must not leave its entries.
    conn = await asyncpg.connect(asyncpg_dsn(registry_db))
    try:
        async with conn.transaction():
            for child in ("invitations", "reviews", "transitions"):
                await conn.execute(
                    f"DELETE FROM partnership_{child} WHERE partnership_id = $1",  # noqa: S608
                    pid,
                )
            await conn.execute("DELETE FROM partnerships WHERE id = $1", pid)
        left = await conn.fetchval(
            "SELECT count(*) FROM partnership_filter_entries WHERE partnership_id = $1", pid
        )
    finally:
        await conn.close()
    assert left == 0


async def test_stats_count_public_partnerships_for_secretariat_and_ops(
    api: httpx.AsyncClient, people: Cast
) -> None:
    pid = (await draft(api, people))["id"]
    await draft(api, people)  # a draft: private, not counted
    await do(api, people, "owner", pid, "propose")
    for who in ("secretariat", "ops"):
        stats = (await api.get("/stats", headers=people.headers[who])).json()
        assert stats["total"] == 1
        assert stats["by_status"] == {"proposed": 1}
        assert stats["by_theme"] == {"development_contribution": 1, "human_rights": 1}
        assert stats["by_country"] == {"CA": 1, "MX": 1}
    assert (await api.get("/stats", headers=people.headers["owner"])).status_code == 403


async def test_a_compiled_dossier_is_attached_to_the_open_review_once(
    api: httpx.AsyncClient, people: Cast, infra: Infra, registry_db: str, topic_prefix: str
) -> None:
    pid = (await draft(api, people))["id"]
    for who, action in [
        ("owner", "propose"),
        ("secretariat", "adopt"),
        ("owner", "start"),
        ("secretariat", "open-review"),
    ]:
        await do(api, people, who, pid, action)
    review = (await api.get(f"/partnerships/{pid}/reviews", headers=people.headers["ops"])).json()[
        0
    ]
    dossier = DossierCompiled(
        dossier_id=f"d-{random_suffix()}",
        partnership_id=pid,
        review_id=review["id"],
        cycle=1,
        compiled_at=datetime.now(UTC),
        commitments=[],
        overdue=[],
        achieved=[],
    )
    event = Event(
        source="/alianza/commitments",
        type="review.dossier_compiled",
        subject=pid,
        data=dossier.model_dump(mode="json"),
    )
    topic = topic_name(topic_prefix, Stream.COMMITMENTS)
    await produce(
        infra.kafka_bootstrap, topic, [to_kafka(event), to_kafka(event)]
    )  # delivered twice

    engine = create_engine(registry_db)
    sessions = session_factory(engine)
    consumer = EventConsumer(
        group_id=f"registry-{random_suffix()}",
        topics=[topic],
        handlers=HANDLERS,
        bootstrap=infra.kafka_bootstrap,
        unit_of_work=lambda: UnitOfWork(sessions, source="registry", topic_prefix=topic_prefix),
    )
    stop = asyncio.Event()
    task = asyncio.create_task(consumer.run(stop))
    try:

        async def handled_both() -> bool:
            return consumer.stats.applied + consumer.stats.skipped_duplicates == 2

        await eventually(handled_both, timeout=30, what="both deliveries handled")
    finally:
        stop.set()
        await task
        await engine.dispose()
    assert consumer.stats.applied == 1
    reviews = (await api.get(f"/partnerships/{pid}/reviews", headers=people.headers["ops"])).json()
    assert reviews[0]["dossier_id"] == dossier.dossier_id
    assert await count_rows(registry_db, "outbox WHERE event_type = 'partnership.updated'") == 1


async def test_a_dossier_arriving_while_a_review_concludes_waits_instead_of_deadlocking(
    api: httpx.AsyncClient, people: Cast, registry_db: str, topic_prefix: str
) -> None:
    """conclude-review locks the partnership, then the review; attaching a dossier must too.

    A raw transaction takes the two locks in conclude-review's order with the dossier handler
    started between them. Had the handler locked the review first, the second lock would close
    a cycle and PostgreSQL would abort one side with a deadlock.
    """
    pid = (await draft(api, people))["id"]
    for who, action in [
        ("owner", "propose"),
        ("secretariat", "adopt"),
        ("owner", "start"),
        ("secretariat", "open-review"),
    ]:
        await do(api, people, who, pid, action)
    reviews = await api.get(f"/partnerships/{pid}/reviews", headers=people.headers["ops"])
    review_id = reviews.json()[0]["id"]
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
    sessions = session_factory(engine)
    concluding = await asyncpg.connect(asyncpg_dsn(registry_db))

    async def attach() -> bool:
        async with UnitOfWork(sessions, source="registry", topic_prefix=topic_prefix) as uow:
            attached = await attach_dossier(uow, dossier)
            await uow.commit()
            return attached

    try:
        async with concluding.transaction():
            await concluding.execute("SELECT 1 FROM partnerships WHERE id = $1 FOR UPDATE", pid)
            attaching = asyncio.create_task(attach())

            async def attach_waits_for_a_lock() -> bool:
                # Sessions waiting for a lock this one holds (read live from the lock manager).
                waiting = await concluding.fetchval(
                    "SELECT count(*) FROM pg_locks WHERE NOT granted"
                    " AND pg_backend_pid() = ANY(pg_blocking_pids(pid))"
                )
                return bool(waiting)

            await eventually(attach_waits_for_a_lock, what="the dossier handler to wait")
            # Deadlock detection would abort this (or the handler) after deadlock_timeout.
            await concluding.execute(
                "SELECT 1 FROM partnership_reviews WHERE id = $1 FOR UPDATE", review_id
            )
        assert await attaching is True
    finally:
        await concluding.close()
        await engine.dispose()


async def test_a_draft_withdrawn_stays_private_unreplicable_and_unannounced(
    api: httpx.AsyncClient, people: Cast, registry_db: str
) -> None:
    pid = (await draft(api, people, title="A private idea never proposed"))["id"]
    assert (await do(api, people, "owner", pid, "withdraw")).status_code == 200
    for who, status in {
        "owner": 200,
        "secretariat": 200,
        "other": 404,  # invited, but the invitation was withdrawn with the draft
        "stranger": 404,
        "ops": 404,
        "admin": 404,
    }.items():
        response = await api.get(f"/partnerships/{pid}", headers=people.headers[who])
        assert response.status_code == status, who
        listed = await api.get("/partnerships", headers=people.headers[who])
        assert (pid in [p["id"] for p in listed.json()["items"]]) is (status == 200), who
    # Nobody may make it public by copying it: to others it does not exist, to its owner it is a 409.
    assert (await do(api, people, "other", pid, "replicate")).status_code == 404
    refused = await do(api, people, "owner", pid, "replicate")
    assert refused.status_code == 409, refused.text
    assert refused.json()["allowed_actions"] == []
    # No event carries it anywhere (its invitations name ids only); the history still records
    # the withdrawal.
    assert (
        await count_rows(
            registry_db,
            f"outbox WHERE key = '{pid}' AND event_type NOT LIKE 'partnership.invitation_%'",
        )
        == 0
    )
    assert (
        await count_rows(
            registry_db, f"outbox WHERE key = '{pid}' AND envelope::text LIKE '%private idea%'"
        )
        == 0
    )
    assert (
        await count_rows(registry_db, f"partnership_transitions WHERE partnership_id = '{pid}'")
        == 2
    )
    stats = (await api.get("/stats", headers=people.headers["ops"])).json()
    assert stats["by_status"].get("withdrawn", 0) == 0


async def test_a_proposed_partnership_withdrawn_is_announced_and_stays_public(
    api: httpx.AsyncClient, people: Cast, registry_db: str
) -> None:
    pid = (await draft(api, people))["id"]
    await do(api, people, "owner", pid, "propose")
    assert (await do(api, people, "owner", pid, "withdraw")).status_code == 200
    assert (
        await count_rows(
            registry_db, f"outbox WHERE key = '{pid}' AND event_type = 'partnership.withdrawn'"
        )
        == 1
    )
    assert (
        await api.get(f"/partnerships/{pid}", headers=people.headers["other"])
    ).status_code == 200
    assert (await do(api, people, "other", pid, "replicate")).status_code == 201


async def test_concurrent_requests_with_one_idempotency_key_have_one_effect(
    api: httpx.AsyncClient, people: Cast, registry_db: str
) -> None:
    headers = {**people.headers["owner"], "Idempotency-Key": f"key-{random_suffix()}"}
    body = draft_body(people.orgs)
    answers = await asyncio.gather(
        *(api.post("/partnerships", json=body, headers=headers) for _ in range(5))
    )
    assert [a.status_code for a in answers] == [201] * 5, [a.text for a in answers]
    assert len({a.json()["id"] for a in answers}) == 1, "every caller got the one result"
    assert sorted(a.headers.get("Idempotent-Replayed", "false") for a in answers) == [
        "false",
        *["true"] * 4,
    ]
    assert await count_rows(registry_db, "partnerships") == 1


async def test_an_idempotency_key_belongs_to_its_client(
    api: httpx.AsyncClient, people: Cast, registry_db: str
) -> None:
    # A second client of the same organisation: same key, same body, yet its own request.
    colleague = await make_client(api, people.headers["admin"], ["partner"], people.orgs["mexico"])
    key = f"key-{random_suffix()}"
    body = draft_body(people.orgs)
    first = await api.post(
        "/partnerships", json=body, headers={**people.headers["owner"], "Idempotency-Key": key}
    )
    second = await api.post(
        "/partnerships", json=body, headers={**colleague, "Idempotency-Key": key}
    )
    assert first.status_code == second.status_code == 201
    assert first.json()["id"] != second.json()["id"]
    assert "Idempotent-Replayed" not in second.headers
    assert await count_rows(registry_db, "partnerships") == 2


async def test_registering_a_partner_twice_at_once_with_one_key_registers_it_once(
    api: httpx.AsyncClient, people: Cast, registry_db: str
) -> None:
    before = await count_rows(registry_db, "partners")
    headers = {**people.headers["admin"], "Idempotency-Key": f"key-{random_suffix()}"}
    body = {"name": "Observatorio de Migraciones", "kind": "academia", "country": "AR"}
    answers = await asyncio.gather(
        *(api.post("/partners", json=body, headers=headers) for _ in range(3))
    )
    assert [a.status_code for a in answers] == [201] * 3, [a.text for a in answers]
    assert len({a.json()["id"] for a in answers}) == 1
    assert await count_rows(registry_db, "partners") == before + 1
    assert (
        await count_rows(registry_db, "outbox WHERE event_type = 'partner.registered'")
        == before + 1
    )


async def test_a_partner_registered_with_its_iati_identifier_announces_it(
    api: httpx.AsyncClient, people: Cast, registry_db: str
) -> None:
    admin = people.headers["admin"]
    body = {
        "name": "International Organization for Migration",
        "kind": "intergovernmental_body",
        "iati_org_ref": "XM-DAC-47066",
    }
    created = await api.post("/partners", json=body, headers=admin)
    assert created.status_code == 201, created.text
    partner_id = created.json()["id"]
    assert created.json()["iati_org_ref"] == "XM-DAC-47066"
    read = await api.get(f"/partners/{partner_id}", headers=people.headers["owner"])
    assert read.json()["iati_org_ref"] == "XM-DAC-47066"
    conn = await asyncpg.connect(asyncpg_dsn(registry_db))
    try:
        envelope = await conn.fetchval(
            "SELECT envelope FROM outbox WHERE event_type = 'partner.registered' AND key = $1",
            partner_id,
        )
    finally:
        await conn.close()
    data = (json.loads(envelope) if isinstance(envelope, str) else envelope)["data"]
    assert data["iati_org_ref"] == "XM-DAC-47066"

    before = await count_rows(registry_db, "partners")
    refused = await api.post(
        "/partners", json={**body, "iati_org_ref": "XM-DAC-47066/2"}, headers=admin
    )
    assert refused.status_code == 422, refused.text
    assert [e["field"] for e in refused.json()["errors"]] == ["iati_org_ref"]
    assert await count_rows(registry_db, "partners") == before


async def edit_refused(api: httpx.AsyncClient, people: Cast, if_match: str) -> httpx.Response:
    """PATCH a fresh draft with `if_match`; the answer, once checked that nothing was applied."""
    pid = (await draft(api, people))["id"]
    response = await api.patch(
        f"/partnerships/{pid}",
        json={"title": "Not applied"},
        headers={**people.headers["owner"], "If-Match": if_match},
    )
    assert response.headers["content-type"] == "application/problem+json", response.text
    current = await api.get(f"/partnerships/{pid}", headers=people.headers["owner"])
    assert current.json()["title"] != "Not applied"
    return response


# An entity-tag is DQUOTE etagc DQUOTE (RFC 9110 8.8.3); half-quoted or bare tags are not ones.
@pytest.mark.parametrize("value", ["1,2", "*x", '"1', "1", "", '"1""2"'])
async def test_a_malformed_if_match_is_a_400_naming_the_header(
    api: httpx.AsyncClient, people: Cast, value: str
) -> None:
    response = await edit_refused(api, people, value)
    assert response.status_code == 400, response.text
    assert [e["field"] for e in response.json()["errors"]] == ["header:If-Match"]


# If-Match compares strongly (RFC 9110 13.1.1): a weak tag, even of the current version, never
# matches; a well-formed tag this API never issued is simply not the current one.
@pytest.mark.parametrize("value", ['W/"1"', '"one"', '""', '"2", W/"1"'])
async def test_an_if_match_naming_no_current_strong_tag_is_a_412(
    api: httpx.AsyncClient, people: Cast, value: str
) -> None:
    assert (await edit_refused(api, people, value)).status_code == 412


@pytest.mark.parametrize("value", ['"7", "1"', "*"])
async def test_an_if_match_list_with_the_current_tag_or_a_star_edits(
    api: httpx.AsyncClient, people: Cast, value: str
) -> None:
    pid = (await draft(api, people))["id"]
    response = await api.patch(
        f"/partnerships/{pid}",
        json={"title": "Applied"},
        headers={**people.headers["owner"], "If-Match": value},
    )
    assert response.status_code == 200, response.text
    assert response.headers["ETag"] == '"2"'
    assert response.json()["title"] == "Applied"


async def test_a_nul_character_in_a_draft_or_a_reason_is_a_422_and_changes_nothing(
    api: httpx.AsyncClient, people: Cast, registry_db: str
) -> None:
    before = await count_rows(registry_db, "partnerships")
    created = await api.post(
        "/partnerships",
        json=draft_body(people.orgs, title="Fair\x00recruitment"),
        headers=people.headers["owner"],
    )
    assert created.status_code == 422, created.text
    assert [e["field"] for e in created.json()["errors"]] == ["title"]
    assert await count_rows(registry_db, "partnerships") == before
    pid = (await draft(api, people))["id"]
    await do(api, people, "owner", pid, "propose")
    rejected = await do(api, people, "secretariat", pid, "reject", reason="No\x00 budget")
    assert rejected.status_code == 422, rejected.text
    current = await api.get(f"/partnerships/{pid}", headers=people.headers["owner"])
    assert current.json()["status"] == "proposed"


@pytest.mark.parametrize("key", [b"", b"k" * 256, "clé".encode()])
async def test_a_malformed_idempotency_key_is_a_422_naming_the_header(
    api: httpx.AsyncClient, people: Cast, registry_db: str, key: bytes
) -> None:
    before = await count_rows(registry_db, "partnerships")
    answer = await api.post(
        "/partnerships",
        json=draft_body(people.orgs),
        headers=[
            *((name.encode(), value.encode()) for name, value in people.headers["owner"].items()),
            (b"Idempotency-Key", key),
        ],
    )
    assert answer.status_code == 422, answer.text
    assert [e["field"] for e in answer.json()["errors"]] == ["header:Idempotency-Key"]
    assert await count_rows(registry_db, "partnerships") == before
