"""Partnerships and their commitments written as IATI 2.03 activities (`<iati-activities>`).

One partnership is one activity; one commitment is one result with one indicator, its baseline,
and one period per reporting period with the progress expected by then (target) and the value
reported (actual), the report's evidence links as document links. The activity's language is the
partnership's default language; its title and description carry one narrative per language
given (the default first, each with `xml:lang`). Codes follow the standard's
code lists (ActivityStatus, OrganisationRole, OrganisationType, ActivityScope, RegionVocabulary,
IndicatorMeasure, ResultType, TagVocabulary, SectorVocabulary); the mapping is written out in the
README.

Recipients. Every country a partnership names is a `recipient-country`. A regional partnership
also declares, as `recipient-region` under vocabulary 2 (UN M49), the M49 area each of its
countries lies in — its intermediate region where M49 has one (Western Africa, Central America),
else its sub-region — since a regional partnership works for the region as a whole (shared data
systems, a regional process), and the standard allows a region only when it is a recipient *in
addition* to its countries, never merely to say where a country lies; for that reason local,
national and bilateral partnerships declare no region. A global partnership declares the M49
World (001) instead. No budget is known, so every recipient weighs the same: countries and regions
share 100 % in equal parts (two decimals; the last takes the rest), since the standard wants the
percentages of all countries and of the regions of one vocabulary to add up to 100 together.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from services.commitments.domain import PERCENT_UNITS, expected_progress
from services.commitments.models import Commitment, ProgressReport
from shared.reference.gcm import objective_titles
from shared.reference.languages import DEFAULT_LANGUAGE
from shared.reference.m49 import PLACES, WORLD, Area, area
from shared.reference.sdg import goal_of

IATI_VERSION = "2.03"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# ActivityStatus: 1 pipeline, 2 implementation, 3 finalisation, 4 closed, 5 cancelled. A draft has
# no code: it is its owner's, and the export leaves it out.
ACTIVITY_STATUS: dict[str, str] = {
    "proposed": "1",
    "adopted": "1",
    "implementing": "2",
    "under_review": "2",
    "completed": "4",
    "discontinued": "5",
    "withdrawn": "5",
    "rejected": "5",
}
# OrganisationRole: 1 funding, 2 accountable, 3 extending, 4 implementing. Observers take no
# part in the activity in the standard's sense, so they are not listed.
ORGANISATION_ROLE: dict[str, str] = {
    "lead": "2",
    "funding": "1",
    "implementing": "4",
    "technical": "4",
}
# OrganisationType: 10 government, 11 local government, 21 international NGO, 22 national NGO,
# 40 multilateral, 70 private sector, 80 academic, 90 other.
ORGANISATION_TYPE: dict[str, str] = {
    "national_government": "10",
    "line_ministry": "10",
    "local_government": "11",
    "international_ngo": "21",
    "civil_society": "22",
    "local_ngo": "22",
    "migrant_organisation": "22",
    "diaspora_organisation": "22",
    "un_agency": "40",
    "intergovernmental_body": "40",
    "private_sector": "70",
    "employer_or_recruiter": "70",
    "financial_sector": "70",
    "academia": "80",
    "media": "90",
    "local_community": "90",
    "transnational_network": "90",
}
# ActivityScope: 1 global, 2 regional, 3 multi-national, 4 national, 7 sub-national (second level).
ACTIVITY_SCOPE: dict[str, str] = {
    "global": "1",
    "regional": "2",
    "bilateral": "3",
    "national": "4",
    "local": "7",
}
M49_REGION_VOCABULARY = "2"  # RegionVocabulary: 2 = UN Statistics Division (M49)
MIGRATION_SECTOR = "15190"  # DAC 5-digit purpose code: facilitation of orderly, safe, regular
# and responsible migration and mobility
SDG_GOAL_VOCABULARY, SDG_TARGET_VOCABULARY, PUBLISHER_VOCABULARY = "2", "3", "99"
OUTCOME_RESULT = "2"
UNIT_MEASURE, PERCENTAGE_MEASURE = "1", "2"
RESULTS_DOCUMENT = "A08"  # DocumentCategory: results, outcomes and outputs


@dataclass(frozen=True)
class Publisher:
    """Who publishes: its IATI organisation identifier (the prefix of every activity id) and name."""

    ref: str
    name: str
    organisation_type: str
    gcm_vocabulary_uri: str
    # The language of the publisher's own words: its name and the texts the export writes itself
    # ("Unit: …"); the partnership's texts are in the partnership's languages.
    language: str = "en"


@dataclass(frozen=True)
class ActivityInput:
    snapshot: Mapping[str, Any]
    commitments: Sequence[Commitment]
    reports: Sequence[ProgressReport]  # of those commitments, in arrival order (seq)
    last_updated: datetime
    partner_names: Mapping[str, str]
    # IATI organisation identifiers of the partners that registered one.
    partner_refs: Mapping[str, str] = field(default_factory=dict)


def _narrative(parent: ET.Element, text: str, language: str | None = None) -> ET.Element:
    element = ET.SubElement(parent, "narrative")
    element.text = text
    if language:
        element.set(_XML_LANG, language)
    return element


def _titled(parent: ET.Element, tag: str, text: str, language: str) -> ET.Element:
    element = ET.SubElement(parent, tag)
    _narrative(element, text, language)
    return element


def _in_every_language(
    element: ET.Element,
    snapshot: Mapping[str, Any],
    field: str,
    language: str,
) -> ET.Element:
    """One narrative per language the partnership gives `field` in: the default one first, then
    the translations in language order (a translation without this field has none)."""
    _narrative(element, snapshot[field], language)
    translations: Mapping[str, Mapping[str, str | None]] = snapshot.get("translations") or {}
    for other in sorted(translations):
        text = translations[other].get(field)
        if text and other != language:
            _narrative(element, text, other)
    return element


def split_percentages(count: int) -> list[Decimal]:
    """`count` shares of 100 with two decimals that add up to exactly 100 (the last takes the rest)."""
    if count == 0:
        return []
    share = (Decimal(100) / count).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return [share] * (count - 1) + [Decimal(100) - share * (count - 1)]


def recipient_regions(level: str, countries: Sequence[str]) -> list[Area]:
    """The M49 areas a partnership declares as recipients besides its countries (module docstring):
    a regional one, the innermost area of each country (sorted by code, countries M49 places in
    no area left out); a global one, the World; any other level, none."""
    if level == "global":
        return [WORLD]
    if level != "regional":
        return []
    innermost = {
        place.intermediate_region or place.sub_region
        for place in (PLACES.get(country) for country in countries)
        if place is not None
    }
    return [area(code) for code in sorted(innermost)]


def _recipients(element: ET.Element, snapshot: Mapping[str, Any], publisher_language: str) -> None:
    countries = sorted({c["code"] for c in snapshot.get("countries", [])})
    regions = recipient_regions(str(snapshot["level"]), countries)
    shares = iter(split_percentages(len(countries) + len(regions)))
    for code in countries:
        ET.SubElement(
            element, "recipient-country", {"code": code, "percentage": _plain(next(shares))}
        )
    for region in regions:
        attributes = {
            "code": region.code,
            "vocabulary": M49_REGION_VOCABULARY,
            "percentage": _plain(next(shares)),
        }
        # M49 codes are less known than ISO country codes: the area's name says which it is.
        _narrative(
            ET.SubElement(element, "recipient-region", attributes), region.name, publisher_language
        )


def _plain(value: Decimal) -> str:
    """A decimal as IATI expects a value: plain digits, no exponent, no trailing zeros."""
    return format(value.normalize(), "f")


def _periods(
    commitment: Commitment, reports: Sequence[ProgressReport]
) -> list[tuple[date, date, ProgressReport]]:
    """One period per reported period end (a later report for the same end corrects an earlier),
    each starting the day after the previous one ended."""
    latest: dict[date, ProgressReport] = {}
    for report in reports:
        latest[report.period_end] = report
    periods = []
    start = commitment.start_date
    for end in sorted(latest):
        periods.append((min(start, end), end, latest[end]))
        start = end + timedelta(days=1)
    return periods


def _expected_value(commitment: Commitment, at: date) -> Decimal:
    """The indicator's value expected at `at` (linear from baseline to target), to 4 decimals
    like every value the API takes."""
    share = expected_progress(commitment.start_date, commitment.due_date, at)
    value = commitment.baseline + (commitment.target - commitment.baseline) * share
    return value.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)


def _result(
    activity: ET.Element,
    commitment: Commitment,
    reports: Sequence[ProgressReport],
    language: str,
    publisher_language: str,
) -> None:
    """`language`: the partnership's, which its partners write in; `publisher_language`: that of
    the words the export adds itself."""
    result = ET.SubElement(activity, "result", {"type": OUTCOME_RESULT})
    _titled(result, "title", commitment.description, language)
    measure = (
        PERCENTAGE_MEASURE if commitment.unit.strip().lower() in PERCENT_UNITS else UNIT_MEASURE
    )
    indicator = ET.SubElement(
        result,
        "indicator",
        {"measure": measure, "ascending": "1" if commitment.target >= commitment.baseline else "0"},
    )
    _titled(indicator, "title", commitment.indicator, language)
    _titled(indicator, "description", f"Unit: {commitment.unit}", publisher_language)
    ET.SubElement(
        indicator,
        "baseline",
        {
            "year": str(commitment.start_date.year),
            "iso-date": commitment.start_date.isoformat(),
            "value": _plain(commitment.baseline),
        },
    )
    for start, end, report in _periods(commitment, reports):
        period = ET.SubElement(indicator, "period")
        ET.SubElement(period, "period-start", {"iso-date": start.isoformat()})
        ET.SubElement(period, "period-end", {"iso-date": end.isoformat()})
        ET.SubElement(period, "target", {"value": _plain(_expected_value(commitment, end))})
        actual = ET.SubElement(period, "actual", {"value": _plain(report.value)})
        if report.narrative:
            _titled(actual, "comment", report.narrative, language)
        for url in report.evidence_links:
            link = ET.SubElement(
                actual,
                "document-link",
                {
                    "url": url,
                    "format": "application/pdf" if url.lower().endswith(".pdf") else "text/html",
                },
            )
            _titled(
                link,
                "title",
                f"Evidence for the period ending {end.isoformat()}",
                publisher_language,
            )
            ET.SubElement(link, "category", {"code": RESULTS_DOCUMENT})


def _dates(activity: ET.Element, data: ActivityInput) -> None:
    if data.commitments:
        start = min(c.start_date for c in data.commitments)
        end = max(c.due_date for c in data.commitments)
        ET.SubElement(activity, "activity-date", {"type": "1", "iso-date": start.isoformat()})
        ET.SubElement(activity, "activity-date", {"type": "3", "iso-date": end.isoformat()})
        closed = [c.closed_at for c in data.commitments if c.closed_at is not None]
        if closed and len(closed) == len(data.commitments):
            ET.SubElement(
                activity, "activity-date", {"type": "4", "iso-date": max(closed).date().isoformat()}
            )
    else:
        # Not yet adopted: nothing is planned but the proposal itself, dated by its last change.
        ET.SubElement(
            activity,
            "activity-date",
            {"type": "1", "iso-date": data.last_updated.date().isoformat()},
        )


def activity(parent: ET.Element, data: ActivityInput, publisher: Publisher) -> ET.Element:
    # Snapshots from before languages were given have none: they were written in English.
    snapshot = data.snapshot
    language = str(snapshot.get("language") or DEFAULT_LANGUAGE)
    element = ET.SubElement(
        parent,
        "iati-activity",
        {"last-updated-datetime": data.last_updated.isoformat(), _XML_LANG: language},
    )
    ET.SubElement(element, "iati-identifier").text = f"{publisher.ref}-{snapshot['id']}"
    reporting = ET.SubElement(
        element, "reporting-org", {"ref": publisher.ref, "type": publisher.organisation_type}
    )
    _narrative(reporting, publisher.name, publisher.language)
    _in_every_language(ET.SubElement(element, "title"), snapshot, "title", language)
    description = ET.SubElement(element, "description", {"type": "1"})
    _in_every_language(description, snapshot, "summary", language)
    for member in snapshot.get("members", []):
        role = ORGANISATION_ROLE.get(member["role"])
        if role is None:
            continue
        attributes = {"role": role}
        ref = data.partner_refs.get(member["partner_id"])
        if ref:
            attributes["ref"] = ref
        if member.get("kind") in ORGANISATION_TYPE:
            attributes["type"] = ORGANISATION_TYPE[member["kind"]]
        org = ET.SubElement(element, "participating-org", attributes)
        name = data.partner_names.get(member["partner_id"])
        if name:
            _narrative(org, name, language)
    ET.SubElement(element, "activity-status", {"code": ACTIVITY_STATUS[snapshot["status"]]})
    _dates(element, data)
    ET.SubElement(element, "activity-scope", {"code": ACTIVITY_SCOPE[snapshot["level"]]})
    _recipients(element, snapshot, publisher.language)
    ET.SubElement(
        element, "sector", {"vocabulary": "1", "code": MIGRATION_SECTOR, "percentage": "100"}
    )
    targets = sorted(snapshot.get("sdg_targets", []), key=lambda t: (goal_of(t), t))
    for goal in sorted({goal_of(t) for t in targets}):
        ET.SubElement(element, "tag", {"vocabulary": SDG_GOAL_VOCABULARY, "code": str(goal)})
    for target in targets:
        ET.SubElement(element, "tag", {"vocabulary": SDG_TARGET_VOCABULARY, "code": target})
    for number in sorted(snapshot.get("gcm_objectives", [])):
        tag = ET.SubElement(
            element,
            "tag",
            {
                "vocabulary": PUBLISHER_VOCABULARY,
                "vocabulary-uri": publisher.gcm_vocabulary_uri,
                "code": f"GCM-{number}",
            },
        )
        for title_language, title in objective_titles(number).items():
            _narrative(tag, f"GCM objective {number}: {title}", title_language)
    by_commitment: dict[str, list[ProgressReport]] = {}
    for report in data.reports:
        by_commitment.setdefault(report.commitment_id, []).append(report)
    for commitment in sorted(data.commitments, key=lambda c: (c.due_date, c.id)):
        _result(
            element,
            commitment,
            by_commitment.get(commitment.id, []),
            language,
            publisher.language,
        )
    return element


def document(
    activities: Sequence[ActivityInput], publisher: Publisher, generated: datetime
) -> bytes:
    """An `<iati-activities>` document; it needs at least one activity, as the schema does."""
    root = ET.Element(
        "iati-activities", {"version": IATI_VERSION, "generated-datetime": generated.isoformat()}
    )
    for data in activities:
        activity(root, data, publisher)
    return bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True))
