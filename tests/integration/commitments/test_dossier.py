"""Review dossiers: an opened review gets one dossier, published and served over HTTP."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from services.commitments import handlers
from services.commitments.schemas import ProgressReportCreate
from services.commitments.sweep import sweep
from shared.db import create_engine
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

DUE = date(2025, 1, 11)


async def test_an_opened_review_gets_one_dossier_published_and_served(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    partnership_id = new_id()
    achieved = planned("org-canada", due_date=DUE)
    overdue = planned("org-mexico", due_date=DUE)
    reported = planned("org-canada", due_date=DUE + timedelta(days=90))
    await service.apply(
        [
            partnership_event(
                "partnership.adopted",
                snapshot(partnership_id, 3, "adopted", [achieved, overdue, reported]),
            )
        ]
    )
    engine = create_engine(service.database_url)
    try:
        for pledge, value in ((achieved, "120"), (reported, "10"), (reported, "30")):
            async with service.unit_of_work(engine) as uow:
                await handlers.report_progress(
                    uow,
                    partner("org-canada"),
                    pledge.id,
                    ProgressReportCreate(
                        period_end=date(2025, 1, 6), value=Decimal(value), unit="workers"
                    ),
                    day(date(2025, 1, 6)),
                )
                await uow.commit()
        late = DUE + timedelta(days=1)
        await sweep(lambda: service.unit_of_work(engine), late, 14, day(late))
    finally:
        await engine.dispose()

    review_id = new_id()
    opened = partnership_event(
        "partnership.review_opened",
        snapshot(partnership_id, 6, "under_review", [achieved, overdue, reported]),
        review_id=review_id,
        cycle=1,
    )
    # Delivered twice under different ids: the inbox cannot tell, the unique review id can.
    await service.consume([opened, opened.model_copy(update={"id": new_id()})])

    assert await service.scalar("SELECT count(*) FROM dossiers") == 1
    types = await service.outbox_types()
    assert types.count("review.dossier_compiled") == 1
    events = await service.published(expect=len(types))
    dossier = next(e for e in events if e.type == "review.dossier_compiled")
    assert dossier.subject == partnership_id
    assert dossier.data["review_id"] == review_id
    assert dossier.data["cycle"] == 1
    assert dossier.data["achieved"] == [achieved.id]
    assert dossier.data["overdue"] == [overdue.id]
    entries = {entry["commitment_id"]: entry for entry in dossier.data["commitments"]}
    assert entries[reported.id]["latest_value"] == "30"
    assert entries[reported.id]["baseline"] == "0"
    assert entries[reported.id]["target"] == "100"
    assert entries[overdue.id]["latest_value"] is None
    assert entries[achieved.id]["status"] == "achieved"

    async with api(service, Caller(SECRETARIAT, day(DUE)), monkeypatch) as client:
        served = await client.get(f"/partnerships/{partnership_id}/dossier")
        assert served.status_code == 200, served.text
        assert served.json() == dossier.data
        missing = await client.get(f"/partnerships/{new_id()}/dossier")
        assert missing.status_code == 404
        assert missing.headers["content-type"] == "application/problem+json"
