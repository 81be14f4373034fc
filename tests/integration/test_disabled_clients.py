"""Every service learns disabled clients from the registry's events and refuses their tokens."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest

from shared import disabled_clients
from shared.catalogue import topic_name
from shared.catalogue.identity import ClientDisabled, ClientEnabled
from shared.consumer import EventConsumer
from shared.db import create_engine, session_factory
from shared.events import Event, to_kafka
from shared.kafka import make_producer
from shared.uow import UnitOfWork
from tests.support.infra import Infra
from tests.support.processes import eventually

pytestmark = pytest.mark.integration


def _event(event_type: str, client_id: str, payload: object) -> Event:
    return Event(
        type=event_type,
        source="/alianza/registry",
        subject=client_id,
        time=datetime.now(UTC),
        dataschema=f"urn:alianza:schema:{event_type}:v1",
        data=payload.model_dump(mode="json"),  # type: ignore[attr-defined]
    )


async def _publish(bootstrap: str, topic: str, *events: Event) -> None:
    producer = make_producer(bootstrap, 10)
    await producer.start()
    try:
        for event in events:
            key, value, headers = to_kafka(event)
            await producer.send_and_wait(topic, value, key=key, headers=headers)
    finally:
        await producer.stop()


async def test_a_service_refuses_a_client_once_its_consumer_reads_client_disabled(
    infra: Infra, commitments_db: str, topic_prefix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from services.commitments.app import create_app
    from services.commitments.consumers import CONSUMES, HANDLERS

    monkeypatch.setenv("COMMITMENTS_DATABASE_URL", commitments_db)
    monkeypatch.setenv("ALIANZA_KAFKA_BOOTSTRAP", infra.kafka_bootstrap)
    monkeypatch.setenv("ALIANZA_TOPIC_PREFIX", topic_prefix)
    monkeypatch.setenv("ALIANZA_DISABLED_CLIENTS_RELOAD_SECONDS", "0.2")
    engine = create_engine(commitments_db, 4)
    sessions = session_factory(engine)
    consumer = EventConsumer(
        group_id=f"commitments-{topic_prefix}",
        topics=[topic_name(topic_prefix, stream) for stream in CONSUMES],
        handlers=HANDLERS,
        unit_of_work=lambda: UnitOfWork(sessions, source="commitments", topic_prefix=topic_prefix),
        bootstrap=infra.kafka_bootstrap,
    )
    stop = asyncio.Event()
    running = asyncio.create_task(consumer.run(stop))
    app = create_app()
    identity_topic = topic_name(topic_prefix, disabled_clients.STREAMS[0])
    try:
        async with app.router.lifespan_context(app):
            verifier = app.state.verifier
            assert "cli_leaked" not in verifier.disabled
            await _publish(
                infra.kafka_bootstrap,
                identity_topic,
                _event("client.disabled", "cli_leaked", ClientDisabled(client_id="cli_leaked")),
            )

            async def refused() -> bool:
                return "cli_leaked" in verifier.disabled

            await eventually(refused, timeout=30, interval=0.1, what="the client to be refused")
            assert "cli_other" not in verifier.disabled

            await _publish(
                infra.kafka_bootstrap,
                identity_topic,
                _event("client.enabled", "cli_leaked", ClientEnabled(client_id="cli_leaked")),
            )

            async def honoured() -> bool:
                return "cli_leaked" not in verifier.disabled

            await eventually(honoured, timeout=30, interval=0.1, what="the client to be honoured")
    finally:
        stop.set()
        await running
        await engine.dispose()
