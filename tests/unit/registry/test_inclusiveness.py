"""The inclusiveness profile: which stakeholders a partnership brings together, and where."""

from services.registry.domain import (
    NON_STATE_KINDS,
    CountryRole,
    MemberRole,
    PartnerKind,
    inclusiveness_profile,
)

K = PartnerKind


def test_state_actors_are_governments_ministries_un_agencies_and_intergovernmental_bodies() -> None:
    state = set(PartnerKind) - NON_STATE_KINDS
    assert state == {
        K.NATIONAL_GOVERNMENT,
        K.LOCAL_GOVERNMENT,
        K.LINE_MINISTRY,
        K.UN_AGENCY,
        K.INTERGOVERNMENTAL_BODY,
    }
    assert len(NON_STATE_KINDS) == 12


def test_stakeholder_kinds_are_sorted_and_unique() -> None:
    profile = inclusiveness_profile(
        [
            (K.UN_AGENCY, MemberRole.LEAD),
            (K.ACADEMIA, MemberRole.TECHNICAL),
            (K.ACADEMIA, MemberRole.OBSERVER),
            (K.CIVIL_SOCIETY, MemberRole.IMPLEMENTING),
        ],
        [],
    )
    assert profile.stakeholder_kinds == ("academia", "civil_society", "un_agency")


def test_non_state_actors_are_counted_per_member_not_per_kind() -> None:
    profile = inclusiveness_profile(
        [
            (K.NATIONAL_GOVERNMENT, MemberRole.LEAD),
            (K.LOCAL_NGO, MemberRole.IMPLEMENTING),
            (K.LOCAL_NGO, MemberRole.IMPLEMENTING),
            (K.PRIVATE_SECTOR, MemberRole.FUNDING),
            (K.INTERGOVERNMENTAL_BODY, MemberRole.OBSERVER),
        ],
        [],
    )
    assert profile.non_state_actor_count == 3


def test_a_migrant_or_diaspora_organisation_is_noticed() -> None:
    lead = (K.NATIONAL_GOVERNMENT, MemberRole.LEAD)
    migrants = inclusiveness_profile([lead, (K.MIGRANT_ORGANISATION, MemberRole.TECHNICAL)], [])
    diaspora = inclusiveness_profile([lead, (K.DIASPORA_ORGANISATION, MemberRole.FUNDING)], [])
    neither = inclusiveness_profile([lead, (K.CIVIL_SOCIETY, MemberRole.IMPLEMENTING)], [])
    assert migrants.includes_migrant_or_diaspora
    assert diaspora.includes_migrant_or_diaspora
    assert not neither.includes_migrant_or_diaspora


def test_countries_are_grouped_by_role_sorted_and_deduplicated() -> None:
    profile = inclusiveness_profile(
        [],
        [
            ("SN", CountryRole.ORIGIN),
            ("ML", CountryRole.ORIGIN),
            ("SN", CountryRole.ORIGIN),
            ("MA", CountryRole.TRANSIT),
            ("ES", CountryRole.DESTINATION),
            ("MA", CountryRole.DESTINATION),
        ],
    )
    assert profile.countries_by_role == {
        "origin": ["ML", "SN"],
        "transit": ["MA"],
        "destination": ["ES", "MA"],
    }


def test_an_empty_partnership_has_an_empty_profile_with_every_country_role() -> None:
    profile = inclusiveness_profile([], [])
    assert profile.stakeholder_kinds == ()
    assert profile.non_state_actor_count == 0
    assert not profile.includes_migrant_or_diaspora
    assert profile.countries_by_role == {"origin": [], "transit": [], "destination": []}
