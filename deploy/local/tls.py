"""A throwaway certificate authority and one broker certificate for the secured local Kafka cluster.

Made once per cluster folder with Python's `cryptography`, as PEM files Kafka reads directly
(`ssl.keystore.type=PEM`): `ca.pem` (what clients trust: `ALIANZA_KAFKA_SSL_CAFILE`) and
`broker.pem` (the brokers' key and certificate, valid for 127.0.0.1 and localhost). The brokers
also present it to each other and to the controllers, which ask for it (mTLS), so the broker's
own traffic needs no password; its principal is `User:broker`. The CA's key is not kept.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from ipaddress import IPv4Address
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

# What the broker certificate's subject maps to (ssl.principal.mapping.rules): `User:broker`.
BROKER_NAME = "broker"
LIFETIME = timedelta(days=365)


@dataclass(frozen=True)
class BrokerTls:
    ca: Path  # the CA certificate, PEM
    keystore: Path  # the broker's PKCS#8 key followed by its certificate, PEM


@dataclass(frozen=True)
class Authority:
    """A certificate authority made on the spot; its key lives only as long as this object."""

    key: ec.EllipticCurvePrivateKey
    certificate: x509.Certificate

    @classmethod
    def new(cls, common_name: str, lifetime: timedelta = LIFETIME) -> Authority:
        key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
        now = datetime.now(UTC)
        certificate = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(minutes=5))
            .not_valid_after(now + lifetime)
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=False,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=True,
                    crl_sign=True,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .sign(key, hashes.SHA256())
        )
        return cls(key, certificate)

    def issue(
        self, common_name: str, names: list[x509.GeneralName], lifetime: timedelta = LIFETIME
    ) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
        """A key and a certificate for `names`, good for both ends of a TLS connection (a
        broker is a server to clients and a client to the other brokers)."""
        key = ec.generate_private_key(ec.SECP256R1())
        now = datetime.now(UTC)
        certificate = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)]))
            .issuer_name(self.certificate.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(minutes=5))
            .not_valid_after(now + lifetime)
            .add_extension(x509.SubjectAlternativeName(names), critical=False)
            .add_extension(
                x509.ExtendedKeyUsage(
                    [ExtendedKeyUsageOID.SERVER_AUTH, ExtendedKeyUsageOID.CLIENT_AUTH]
                ),
                critical=False,
            )
            .sign(self.key, hashes.SHA256())
        )
        return key, certificate


def pem_key(key: ec.EllipticCurvePrivateKey) -> bytes:
    """The key as unencrypted PKCS#8 PEM, which both Kafka's PEM keystore and Python read."""
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def pem(certificate: x509.Certificate) -> bytes:
    return certificate.public_bytes(serialization.Encoding.PEM)


# The nodes of a cluster are formatted side by side (threads), and each asks for the material:
# two first askers at once would each make a CA, leaving one's CA beside the other's broker
# certificate, and every TLS handshake between the brokers failing. One maker at a time.
_MAKING = threading.Lock()


def broker_tls(folder: Path) -> BrokerTls:
    """The folder's CA and broker certificate, made the first time they are asked for."""
    with _MAKING:
        return _broker_tls(folder)


def _broker_tls(folder: Path) -> BrokerTls:
    found = BrokerTls(ca=folder / "ca.pem", keystore=folder / "broker.pem")
    if found.ca.exists() and found.keystore.exists():
        return found
    folder.mkdir(parents=True, exist_ok=True)
    authority = Authority.new("Alianza local Kafka CA")
    names: list[x509.GeneralName] = [
        x509.IPAddress(IPv4Address("127.0.0.1")),
        x509.DNSName("localhost"),
    ]
    key, certificate = authority.issue(BROKER_NAME, names)
    found.ca.write_bytes(pem(authority.certificate))
    found.keystore.write_bytes(pem_key(key) + pem(certificate))
    found.keystore.chmod(0o600)
    return found
