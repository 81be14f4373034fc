"""Who may call which route of which service: the rule table the authorisation matrix test checks.

Every operation in a service's OpenAPI document must have a row here; one without a row fails
tests/integration/test_authorisation_matrix.py, so a new endpoint cannot ship without its rule.

Callers: `anonymous` (no token), `own_partner` (a partner of the organisation that owns the
resource the path names), `foreign_partner` (a partner of another organisation), `secretariat`,
`ops`, `admin`, `foreign_issuer` (a well-formed token signed by a key the registry never
published), `expired` (an admin token signed by the registry's own key, expired an hour ago) and
`disabled` (an unexpired token of an admin client an admin has since disabled).

Outcomes:
- `OK`: a 2xx answer.
- `ALLOWED`: authorisation passed, whatever the rest of the request met (a 404 for an id that
  does not exist, a 409 for a state that forbids the action, a 422 for a body): not 401 or 403.
- `HIDDEN`: 404 for a resource that exists but is not the caller's to see.
- `DENIED`: 403.
- `UNAUTHENTICATED`: 401.
"""

from __future__ import annotations

from enum import StrEnum

from services.registry.reference_api import LIST_NAMES


class Outcome(StrEnum):
    OK = "ok"
    ALLOWED = "allowed"
    HIDDEN = "hidden"
    DENIED = "denied"
    UNAUTHENTICATED = "unauthenticated"

    def admits(self, status: int) -> bool:
        if self is Outcome.OK:
            return 200 <= status < 300
        if self is Outcome.ALLOWED:
            return status not in (401, 403) and status < 500
        if self is Outcome.HIDDEN:
            return status == 404
        if self is Outcome.DENIED:
            return status == 403
        return status == 401


CALLERS = (
    "anonymous",
    "own_partner",
    "foreign_partner",
    "secretariat",
    "ops",
    "admin",
    "foreign_issuer",
    "expired",
    "disabled",
)

Rule = dict[str, Outcome]
Route = tuple[str, str, str]  # (service, method, path as the OpenAPI document spells it)

OK, ALLOWED, HIDDEN, DENIED = Outcome.OK, Outcome.ALLOWED, Outcome.HIDDEN, Outcome.DENIED
UNAUTHENTICATED = Outcome.UNAUTHENTICATED


def public(outcome: Outcome = OK) -> Rule:
    """No token needed, and a bad one does not matter either."""
    return dict.fromkeys(CALLERS, outcome)


def protected(
    *, own: Outcome, foreign: Outcome, secretariat: Outcome, ops: Outcome, admin: Outcome
) -> Rule:
    """A valid registry token needed: no token, a stranger's, an expired one or a disabled
    client's is a 401."""
    return {
        "anonymous": UNAUTHENTICATED,
        "own_partner": own,
        "foreign_partner": foreign,
        "secretariat": secretariat,
        "ops": ops,
        "admin": admin,
        "foreign_issuer": UNAUTHENTICATED,
        "expired": UNAUTHENTICATED,
        "disabled": UNAUTHENTICATED,
    }


def everyone(outcome: Outcome) -> Rule:
    return protected(own=outcome, foreign=outcome, secretariat=outcome, ops=outcome, admin=outcome)


def staff_only(*roles: str, allowed: Outcome = OK) -> Rule:
    """Only the named staff roles; partners (own or foreign) and everyone else get 403."""
    outcome = {
        role: allowed if role in roles else DENIED for role in ("secretariat", "ops", "admin")
    }
    return protected(own=DENIED, foreign=DENIED, **outcome)


def outbox_admin(service: str) -> dict[Route, Rule]:
    """The quarantined-outbox endpoints every service mounts (ops, admin); no row is set aside
    in these databases, so the ids are unknown and authorised callers get 404."""
    return {
        (service, "GET", "/outbox/quarantined"): staff_only("ops", "admin"),
        (service, "GET", "/outbox/quarantined/{row_id}"): staff_only(
            "ops", "admin", allowed=ALLOWED
        ),
        (service, "POST", "/outbox/quarantined/{row_id}/release"): staff_only(
            "ops", "admin", allowed=ALLOWED
        ),
    }


