"""A partner's whole path through the generated SDK (sdk/), against the three services running as
processes: a token by client credentials, a draft, an edit under If-Match, the proposal, the
secretariat's adoption, a progress report on the commitment that follows, the partner's inbox.

Every call goes through the SDK; none is raw HTTP. The clients are strict
(`raise_on_unexpected_status`), so a status the OpenAPI documents do not list fails the test, and
every error answered on the way is checked to be `application/problem+json` that the SDK parsed
into its `Problem` (or `ValidationProblem`) and that validates against the document's schema.
"""

from __future__ import annotations

import json
from contextlib import AsyncExitStack
from datetime import date, timedelta
from typing import Any

import alianza_commitments_client as commitments_sdk
import alianza_notifications_client as notifications_sdk
import alianza_registry_client as registry_sdk
import pytest
from alianza_commitments_client import models as commitments_models
from alianza_commitments_client.api.commitments import list_commitments
from alianza_commitments_client.api.progress import report_progress
from alianza_commitments_client.models import CommitmentStatus, ProgressReportCreate
from alianza_notifications_client import models as notifications_models
from alianza_notifications_client.api.inbox import inbox
from alianza_registry_client import models as registry_models
from alianza_registry_client.api.consent import accept_invitation, list_invitations
from alianza_registry_client.api.identity import create_client, issue_token
from alianza_registry_client.api.lifecycle import lifecycle_action
from alianza_registry_client.api.partners import register_partner
from alianza_registry_client.api.partnerships import create_partnership, edit_partnership
from alianza_registry_client.models import (
    Action,
    ApiClientCreate,
    BodyIssueToken,
    CountryIn,
    CountryRole,
    Level,
    MemberIn,
    MemberRole,
    PartnerCreate,
    PartnerKind,
    PartnershipCreate,
    PartnershipStatus,
    PartnershipUpdate,
    PlannedCommitmentIn,
    Role,
    Theme,
)
from jsonschema import Draft202012Validator

from deploy.contracts import CONTRACTS
from tests.support.processes import eventually
from tests.support.system import ADMIN_ID, ADMIN_SECRET, System

pytestmark = pytest.mark.e2e

PROBLEM_JSON = "application/problem+json"


def _document(service: str) -> dict[str, Any]:
    document: dict[str, Any] = json.loads((CONTRACTS / "openapi" / f"{service}.json").read_text())
    return document


def assert_problem(service: str, answer: Any, status: int, parsed_as: type[Any]) -> None:
    """`answer` (an SDK `Response`) is the error the document promises for `status`."""
    assert answer.status_code == status, (answer.status_code, answer.content)
    assert answer.headers["content-type"].startswith(PROBLEM_JSON)
    assert isinstance(answer.parsed, parsed_as), answer.parsed
    assert answer.parsed.status == status
    schema = "ValidationProblem" if status == 422 else "Problem"
    # The whole document as the schema root, so the problem schema's own $refs resolve.
    validator = Draft202012Validator(
        {**_document(service), "$ref": f"#/components/schemas/{schema}"}
    )
    validator.validate(json.loads(answer.content))


async def get_token(system: System, client_id: str, client_secret: str) -> str:
    """OAuth 2.0 client credentials at the registry's token endpoint, through the SDK."""
    async with registry_sdk.Client(
        base_url=system.url("registry"), raise_on_unexpected_status=True
    ) as anonymous:
        answer = await issue_token.asyncio_detailed(
            client=anonymous,
            body=BodyIssueToken(
                grant_type="client_credentials", client_id=client_id, client_secret=client_secret
            ),
        )
    assert answer.status_code == 200, answer.content
    assert isinstance(answer.parsed, registry_models.TokenResponse)
    return answer.parsed.access_token


class Clients:
    """One caller's authenticated SDK client per service (as an integrator holds them)."""

    def __init__(self, system: System, token: str, stack: AsyncExitStack) -> None:
        self.system, self.token, self.stack = system, token, stack

    async def open(self) -> Clients:
        def settings(service: str) -> dict[str, Any]:
            return {
                "base_url": self.system.url(service),
                "token": self.token,
                "raise_on_unexpected_status": True,
                "timeout": 10,
            }

        self.registry = await self.stack.enter_async_context(
            registry_sdk.AuthenticatedClient(**settings("registry"))
        )
        self.commitments = await self.stack.enter_async_context(
            commitments_sdk.AuthenticatedClient(**settings("commitments"))
        )
        self.notifications = await self.stack.enter_async_context(
            notifications_sdk.AuthenticatedClient(**settings("notifications"))
        )
        return self


