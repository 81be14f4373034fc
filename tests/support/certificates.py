"""A throwaway certificate authority and server certificates for TLS receivers in tests."""

from __future__ import annotations

import ssl
import tempfile
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from cryptography import x509

from deploy.local.tls import Authority, pem, pem_key


@dataclass(frozen=True)
class TestAuthority:
    """A CA a client may trust, and a server context whose certificate it signed."""

    client: ssl.SSLContext
    server: ssl.SSLContext


def authority_for(*names: str) -> TestAuthority:
    """A new CA and one server certificate valid for `names` (DNS names only, no IPs)."""
    authority = Authority.new("Alianza test CA", lifetime=timedelta(days=1))
    key, certificate = authority.issue(
        names[0], [x509.DNSName(name) for name in names], lifetime=timedelta(days=1)
    )
    client = ssl.create_default_context(cadata=pem(authority.certificate).decode())
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    with tempfile.TemporaryDirectory() as folder:
        chain, secret = Path(folder, "server.pem"), Path(folder, "server.key")
        chain.write_bytes(pem(certificate))
        secret.write_bytes(pem_key(key))
        server.load_cert_chain(chain, secret)
    return TestAuthority(client=client, server=server)