def observability(service: str) -> dict[Route, Rule]:
    return {
        (service, "GET", "/healthz"): public(),
        (service, "GET", "/readyz"): public(),
        (service, "GET", "/metrics"): staff_only("ops", "admin"),
    }


REGISTRY: dict[Route, Rule] = {
    ("registry", "GET", "/.well-known/jwks.json"): public(),
    # Client credentials travel in the form, so any bearer header is beside the point.
    ("registry", "POST", "/oauth/token"): public(),
    ("registry", "GET", "/clients"): staff_only("admin"),
    ("registry", "GET", "/clients/me"): everyone(OK),
    ("registry", "POST", "/clients"): staff_only("admin"),
    # Unknown client ids here (404 for the admin): the matrix never disables a caller it uses.
    ("registry", "POST", "/clients/{client_id}/disable"): staff_only("admin", allowed=ALLOWED),
    ("registry", "POST", "/clients/{client_id}/enable"): staff_only("admin", allowed=ALLOWED),
    ("registry", "POST", "/clients/{client_id}/secret"): staff_only("admin", allowed=ALLOWED),
    ("registry", "GET", "/admin/signing-keys"): staff_only("admin"),
    # A rotation publishes a key that signs only later: the callers' tokens stay good.
    ("registry", "POST", "/admin/signing-keys/rotate"): staff_only("admin", allowed=ALLOWED),
    ("registry", "GET", "/partners"): everyone(OK),
    ("registry", "POST", "/partners"): staff_only("admin"),
    ("registry", "GET", "/partners/{partner_id}"): everyone(OK),
    ("registry", "GET", "/partnerships"): everyone(OK),
    # Partners draft for their own organisation; staff do not draft.
    ("registry", "POST", "/partnerships"): protected(
        own=OK, foreign=OK, secretariat=DENIED, ops=DENIED, admin=DENIED
    ),
    # The path names a draft of the own partner's organisation: private to it and the secretariat.
    ("registry", "GET", "/partnerships/{partnership_id}"): protected(
        own=OK, foreign=HIDDEN, secretariat=OK, ops=HIDDEN, admin=HIDDEN
    ),
    ("registry", "PATCH", "/partnerships/{partnership_id}"): protected(
        own=OK, foreign=HIDDEN, secretariat=DENIED, ops=DENIED, admin=DENIED
    ),
    # The action is `propose`: the owning organisation's alone; those who cannot see the draft
    # cannot learn it exists either.
    ("registry", "POST", "/partnerships/{partnership_id}/actions/{action}"): protected(
        own=OK, foreign=HIDDEN, secretariat=DENIED, ops=HIDDEN, admin=HIDDEN
    ),
    ("registry", "GET", "/partnerships/{partnership_id}/history"): protected(
        own=OK, foreign=HIDDEN, secretariat=OK, ops=HIDDEN, admin=HIDDEN
    ),
    ("registry", "GET", "/partnerships/{partnership_id}/reviews"): protected(
        own=OK, foreign=HIDDEN, secretariat=OK, ops=HIDDEN, admin=HIDDEN
    ),
    # The secretariat classifies (no body here: it gets a 422); nobody else may.
    ("registry", "PUT", "/partnerships/{partnership_id}/classification"): staff_only(
        "secretariat", allowed=ALLOWED
    ),
    # Amendments: partners propose (no body here: a 422 past the gate), the secretariat decides
    # (no such amendment: a 404 past the gate); whoever sees the partnership reads them.
    ("registry", "POST", "/partnerships/{partnership_id}/amendments"): protected(
        own=ALLOWED, foreign=ALLOWED, secretariat=DENIED, ops=DENIED, admin=DENIED
    ),
    ("registry", "GET", "/partnerships/{partnership_id}/amendments"): protected(
        own=OK, foreign=HIDDEN, secretariat=OK, ops=HIDDEN, admin=HIDDEN
    ),
    ("registry", "POST", "/partnerships/{partnership_id}/amendments/{amendment_id}/approve"): (
        staff_only("secretariat", allowed=ALLOWED)
    ),
    ("registry", "POST", "/partnerships/{partnership_id}/amendments/{amendment_id}/reject"): (
        staff_only("secretariat", allowed=ALLOWED)
    ),
    # Earlier versions: for whoever may see the partnership now (the draft's first version).
    ("registry", "GET", "/partnerships/{partnership_id}/versions"): protected(
        own=OK, foreign=HIDDEN, secretariat=OK, ops=HIDDEN, admin=HIDDEN
    ),
    ("registry", "GET", "/partnerships/{partnership_id}/versions/{version}"): protected(
        own=OK, foreign=HIDDEN, secretariat=OK, ops=HIDDEN, admin=HIDDEN
    ),
    ("registry", "GET", "/partnerships/{partnership_id}/invitations"): protected(
        own=OK, foreign=HIDDEN, secretariat=OK, ops=HIDDEN, admin=HIDDEN
    ),
    # Consent: each organisation lists its own invitations, the secretariat every one.
    ("registry", "GET", "/invitations"): protected(
        own=OK, foreign=OK, secretariat=OK, ops=DENIED, admin=DENIED
    ),
    # The path names an open invitation of the foreign partner's organisation to a draft of the
    # own partner's: only the invited organisation answers; its owner sees it but may not.
    ("registry", "POST", "/invitations/{invitation_id}/accept"): protected(
        own=DENIED, foreign=OK, secretariat=DENIED, ops=DENIED, admin=DENIED
    ),
    ("registry", "POST", "/invitations/{invitation_id}/decline"): protected(
        own=DENIED, foreign=OK, secretariat=DENIED, ops=DENIED, admin=DENIED
    ),
    ("registry", "GET", "/stats"): staff_only("secretariat", "ops"),
    # Counts over a period (no period given here: authorised callers get a 422).
    ("registry", "GET", "/reports/partnerships"): staff_only("secretariat", "ops", allowed=ALLOWED),
    # Reviews of public partnerships, searched (no `q` here: authorised callers get a 422).
    ("registry", "GET", "/good-practices"): everyone(ALLOWED),
    # Review rounds: the secretariat opens and closes them (the body is empty here: 422, and no
    # round exists: 404); the secretariat and ops follow them.
    ("registry", "POST", "/review-rounds"): staff_only("secretariat", allowed=ALLOWED),
    ("registry", "GET", "/review-rounds/{round_id}"): staff_only(
        "secretariat", "ops", allowed=ALLOWED
    ),
    ("registry", "POST", "/review-rounds/{round_id}/close"): staff_only(
        "secretariat", allowed=ALLOWED
    ),
    ("registry", "GET", "/review-rounds/{round_id}/report"): staff_only(
        "secretariat", "ops", allowed=ALLOWED
    ),
    # Reference lists: public to any authenticated caller.
    ("registry", "GET", "/reference"): everyone(OK),
    **{("registry", "GET", f"/reference/{name}"): everyone(OK) for name in LIST_NAMES},
    ("registry", "GET", "/queue"): staff_only("secretariat"),
    **outbox_admin("registry"),
    **observability("registry"),
}