async def sign_in(system: System, stack: AsyncExitStack, client_id: str, secret: str) -> Clients:
    """A token, then a client per service holding it; closed with `stack`."""
    return await Clients(system, await get_token(system, client_id, secret), stack).open()


async def enrol(admin: Clients, roles: list[Role], organisation_id: str) -> tuple[str, str]:
    created = await create_client.asyncio(
        client=admin.registry,
        body=ApiClientCreate(
            name=f"{roles[0].value} client", roles=roles, organisation_id=organisation_id
        ),
    )
    assert isinstance(created, registry_models.ApiClientCreated), created
    return created.client_id, created.client_secret


async def register(admin: Clients, name: str, kind: PartnerKind, country: str) -> str:
    partner = await register_partner.asyncio(
        client=admin.registry, body=PartnerCreate(name=name, kind=kind, country=country)
    )
    assert isinstance(partner, registry_models.PartnerRead), partner
    return partner.id


async def test_a_partner_walks_its_whole_path_through_the_sdk(system: System) -> None:
    async with AsyncExitStack() as stack:
        await walk(system, stack)


async def walk(system: System, stack: AsyncExitStack) -> None:
    # A wrong secret is refused as a problem document the SDK parses.
    async with registry_sdk.Client(
        base_url=system.url("registry"), raise_on_unexpected_status=True
    ) as anonymous:
        refused = await issue_token.asyncio_detailed(
            client=anonymous,
            body=BodyIssueToken(
                grant_type="client_credentials", client_id=ADMIN_ID, client_secret="not-it"
            ),
        )
    assert_problem("registry", refused, 401, registry_models.Problem)

    # The admin registers the organisations and issues the partner's and secretariat's clients.
    admin = await sign_in(system, stack, ADMIN_ID, ADMIN_SECRET)
    ministry = await register(admin, "Secretaría del Trabajo", PartnerKind.LINE_MINISTRY, "MX")
    employers = await register(
        admin, "Canadian Agricultural Employers", PartnerKind.EMPLOYER_OR_RECRUITER, "CA"
    )
    iom = await register(admin, "Compact Secretariat", PartnerKind.UN_AGENCY, "CH")
    partner = await sign_in(system, stack, *await enrol(admin, [Role.PARTNER], ministry))
    secretariat = await sign_in(system, stack, *await enrol(admin, [Role.SECRETARIAT], iom))

    # The partner drafts a partnership with one commitment of its own.
    drafted = await create_partnership.asyncio_detailed(
        client=partner.registry,
        body=PartnershipCreate(
            title="Fair recruitment corridor Mexico-Canada",
            summary="Zero-fee recruitment of seasonal farm workers.",
            level=Level.BILATERAL,
            themes=[Theme.HUMAN_RIGHTS],
            members=[MemberIn(partner_id=employers, role=MemberRole.IMPLEMENTING)],
            countries=[
                CountryIn(code="MX", role=CountryRole.ORIGIN),
                CountryIn(code="CA", role=CountryRole.DESTINATION),
            ],
            gcm_objectives=[6],
            sdg_targets=["8.8", "10.7"],
            planned_commitments=[
                PlannedCommitmentIn(
                    description="Workers recruited without paying fees",
                    responsible_partner_id=ministry,
                    indicator="workers recruited fee-free",
                    unit="workers",
                    baseline="0",
                    target="400",
                    due_date=date.today() + timedelta(days=30),
                )
            ],
        ),
    )
    assert drafted.status_code == 201, drafted.content
    draft = drafted.parsed
    assert isinstance(draft, registry_models.PartnershipRead)
    assert draft.status == PartnershipStatus.DRAFT
    pid, etag = draft.id, drafted.headers["etag"]

    # An edit needs the ETag it read: a stale one is 412, the current one is applied.
    stale = await edit_partnership.asyncio_detailed(
        pid,
        client=partner.registry,
        body=PartnershipUpdate(themes=[Theme.HUMAN_RIGHTS]),
        if_match='"999"',
    )
    assert_problem("registry", stale, 412, registry_models.Problem)
    edited = await edit_partnership.asyncio(
        pid,
        client=partner.registry,
        body=PartnershipUpdate(themes=[Theme.HUMAN_RIGHTS, Theme.DEVELOPMENT_CONTRIBUTION]),
        if_match=etag,
    )
    assert isinstance(edited, registry_models.PartnershipRead), edited
    assert edited.version == draft.version + 1

    # The employers the draft names consent, through a client of their own.
    employer = await sign_in(system, stack, *await enrol(admin, [Role.PARTNER], employers))
    waiting = await list_invitations.asyncio(
        client=employer.registry, status=registry_models.InvitationStatus.OPEN
    )
    assert isinstance(waiting, registry_models.InvitationPage), waiting
    [invitation] = waiting.items
    assert (invitation.partnership_id, invitation.role) == (pid, MemberRole.IMPLEMENTING)
    accepted = await accept_invitation.asyncio(
        invitation.id,
        client=employer.registry,
        body=registry_models.InvitationAnswer(reason="Our members recruit through it already."),
    )
    assert isinstance(accepted, registry_models.InvitationRead), accepted
    assert accepted.status == registry_models.InvitationStatus.ACCEPTED

    # Actions without input pass `body=None` (no body sent): the generator (0.29.1) serialises
    # an omitted optional-and-nullable body as its UNSET marker and fails before sending.
    proposed = await lifecycle_action.asyncio(
        pid, Action.PROPOSE, client=partner.registry, body=None
    )
    assert isinstance(proposed, registry_models.PartnershipRead), proposed
    assert proposed.status == PartnershipStatus.PROPOSED

    # Only the secretariat adopts: the partner's attempt is a 403 problem.
    self_adopted = await lifecycle_action.asyncio_detailed(
        pid, Action.ADOPT, client=partner.registry, body=None
    )
    assert_problem("registry", self_adopted, 403, registry_models.Problem)
    adopted = await lifecycle_action.asyncio(
        pid, Action.ADOPT, client=secretariat.registry, body=None
    )
    assert isinstance(adopted, registry_models.PartnershipRead), adopted
    assert adopted.status == PartnershipStatus.ADOPTED
    started = await lifecycle_action.asyncio(pid, Action.START, client=partner.registry, body=None)
    assert isinstance(started, registry_models.PartnershipRead), started
    assert started.status == PartnershipStatus.IMPLEMENTING

    # The commitments service registers the commitment from the adoption event.
    async def commitment() -> commitments_models.CommitmentRead | None:
        page = await list_commitments.asyncio(client=partner.commitments, partnership_id=pid)
        assert isinstance(page, commitments_models.CommitmentPage), page
        return page.items[0] if page.items else None

    async def registered() -> bool:
        return await commitment() is not None

    await eventually(registered, timeout=60, what="the commitment to be registered")
    held = await commitment()
    assert held is not None and held.responsible_partner_id == ministry
    assert held.status == CommitmentStatus.NOT_STARTED

    # A malformed report is a 422 naming the field; a good one moves the status.
    malformed = await report_progress.asyncio_detailed(
        held.id,
        client=partner.commitments,
        body=ProgressReportCreate(period_end=date.today(), value="ten", unit="workers"),
    )
    assert_problem("commitments", malformed, 422, commitments_models.ValidationProblem)
    assert isinstance(malformed.parsed, commitments_models.ValidationProblem)
    assert any("value" in error.field for error in malformed.parsed.errors)
    reported = await report_progress.asyncio_detailed(
        held.id,
        client=partner.commitments,
        body=ProgressReportCreate(
            period_end=date.today(),
            value="10",
            unit="workers",
            narrative="first cohort recruited",
        ),
    )
    assert reported.status_code == 201, reported.content
    assert isinstance(reported.parsed, commitments_models.ProgressReportRead)
    # 10 of 400 on day one, when the linear plan expects nothing yet: on track.
    assert reported.parsed.status_after == CommitmentStatus.ON_TRACK

    # The adoption reaches the partner's inbox.
    async def adoption_in_inbox() -> bool:
        page = await inbox.asyncio(client=partner.notifications)
        assert isinstance(page, notifications_models.InboxPage), page
        return any(
            item.event_type == "partnership.adopted" and item.partnership_id == pid
            for item in page.items
        )

    await eventually(adoption_in_inbox, timeout=60, what="the adoption in the partner's inbox")

    # Without a token, every service answers 401 as a problem the SDK parses.
    async with notifications_sdk.AuthenticatedClient(
        base_url=system.url("notifications"), token="not-a-token", raise_on_unexpected_status=True
    ) as stranger:
        unauthorised = await inbox.asyncio_detailed(client=stranger)
    assert_problem("notifications", unauthorised, 401, notifications_models.Problem)
