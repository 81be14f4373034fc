"""How the reconciliation reads a lifecycle history and a subscription filter."""

from __future__ import annotations

from datetime import date

from chaos.ledger import Tracked
from chaos.load import SubscriptionSpec
from chaos.reconcile import Findings, compare_history, wants


def tracked(actions: list[str], uncertain: str | None = None) -> Tracked:
    found = Tracked("p1", ["human_rights"], {"c1": date(2020, 1, 1)})
    found.actions = actions
    found.uncertain_action = uncertain
    return found


def test_a_history_equal_to_the_accepted_commands_is_neither_lost_nor_doubled() -> None:
    findings = Findings()
    compare_history(
        findings, tracked(["create", "propose", "adopt"]), ["create", "propose", "adopt"]
    )
    assert not findings.lost and not findings.duplicated


def test_an_unanswered_command_may_or_may_not_have_happened() -> None:
    for actual in (["create", "propose"], ["create", "propose", "adopt"]):
        findings = Findings()
        compare_history(findings, tracked(["create", "propose"], uncertain="adopt"), actual)
        assert not findings.lost and not findings.duplicated, actual


def test_a_missing_step_is_lost_and_a_repeated_one_duplicated() -> None:
    lost, doubled = Findings(), Findings()
    compare_history(lost, tracked(["create", "propose", "adopt"]), ["create", "propose"])
    compare_history(doubled, tracked(["create", "propose"]), ["create", "propose", "propose"])
    assert lost.lost["lifecycle history"] == 1 and not lost.duplicated
    assert doubled.duplicated["lifecycle history"] == 1 and not doubled.lost


def test_review_outcomes_are_compared_by_action_name() -> None:
    findings = Findings()
    accepted = ["create", "propose", "adopt", "start", "open-review", "conclude-review:complete"]
    history = ["create", "propose", "adopt", "start", "open-review", "conclude-review"]
    compare_history(findings, tracked(accepted), history)
    assert not findings.lost and not findings.duplicated


def test_a_filter_selects_by_type_prefix_and_by_theme() -> None:
    everything = SubscriptionSpec("/a", ("partnership.*",))
    data_only = SubscriptionSpec("/b", ("partnership.*",), ("data_cooperation",))
    assert wants(everything, "partnership.adopted", set())
    assert not wants(everything, "commitment.overdue", set())
    assert not wants(everything, "partner.registered", set())
    assert wants(data_only, "partnership.adopted", {"data_cooperation", "human_rights"})
    assert not wants(data_only, "partnership.adopted", {"human_rights"})


def test_an_exact_type_filter_selects_only_that_type() -> None:
    overdue = SubscriptionSpec("/c", ("commitment.overdue",))
    assert wants(overdue, "commitment.overdue", set())
    assert not wants(overdue, "commitment.overdu", set())
    assert not wants(overdue, "commitment.registered", set())
