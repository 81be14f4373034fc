"""Which subscriptions an event reaches: type patterns, filters, and what filtering never does."""

from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.notifications.matching import (
    EventFacts,
    SubscriptionFilter,
    event_type_matches,
    is_valid_pattern,
    matches,
)

ADOPTED = EventFacts(
    event_type="partnership.adopted",
    partnership_id="p-1",
    themes=frozenset({"data_cooperation", "human_rights"}),
    gcm_objectives=frozenset({1, 23}),
    countries=frozenset({"MX", "GT", "US"}),
    level="regional",
)
EVERYTHING = SubscriptionFilter(event_types=("*",))


@pytest.mark.parametrize(
    ("pattern", "event_type", "expected"),
    [
        ("partnership.adopted", "partnership.adopted", True),
        ("partnership.adopted", "partnership.rejected", False),
        ("*", "partnership.adopted", True),
        ("*", "review.dossier_compiled", True),
        ("partnership.*", "partnership.adopted", True),
        ("partnership.*", "partnership.review_opened", True),
        ("partnership.*", "partnerships.adopted", False),
        ("partnership.*", "partner.registered", False),
        ("partner.*", "partnership.adopted", False),
        ("partnership.*", "partnership", False),
        ("commitment.*", "commitment.overdue", True),
        ("commitment.*", "review.dossier_compiled", False),
        ("partnership.review.*", "partnership.review.opened", True),
        ("partnership.*", "partnership.review.opened", True),
        ("partnership.adopted", "partnership.adopted.v2", False),
        ("partner*", "partnership.adopted", False),
    ],
)
def test_event_type_matches(pattern: str, event_type: str, expected: bool) -> None:
    assert event_type_matches(pattern, event_type) is expected


@pytest.mark.parametrize(
    ("pattern", "valid"),
    [
        ("*", True),
        ("partnership.adopted", True),
        ("partnership.*", True),
        ("commitment.progress_reported", True),
        ("partner*", False),
        ("*.adopted", False),
        ("partnership.*.x", False),
        ("Partnership.adopted", False),
        ("partnership.", False),
        ("", False),
    ],
)
def test_is_valid_pattern(pattern: str, valid: bool) -> None:
    assert is_valid_pattern(pattern) is valid


def test_an_event_matching_every_constraint_is_delivered() -> None:
    f = SubscriptionFilter(
        event_types=("commitment.*", "partnership.adopted"),
        partnership_ids=frozenset({"p-1", "p-2"}),
        themes=frozenset({"human_rights", "migration_governance"}),
        gcm_objectives=frozenset({23}),
        countries=frozenset({"MX", "US"}),
        levels=frozenset({"regional", "global"}),
    )
    assert matches(f, ADOPTED)


@pytest.mark.parametrize(
    "f",
    [
        SubscriptionFilter(event_types=()),
        SubscriptionFilter(event_types=("partnership.rejected", "commitment.*")),
        replace(EVERYTHING, partnership_ids=frozenset({"p-2"})),
        replace(EVERYTHING, themes=frozenset({"migration_governance"})),
        replace(EVERYTHING, gcm_objectives=frozenset({2, 3})),
        replace(EVERYTHING, countries=frozenset({"MX", "CA"})),
        replace(EVERYTHING, levels=frozenset({"local", "national"})),
    ],
    ids=["no-pattern", "type", "partnership", "themes", "objectives", "countries", "level"],
)
def test_one_unmet_constraint_is_enough_to_skip(f: SubscriptionFilter) -> None:
    assert not matches(f, ADOPTED)


def test_themes_and_objectives_match_on_any_overlap() -> None:
    assert matches(replace(EVERYTHING, themes=frozenset({"human_rights", "other"})), ADOPTED)
    assert matches(replace(EVERYTHING, gcm_objectives=frozenset({1, 5, 9})), ADOPTED)


def test_countries_select_partnerships_spanning_all_of_them() -> None:
    between_mexico_and_guatemala = replace(EVERYTHING, countries=frozenset({"MX", "GT"}))
    assert matches(between_mexico_and_guatemala, ADOPTED)
    only_mexico = replace(ADOPTED, countries=frozenset({"MX"}))
    assert not matches(between_mexico_and_guatemala, only_mexico)


