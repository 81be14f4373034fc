"""Reactions to the registry's events: adoption registers commitments exactly once, the read copy
keeps the newest snapshot whatever the delivery order, and closing outcomes end the tracking."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from services.commitments import handlers
from shared.catalogue.partners import PartnerRegistered
from shared.events import Event
from tests.integration.commitments.support import (
    ADOPTED_AT,
    Service,
    new_id,
    partnership_event,
    planned,
    snapshot,
)

pytestmark = pytest.mark.integration


async def test_adoption_registers_each_planned_commitment_and_publishes_it(
    service: Service,
) -> None:
    partnership_id = new_id()
    pledges = [
        planned("org-canada"),
        planned("org-mexico", start_date=None, due_date=date(2026, 6, 30), unit="percent"),
    ]
    adopted = partnership_event(
        "partnership.adopted", snapshot(partnership_id, 3, "adopted", pledges)
    )

    await service.consume([adopted])

    rows = await service.fetch(
        "SELECT id, partnership_id, responsible_partner_id, start_date, status, state"
        " FROM commitments ORDER BY due_date"
    )
    assert [row["id"] for row in rows] == [p.id for p in pledges]
    assert {row["partnership_id"] for row in rows} == {partnership_id}
    assert [row["state"] for row in rows] == ["open", "open"]
    assert [row["status"] for row in rows] == ["not_started", "not_started"]
    # Without a planned start, tracking starts on the day of adoption.
    assert rows[1]["start_date"] == ADOPTED_AT.date()

    events = await service.published(expect=2)
    assert sorted(e.data["commitment_id"] for e in events) == sorted(p.id for p in pledges)
    assert {e.type for e in events} == {"commitment.registered"}
    assert {e.subject for e in events} == {partnership_id}
    assert {e.causationid for e in events} == {adopted.id}


async def test_an_adoption_delivered_twice_registers_one_set(service: Service) -> None:
    partnership_id = new_id()
    pledges = [planned("org-canada"), planned("org-mexico")]
    adopted = partnership_event(
        "partnership.adopted", snapshot(partnership_id, 3, "adopted", pledges)
    )
    # The same event twice (a relay that died before marking it), and the same fact under a new
    # event id (a replay), which the inbox cannot recognise but the primary key does.
    replayed = adopted.model_copy(update={"id": new_id()})

    consumer = await service.consume([adopted, adopted, replayed])

    assert consumer.stats.skipped_duplicates == 1
    assert await service.scalar("SELECT count(*) FROM commitments") == 2
    assert await service.outbox_types() == ["commitment.registered"] * 2


async def test_an_older_snapshot_after_a_newer_one_leaves_the_newer(service: Service) -> None:
    partnership_id = new_id()
    pledges = [planned("org-canada")]
    newer = partnership_event(
        "partnership.implementation_started",
        snapshot(partnership_id, 4, "implementing", pledges, themes=["data_cooperation"]),
    )
    older = partnership_event(
        "partnership.adopted", snapshot(partnership_id, 3, "adopted", pledges)
    )

    await service.consume([newer, older])

    copy = (
        await service.fetch(
            "SELECT version, status, themes, snapshot FROM partnership_copies WHERE id = $1",
            partnership_id,
        )
    )[0]
    assert copy["version"] == 4
    assert copy["status"] == "implementing"
    assert copy["themes"] == ["data_cooperation"]
    assert '"implementing"' in copy["snapshot"]
    # The late adoption still registers what was pledged.
    assert await service.scalar("SELECT count(*) FROM commitments") == 1


async def test_withdrawal_and_a_closing_review_close_commitments_a_continuing_one_does_not(
    service: Service,
) -> None:
    completed, continued, withdrawn = new_id(), new_id(), new_id()
    events = []
    for partnership_id in (completed, continued, withdrawn):
        events.append(
            partnership_event(
                "partnership.adopted",
                snapshot(partnership_id, 3, "adopted", [planned("org-canada")]),
            )
        )
    events.append(
        partnership_event(
            "partnership.review_concluded",
            snapshot(completed, 7, "completed", []),
            review_id=new_id(),
            cycle=1,
            outcome="complete",
        )
    )
    events.append(
        partnership_event(
            "partnership.review_concluded",
            snapshot(continued, 7, "implementing", []),
            review_id=new_id(),
            cycle=1,
            outcome="continue",
        )
    )
    events.append(
        partnership_event("partnership.withdrawn", snapshot(withdrawn, 4, "withdrawn", []))
    )

    await service.consume(events)

    rows = await service.fetch("SELECT partnership_id, state, closed_at FROM commitments")
    state = {row["partnership_id"]: row["state"] for row in rows}
    assert state == {completed: "closed", continued: "open", withdrawn: "closed"}
    assert all((row["closed_at"] is None) == (row["state"] == "open") for row in rows)


def registration(partner_id: str, name: str, iati_org_ref: str | None = None) -> Event:
    payload = PartnerRegistered(
        partner_id=partner_id, name=name, kind="civil_society", iati_org_ref=iati_org_ref
    )
    # The registry keys a partner's events by the partner: its registrations stay in order.
    return Event(
        source="/alianza/registry",
        type="partner.registered",
        subject=partner_id,
        data=payload.model_dump(mode="json"),
    )


async def test_a_burst_of_registrations_keeps_every_partner_and_each_ones_latest_entry(
    service: Service,
) -> None:
    burst = [registration(f"org-{n}", f"Organisation {n}") for n in range(40)]
    renamed = registration("org-7", "Organisation 7, renamed", iati_org_ref="XM-7")
    await service.consume([*burst, renamed])
    rows = await service.fetch("SELECT id, name, iati_org_ref FROM partner_directory ORDER BY id")
    assert len(rows) == 40
    entry = {row["id"]: (row["name"], row["iati_org_ref"]) for row in rows}
    assert entry["org-7"] == ("Organisation 7, renamed", "XM-7")
    assert entry["org-39"] == ("Organisation 39", None)


async def test_one_run_naming_a_partner_twice_keeps_the_later_registration(
    service: Service, engine: AsyncEngine
) -> None:
    # One statement for the run: without keeping only the last, PostgreSQL would refuse to
    # update the same row twice in one INSERT … ON CONFLICT.
    run = [
        PartnerRegistered(partner_id="org-a", name="First name", kind="academia"),
        PartnerRegistered(partner_id="org-b", name="Other", kind="academia"),
        PartnerRegistered(partner_id="org-a", name="Second name", kind="academia", country="SN"),
    ]
    async with service.unit_of_work(engine) as uow:
        await handlers.record_partners(uow, run)
        await uow.commit()
    rows = await service.fetch("SELECT id, name, country FROM partner_directory ORDER BY id")
    assert [tuple(row) for row in rows] == [
        ("org-a", "Second name", "SN"),
        ("org-b", "Other", None),
    ]
