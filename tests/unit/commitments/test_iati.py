"""The IATI 2.03 export: every document valid against the official schema, and the mapping of a
partnership and its commitments checked field by field."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from services.commitments.iati import (
    ActivityInput,
    Publisher,
    document,
    recipient_regions,
    split_percentages,
)
from services.commitments.models import Commitment, ProgressReport

SCHEMA = etree.XMLSchema(
    etree.parse(str(Path(__file__).parents[2] / "support" / "iati" / "iati-activities-schema.xsd"))
)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PUBLISHER = Publisher(
    ref="XI-TEST-ALIANZA",
    name="Alianza secretariat",
    organisation_type="40",
    gcm_vocabulary_uri="https://alianza.example/reference/gcm-objectives",
)
GENERATED = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)


def snapshot(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": "p-1",
        "version": 4,
        "status": "implementing",
        "title": "Fair recruitment corridor Mexico-Canada",
        "summary": "Ethical recruitment of seasonal agricultural workers.",
        "owner_organisation_id": "mx",
        "lead_partner_id": "mx",
        "members": [
            {"partner_id": "mx", "role": "lead", "kind": "line_ministry"},
            {"partner_id": "ca", "role": "implementing", "kind": "national_government"},
            {"partner_id": "dia", "role": "technical", "kind": "diaspora_organisation"},
            {"partner_id": "obs", "role": "observer", "kind": "academia"},
        ],
        "level": "bilateral",
        "countries": [
            {"code": "MX", "role": "origin"},
            {"code": "CA", "role": "destination"},
            {"code": "GT", "role": "transit"},
        ],
        "themes": ["human_rights"],
        "gcm_objectives": [18, 6],
        "sdg_targets": ["10.7", "8.8", "10.c"],
    }
    body.update(overrides)
    return body


def commitment(**overrides: Any) -> Commitment:
    fields: dict[str, Any] = {
        "id": "c-1",
        "partnership_id": "p-1",
        "responsible_partner_id": "ca",
        "description": "Workers recruited with zero recruitment fees",
        "indicator": "workers recruited fee-free",
        "unit": "workers",
        "baseline": Decimal("0"),
        "target": Decimal("500"),
        "start_date": date(2026, 1, 1),
        "due_date": date(2026, 12, 31),
        "status": "on_track",
        "state": "open",
    }
    fields.update(overrides)
    return Commitment(**fields)


def report(seq: int, period_end: date, value: str, **overrides: Any) -> ProgressReport:
    fields: dict[str, Any] = {
        "id": f"r-{seq}",
        "seq": seq,
        "commitment_id": "c-1",
        "period_end": period_end,
        "value": Decimal(value),
        "unit": "workers",
        "narrative": "",
        "evidence_links": [],
        "reported_by_client_id": "client",
        "status_after": "on_track",
    }
    fields.update(overrides)
    return ProgressReport(**fields)


def export(*inputs: ActivityInput) -> etree._Element:
    xml = document(list(inputs), PUBLISHER, GENERATED)
    root = etree.fromstring(xml)
    SCHEMA.assertValid(root)
    return root


def activity_input(**overrides: Any) -> ActivityInput:
    fields: dict[str, Any] = {
        "snapshot": snapshot(),
        "commitments": [commitment()],
        "reports": [
            report(
                1,
                date(2026, 6, 30),
                "200",
                narrative="First cohort",
                evidence_links=[
                    "https://evidence.example/cohort1.pdf",
                    "https://evidence.example/list",
                ],
            ),
            report(2, date(2026, 3, 31), "90"),
            report(3, date(2026, 6, 30), "240"),  # corrects the first report for June
        ],
        "last_updated": datetime(2026, 7, 1, 12, 0, tzinfo=UTC),
        "partner_names": {"mx": "Ministry of Labour, Mexico", "ca": "Employment Canada"},
    }
    fields.update(overrides)
    return ActivityInput(**fields)


def test_the_document_is_valid_and_names_version_and_publisher() -> None:
    root = export(activity_input())
    assert root.tag == "iati-activities" and root.get("version") == "2.03"
    activity = root.find("iati-activity")
    assert activity is not None and activity.get(XML_LANG) == "en"
    assert activity.findtext("iati-identifier") == "XI-TEST-ALIANZA-p-1"
    reporting = activity.find("reporting-org")
    assert reporting is not None
    assert (reporting.get("ref"), reporting.get("type")) == ("XI-TEST-ALIANZA", "40")
    assert activity.findtext("title/narrative") == "Fair recruitment corridor Mexico-Canada"
    assert activity.find("title/narrative").get(XML_LANG) == "en"  # type: ignore[union-attr]
    assert activity.findtext("description/narrative", "").startswith("Ethical recruitment")


def narratives(element: etree._Element | None) -> list[tuple[str | None, str | None]]:
    assert element is not None
    return [(n.get(XML_LANG), n.text) for n in element.findall("narrative")]


def test_title_and_description_carry_one_narrative_per_language_the_default_first() -> None:
    spanish = snapshot(
        title="Corredor de contratación equitativa México-Canadá",
        summary="Contratación ética de trabajadores agrícolas temporales.",
        language="es",
        translations={
            "fr": {"title": "Corridor de recrutement équitable Mexique-Canada", "summary": None},
            "en": {
                "title": "Fair recruitment corridor Mexico-Canada",
                "summary": "Ethical recruitment of seasonal agricultural workers.",
            },
        },
    )
    activity = export(activity_input(snapshot=spanish)).find("iati-activity")
    assert activity is not None
    assert activity.get(XML_LANG) == "es"  # the activity's default language is the partnership's
    assert narratives(activity.find("title")) == [
        ("es", "Corredor de contratación equitativa México-Canadá"),
        ("en", "Fair recruitment corridor Mexico-Canada"),
        ("fr", "Corridor de recrutement équitable Mexique-Canada"),
    ]
    # French gave no summary: the description has no French narrative.
    assert narratives(activity.find("description")) == [
        ("es", "Contratación ética de trabajadores agrícolas temporales."),
        ("en", "Ethical recruitment of seasonal agricultural workers."),
    ]
    # The publisher's own words stay in its language; the partners' in the partnership's.
    assert narratives(activity.find("reporting-org")) == [("en", "Alianza secretariat")]
    assert narratives(activity.find("result/title"))[0][0] == "es"
    assert narratives(activity.find("result/indicator/description"))[0][0] == "en"


def test_a_snapshot_from_before_languages_is_english() -> None:
    old = snapshot()
    assert "language" not in old and "translations" not in old
    activity = export(activity_input(snapshot=old)).find("iati-activity")
    assert activity is not None and activity.get(XML_LANG) == "en"
    assert narratives(activity.find("title")) == [("en", "Fair recruitment corridor Mexico-Canada")]


def test_participating_organisations_carry_roles_types_and_names() -> None:
    activity = export(activity_input()).find("iati-activity")
    assert activity is not None
    orgs = [
        (o.get("role"), o.get("type"), o.findtext("narrative"))
        for o in activity.findall("participating-org")
    ]
    assert orgs == [
        ("2", "10", "Ministry of Labour, Mexico"),
        ("4", "10", "Employment Canada"),
        ("4", "22", None),  # no name known for the diaspora organisation; observers not listed
    ]


@pytest.mark.parametrize(
    ("status", "code"),
    [
        ("proposed", "1"),
        ("adopted", "1"),
        ("implementing", "2"),
        ("under_review", "2"),
        ("completed", "4"),
        ("discontinued", "5"),
        ("rejected", "5"),
        ("withdrawn", "5"),
    ],
)
def test_activity_status_follows_the_lifecycle(status: str, code: str) -> None:
    root = export(activity_input(snapshot=snapshot(status=status)))
    assert root.find("iati-activity/activity-status").get("code") == code  # type: ignore[union-attr]


def test_dates_scope_countries_sector_and_tags() -> None:
    activity = export(activity_input()).find("iati-activity")
    assert activity is not None
    dates = {d.get("type"): d.get("iso-date") for d in activity.findall("activity-date")}
    assert dates == {"1": "2026-01-01", "3": "2026-12-31"}
    assert activity.find("activity-scope").get("code") == "3"  # type: ignore[union-attr]
    countries = [
        (c.get("code"), c.get("percentage")) for c in activity.findall("recipient-country")
    ]
    assert countries == [("CA", "33.33"), ("GT", "33.33"), ("MX", "33.34")]
    sector = activity.find("sector")
    assert sector is not None
    assert (sector.get("vocabulary"), sector.get("code"), sector.get("percentage")) == (
        "1",
        "15190",
        "100",
    )
    tags = [(t.get("vocabulary"), t.get("code")) for t in activity.findall("tag")]
    assert tags == [
        ("2", "8"),
        ("2", "10"),
        ("3", "8.8"),
        ("3", "10.7"),
        ("3", "10.c"),
        ("99", "GCM-6"),
        ("99", "GCM-18"),
    ]
    gcm = activity.findall("tag")[-1]
    assert gcm.get("vocabulary-uri") == PUBLISHER.gcm_vocabulary_uri
    titles = {n.get(XML_LANG): n.text for n in gcm.findall("narrative")}
    assert set(titles) == {"en", "es", "fr"}
    assert titles["es"] is not None and "desarrollo de aptitudes" in titles["es"]


def test_one_result_per_commitment_with_baseline_and_periods_from_the_reports() -> None:
    activity = export(activity_input()).find("iati-activity")
    assert activity is not None
    results = activity.findall("result")
    assert len(results) == 1
    result = results[0]
    assert result.get("type") == "2"
    assert result.findtext("title/narrative") == "Workers recruited with zero recruitment fees"
    indicator = result.find("indicator")
    assert indicator is not None
    assert (indicator.get("measure"), indicator.get("ascending")) == ("1", "1")
    assert indicator.findtext("title/narrative") == "workers recruited fee-free"
    baseline = indicator.find("baseline")
    assert baseline is not None
    assert (baseline.get("year"), baseline.get("iso-date"), baseline.get("value")) == (
        "2026",
        "2026-01-01",
        "0",
    )
    periods = [
        (
            p.find("period-start").get("iso-date"),  # type: ignore[union-attr]
            p.find("period-end").get("iso-date"),  # type: ignore[union-attr]
            p.find("target").get("value"),  # type: ignore[union-attr]
            p.find("actual").get("value"),  # type: ignore[union-attr]
        )
        for p in indicator.findall("period")
    ]
    # Targets are the progress expected by each period's end, linear from start to due date.
    assert periods == [
        ("2026-01-01", "2026-03-31", "122.2527", "90"),
        ("2026-04-01", "2026-06-30", "247.2527", "240"),
    ]
    june = indicator.findall("period")[1].find("actual")
    assert june is not None and june.find("comment") is None  # the correction had no narrative
    assert june.findall("document-link") == []


def test_evidence_links_become_document_links_of_the_period() -> None:
    only_first = activity_input(reports=[
        report(1, date(2026, 6, 30), "200", narrative="First cohort", evidence_links=[
            "https://evidence.example/cohort1.pdf", "https://evidence.example/list"
        ]),
    ])  # fmt: skip
    actual = export(only_first).find("iati-activity/result/indicator/period/actual")
    assert actual is not None
    assert actual.findtext("comment/narrative") == "First cohort"
    links = [(d.get("url"), d.get("format")) for d in actual.findall("document-link")]
    assert links == [
        ("https://evidence.example/cohort1.pdf", "application/pdf"),
        ("https://evidence.example/list", "text/html"),
    ]
    assert actual.find("document-link/category").get("code") == "A08"  # type: ignore[union-attr]


def test_percentages_and_decreasing_indicators() -> None:
    falling = commitment(unit="percent", baseline=Decimal("40"), target=Decimal("10"))
    activity = export(activity_input(commitments=[falling], reports=[])).find("iati-activity")
    assert activity is not None
    indicator = activity.find("result/indicator")
    assert indicator is not None
    assert (indicator.get("measure"), indicator.get("ascending")) == ("2", "0")
    assert indicator.findall("period") == []


def test_a_proposal_without_commitments_is_still_a_valid_activity() -> None:
    proposal = activity_input(snapshot=snapshot(status="proposed", countries=[], sdg_targets=[]),
                              commitments=[], reports=[])  # fmt: skip
    activity = export(proposal).find("iati-activity")
    assert activity is not None
    assert [d.get("type") for d in activity.findall("activity-date")] == ["1"]
    assert activity.findall("recipient-country") == [] and activity.findall("result") == []


def test_several_activities_in_one_document() -> None:
    root = export(activity_input(), activity_input(snapshot=snapshot(id="p-2")))
    assert [a.findtext("iati-identifier") for a in root.findall("iati-activity")] == [
        "XI-TEST-ALIANZA-p-1",
        "XI-TEST-ALIANZA-p-2",
    ]


@pytest.mark.parametrize("count", [1, 2, 3, 6, 7, 249])
def test_recipient_percentages_add_up_to_exactly_100(count: int) -> None:
    assert sum(split_percentages(count)) == 100


def recipients(activity: etree._Element | None) -> list[tuple[str, str | None, str | None]]:
    """Every recipient as (element, code, percentage), countries first as the schema orders them."""
    assert activity is not None
    return [
        (element.tag, element.get("code"), element.get("percentage"))
        for element in activity
        if element.tag in ("recipient-country", "recipient-region")
    ]


def test_a_regional_partnership_also_declares_the_m49_areas_of_its_countries() -> None:
    west_africa = snapshot(
        level="regional",
        countries=[
            {"code": "SN", "role": "origin"},
            {"code": "ML", "role": "transit"},
            {"code": "MA", "role": "destination"},  # Northern Africa: a sub-region, no intermediate
        ],
    )
    activity = export(activity_input(snapshot=west_africa)).find("iati-activity")
    assert recipients(activity) == [
        ("recipient-country", "MA", "20"),
        ("recipient-country", "ML", "20"),
        ("recipient-country", "SN", "20"),
        ("recipient-region", "011", "20"),  # Western Africa (M49 intermediate region)
        ("recipient-region", "015", "20"),  # Northern Africa (M49 sub-region)
    ]
    assert activity is not None
    regions = activity.findall("recipient-region")
    assert {r.get("vocabulary") for r in regions} == {"2"}
    assert narratives(regions[0]) == [("en", "Western Africa")]
    assert narratives(regions[1]) == [("en", "Northern Africa")]


def test_countries_of_one_area_declare_it_once_and_all_shares_add_up_to_100() -> None:
    ecowas = snapshot(
        level="regional",
        countries=[{"code": c, "role": "origin"} for c in ("SN", "ML", "NE", "NG", "GH", "CI")],
    )
    found = recipients(export(activity_input(snapshot=ecowas)).find("iati-activity"))
    assert [code for tag, code, _ in found if tag == "recipient-region"] == ["011"]
    assert len(found) == 7
    assert sum(Decimal(share or "0") for _, _, share in found) == 100


def test_a_global_partnership_declares_the_world_as_its_region() -> None:
    worldwide = snapshot(level="global", countries=[{"code": "MX", "role": "origin"}])
    activity = export(activity_input(snapshot=worldwide)).find("iati-activity")
    assert recipients(activity) == [
        ("recipient-country", "MX", "50"),
        ("recipient-region", "001", "50"),
    ]
    # Naming no country, the world takes it all.
    nowhere = export(activity_input(snapshot=snapshot(level="global", countries=[])))
    assert recipients(nowhere.find("iati-activity")) == [("recipient-region", "001", "100")]


@pytest.mark.parametrize("level", ["local", "national", "bilateral"])
def test_below_the_regional_level_no_region_is_declared(level: str) -> None:
    """The standard allows a region only as a recipient besides its countries, never merely to
    say where a country lies."""
    activity = export(activity_input(snapshot=snapshot(level=level))).find("iati-activity")
    assert activity is not None and activity.findall("recipient-region") == []
    assert [r[0] for r in recipients(activity)] == ["recipient-country"] * 3


def test_a_country_m49_places_in_no_area_adds_no_region() -> None:
    # Taiwan is not listed by M49; Antarctica has no region there.
    assert recipient_regions("regional", ["TW", "AQ"]) == []
    assert [a.code for a in recipient_regions("regional", ["TW", "GT", "MX", "JE"])] == [
        "013",
        "830",
    ]


def test_a_partner_with_an_iati_identifier_is_named_by_it() -> None:
    refs = activity_input(partner_refs={"ca": "XM-DAC-47066"})
    activity = export(refs).find("iati-activity")
    assert activity is not None
    assert [o.get("ref") for o in activity.findall("participating-org")] == [
        None,  # no identifier registered: the organisation is named, without a ref
        "XM-DAC-47066",
        None,
    ]