# Commitments are any authenticated caller's to read; only an organisation holding one reports
# progress. The paths name a commitment the own partner's organisation is responsible for, of an
# adopted partnership it leads (no dossier compiled yet, so that read is a 404 past the gate).
COMMITMENTS: dict[Route, Rule] = {
    ("commitments", "GET", "/commitments"): everyone(OK),
    ("commitments", "GET", "/commitments/{commitment_id}"): everyone(OK),
    ("commitments", "GET", "/commitments/{commitment_id}/progress"): everyone(OK),
    ("commitments", "POST", "/commitments/{commitment_id}/progress"): protected(
        own=OK, foreign=DENIED, secretariat=DENIED, ops=DENIED, admin=DENIED
    ),
    ("commitments", "GET", "/partnerships/{partnership_id}/dossier"): everyone(ALLOWED),
    # Counts over a period (none given here: authorised callers get a 422).
    ("commitments", "GET", "/reports/commitments"): staff_only(
        "secretariat", "ops", allowed=ALLOWED
    ),
    # IATI is a public transparency standard: every authenticated caller may export.
    ("commitments", "GET", "/iati/activities"): everyone(OK),
    ("commitments", "GET", "/iati/activities/{partnership_id}"): everyone(OK),
    **outbox_admin("commitments"),
    **observability("commitments"),
}

