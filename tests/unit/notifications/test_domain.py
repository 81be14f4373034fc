"""The notification rules without I/O: event facts, partner visibility and inbox notices."""

from datetime import timedelta
from typing import Any

import pytest

from services.notifications.domain import (
    SECRETARIAT_INBOX,
    InboxKind,
    Partnership,
    event_facts,
    notices_for,
    partner_may_hear,
    partnership_from_snapshot,
    visible_to_partner,
)
from services.notifications.matching import EventFacts
from services.notifications.settings import NotificationsSettings

SNAPSHOT: dict[str, Any] = {
    "id": "p-1",
    "version": 3,
    "status": "implementing",
    "title": "Fair recruitment",
    "owner_organisation_id": "org-a",
    "members": [
        {"partner_id": "org-a", "role": "lead"},
        {"partner_id": "org-b", "role": "funding"},
    ],
    "level": "bilateral",
    "countries": [{"code": "mx", "role": "origin"}, {"code": "CA", "role": "destination"}],
    "themes": ["human_rights"],
    "gcm_objectives": [6, 18],
}


def test_a_snapshot_gives_the_facts_filters_read() -> None:
    partnership = partnership_from_snapshot(SNAPSHOT)
    facts = event_facts("partnership.adopted", "p-1", partnership)
    assert facts.countries == {"MX", "CA"}
    assert facts.gcm_objectives == {6, 18}
    assert facts.level == "bilateral"
    assert partnership.member_ids == {"org-a", "org-b"}


def test_a_restricted_partnerships_inbox_items_name_it_by_its_id() -> None:
    thin = partnership_from_snapshot({**SNAPSHOT, "title": "", "classification": "restricted"})
    notices = notices_for(
        "partnership.review_opened", {"partnership": {**SNAPSHOT, "title": ""}, "cycle": 1}, thin
    )
    assert {notice.title for notice in notices} == {"Review cycle 1 opened: p-1"}


def test_an_amendment_waits_in_the_secretariats_inbox_and_its_decision_reaches_the_owner() -> None:
    known = partnership_from_snapshot(SNAPSHOT)
    data = {"partnership": SNAPSHOT, "amendment_id": "a-1", "changed_fields": ["countries"]}
    waiting = notices_for("partnership.amendment_proposed", data, known)
    approved = notices_for("partnership.amended", data, known)
    rejected = notices_for("partnership.amendment_rejected", data, known)
    assert [(n.organisation_id, n.kind) for n in waiting] == [
        (SECRETARIAT_INBOX, InboxKind.AMENDMENT_WAITING)
    ]
    assert [(n.organisation_id, n.kind, n.title) for n in approved + rejected] == [
        ("org-a", InboxKind.AMENDMENT_APPROVED, "Amendment approved: Fair recruitment"),
        ("org-a", InboxKind.AMENDMENT_REJECTED, "Amendment rejected: Fair recruitment"),
    ]


def test_an_unknown_partnership_has_no_facts_to_match() -> None:
    facts = event_facts("commitment.overdue", "p-9", None)
    assert facts.themes == frozenset()
    assert facts.level is None


def test_partners_never_see_others_drafts_but_see_their_own() -> None:
    draft = partnership_from_snapshot({**SNAPSHOT, "status": "draft"})
    assert not visible_to_partner(draft, "org-stranger")
    assert not visible_to_partner(draft, None)
    assert visible_to_partner(draft, draft.owner_organisation_id)
    assert visible_to_partner(partnership_from_snapshot(SNAPSHOT), "org-stranger")
    assert visible_to_partner(None, "org-stranger")


def test_a_review_opened_tells_the_owner_and_every_member_once() -> None:
    data = {"partnership": {**SNAPSHOT, "members": [*SNAPSHOT["members"], *SNAPSHOT["members"]]}}
    notices = notices_for("partnership.review_opened", {**data, "cycle": 2}, None)
    assert [(n.organisation_id, n.kind) for n in notices] == [
        ("org-a", InboxKind.REVIEW_OPENED),
        ("org-b", InboxKind.REVIEW_OPENED),
    ]


@pytest.mark.parametrize(
    ("event_type", "kind"),
    [
        ("commitment.report_due", InboxKind.COMMITMENT_REPORT_DUE),
        ("commitment.overdue", InboxKind.COMMITMENT_OVERDUE),
    ],
)
def test_commitment_notices_go_to_the_responsible_partner(event_type: str, kind: InboxKind) -> None:
    data = {"partnership_id": "p-1", "responsible_partner_id": "org-b", "due_date": "2026-01-31"}
    partnership = partnership_from_snapshot(SNAPSHOT)
    (notice,) = notices_for(event_type, data, partnership)
    assert (notice.organisation_id, notice.kind) == ("org-b", kind)
    assert "Fair recruitment" in notice.title


