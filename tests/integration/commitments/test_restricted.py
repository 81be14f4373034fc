"""A restricted partnership's commitments: tracked from its thin events, read only by its members
and the secretariat, published with numbers but no words, never in the IATI export — and
restricting a partnership later takes the texts out of this service's store."""

from __future__ import annotations

import json
from datetime import date

import pytest

from shared.auth import Principal, Role
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

MEMBERS = [
    {"partner_id": "org-mexico", "role": "lead"},
    {"partner_id": "org-canada", "role": "implementing"},
]
OPS = Principal(client_id="client-ops", organisation_id=None, roles=frozenset({Role.OPS}))
MIDWAY = date(2025, 1, 6)
SECRET_WORDS = ("zero recruitment fees", "fee-free", "case conference", "example.org")


async def test_only_members_and_the_secretariat_read_a_restricted_partnerships_commitments(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    pledge = planned("org-canada")
    pid = new_id()
    whole = snapshot(pid, 3, "adopted", [pledge], members=MEMBERS)
    await service.apply([partnership_event("partnership.adopted", whole.thin())])

    for reader in (partner("org-canada"), partner("org-mexico"), SECRETARIAT):
        async with api(service, Caller(reader, day(MIDWAY)), monkeypatch) as client:
            one = await client.get(f"/commitments/{pledge.id}")
            listed = await client.get("/commitments", params={"partnership_id": pid})
            progress = await client.get(f"/commitments/{pledge.id}/progress")
        assert one.status_code == 200, (reader, one.text)
        assert one.json()["description"] == ""  # the texts never reached this service
        assert [c["id"] for c in listed.json()["items"]] == [pledge.id]
        assert progress.status_code == 200
    for outsider in (partner("org-elsewhere"), OPS):
        async with api(service, Caller(outsider, day(MIDWAY)), monkeypatch) as client:
            assert (await client.get(f"/commitments/{pledge.id}")).status_code == 404
            assert (await client.get(f"/commitments/{pledge.id}/progress")).status_code == 404
            assert (await client.get(f"/partnerships/{pid}/dossier")).status_code == 404
            listed = await client.get("/commitments", params={"partnership_id": pid})
            assert listed.json()["items"] == []
            assert (await client.get(f"/iati/activities/{pid}")).status_code == 404


async def test_a_restricted_partnerships_progress_event_carries_no_words_or_links(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    pledge = planned("org-canada")
    pid = new_id()
    thin = snapshot(pid, 3, "adopted", [pledge], members=MEMBERS).thin()
    await service.apply([partnership_event("partnership.adopted", thin)])
    reading = {
        "period_end": MIDWAY.isoformat(),
        "value": "40",
        "unit": "workers",
        "narrative": "A case conference placed 40 workers",
        "evidence_links": ["https://example.org/cases.pdf"],
    }

    async with api(service, Caller(partner("org-canada"), day(MIDWAY)), monkeypatch) as client:
        reported = await client.post(f"/commitments/{pledge.id}/progress", json=reading)
        kept = await client.get(f"/commitments/{pledge.id}/progress")

    assert reported.status_code == 201, reported.text
    # The member reads its own words back; the event does not carry them.
    assert kept.json()["items"][0]["narrative"] == reading["narrative"]
    rows = await service.fetch(
        "SELECT event_type, envelope FROM outbox WHERE key = $1 ORDER BY id", pid
    )
    for data in [json.loads(r["envelope"])["data"] for r in rows]:
        text = json.dumps(data)
        for words in SECRET_WORDS:
            assert words not in text, (words, data)
    reported_event = next(
        json.loads(r["envelope"])["data"]
        for r in rows
        if r["event_type"] == "commitment.progress_reported"
    )
    assert (reported_event["value"], reported_event["narrative"]) == ("40", "")
    assert reported_event["evidence_links"] == []


async def test_restricting_an_adopted_partnership_empties_the_texts_it_kept(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    pledge = planned("org-canada")
    pid = new_id()
    whole = snapshot(pid, 3, "adopted", [pledge], members=MEMBERS)
    await service.apply([partnership_event("partnership.adopted", whole)])
    restricted = snapshot(pid, 4, "adopted", [pledge], members=MEMBERS).thin()

    public_pid = new_id()
    public = snapshot(public_pid, 3, "adopted", [planned("org-canada")], members=MEMBERS)

    await service.apply(
        [
            partnership_event("partnership.updated", restricted),
            partnership_event("partnership.adopted", public),
        ]
    )

    kept = await service.fetch(
        "SELECT c.description, c.indicator, p.classification, p.snapshot FROM commitments c"
        " JOIN partnership_copies p ON p.id = c.partnership_id WHERE c.partnership_id = $1",
        pid,
    )
    assert [(r["description"], r["indicator"], r["classification"]) for r in kept] == [
        ("", "", "restricted")
    ]
    assert "Fair recruitment" not in kept[0]["snapshot"]
    async with api(service, Caller(partner("org-elsewhere"), day(MIDWAY)), monkeypatch) as client:
        exported = await client.get("/iati/activities")
    assert exported.status_code == 200, exported.text
    assert public_pid in exported.text and pid not in exported.text
