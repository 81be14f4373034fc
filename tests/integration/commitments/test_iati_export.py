"""The IATI export over HTTP against the real commitments database: a partnership adopted through
its event, a progress report made through the API, both exported as a schema-valid document."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from lxml import etree

from shared.catalogue.partners import PartnerRegistered
from shared.events import Event
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

SCHEMA = etree.XMLSchema(
    etree.parse(str(Path(__file__).parents[2] / "support" / "iati" / "iati-activities-schema.xsd"))
)


async def test_an_adopted_partnership_with_progress_exports_as_valid_iati(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    pledge = planned("org-canada")
    partnership_id = new_id()
    state = snapshot(
        partnership_id,
        3,
        "adopted",
        [pledge],
        sdg_targets=["10.7"],
        members=[
            {"partner_id": "org-mexico", "role": "lead", "kind": "line_ministry"},
            {"partner_id": "org-canada", "role": "implementing", "kind": "national_government"},
        ],
    )
    registered = Event(
        source="/alianza/registry",
        type="partner.registered",
        subject="org-mexico",
        data=PartnerRegistered(
            partner_id="org-mexico",
            name="Ministry of Labour, Mexico",
            kind="line_ministry",
            iati_org_ref="MX-RFC-STP401231",
        ).model_dump(mode="json"),
    )
    await service.apply([registered, partnership_event("partnership.adopted", state)])
    async with api(service, Caller(partner("org-canada"), day(date(2025, 1, 6))), monkeypatch) as c:
        reported = await c.post(
            f"/commitments/{pledge.id}/progress",
            json={
                "period_end": "2025-01-06",
                "value": "50",
                "unit": "workers",
                "evidence_links": ["https://example.org/report.pdf"],
            },
        )
        assert reported.status_code == 201, reported.text
    async with api(service, Caller(SECRETARIAT, day(date(2025, 1, 7))), monkeypatch) as client:
        one = await client.get(f"/iati/activities/{partnership_id}")
        assert one.status_code == 200, one.text
        assert one.headers["content-type"].startswith("application/xml")
        root = etree.fromstring(one.content)
        SCHEMA.assertValid(root)
        activity = root.find("iati-activity")
        assert activity is not None
        assert activity.findtext("iati-identifier") == f"XI-ALIANZA-{partnership_id}"
        assert activity.find("activity-status").get("code") == "1"  # type: ignore[union-attr]
        orgs = [
            (o.get("role"), o.get("type"), o.get("ref"), o.findtext("narrative"))
            for o in activity.findall("participating-org")
        ]
        # The directory names the partners whose registration it saw, by their IATI identifier
        # when they registered one; the others go unnamed.
        assert orgs == [
            ("2", "10", "MX-RFC-STP401231", "Ministry of Labour, Mexico"),
            ("4", "10", None, None),
        ]
        period = activity.find("result/indicator/period")
        assert period is not None
        assert period.find("actual").get("value") == "50"  # type: ignore[union-attr]
        assert period.find("period-end").get("iso-date") == "2025-01-06"  # type: ignore[union-attr]
        link = period.find("actual/document-link")
        assert link is not None and link.get("url") == "https://example.org/report.pdf"

        filtered = await client.get("/iati/activities", params={"gcm_objective": 6})
        assert filtered.status_code == 200
        SCHEMA.assertValid(etree.fromstring(filtered.content))
        none = await client.get("/iati/activities", params={"gcm_objective": 1})
        assert none.status_code == 404
        missing = await client.get(f"/iati/activities/{new_id()}")
        assert missing.status_code == 404
        bad = await client.get("/iati/activities", params={"theme": "weather"})
        assert bad.status_code == 422


async def test_a_proposal_returned_for_revision_is_a_draft_the_export_leaves_out(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown, returned = new_id(), new_id()
    await service.apply(
        [
            partnership_event("partnership.proposed", snapshot(shown, 2, "proposed", [])),
            partnership_event("partnership.proposed", snapshot(returned, 2, "proposed", [])),
            partnership_event(
                "partnership.returned_for_revision", snapshot(returned, 3, "draft", [])
            ),
        ]
    )
    async with api(service, Caller(SECRETARIAT, day(date(2025, 1, 7))), monkeypatch) as client:
        assert (await client.get(f"/iati/activities/{returned}")).status_code == 404
        assert (await client.get(f"/iati/activities/{shown}")).status_code == 200
        every = await client.get("/iati/activities", params={"limit": 200})
        assert every.status_code == 200, every.text
        SCHEMA.assertValid(etree.fromstring(every.content))
        ids = [e.text for e in etree.fromstring(every.content).iter("iati-identifier")]
        assert f"XI-ALIANZA-{shown}" in ids
        assert f"XI-ALIANZA-{returned}" not in ids
        # Asking for drafts is asking for what is never exported: refused, naming the filter.
        drafts = await client.get("/iati/activities", params={"status": "draft"})
        assert drafts.status_code == 422
        assert drafts.json()["errors"][0]["field"] == "query:status"


async def test_the_export_writes_every_language_the_partnership_event_carried(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    partnership_id = new_id()
    state = snapshot(
        partnership_id,
        2,
        "proposed",
        [],
        title="Corredor de contratación equitativa México-Canadá",
        summary="Contratación ética de trabajadores agrícolas temporales.",
        language="es",
        translations={
            "en": {
                "title": "Fair recruitment corridor Mexico-Canada",
                "summary": "Ethical recruitment of seasonal agricultural workers.",
            },
            "fr": {"title": "Corridor de recrutement équitable Mexique-Canada"},
        },
    )
    await service.apply([partnership_event("partnership.proposed", state)])
    async with api(service, Caller(SECRETARIAT, day(date(2025, 1, 7))), monkeypatch) as client:
        exported = await client.get(f"/iati/activities/{partnership_id}")
        assert exported.status_code == 200, exported.text
    root = etree.fromstring(exported.content)
    SCHEMA.assertValid(root)
    activity = root.find("iati-activity")
    assert activity is not None
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert activity.get(lang) == "es"
    title = [(n.get(lang), n.text) for n in activity.findall("title/narrative")]
    assert title == [
        ("es", "Corredor de contratación equitativa México-Canadá"),
        ("en", "Fair recruitment corridor Mexico-Canada"),
        ("fr", "Corridor de recrutement équitable Mexique-Canada"),
    ]
    description = [(n.get(lang), n.text) for n in activity.findall("description/narrative")]
    assert description == [
        ("es", "Contratación ética de trabajadores agrícolas temporales."),
        ("en", "Ethical recruitment of seasonal agricultural workers."),
    ]
