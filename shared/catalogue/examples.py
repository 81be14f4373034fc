"""One example payload per event type, built from the payload models themselves.

They tell one story, the one the APIs' request examples tell: a Mexico-Canada partnership for
the fair recruitment of seasonal agricultural workers, led by Mexico's labour ministry with
Canadian employers and the Mexican diaspora, a commitment of 1200 workers recruited fee-free.
`make contracts` puts them into the AsyncAPI document as each message's example; a test holds
each one to its JSON Schema, and that every type has one.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from pydantic import BaseModel

from shared.catalogue import commitments as c
from shared.catalogue import identity, notifications, ops, partners
from shared.catalogue import partnerships as p

MINISTRY = "prt_secretaria_trabajo"
EMPLOYERS = "prt_employers_ca"
DIASPORA = "prt_diaspora_ca"
PARTNERSHIP = "pts_fair_recruitment_mx_ca"
COMMITMENT = "cmt_fee_free_recruitment"
REVIEW = "rev_fair_recruitment_1"
AMENDMENT = "amd_fair_recruitment_gt"
INVITATION = "inv_employers_fair_recruitment"
PARTNER_CLIENT = "cli_secretaria_trabajo_portal"
SECRETARIAT_CLIENT = "cli_compact_secretariat"
SECRETARIAT_ORG = "prt_compact_secretariat"
AT = datetime(2027, 3, 15, 14, 30, tzinfo=UTC)  # when each example happened

_WORKERS = {"indicator": "Workers recruited fee-free", "unit": "workers"}
_PLANNED = p.PlannedCommitment(
    id=COMMITMENT,
    description="Workers recruited without paying any fee",
    responsible_partner_id=EMPLOYERS,
    baseline=Decimal(0),
    target=Decimal(1200),
    start_date=date(2026, 1, 1),
    due_date=date(2027, 12, 31),
    holders=[p.Holder(partner_id=EMPLOYERS)],
    reporting_frequency="annual",
    **_WORKERS,
)
_SNAPSHOT = p.PartnershipSnapshot(
    id=PARTNERSHIP,
    version=4,
    status="proposed",
    title="Fair recruitment of seasonal agricultural workers, Mexico-Canada",
    summary="Recruitment without fees, pre-departure orientation and portable social security "
    "for workers of the seasonal agricultural programme.",
    owner_organisation_id=MINISTRY,
    lead_partner_id=MINISTRY,
    members=[
        p.Member(partner_id=MINISTRY, role="lead", kind="line_ministry"),
        p.Member(partner_id=EMPLOYERS, role="implementing", kind="employer_or_recruiter"),
        p.Member(partner_id=DIASPORA, role="technical", kind="diaspora_organisation"),
    ],
    level="bilateral",
    countries=[
        p.CountryInvolvement(code="MX", role="origin"),
        p.CountryInvolvement(code="CA", role="destination"),
    ],
    themes=["human_rights", "shared_responsibility"],
    policy_areas=["employment"],
    gcm_objectives=[6, 22],
    sdg_targets=["8.8", "10.7"],
    planned_commitments=[_PLANNED],
)


def _snapshot(status: str, version: int, **changes: object) -> p.PartnershipSnapshot:
    return _SNAPSHOT.model_copy(update={"status": status, "version": version, **changes})


def _by_partner(status: str, version: int) -> p.PartnershipChanged:
    return p.PartnershipChanged(
        partnership=_snapshot(status, version),
        actor_client_id=PARTNER_CLIENT,
        actor_organisation_id=MINISTRY,
    )


def _by_secretariat(status: str, version: int, reason: str | None = None) -> p.PartnershipChanged:
    return p.PartnershipChanged(
        partnership=_snapshot(status, version),
        actor_client_id=SECRETARIAT_CLIENT,
        actor_organisation_id=SECRETARIAT_ORG,
        reason=reason,
    )


_COMMITMENT = {
    "commitment_id": COMMITMENT,
    "partnership_id": PARTNERSHIP,
    "responsible_partner_id": EMPLOYERS,
    "holder_ids": [EMPLOYERS],
}

EXAMPLES: dict[str, BaseModel] = {
    "partner.registered": partners.PartnerRegistered(
        partner_id=DIASPORA,
        name="Mexican Diaspora in Canada",
        kind="diaspora_organisation",
        country="CA",
    ),
    "partnership.proposed": _by_partner("proposed", 4),
    "partnership.updated": _by_partner("draft", 3),
    "partnership.withdrawn": _by_partner("withdrawn", 5),
    "partnership.adopted": _by_secretariat("adopted", 5),
    "partnership.rejected": _by_secretariat(
        "rejected", 5, "The partnership duplicates the corridor programme adopted in 2026."
    ),
    "partnership.returned_for_revision": _by_secretariat(
        "draft", 5, "The commitments need measurable targets and a baseline before adoption."
    ),
    "partnership.implementation_started": _by_partner("implementing", 6),
    "partnership.review_opened": p.ReviewOpened(
        partnership=_snapshot("under_review", 7, review_cycle=1),
        actor_client_id=SECRETARIAT_CLIENT,
        actor_organisation_id=SECRETARIAT_ORG,
        review_id=REVIEW,
        cycle=1,
    ),
    "partnership.review_concluded": p.ReviewConcluded(
        partnership=_snapshot("implementing", 8, review_cycle=1),
        actor_client_id=SECRETARIAT_CLIENT,
        actor_organisation_id=SECRETARIAT_ORG,
        review_id=REVIEW,
        cycle=1,
        outcome="continue",
        findings="640 of 1200 workers recruited fee-free in the first season.",
        lessons_learned="Pre-departure orientation in the home state cut early returns.",
        good_practices="Employers pay the recruiters directly, never the workers.",
        challenges="Portable social security still waits for the bilateral agreement.",
        language="en",
    ),
    "partnership.amendment_proposed": p.AmendmentEvent(
        partnership=_snapshot("implementing", 9, review_cycle=1),
        actor_client_id=PARTNER_CLIENT,
        actor_organisation_id=MINISTRY,
        reason="Scaling up: Guatemala joins as a country of origin, with a second cohort.",
        amendment_id=AMENDMENT,
        changed_fields=["countries", "planned_commitments"],
    ),
    "partnership.amended": p.AmendmentEvent(
        partnership=_snapshot(
            "implementing",
            10,
            review_cycle=1,
            countries=[
                p.CountryInvolvement(code="MX", role="origin"),
                p.CountryInvolvement(code="GT", role="origin"),
                p.CountryInvolvement(code="CA", role="destination"),
            ],
        ),
        actor_client_id=SECRETARIAT_CLIENT,
        actor_organisation_id=SECRETARIAT_ORG,
        reason="Scaling up: Guatemala joins as a country of origin, with a second cohort.",
        amendment_id=AMENDMENT,
        changed_fields=["countries", "planned_commitments"],
        previous_version=9,
    ),
    "partnership.amendment_rejected": p.AmendmentEvent(
        partnership=_snapshot("implementing", 9, review_cycle=1),
        actor_client_id=SECRETARIAT_CLIENT,
        actor_organisation_id=SECRETARIAT_ORG,
        reason="The second cohort needs an employer named as its holder.",
        amendment_id=AMENDMENT,
        changed_fields=["countries", "planned_commitments"],
    ),
    "partnership.replicated": p.PartnershipReplicated(
        partnership=_snapshot(
            "draft",
            1,
            id="pts_fair_recruitment_gt_ca",
            countries=[
                p.CountryInvolvement(code="GT", role="origin"),
                p.CountryInvolvement(code="CA", role="destination"),
            ],
            replicated_from=PARTNERSHIP,
        ),
        actor_client_id=PARTNER_CLIENT,
        actor_organisation_id=MINISTRY,
        replicated_from=PARTNERSHIP,
    ),
    "partnership.invitation_sent": p.InvitationSent(
        invitation_id=INVITATION,
        partnership_id=PARTNERSHIP,
        organisation_id=EMPLOYERS,
        owner_organisation_id=MINISTRY,
        role="implementing",
        commitment_ids=[COMMITMENT],
    ),
    "partnership.invitation_answered": p.InvitationAnswered(
        invitation_id=INVITATION,
        partnership_id=PARTNERSHIP,
        organisation_id=EMPLOYERS,
        owner_organisation_id=MINISTRY,
        answer="accepted",
        actor_client_id="cli_employers_ca",
        reason="Our members recruit through the programme already; we will hold the target.",
    ),
    "review.dossier_compiled": c.DossierCompiled(
        dossier_id="dos_fair_recruitment_1",
        partnership_id=PARTNERSHIP,
        review_id=REVIEW,
        cycle=1,
        compiled_at=AT,
        commitments=[
            c.DossierEntry(
                commitment_id=COMMITMENT,
                description=_PLANNED.description,
                responsible_partner_id=EMPLOYERS,
                baseline=Decimal(0),
                target=Decimal(1200),
                latest_value=Decimal(640),
                latest_period_end=date(2026, 12, 31),
                due_date=_PLANNED.due_date,
                status="on_track",
                holders=[
                    c.HolderPart(
                        partner_id=EMPLOYERS,
                        latest_value=Decimal(640),
                        latest_period_end=date(2026, 12, 31),
                    )
                ],
                reporting_frequency="annual",
                periods=[
                    c.PeriodEntry(
                        period_start=date(2026, 1, 1),
                        period_end=date(2026, 12, 31),
                        state="reported",
                        parts={EMPLOYERS: Decimal(640)},
                        total=Decimal(640),
                    ),
                    c.PeriodEntry(
                        period_start=date(2027, 1, 1), period_end=date(2027, 12, 31), state="open"
                    ),
                ],
                **_WORKERS,
            )
        ],
        overdue=[],
        achieved=[],
    ),
    "commitment.registered": c.CommitmentRegistered(
        **_COMMITMENT,
        description=_PLANNED.description,
        baseline=Decimal(0),
        target=Decimal(1200),
        start_date=date(2026, 1, 1),
        due_date=_PLANNED.due_date,
        status="not_started",
        holders=[p.Holder(partner_id=EMPLOYERS)],
        reporting_frequency="annual",
        **_WORKERS,
    ),
    "commitment.progress_reported": c.CommitmentProgressReported(
        **_COMMITMENT,
        report_id="rep_2026_season",
        period_end=date(2026, 12, 31),
        value=Decimal(640),
        unit="workers",
        narrative="First season: 640 workers recruited, none paid a fee.",
        evidence_links=["https://employers-ca.example.org/reports/2026-season.pdf"],
        reported_by_client_id="cli_employers_ca",
        holder_id=EMPLOYERS,
        actual=Decimal(640),
    ),
    "commitment.status_changed": c.CommitmentStatusChanged(
        **_COMMITMENT, old_status="not_started", new_status="on_track"
    ),
    "commitment.report_due": c.CommitmentReportDue(
        **_COMMITMENT,
        due_date=date(2027, 12, 31),
        period_start=date(2027, 1, 1),
        commitment_due_date=_PLANNED.due_date,
    ),
    "commitment.overdue": c.CommitmentOverdue(
        **_COMMITMENT,
        due_date=date(2026, 12, 31),
        period_start=date(2026, 1, 1),
        commitment_due_date=_PLANNED.due_date,
        missing_holder_ids=[EMPLOYERS],
    ),
    "commitment.achieved": c.CommitmentAchieved(
        **_COMMITMENT, achieved_at=AT, value=Decimal(1215), target=Decimal(1200), unit="workers"
    ),
    "notification.delivery_failed": notifications.DeliveryFailed(
        delivery_id="msg_5f0c8a3e9b7d4e21a6c4d2f1e0b9a8c7",
        subscription_id="sub_employers_ca_hooks",
        owner_organisation_id=EMPLOYERS,
        event_id="6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0",
        event_type="commitment.report_due",
        partnership_id=PARTNERSHIP,
        attempts=8,
        last_status_code=503,
        last_error="503 Service Unavailable",
        failed_at=AT,
    ),
    "ops.consumer_lag_exceeded": ops.ConsumerLagExceeded(
        group="commitments",
        lag=1850,
        threshold=1000,
        above_for_seconds=120.0,
        topics={"alianza.partnerships": 1850},
        detected_at=AT,
    ),
    "ops.consumer_lag_recovered": ops.ConsumerLagRecovered(
        group="commitments", lag=12, threshold=1000, alerted_for_seconds=540.0, recovered_at=AT
    ),
    "client.disabled": identity.ClientDisabled(
        client_id=PARTNER_CLIENT, reason="The portal's secret was posted in a public issue."
    ),
    "client.enabled": identity.ClientEnabled(client_id=PARTNER_CLIENT),
    "signing_key.rotated": identity.SigningKeyRotated(
        kid="key-2027-03",
        previous_kid="key-2026-09",
        signs_from=AT,
        previous_retires_after_seconds=86400.0,
        reason="scheduled",
    ),
}


# The thin shape where an event type has one: what every subscriber sees of a restricted
# partnership (`make contracts` adds it as the message's second example).
RESTRICTED_EXAMPLES: dict[str, BaseModel] = {
    "partnership.adopted": p.PartnershipChanged(
        partnership=_snapshot("adopted", 5).thin(),
        actor_client_id=SECRETARIAT_CLIENT,
        actor_organisation_id=SECRETARIAT_ORG,
    ),
}


def example_subject(event_type: str) -> str:
    """The example event's subject (and Kafka key), as the publisher sets it for that type."""
    payload = EXAMPLES[event_type]
    match payload:
        case partners.PartnerRegistered():
            return payload.partner_id
        case identity.ClientDisabled() | identity.ClientEnabled():
            return payload.client_id
        case identity.SigningKeyRotated():
            return payload.kid
        case ops.ConsumerLagExceeded() | ops.ConsumerLagRecovered():
            return payload.group
        case p.PartnershipChanged():
            return payload.partnership.id
    partnership: str = getattr(payload, "partnership_id")  # noqa: B009 - every other payload
    return partnership
