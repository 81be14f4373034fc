"""Which subscriptions an event reaches (filters, partner visibility), the SSRF guard at
subscribe and send time, and the inbox items events leave for organisations."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

import pytest

from services.notifications.handlers import route_events
from shared.catalogue.commitments import DossierCompiled
from shared.db import create_engine, session_factory
from shared.events import Event
from shared.uow import UnitOfWork
from tests.integration.notifications.support import (
    ORG_A,
    ORG_B,
    ORG_C,
    api,
    as_,
    commitment_event,
    delivery_rows,
    fetch,
    make_settings,
    new_partnership_id,
    partnership_event,
    publish,
    running_consumer,
    running_dispatcher,
    subscribe,
)
from tests.support.infra import Infra
from tests.support.processes import eventually
from tests.support.receiver import Receiver

pytestmark = pytest.mark.integration

TARGET = "https://hooks.example.org/alianza"  # never called: no dispatcher runs in these tests


@pytest.fixture
def target_resolves_publicly(monkeypatch: pytest.MonkeyPatch) -> None:
    """The subscribe-time DNS lookup of TARGET, answered locally with a public address."""
    monkeypatch.setattr(
        "services.notifications.handlers.system_resolve", lambda host: ["93.184.216.34"]
    )


@pytest.mark.usefixtures("target_resolves_publicly")
async def test_filters_select_exactly_what_they_say(
    infra: Infra, notifications_db: str, topic_prefix: str
) -> None:
    settings = make_settings(notifications_db, infra.kafka_bootstrap, topic_prefix)
    mx_ca = new_partnership_id()  # bilateral, MX+CA, human_rights, GCM 6
    global_data = new_partnership_id()  # global, data_cooperation, GCM 1, ES+MA+SN
    draft = new_partnership_id()
    events = {
        "adopted_mx_ca": partnership_event("partnership.adopted", mx_ca, version=2),
        "adopted_global": partnership_event(
            "partnership.adopted",
            global_data,
            version=2,
            themes=("data_cooperation",),
            gcm=(1,),
            countries=("ES", "MA", "SN"),
            level="global",
        ),
        # Another organisation's draft (the registry publishes a draft only when it returns a
        # proposal for revision, for its owner): partner-a must not see it.
        "draft_update": partnership_event(
            "partnership.updated", draft, status="draft", owner=ORG_C
        ),
        # Carries no themes itself: matched through the facts kept from mx_ca's snapshot.
        "overdue_mx_ca": commitment_event("commitment.overdue", mx_ca),
        "progress_global": commitment_event(
            "commitment.status_changed", global_data, old_status="on_track", new_status="at_risk"
        ),
    }
    async with api(settings) as client:
        subs = {
            "everything": await subscribe(client, "ops", target_url=TARGET, event_types=["*"]),
            "partner_everything": await subscribe(
                client, "partner-a", target_url=TARGET, event_types=["*"]
            ),
            "commitments_only": await subscribe(
                client, "partner-b", target_url=TARGET, event_types=["commitment.*"]
            ),
            "adopted_only": await subscribe(
                client, "partner-b", target_url=TARGET, event_types=["partnership.adopted"]
            ),
            "theme_data": await subscribe(
                client,
                "secretariat",
                target_url=TARGET,
                event_types=["*"],
                themes=["data_cooperation"],
            ),
            "both_countries": await subscribe(
                client, "ops", target_url=TARGET, event_types=["*"], countries=["mx", "CA"]
            ),
            "mx_and_es": await subscribe(
                client, "ops", target_url=TARGET, event_types=["*"], countries=["MX", "ES"]
            ),
            "level_global": await subscribe(
                client, "ops", target_url=TARGET, event_types=["*"], levels=["global"]
            ),
            "gcm_6_or_23": await subscribe(
                client, "ops", target_url=TARGET, event_types=["*"], gcm_objectives=[6, 23]
            ),
            "one_partnership": await subscribe(
                client,
                "partner-c",
                target_url=TARGET,
                event_types=["partnership.*", "commitment.overdue"],
                partnership_ids=[mx_ca],
            ),
        }
        disabled = await subscribe(client, "ops", target_url=TARGET, event_types=["*"])
        response = await client.post(f"/subscriptions/{disabled['id']}/disable", headers=as_("ops"))
        assert response.json()["enabled"] is False

        async with running_consumer(settings):
            # The partnership events first, so their facts are known when commitments arrive.
            await publish(
                infra.kafka_bootstrap,
                topic_prefix,
                events["adopted_mx_ca"],
                events["adopted_global"],
                events["draft_update"],
            )

            async def facts_known() -> bool:
                rows = await fetch(notifications_db, "SELECT id FROM partnership_facts")
                return len(rows) == 3

            await eventually(facts_known, what="the partnership facts")
            await publish(
                infra.kafka_bootstrap,
                topic_prefix,
                events["overdue_mx_ca"],
                events["progress_global"],
            )

            async def all_routed() -> bool:
                rows = await fetch(notifications_db, "SELECT event_id FROM inbox")
                return len(rows) == len(events)

            await eventually(all_routed, what="every event to be routed")

    names = {event.id: name for name, event in events.items()}
    got = {
        sub_name: {names[r["event_id"]] for r in await delivery_rows(notifications_db, sub["id"])}
        for sub_name, sub in subs.items()
    }
    assert got == {
        "everything": set(events),
        "partner_everything": set(events) - {"draft_update"},
        "commitments_only": {"overdue_mx_ca", "progress_global"},
        "adopted_only": {"adopted_mx_ca", "adopted_global"},
        "theme_data": {"adopted_global", "progress_global"},
        "both_countries": {"adopted_mx_ca", "overdue_mx_ca", "draft_update"},
        "mx_and_es": set(),
        "level_global": {"adopted_global", "progress_global"},
        "gcm_6_or_23": {"adopted_mx_ca", "overdue_mx_ca", "draft_update"},
        "one_partnership": {"adopted_mx_ca", "overdue_mx_ca"},
    }
    assert await delivery_rows(notifications_db, disabled["id"]) == []


@pytest.mark.usefixtures("target_resolves_publicly")
async def test_a_run_of_events_is_judged_as_the_events_before_it_left_the_partnership(
    infra: Infra, notifications_db: str, topic_prefix: str
) -> None:
    # The consumer routes each run of a fetch's events together (`route_events`): an event
    # without a snapshot is judged by the newest snapshot known by then — one stored before the
    # run or one an earlier event of the same run carried — and an older snapshot arriving
    # after a newer one is judged by itself but does not roll the partnership back. A
    # subscription pinned to one partnership of the run hears none of the others'.
    settings = make_settings(notifications_db, infra.kafka_bootstrap, topic_prefix)
    pid, other = new_partnership_id(), new_partnership_id()
    data = {"themes": ("data_cooperation",)}
    run = {
        "other_updated": partnership_event("partnership.updated", other, version=1),
        "overdue_unknown": commitment_event("commitment.overdue", pid),
        "updated_v2_data": partnership_event("partnership.updated", pid, version=2, **data),
        "overdue_after_v2": commitment_event("commitment.overdue", pid),
        "updated_v1_rights": partnership_event("partnership.updated", pid, version=1),
        "status_after_v1": commitment_event(
            "commitment.status_changed", pid, old_status="on_track", new_status="at_risk"
        ),
    }
    async with api(settings) as client:
        theme = await subscribe(
            client, "ops", target_url=TARGET, event_types=["*"], themes=["data_cooperation"]
        )
        pinned = await subscribe(
            client, "ops", target_url=TARGET, event_types=["*"], partnership_ids=[other]
        )
    engine = create_engine(settings.database_url)
    try:
        sessions = session_factory(engine)
        async with UnitOfWork(sessions, source="notifications", topic_prefix=topic_prefix) as uow:
            await route_events(uow, list(run.values()))
            await uow.commit()
    finally:
        await engine.dispose()

    names = {event.id: name for name, event in run.items()}

    async def routed_to(subscription: dict[str, Any]) -> set[str]:
        rows = await delivery_rows(notifications_db, subscription["id"])
        return {names[row["event_id"]] for row in rows}

    assert await routed_to(theme) == {"updated_v2_data", "overdue_after_v2", "status_after_v1"}
    assert await routed_to(pinned) == {"other_updated"}
    (facts,) = await fetch(
        notifications_db, "SELECT version, themes FROM partnership_facts WHERE id = $1", pid
    )
    assert (facts["version"], facts["themes"]) == (2, ["data_cooperation"])


async def test_invalid_patterns_and_filters_are_422_naming_the_field(
    infra: Infra, notifications_db: str, topic_prefix: str
) -> None:
    settings = make_settings(notifications_db, infra.kafka_bootstrap, topic_prefix)
    with Receiver() as receiver:
        async with api(settings) as client:
            response = await client.post(
                "/subscriptions",
                json={"target_url": receiver.url, "event_types": ["partnership.adopted", "*.x"]},
                headers=as_("partner-a"),
            )
            assert response.status_code == 422
            assert [e["field"] for e in response.json()["errors"]] == ["event_types[1]"]
            response = await client.post(
                "/subscriptions",
                json={"target_url": receiver.url, "event_types": ["*"], "countries": ["ZZ"]},
                headers=as_("partner-a"),
            )
            assert response.status_code == 422
            assert response.json()["errors"][0]["field"].startswith("countries")


@pytest.mark.parametrize(
    "url",
    [
        "https://10.0.0.1/hook",
        "https://169.254.169.254/latest/meta-data",
        "https://[::1]/hook",
        "http://hooks.example.org/hook",
        "ftp://hooks.example.org/hook",
        "https://localhost/hook",
    ],
)
async def test_the_ssrf_guard_refuses_private_targets_at_subscribe_time(
    infra: Infra, notifications_db: str, topic_prefix: str, url: str
) -> None:
    settings = make_settings(notifications_db, infra.kafka_bootstrap, topic_prefix, allow_hosts="")
    async with api(settings) as client:
        response = await client.post(
            "/subscriptions", json={"target_url": url, "event_types": ["*"]}, headers=as_("ops")
        )
        assert response.status_code == 422, response.text
        assert response.headers["content-type"] == "application/problem+json"
        assert [e["field"] for e in response.json()["errors"]] == ["target_url"]
        listed = await client.get("/subscriptions", headers=as_("ops"))
        assert listed.json()["items"] == []


async def test_the_ssrf_guard_refuses_at_send_time_too(
    infra: Infra, notifications_db: str, topic_prefix: str
) -> None:
    # Subscribed while 127.0.0.1 was allowed; the dispatcher runs without that allowance.
    settings = make_settings(notifications_db, infra.kafka_bootstrap, topic_prefix)
    strict = make_settings(notifications_db, infra.kafka_bootstrap, topic_prefix, allow_hosts="")
    with Receiver() as receiver:
        async with api(settings) as client:
            created = await subscribe(client, "ops", target_url=receiver.url, event_types=["*"])
        async with running_consumer(settings), running_dispatcher(strict):
            await publish(
                infra.kafka_bootstrap,
                topic_prefix,
                partnership_event("partnership.adopted", new_partnership_id()),
            )

            async def failed() -> bool:
                rows = await delivery_rows(notifications_db, created["id"])
                return len(rows) == 1 and rows[0]["status"] == "failed"

            await eventually(failed, what="the delivery to be refused")
        assert receiver.received == []
        attempts = await fetch(notifications_db, "SELECT * FROM delivery_attempts")
        assert len(attempts) == 3
        assert all(a["status_code"] is None for a in attempts)
        assert all("target refused" in a["error"] for a in attempts)


async def test_inbox_items_appear_for_reviews_overdue_and_decisions_once_each(
    infra: Infra, notifications_db: str, topic_prefix: str
) -> None:
    settings = make_settings(notifications_db, infra.kafka_bootstrap, topic_prefix)
    partnership = new_partnership_id()  # owned by ORG_A, ORG_B a member
    adopted = partnership_event("partnership.adopted", partnership, version=2)
    review = partnership_event("partnership.review_opened", partnership, version=4)
    overdue = commitment_event("commitment.overdue", partnership, responsible=ORG_B)
    progress = commitment_event(
        "commitment.status_changed", partnership, old_status="on_track", new_status="at_risk"
    )
    async with api(settings) as client, running_consumer(settings) as consumer:
        # The review is delivered twice, as after a relay crash: one item per organisation still.
        await publish(
            infra.kafka_bootstrap, topic_prefix, adopted, review, review, overdue, progress
        )

        async def routed() -> bool:
            return consumer.stats.applied + consumer.stats.skipped_duplicates == 5

        await eventually(routed, what="every event to be routed")
        await asyncio.sleep(0.2)

        async def kinds(who: str) -> list[str]:
            response = await client.get("/inbox", headers=as_(who))
            assert response.status_code == 200, response.text
            return sorted(item["kind"] for item in response.json()["items"])

        assert await kinds("partner-a") == ["proposal_adopted", "review_opened"]
        assert await kinds("partner-b") == ["commitment_overdue", "review_opened"]
        assert await kinds("partner-c") == []
        rows = await fetch(
            notifications_db, "SELECT organisation_id FROM inbox_items WHERE kind = 'review_opened'"
        )
        assert sorted(r["organisation_id"] for r in rows) == [ORG_A, ORG_B]

        items = (await client.get("/inbox", headers=as_("partner-b"))).json()["items"]
        overdue_item = next(i for i in items if i["kind"] == "commitment_overdue")
        assert overdue_item["partnership_id"] == partnership
        assert overdue_item["details"]["commitment_id"] == overdue.data["commitment_id"]
        # Only the organisation it belongs to may mark it read.
        foreign = await client.post(f"/inbox/{overdue_item['id']}/read", headers=as_("partner-a"))
        assert foreign.status_code == 404
        read = await client.post(f"/inbox/{overdue_item['id']}/read", headers=as_("partner-b"))
        assert read.status_code == 200
        assert read.json()["read_at"] is not None
        unread = await client.get("/inbox", params={"unread": True}, headers=as_("partner-b"))
        assert [i["kind"] for i in unread.json()["items"]] == ["review_opened"]
        no_org = await client.get("/inbox", headers=as_("ops"))
        assert no_org.status_code == 403
    # The second copy of the review was skipped by the inbox, not routed and then merged.
    assert consumer.stats.skipped_duplicates == 1
    assert consumer.stats.applied == 4
    assert (
        await fetch(
            notifications_db, "SELECT id FROM inbox_items WHERE organisation_id = $1", ORG_C
        )
        == []
    )


async def test_partners_see_and_manage_only_their_organisations_subscriptions(
    infra: Infra, notifications_db: str, topic_prefix: str
) -> None:
    settings = make_settings(notifications_db, infra.kafka_bootstrap, topic_prefix)
    with Receiver() as receiver:
        async with api(settings) as client:
            a = await subscribe(client, "partner-a", target_url=receiver.url, event_types=["*"])
            b = await subscribe(client, "partner-b", target_url=receiver.url, event_types=["*"])
            assert a["owner_organisation_id"] == ORG_A
            assert a["partner_scoped"] is True

            async def ids(who: str) -> set[str]:
                response = await client.get("/subscriptions", headers=as_(who))
                return {s["id"] for s in response.json()["items"]}

            assert await ids("partner-a") == {a["id"]}
            assert await ids("partner-b") == {b["id"]}
            assert await ids("ops") == {a["id"], b["id"]}
            for path in (
                f"/subscriptions/{a['id']}",
                f"/subscriptions/{a['id']}/deliveries",
            ):
                assert (await client.get(path, headers=as_("partner-b"))).status_code == 404
            for action in ("disable", "enable", "rotate-secret"):
                response = await client.post(
                    f"/subscriptions/{a['id']}/{action}", headers=as_("partner-b")
                )
                assert response.status_code == 404
            assert (
                await client.delete(f"/subscriptions/{a['id']}", headers=as_("partner-b"))
            ).status_code == 404
            assert (
                await client.delete(f"/subscriptions/{a['id']}", headers=as_("partner-a"))
            ).status_code == 204
            assert await ids("ops") == {b["id"]}


async def test_a_proposal_returned_for_revision_reaches_its_owner_alone_with_the_reason(
    infra: Infra, notifications_db: str, topic_prefix: str
) -> None:
    settings = make_settings(notifications_db, infra.kafka_bootstrap, topic_prefix)
    partnership = new_partnership_id()  # owned by ORG_A
    returned = partnership_event(
        "partnership.returned_for_revision", partnership, status="draft", version=3
    )
    returned = returned.model_copy(
        update={"data": {**returned.data, "reason": "Add a baseline to each commitment."}}
    )
    # No dispatcher runs: the deliveries are counted, never sent.
    with Receiver() as receiver:
        async with api(settings) as client:
            own = await subscribe(client, "partner-a", target_url=receiver.url, event_types=["*"])
            stranger = await subscribe(
                client, "partner-c", target_url=receiver.url, event_types=["*"]
            )
    async with api(settings) as client:
        async with running_consumer(settings) as consumer:
            await publish(infra.kafka_bootstrap, topic_prefix, returned)

            async def routed() -> bool:
                return consumer.stats.applied == 1

            await eventually(routed, what="the event to be routed")
        # A draft again: the owner's webhook hears it, another organisation's does not.
        assert len(await delivery_rows(notifications_db, own["id"])) == 1
        assert await delivery_rows(notifications_db, stranger["id"]) == []
        items = (await client.get("/inbox", headers=as_("partner-a"))).json()["items"]
        assert [(i["kind"], i["details"]) for i in items] == [
            ("proposal_returned", {"reason": "Add a baseline to each commitment."})
        ]
        assert (await client.get("/inbox", headers=as_("partner-c"))).json()["items"] == []


async def test_proposals_and_compiled_dossiers_wait_in_the_secretariats_shared_inbox(
    infra: Infra, notifications_db: str, topic_prefix: str
) -> None:
    settings = make_settings(notifications_db, infra.kafka_bootstrap, topic_prefix)
    partnership = new_partnership_id()
    proposed = partnership_event("partnership.proposed", partnership, status="proposed")
    compiled = DossierCompiled(
        dossier_id="d-1",
        partnership_id=partnership,
        review_id="rev-1",
        cycle=1,
        compiled_at=datetime.now(UTC),
        commitments=[],
        overdue=[],
        achieved=[],
    )
    dossier = Event(
        source="/alianza/commitments",
        type="review.dossier_compiled",
        subject=partnership,
        data=compiled.model_dump(mode="json"),
    )
    async with api(settings) as client, running_consumer(settings) as consumer:
        await publish(infra.kafka_bootstrap, topic_prefix, proposed, dossier)

        async def routed() -> bool:
            return consumer.stats.applied == 2

        await eventually(routed, what="both events to be routed")
        items = (await client.get("/inbox", headers=as_("secretariat"))).json()["items"]
        assert sorted(i["kind"] for i in items) == ["dossier_compiled", "proposal_waiting"]
        # Partners do not read the secretariat's inbox, nor mark its items read.
        for who in ("partner-a", "partner-b", "partner-c"):
            kinds = [
                i["kind"] for i in (await client.get("/inbox", headers=as_(who))).json()["items"]
            ]
            assert "proposal_waiting" not in kinds and "dossier_compiled" not in kinds, who
        foreign = await client.post(f"/inbox/{items[0]['id']}/read", headers=as_("partner-a"))
        assert foreign.status_code == 404
        read = await client.post(f"/inbox/{items[0]['id']}/read", headers=as_("secretariat"))
        assert read.status_code == 200


async def test_an_invitation_reaches_only_the_invitee_the_owner_and_staff(
    infra: Infra, notifications_db: str, topic_prefix: str
) -> None:
    """A draft never proposed is unknown here; its invitations must still not reach a third
    organisation's webhooks, and each party finds what it has to do in its inbox."""
    settings = make_settings(notifications_db, infra.kafka_bootstrap, topic_prefix)
    partnership = new_partnership_id()  # never announced: a private draft
    parties = {
        "invitation_id": "inv-1",
        "partnership_id": partnership,
        "organisation_id": ORG_B,
        "owner_organisation_id": ORG_A,
    }
    sent = Event(
        source="/alianza/registry",
        type="partnership.invitation_sent",
        subject=partnership,
        data={**parties, "role": "funding", "commitment_ids": ["c-1"]},
    )
    answered = Event(
        source="/alianza/registry",
        type="partnership.invitation_answered",
        subject=partnership,
        data={**parties, "answer": "declined", "actor_client_id": "client-b", "reason": "No."},
    )
    with Receiver() as receiver:
        async with api(settings) as client:
            subscriptions = {
                who: await subscribe(client, who, target_url=receiver.url, event_types=["*"])
                for who in ("partner-a", "partner-b", "partner-c", "ops")
            }
    async with api(settings) as client:
        async with running_consumer(settings) as consumer:
            await publish(infra.kafka_bootstrap, topic_prefix, sent, answered)

            async def routed() -> bool:
                return consumer.stats.applied == 2

            await eventually(routed, what="both invitation events to be routed")
        heard = {
            who: sorted(row["event_type"] for row in await delivery_rows(notifications_db, s["id"]))
            for who, s in subscriptions.items()
        }
        both = ["partnership.invitation_answered", "partnership.invitation_sent"]
        assert heard == {"partner-a": both, "partner-b": both, "partner-c": [], "ops": both}

        def inbox(who: str) -> list[tuple[str, str, dict[str, object]]]:
            return [(i["kind"], i["title"], i["details"]) for i in items[who]]

        items = {
            who: (await client.get("/inbox", headers=as_(who))).json()["items"]
            for who in ("partner-a", "partner-b", "partner-c")
        }
        assert inbox("partner-b") == [
            (
                "invitation_received",
                f"Invitation to join partnership {partnership} as funding: accept or decline",
                {
                    "invitation_id": "inv-1",
                    "organisation_id": ORG_B,
                    "role": "funding",
                    "commitment_ids": ["c-1"],
                },
            )
        ]
        assert inbox("partner-a") == [
            (
                "invitation_answered",
                f"Invitation declined by {ORG_B}: partnership {partnership}",
                {
                    "invitation_id": "inv-1",
                    "organisation_id": ORG_B,
                    "answer": "declined",
                    "reason": "No.",
                },
            )
        ]
        assert items["partner-c"] == []