def test_an_event_without_a_partnership_or_level_fails_those_constraints_only() -> None:
    partner_event = EventFacts(
        event_type="partner.registered",
        partnership_id=None,
        themes=frozenset(),
        gcm_objectives=frozenset(),
        countries=frozenset(),
        level=None,
    )
    assert matches(EVERYTHING, partner_event)
    assert not matches(replace(EVERYTHING, partnership_ids=frozenset({"p-1"})), partner_event)
    assert not matches(replace(EVERYTHING, levels=frozenset({"global"})), partner_event)


# Small alphabets so that generated filters and events overlap often enough to be interesting.
event_types = st.sampled_from(
    [
        "partnership.adopted",
        "partnership.rejected",
        "partnership.review_opened",
        "partner.registered",
        "commitment.overdue",
        "review.dossier_compiled",
    ]
)
patterns = st.one_of(
    event_types, st.sampled_from(["*", "partnership.*", "partner.*", "commitment.*"])
)
ids = st.sampled_from(["p-1", "p-2", "p-3"])
themes = st.sampled_from(["human_rights", "data_cooperation", "migration_governance"])
objectives = st.integers(min_value=1, max_value=23)
countries = st.sampled_from(["MX", "GT", "US", "SN", "IT"])
levels = st.sampled_from(["local", "national", "bilateral", "regional", "global"])

facts_strategy = st.builds(
    EventFacts,
    event_type=event_types,
    partnership_id=st.none() | ids,
    themes=st.frozensets(themes),
    gcm_objectives=st.frozensets(objectives, max_size=4),
    countries=st.frozensets(countries),
    level=st.none() | levels,
)
filters = st.builds(
    SubscriptionFilter,
    event_types=st.lists(patterns, max_size=3).map(tuple),
    partnership_ids=st.frozensets(ids),
    themes=st.frozensets(themes),
    gcm_objectives=st.frozensets(objectives, max_size=4),
    countries=st.frozensets(countries, max_size=3),
    levels=st.frozensets(levels),
)


@given(facts_strategy)
def test_the_catch_all_filter_matches_every_event(facts: EventFacts) -> None:
    assert matches(EVERYTHING, facts)


@given(facts_strategy, event_types)
def test_a_type_always_matches_itself_and_its_prefix_wildcard(
    facts: EventFacts, event_type: str
) -> None:
    facts = replace(facts, event_type=event_type)
    prefix = event_type.split(".")[0]
    assert matches(SubscriptionFilter(event_types=(event_type,)), facts)
    assert matches(SubscriptionFilter(event_types=(f"{prefix}.*",)), facts)


@given(filters, facts_strategy, st.data())
def test_constraining_an_unconstrained_field_never_lets_more_through(
    f: SubscriptionFilter, facts: EventFacts, data: st.DataObject
) -> None:
    field, values = data.draw(
        st.sampled_from(
            [
                ("partnership_ids", st.frozensets(ids, min_size=1)),
                ("themes", st.frozensets(themes, min_size=1)),
                ("gcm_objectives", st.frozensets(objectives, min_size=1, max_size=4)),
                ("countries", st.frozensets(countries, min_size=1, max_size=3)),
                ("levels", st.frozensets(levels, min_size=1)),
            ]
        )
    )
    unconstrained: dict[str, Any] = {field: frozenset()}
    constrained: dict[str, Any] = {field: data.draw(values)}
    loose, strict = replace(f, **unconstrained), replace(f, **constrained)
    assert not matches(strict, facts) or matches(loose, facts)


@given(filters, facts_strategy, countries)
def test_naming_one_more_country_never_lets_more_through(
    f: SubscriptionFilter, facts: EventFacts, country: str
) -> None:
    wider = replace(f, countries=f.countries | {country})
    assert not matches(wider, facts) or matches(f, facts)


@given(filters, facts_strategy, patterns)
def test_adding_a_pattern_never_lets_fewer_through(
    f: SubscriptionFilter, facts: EventFacts, pattern: str
) -> None:
    more = replace(f, event_types=(*f.event_types, pattern))
    assert not matches(f, facts) or matches(more, facts)