@pytest.mark.parametrize(
    ("event_type", "kind"),
    [
        ("commitment.report_due", InboxKind.COMMITMENT_REPORT_DUE),
        ("commitment.overdue", InboxKind.COMMITMENT_OVERDUE),
    ],
)
def test_a_joint_commitments_notices_go_to_every_holder_once(
    event_type: str, kind: InboxKind
) -> None:
    data = {
        "partnership_id": "p-1",
        "responsible_partner_id": "org-b",
        "holder_ids": ["org-b", "org-c", "org-d"],
        "due_date": "2026-03-31",
    }
    notices = notices_for(event_type, data, partnership_from_snapshot(SNAPSHOT))
    assert [(n.organisation_id, n.kind) for n in notices] == [
        ("org-b", kind),
        ("org-c", kind),
        ("org-d", kind),
    ]


@pytest.mark.parametrize(
    ("event_type", "kind"),
    [
        ("partnership.adopted", InboxKind.PROPOSAL_ADOPTED),
        ("partnership.rejected", InboxKind.PROPOSAL_REJECTED),
        ("partnership.returned_for_revision", InboxKind.PROPOSAL_RETURNED),
    ],
)
def test_a_decision_on_a_proposal_goes_to_its_owner(event_type: str, kind: InboxKind) -> None:
    (notice,) = notices_for(event_type, {"partnership": SNAPSHOT}, None)
    assert (notice.organisation_id, notice.kind) == ("org-a", kind)


@pytest.mark.parametrize(
    "event_type",
    ["partnership.updated", "commitment.progress_reported", "partnership.adopted.extra"],
)
def test_other_events_need_no_action(event_type: str) -> None:
    assert notices_for(event_type, {"partnership": SNAPSHOT, "partnership_id": "p-1"}, None) == []


def test_settings_read_the_schedule_and_allow_list() -> None:
    settings = NotificationsSettings(
        database_url="postgresql://x/y",
        retry_schedule_seconds="0, 0.5,60",
        allow_hosts="127.0.0.1, receiver.test ,",
    )
    assert settings.retry_schedule == (
        timedelta(0),
        timedelta(milliseconds=500),
        timedelta(minutes=1),
    )
    assert settings.allowed_hosts == ("127.0.0.1", "receiver.test")


def test_the_default_schedule_is_the_svix_like_one() -> None:
    from services.notifications.retry import DEFAULT_SCHEDULE

    assert NotificationsSettings(database_url="postgresql://x/y").retry_schedule == DEFAULT_SCHEDULE


@pytest.mark.parametrize("schedule", ["", "soon", "1,-1"])
def test_an_unreadable_schedule_is_refused_at_start(schedule: str) -> None:
    with pytest.raises(ValueError):
        NotificationsSettings(database_url="postgresql://x/y", retry_schedule_seconds=schedule)


# Whole values, not a field or two: mutation testing showed single-field checks let a wrong id,
# theme or title through.
def test_a_snapshot_is_read_field_by_field() -> None:
    assert partnership_from_snapshot(SNAPSHOT) == Partnership(
        id="p-1",
        version=3,
        status="implementing",
        owner_organisation_id="org-a",
        member_ids=frozenset({"org-a", "org-b"}),
        themes=frozenset({"human_rights"}),
        gcm_objectives=frozenset({6, 18}),
        countries=frozenset({"MX", "CA"}),
        level="bilateral",
        title="Fair recruitment",
    )
    bare = {key: SNAPSHOT[key] for key in ("id", "version", "status", "owner_organisation_id")}
    sparse = partnership_from_snapshot({**bare, "level": "global"})
    assert (sparse.member_ids, sparse.themes, sparse.countries, sparse.title) == (
        frozenset(),
        frozenset(),
        frozenset(),
        "p-1",  # no title: the id names it
    )


def test_event_facts_carry_the_type_and_the_known_partnerships_facts() -> None:
    known = partnership_from_snapshot(SNAPSHOT)
    assert event_facts("partnership.adopted", "p-1", known) == EventFacts(
        event_type="partnership.adopted",
        partnership_id="p-1",
        themes=frozenset({"human_rights"}),
        gcm_objectives=frozenset({6, 18}),
        countries=frozenset({"MX", "CA"}),
        level="bilateral",
    )
    assert event_facts("commitment.overdue", "p-9", None) == EventFacts(
        event_type="commitment.overdue",
        partnership_id="p-9",
        themes=frozenset(),
        gcm_objectives=frozenset(),
        countries=frozenset(),
        level=None,
    )


