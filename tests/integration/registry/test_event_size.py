"""A change whose event would be over the Kafka record limit is refused with a 413 naming the
limit, and nothing changes — rather than accepted and then stuck in the outbox."""

from __future__ import annotations

import asyncpg
import pytest

from shared.db import asyncpg_dsn
from tests.integration.registry.support import cast, draft_body, propose, registry_client
from tests.support.infra import Infra

pytestmark = pytest.mark.integration


async def test_a_proposal_whose_event_is_too_large_is_refused_and_stays_a_draft(
    infra: Infra, registry_db: str, topic_prefix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A low limit stands in for the real one (1 MB): the same check, a smaller partnership.
    monkeypatch.setenv("ALIANZA_KAFKA_MAX_RECORD_BYTES", "6000")
    async with registry_client(
        registry_db, infra.kafka_bootstrap, topic_prefix, monkeypatch
    ) as api:
        people = await cast(api)
        # Text in a non-Latin script: what made real partnerships reach the limit.
        summary = "Программа справедливого найма сезонных работников. " * 90
        created = await api.post(
            "/partnerships",
            json=draft_body(people.orgs, summary=summary[:5000]),
            headers=people.headers["owner"],
        )
        assert created.status_code == 201, created.text
        partnership_id = created.json()["id"]
        refused = await propose(api, people, partnership_id)
        assert refused.status_code == 413, refused.text
        assert refused.headers["content-type"] == "application/problem+json"
        problem = refused.json()
        assert problem["limit_bytes"] == 6000
        assert "6000 bytes" in problem["detail"]
        shown = await api.get(f"/partnerships/{partnership_id}", headers=people.headers["owner"])
        assert shown.json()["status"] == "draft"
    conn = await asyncpg.connect(asyncpg_dsn(registry_db))
    try:
        assert (
            await conn.fetchval(
                "SELECT count(*) FROM outbox WHERE key = $1"
                " AND event_type NOT LIKE 'partnership.invitation_%'",
                partnership_id,
            )
            == 0
        )
    finally:
        await conn.close()
