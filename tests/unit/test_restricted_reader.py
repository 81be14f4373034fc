"""One rule, in shared/, for who reads a restricted partnership whole: its members and the
secretariat — never ops or admin, nor a partner client acting for no organisation."""

from __future__ import annotations

import pytest

from shared.principal import Principal, Role, reads_restricted, restricted_reader


def caller(*roles: Role, organisation: str | None = None) -> Principal:
    return Principal(client_id="c", organisation_id=organisation, roles=frozenset(roles))


MEMBERS = ["org-lead", "org-member"]


@pytest.mark.parametrize(
    ("who", "reader", "reads"),
    [
        (caller(Role.SECRETARIAT, organisation="org-iom"), None, True),
        (caller(Role.PARTNER, organisation="org-member"), "org-member", True),
        (caller(Role.PARTNER, organisation="org-outside"), "org-outside", False),
        (caller(Role.PARTNER), "", False),
        (caller(Role.OPS), "", False),
        (caller(Role.ADMIN, organisation="org-member"), "", False),
    ],
    ids=["secretariat", "member", "outsider", "partner-without-org", "ops", "admin"],
)
def test_who_reads_a_restricted_partnership(
    who: Principal, reader: str | None, reads: bool
) -> None:
    assert restricted_reader(who) == reader
    assert reads_restricted(who, MEMBERS) is reads