def test_notice_titles_say_what_and_which_partnership() -> None:
    known = partnership_from_snapshot(SNAPSHOT)
    due = {"partnership_id": "p-1", "responsible_partner_id": "org-b", "due_date": "2026-01-31"}
    assert [n.title for n in notices_for("commitment.report_due", due, known)] == [
        "Progress report due by 2026-01-31: Fair recruitment"
    ]
    # A partnership not known yet is named by its id.
    assert [n.title for n in notices_for("commitment.overdue", due, None)] == [
        "Commitment overdue since 2026-01-31: p-1"
    ]
    decided = {"partnership": SNAPSHOT}
    assert [n.title for n in notices_for("partnership.adopted", decided, known)] == [
        "Proposal adopted: Fair recruitment"
    ]
    assert [n.title for n in notices_for("partnership.rejected", decided, known)] == [
        "Proposal rejected: Fair recruitment"
    ]
    opened = {"partnership": SNAPSHOT, "cycle": 2}
    assert {n.title for n in notices_for("partnership.review_opened", opened, known)} == {
        "Review cycle 2 opened: Fair recruitment"
    }
    without_members = {key: value for key, value in SNAPSHOT.items() if key != "members"}
    no_members = {"partnership": without_members, "cycle": 1}
    assert [
        n.organisation_id for n in notices_for("partnership.review_opened", no_members, known)
    ] == ["org-a"]


@pytest.mark.parametrize(
    ("event_type", "data", "kind"),
    [
        ("partnership.proposed", {"partnership": SNAPSHOT}, InboxKind.PROPOSAL_WAITING),
        (
            "review.dossier_compiled",
            {"partnership_id": "p-1", "cycle": 2},
            InboxKind.DOSSIER_COMPILED,
        ),
    ],
)
def test_what_waits_for_a_decision_goes_to_the_secretariats_shared_inbox(
    event_type: str, data: dict[str, Any], kind: InboxKind
) -> None:
    (notice,) = notices_for(event_type, data, None)
    assert (notice.organisation_id, notice.kind) == (SECRETARIAT_INBOX, kind)


INVITATION = {
    "invitation_id": "inv-1",
    "partnership_id": "p-7",
    "organisation_id": "org-b",
    "owner_organisation_id": "org-a",
}


@pytest.mark.parametrize(
    "event_type", ["partnership.invitation_sent", "partnership.invitation_answered"]
)
@pytest.mark.parametrize("known", [None, partnership_from_snapshot(SNAPSHOT)])
def test_an_invitation_is_heard_by_the_invitee_and_the_owner_alone(
    event_type: str, known: Partnership | None
) -> None:
    # Whatever this service knows of the partnership (nothing, for a draft never proposed, or a
    # public one), an invitation is two organisations' business.
    assert partner_may_hear(event_type, INVITATION, known, "org-a")
    assert partner_may_hear(event_type, INVITATION, known, "org-b")
    assert not partner_may_hear(event_type, INVITATION, known, "org-c")
    assert not partner_may_hear(event_type, INVITATION, known, None)


def test_other_events_are_heard_as_the_partnership_is_visible() -> None:
    draft = partnership_from_snapshot({**SNAPSHOT, "status": "draft"})
    assert partner_may_hear("partnership.returned_for_revision", {}, draft, "org-a")
    assert not partner_may_hear("partnership.returned_for_revision", {}, draft, "org-b")
    assert partner_may_hear("commitment.overdue", {}, None, "org-c")


def test_the_invitee_is_asked_and_the_owner_told_the_answer() -> None:
    sent = notices_for(
        "partnership.invitation_sent", {**INVITATION, "role": "funding", "commitment_ids": []}, None
    )
    assert [(n.organisation_id, n.kind, n.title) for n in sent] == [
        (
            "org-b",
            InboxKind.INVITATION_RECEIVED,
            "Invitation to join partnership p-7 as funding: accept or decline",
        )
    ]
    known = partnership_from_snapshot({**SNAPSHOT, "id": "p-7"})
    answered = notices_for(
        "partnership.invitation_answered", {**INVITATION, "answer": "accepted"}, known
    )
    # Named by its id even when the title is known: a draft's title is nobody else's yet.
    assert [(n.organisation_id, n.kind, n.title) for n in answered] == [
        ("org-a", InboxKind.INVITATION_ANSWERED, "Invitation accepted by org-b: partnership p-7")
    ]
