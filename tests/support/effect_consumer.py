"""A consumer process for reliability tests: the shared loop with a handler whose effect we count.

`python -m tests.support.effect_consumer` reads its database, broker and topic prefix from the
environment, and writes the loop's counters to `EFFECT_STATS_FILE` (if set) on a clean stop.
Each applied `partner.registered` event inserts one row into `effects` — with no unique key, so
only the inbox stands between a redelivery and a double effect.
"""

from __future__ import annotations

import asyncio
import json
import os
from dataclasses import asdict
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from shared.catalogue import Stream, topic_name
from shared.consumer import EventConsumer
from shared.db import create_engine, session_factory
from shared.events import Event
from shared.logs import configure_logging
from shared.runtime import run_worker
from shared.uow import UnitOfWork

EFFECTS_DDL = (
    "CREATE TABLE IF NOT EXISTS effects"
    " (applied bigserial, event_id text NOT NULL, subject text NOT NULL)"
)


async def apply_effect(uow: UnitOfWork, event: Event) -> None:
    await uow.session.execute(
        text("INSERT INTO effects (event_id, subject) VALUES (:id, :subject)"),
        {"id": event.id, "subject": event.subject},
    )
    # Slow enough per record that a kill reliably lands in the middle of a batch.
    await asyncio.sleep(float(os.environ.get("EFFECT_DELAY_SECONDS", "0.002")))


def build(
    database_url: str, bootstrap: str, prefix: str, group: str
) -> tuple[EventConsumer, AsyncEngine]:
    engine = create_engine(database_url)
    sessions = session_factory(engine)
    consumer = EventConsumer(
        group_id=group,
        topics=[topic_name(prefix, Stream.PARTNERSHIPS)],
        handlers={"partner.registered": apply_effect},
        unit_of_work=lambda: UnitOfWork(sessions, source="effects", topic_prefix=prefix),
        bootstrap=bootstrap,
        max_attempts=2,
        retry_backoff=0.05,
        batch_size=50,
    )
    return consumer, engine


async def main(stop: asyncio.Event) -> None:
    configure_logging("effects")
    consumer, engine = build(
        os.environ["EFFECT_DATABASE_URL"],
        os.environ["ALIANZA_KAFKA_BOOTSTRAP"],
        os.environ["ALIANZA_TOPIC_PREFIX"],
        os.environ["EFFECT_GROUP"],
    )
    try:
        await consumer.run(stop)
    finally:
        await engine.dispose()
    # A clean stop reports what the loop did, so a test can see the inbox at work.
    if stats_file := os.environ.get("EFFECT_STATS_FILE"):
        await asyncio.to_thread(Path(stats_file).write_text, json.dumps(asdict(consumer.stats)))


if __name__ == "__main__":
    run_worker(main)
