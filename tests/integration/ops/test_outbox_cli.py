"""`alianza outbox` on a whole system: a row the relay set aside is listed with its reason,
shown, refused to partners, counted on /metrics, and published in order once released."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from shared.catalogue import Stream, topic_name
from shared.catalogue.partners import PartnerRegistered
from shared.db import create_engine, session_factory
from shared.events import from_kafka
from shared.kafka import delete_topics, ensure_topics
from shared.uow import UnitOfWork
from tests.integration.ops.support import alianza, json_lines
from tests.support.infra import Infra
from tests.support.kafka import read_to_end
from tests.support.processes import eventually
from tests.support.system import ADMIN_ID, ADMIN_SECRET, System

pytestmark = [pytest.mark.integration, pytest.mark.e2e]


@pytest.fixture
async def system(
    infra: Infra, tmp_path: Path, migrated_templates: dict[str, str]
) -> AsyncIterator[System]:
    # Rows for a missing topic are set aside once it has stayed missing this long.
    grace = {"REGISTRY_RELAY_MISSING_TOPIC_GRACE_SECONDS": "1"}
    running = System(infra=infra, logs=tmp_path, extra_env=grace, templates=migrated_templates)
    try:
        await running.start()
        yield running
    finally:
        await running.stop()


async def test_a_set_aside_row_is_listed_shown_and_released_through_the_cli(
    system: System,
) -> None:
    prefix = system.env["ALIANZA_TOPIC_PREFIX"]
    database_url = system.env["REGISTRY_DATABASE_URL"]
    # Two events of one key for a topic that does not exist yet, as a misconfigured or
    # half-deployed release might write them.
    missing_prefix = f"{prefix}-not-yet"
    missing_topic = topic_name(missing_prefix, Stream.PARTNERSHIPS)
    engine = create_engine(database_url)
    uow = UnitOfWork(session_factory(engine), source="registry", topic_prefix=missing_prefix)
    for name in ("first", "second"):
        async with uow:
            uow.record(
                "partner.registered",
                "k",
                PartnerRegistered(partner_id=name, name=name, kind="media", country="MX"),
            )
            await uow.commit()
    await engine.dispose()

    cli = {
        "bootstrap": system.env["ALIANZA_KAFKA_BOOTSTRAP"],
        "prefix": prefix,
        "registry_url": system.url("registry"),
        "commitments_url": system.url("commitments"),
        "notifications_url": system.url("notifications"),
        "client_id": ADMIN_ID,
        "client_secret": ADMIN_SECRET,
    }

    async def listed() -> list[dict[str, object]]:
        return json_lines(await alianza("outbox", "list", "--service", "registry", "--json", **cli))

    async def set_aside() -> bool:
        return len(await listed()) == 1

    # Each CLI call asks the registry for a token, and it grants one client 30 a minute: poll
    # every two seconds.
    await eventually(set_aside, timeout=40, interval=2.0, what="the relay to set the row aside")
    [row] = await listed()
    assert row["event_type"] == "partner.registered" and row["key"] == "k"
    assert "does not exist" in str(row["reason"])
    assert row["waiting_behind"] == 1, "the second row of the key waits behind the first"

    shown = json_lines(await alianza("outbox", "show", "registry", str(row["id"]), **cli))
    assert shown[0]["envelope"]["data"]["partner_id"] == "first"
    async with httpx.AsyncClient(base_url=system.url("registry")) as http:
        issued = await http.post(
            "/oauth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": ADMIN_ID,
                "client_secret": ADMIN_SECRET,
            },
        )
        admin = {"Authorization": f"Bearer {issued.json()['access_token']}"}
        metrics = (await http.get("/metrics", headers=admin)).text
        assert "outbox_quarantined_rows 1.0" in metrics
        assert (await http.get("/outbox/quarantined")).status_code == 401

    # The fix: the topic is created; then the operator releases the row.
    await ensure_topics(system.infra.kafka_bootstrap, [missing_topic])
    released = await alianza("outbox", "release", "registry", str(row["id"]), **cli)
    assert released.exit_code == 0, released.output
    assert "1 rows of its key follow it" in released.stdout

    async def published() -> bool:
        records = await read_to_end(system.infra.kafka_bootstrap, missing_topic)
        return len(records) >= 2

    await eventually(published, timeout=30, what="the released row and the one behind it")
    records = await read_to_end(system.infra.kafka_bootstrap, missing_topic)
    names = [from_kafka(r.value, r.headers).data["partner_id"] for r in records]
    assert names == ["first", "second"]
    assert await listed() == []
    await delete_topics(system.infra.kafka_bootstrap, [missing_topic])