# Subscription paths name one the own partner created just before the request. Ops and admin
# see and manage every subscription; the secretariat only its own organisation's; a partner only
# those partners of its organisation made.
_SUBSCRIPTION = protected(own=OK, foreign=HIDDEN, secretariat=HIDDEN, ops=OK, admin=OK)

NOTIFICATIONS: dict[Route, Rule] = {
    ("notifications", "GET", "/subscriptions"): everyone(OK),
    ("notifications", "POST", "/subscriptions"): everyone(OK),
    ("notifications", "GET", "/subscriptions/{subscription_id}"): _SUBSCRIPTION,
    ("notifications", "DELETE", "/subscriptions/{subscription_id}"): _SUBSCRIPTION,
    ("notifications", "POST", "/subscriptions/{subscription_id}/disable"): _SUBSCRIPTION,
    ("notifications", "POST", "/subscriptions/{subscription_id}/enable"): _SUBSCRIPTION,
    ("notifications", "POST", "/subscriptions/{subscription_id}/rotate-secret"): _SUBSCRIPTION,
    ("notifications", "GET", "/subscriptions/{subscription_id}/deliveries"): _SUBSCRIPTION,
    ("notifications", "GET", "/deliveries/stats"): staff_only("ops", "admin"),
    ("notifications", "GET", "/deliveries/stats/trend"): staff_only("ops", "admin"),
    ("notifications", "POST", "/deliveries/replay"): everyone(ALLOWED),
    ("notifications", "POST", "/deliveries/{delivery_id}/replay"): everyone(ALLOWED),
    # The inbox is an organisation's; clients acting for none (ops, admin) have none.
    ("notifications", "GET", "/inbox"): protected(
        own=OK, foreign=OK, secretariat=OK, ops=DENIED, admin=DENIED
    ),
    ("notifications", "POST", "/inbox/{item_id}/read"): everyone(ALLOWED),
    **outbox_admin("notifications"),
    **observability("notifications"),
}

# The ops console: ops and admin only. The stream is asked for an unknown stream (a 422 past the
# gate, so the test does not hang on an endless response); overview, trends and timeline reach
# services that are not there, which the console reports inside its answer.
CONSOLE: dict[Route, Rule] = {
    ("console", "GET", "/api/me"): staff_only("ops", "admin"),
    ("console", "GET", "/api/stream"): staff_only("ops", "admin", allowed=ALLOWED),
    ("console", "GET", "/api/overview"): staff_only("ops", "admin"),
    ("console", "GET", "/api/trends"): staff_only("ops", "admin"),
    ("console", "GET", "/api/timeline/{partnership_id}"): staff_only(
        "ops", "admin", allowed=ALLOWED
    ),
    # The console's own HTTP counters only: nothing there is anyone's data.
    ("console", "GET", "/healthz"): public(),
    ("console", "GET", "/readyz"): public(),
    ("console", "GET", "/metrics"): public(),
}

TABLE: dict[Route, Rule] = {**REGISTRY, **COMMITMENTS, **NOTIFICATIONS, **CONSOLE}
