"""DNS rebinding: a name that resolves to an allowed address for the check and to another one
a moment later. The dispatcher must connect where it checked, over TLS verified for the name."""

from __future__ import annotations

import socket
from typing import Any

import httpcore
import pytest

from services.notifications.pinning import PinnedBackend, pinned_to
from tests.integration.notifications.support import (
    api,
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
from tests.support.certificates import authority_for
from tests.support.infra import Infra
from tests.support.processes import eventually
from tests.support.receiver import Receiver

pytestmark = pytest.mark.integration

NAME = "rebind.alianza.test"


class RebindingDNS:
    """Answers 127.0.0.1 for NAME until armed; once armed, the first answer is 127.0.0.1 and
    every later one 127.0.0.2. Other names go to the real resolver (loopback only here)."""

    def __init__(self) -> None:
        self.real = socket.getaddrinfo
        self.armed = False
        self.answers: list[str] = []

    def __call__(self, host: Any, *args: Any, **kwargs: Any) -> Any:
        # anyio (under httpx) asks with the IDNA-encoded name, as bytes.
        if (host.decode() if isinstance(host, bytes) else host) != NAME:
            return self.real(host, *args, **kwargs)
        address = "127.0.0.2" if self.armed and self.answers else "127.0.0.1"
        if self.armed:
            self.answers.append(address)
        return self.real(address, *args, **kwargs)


async def test_the_dispatcher_connects_to_the_address_it_checked_not_a_fresh_answer(
    infra: Infra, notifications_db: str, topic_prefix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Only 127.0.0.1 is allowed; 127.0.0.2 stands for the internal address an attacker wants.
    settings = make_settings(
        notifications_db, infra.kafka_bootstrap, topic_prefix, allow_hosts="127.0.0.1"
    )
    dns = RebindingDNS()
    monkeypatch.setattr(socket, "getaddrinfo", dns)
    tls = authority_for(NAME)  # a certificate for the name only: an IP would not verify
    with (
        Receiver(tls=tls.server) as allowed,
        Receiver(host="127.0.0.2", port=allowed.port, tls=tls.server) as internal,
    ):
        async with api(settings) as client:
            created = await subscribe(
                client, "ops", target_url=allowed.url_for(NAME), event_types=["*"]
            )
        dns.armed = True
        async with running_consumer(settings), running_dispatcher(settings, tls=tls.client):
            await publish(
                infra.kafka_bootstrap,
                topic_prefix,
                partnership_event("partnership.adopted", new_partnership_id()),
            )

            async def finished() -> bool:
                rows = await delivery_rows(notifications_db, created["id"])
                return bool(rows) and rows[0]["status"] in ("succeeded", "failed")

            await eventually(finished, timeout=20, what="the delivery to finish")

        (row,) = await delivery_rows(notifications_db, created["id"])
        attempts = await fetch(
            notifications_db,
            "SELECT status_code, error FROM delivery_attempts WHERE delivery_id = $1 ORDER BY id",
            row["id"],
        )
        print(f"resolver answers after arming: {dns.answers}; attempts: {attempts}")
        assert internal.received == [], "the rebound address got the webhook"
        assert row["status"] == "succeeded", row["last_error"]
        (request,) = allowed.received
        assert request.headers["host"] == f"{NAME}:{allowed.port}"
        assert dns.answers[0] == "127.0.0.1"


async def test_a_pinned_connection_tries_the_checked_addresses_in_order_and_never_names_them() -> (
    None
):
    with Receiver() as receiver:
        backend = PinnedBackend()
        # Nothing listens on 127.0.0.2 at this port: the next checked address is tried.
        with pinned_to(("127.0.0.2", "127.0.0.1")):
            stream = await backend.connect_tcp(NAME, receiver.port, timeout=5)
            await stream.aclose()
        # No checked address answers: the error names the host the subscriber wrote, only.
        with pinned_to(("127.0.0.2", "127.0.0.3")), pytest.raises(httpcore.ConnectError) as caught:
            await backend.connect_tcp(NAME, receiver.port, timeout=5)
    assert str(caught.value) == f"could not connect to {NAME} port {receiver.port}"
    assert "127.0.0" not in str(caught.value)
