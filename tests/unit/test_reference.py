"""Reference data: the official country codes, the 169 SDG targets and the 23 GCM objectives."""

import pytest

from shared.reference import (
    COUNTRY_CODES,
    GCM_OBJECTIVE_TITLES,
    GCM_OBJECTIVES,
    SDG_TARGETS,
    is_country_code,
    is_sdg_target,
)


def test_there_are_exactly_169_sdg_targets() -> None:
    assert len(SDG_TARGETS) == 169


@pytest.mark.parametrize(
    "target", ["10.7", "17.16", "17.17", "17.19", "8.8", "16.2", "5.a", "1.1", "3.d", "16.10"]
)
def test_known_sdg_targets_are_present(target: str) -> None:
    assert is_sdg_target(target)


@pytest.mark.parametrize(
    "target", ["10.8", "18.1", "17.20", "17.a", "3.e", "8.11", "1.6", "0.1", "10", "10.07", ""]
)
def test_targets_that_do_not_exist_are_absent(target: str) -> None:
    assert not is_sdg_target(target)


def test_every_goal_has_its_official_number_of_targets() -> None:
    per_goal = {goal: 0 for goal in range(1, 18)}
    for target in SDG_TARGETS:
        per_goal[int(target.split(".")[0])] += 1
    assert per_goal == {
        1: 7, 2: 8, 3: 13, 4: 10, 5: 9, 6: 8, 7: 5, 8: 12, 9: 8,
        10: 10, 11: 10, 12: 11, 13: 5, 14: 10, 15: 12, 16: 12, 17: 19,
    }  # fmt: skip


def test_there_are_249_country_codes_all_two_upper_case_letters() -> None:
    assert len(COUNTRY_CODES) == 249
    assert all(len(code) == 2 and code.isascii() and code.isupper() for code in COUNTRY_CODES)


@pytest.mark.parametrize("code", ["MX", "US", "PH", "DE", "SN", "SS", "AX", "BQ", "CW", "GB"])
def test_assigned_country_codes_are_accepted(code: str) -> None:
    assert is_country_code(code)


@pytest.mark.parametrize("code", ["UK", "XK", "AN", "EU", "ZZ", "mx", "MEX", ""])
def test_codes_that_are_not_officially_assigned_alpha_2_are_refused(code: str) -> None:
    assert not is_country_code(code)


def test_there_are_23_gcm_objectives_each_with_a_title() -> None:
    assert list(GCM_OBJECTIVES) == list(range(1, 24))
    assert sorted(GCM_OBJECTIVE_TITLES) == list(GCM_OBJECTIVES)
    assert all(title.strip() for title in GCM_OBJECTIVE_TITLES.values())


def test_gcm_objective_titles_match_the_compact() -> None:
    assert GCM_OBJECTIVE_TITLES[1] == (
        "Collect and utilize accurate and disaggregated data as a basis for evidence-based policies"
    )
    assert (
        GCM_OBJECTIVE_TITLES[9] == "Strengthen the transnational response to smuggling of migrants"
    )
    assert GCM_OBJECTIVE_TITLES[23] == (
        "Strengthen international cooperation and global partnerships for safe, orderly and "
        "regular migration"
    )
