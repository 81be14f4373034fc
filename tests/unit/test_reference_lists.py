"""The reference lists: M49 areas cover every country once, GCM titles in three languages,
platforms and vocabularies as the API serves them."""

from __future__ import annotations

import pytest

from shared.reference import m49
from shared.reference.countries import COUNTRY_CODES
from shared.reference.gcm import GCM_OBJECTIVE_TITLES_BY_LANGUAGE, GCM_OBJECTIVES, objective_titles
from shared.reference.platforms import PLATFORM_CODES, PLATFORMS, is_platform_code
from shared.reference.sdg import MIGRATION_TARGET_TITLES, SDG_TARGETS, sdg_targets


def test_every_country_but_antarctica_and_taiwan_has_exactly_one_m49_place() -> None:
    assert set(m49.PLACES) == COUNTRY_CODES - {"AQ", "TW"}
    listed = [c for members in m49._MEMBERS.values() for c in members]
    assert len(listed) == len(set(listed)), "a country is listed in two areas"


@pytest.mark.parametrize(
    ("country", "region", "sub_region", "intermediate"),
    [
        ("MX", "019", "419", "013"),
        ("CA", "019", "021", None),
        ("SN", "002", "202", "011"),
        ("MA", "002", "015", None),
        ("PH", "142", "035", None),
        ("TR", "142", "145", None),
        ("GB", "150", "154", None),
        ("JE", "150", "154", "830"),
        ("FJ", "009", "054", None),
        ("HT", "019", "419", "029"),
    ],
)
def test_countries_sit_in_their_m49_areas(
    country: str, region: str, sub_region: str, intermediate: str | None
) -> None:
    place = m49.PLACES[country]
    assert (place.region, place.sub_region, place.intermediate_region) == (
        region,
        sub_region,
        intermediate,
    )


def test_an_area_contains_the_countries_of_its_children() -> None:
    assert m49.countries_in("202") == sorted(
        m49.countries_in("014")
        + m49.countries_in("017")
        + m49.countries_in("018")
        + m49.countries_in("011")
    )
    assert len(m49.countries_in("011")) == 17  # sixteen states and St Helena


def test_the_five_regions_hold_every_placed_country() -> None:
    assert sum(len(m49.countries_in(region.code)) for region in m49.REGIONS) == len(m49.PLACES)


def test_gcm_objectives_are_titled_in_english_spanish_and_french() -> None:
    assert list(GCM_OBJECTIVES) == list(range(1, 24))
    for titles in GCM_OBJECTIVE_TITLES_BY_LANGUAGE.values():
        assert sorted(titles) == list(range(1, 24))
    assert objective_titles(23) == {
        "en": "Strengthen international cooperation and global partnerships for safe, orderly "
        "and regular migration",
        "es": "Fortalecer la cooperación internacional y las alianzas mundiales para la "
        "migración segura, ordenada y regular",
        "fr": "Renforcer la coopération internationale et les partenariats mondiaux pour des "
        "migrations sûres, ordonnées et régulières",
    }
    assert objective_titles(6)["es"].startswith("Facilitar la contratación equitativa y ética")


def test_migration_relevant_targets_exist_and_are_titled() -> None:
    assert set(MIGRATION_TARGET_TITLES) <= SDG_TARGETS
    assert {"10.7", "10.c", "8.8", "5.2", "16.2", "17.18"} <= set(MIGRATION_TARGET_TITLES)
    targets = sdg_targets()
    assert len(targets) == 169
    assert [t.code for t in targets][:7] == ["1.1", "1.2", "1.3", "1.4", "1.5", "1.a", "1.b"]
    ten_seven = next(t for t in targets if t.code == "10.7")
    assert ten_seven.goal == 10 and ten_seven.migration_relevant
    assert ten_seven.title is not None and "well-managed migration policies" in ten_seven.title


def test_platforms_have_unique_codes_and_name_the_rcps() -> None:
    assert len(PLATFORM_CODES) == len(PLATFORMS)
    for code in ("gfmd", "idm", "imrf", "un_network_on_migration", "puebla_process", "midwa"):
        assert is_platform_code(code)
    assert not is_platform_code("GFMD"), "codes are exact; free text is refused"
    assert all(region in {r.code for r in m49.REGIONS} for p in PLATFORMS for region in p.regions)
