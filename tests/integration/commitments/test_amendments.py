"""An approved amendment reaches commitments tracking: new commitments are registered, a tracked
one takes its new target, due date and holders and its status is re-derived — an overdue
commitment given a later due date is overdue no more — and a redelivery changes nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from shared.catalogue.partnerships import AmendmentEvent, Holder, PartnershipSnapshot
from shared.events import Event
from tests.integration.commitments.support import (
    Service,
    new_id,
    partnership_event,
    planned,
    run_sweep,
    snapshot,
)

pytestmark = pytest.mark.integration

DUE = date(2025, 1, 11)
AMENDED_ON = date(2025, 1, 20)


def amended(state: PartnershipSnapshot, on: date) -> Event:
    payload = AmendmentEvent(
        partnership=state,
        actor_client_id="secretariat",
        amendment_id=new_id(),
        changed_fields=["planned_commitments"],
        previous_version=state.version - 1,
    )
    return Event(
        source="/alianza/registry",
        type="partnership.amended",
        subject=state.id,
        time=datetime(on.year, on.month, on.day, 10, tzinfo=UTC),
        data=payload.model_dump(mode="json"),
    )


async def test_an_amendment_extends_an_overdue_commitment_and_adds_another(
    service: Service, engine: AsyncEngine
) -> None:
    pledge = planned("org-canada", due_date=DUE)
    pid = new_id()
    await service.apply(
        [partnership_event("partnership.adopted", snapshot(pid, 3, "adopted", [pledge]))]
    )
    await run_sweep(service, engine, DUE + timedelta(days=1))
    assert await service.scalar("SELECT status FROM commitments") == "overdue"
    extended = pledge.model_copy(
        update={
            "due_date": date(2025, 12, 31),
            "target": Decimal(300),
            "holders": [Holder(partner_id="org-canada"), Holder(partner_id="org-mexico")],
        }
    )
    added = planned("org-mexico", due_date=date(2025, 12, 31))
    state = snapshot(pid, 4, "adopted", [extended, added])

    await service.apply([amended(state, AMENDED_ON)])
    await service.apply([amended(state, AMENDED_ON)])  # a redelivery: another event id, same state

    rows = await service.fetch(
        "SELECT id, status, target, due_date FROM commitments ORDER BY due_date, id"
    )
    by_id = {row["id"]: row for row in rows}
    assert set(by_id) == {pledge.id, added.id}
    assert by_id[pledge.id]["status"] != "overdue"
    assert (by_id[pledge.id]["target"], by_id[pledge.id]["due_date"]) == (
        Decimal(300),
        date(2025, 12, 31),
    )
    holders = await service.fetch(
        "SELECT partner_id FROM commitment_holders WHERE commitment_id = $1 ORDER BY position",
        pledge.id,
    )
    assert [h["partner_id"] for h in holders] == ["org-canada", "org-mexico"]
    types = await service.outbox_types()
    assert types.count("commitment.registered") == 2
    # overdue → re-derived once, by the first delivery only
    assert types.count("commitment.status_changed") == 2

    # The sweep follows the new calendar: nothing is owed on the amendment's day.
    after = await run_sweep(service, engine, AMENDED_ON + timedelta(days=1))
    assert "overdue" not in {kind.value for kind in after.sent}
