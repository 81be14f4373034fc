"""A throwaway certificate authority and one broker certificate for the secured local Kafka cluster.

Made once per cluster folder with Python's `cryptography`, as PEM files Kafka reads directly
(`ssl.keystore.type=PEM`): `ca.pem` (what clients trust: `ALIANZA_KAFKA_SSL_CAFILE`) and
`broker.pem` (the brokers' key and certificate, valid for 127.0.0.1 and localhost). The brokers
also present it to each other and to the controllers, which ask for it (mTLS), so the broker's
own traffic needs no password; its principal is `User:broker`. The CA's key is not kept.
"""

from __future__ import annotations

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


def broker_tls(folder: Path) -> BrokerTls:
    """The folder's CA and broker certificate, made the first time they are asked for."""
    found = BrokerTls(ca=folder / "ca.pem", keystore=folder / "broker.pem")
    if found.ca.exists() and found.keystore.exists():
        return found
    folder.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Alianza local Kafka CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + LIFETIME)
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
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    certificate = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, BROKER_NAME)]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + LIFETIME)
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(IPv4Address("127.0.0.1")), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        # A broker is a server to clients and a client to the other brokers and the controllers.
        .add_extension(
            x509.ExtendedKeyUsage(
                [ExtendedKeyUsageOID.SERVER_AUTH, ExtendedKeyUsageOID.CLIENT_AUTH]
            ),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    found.ca.write_bytes(ca.public_bytes(pem))
    found.keystore.write_bytes(
        key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
        + certificate.public_bytes(pem)
    )
    found.keystore.chmod(0o600)
    return found
