"""The local cluster's TLS material: made once, even when every node asks for it at once."""

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from deploy.local.tls import broker_tls


def test_nodes_asking_at_once_get_one_ca_and_a_certificate_it_signed(tmp_path: Path) -> None:
    folder = tmp_path / "tls"
    with ThreadPoolExecutor(max_workers=8) as pool:
        found = list(pool.map(lambda _: broker_tls(folder), range(8)))
    # Made once: a later call returns the same material, not a new CA.
    first_ca = found[0].ca.read_bytes()
    assert broker_tls(folder).ca.read_bytes() == first_ca
    ca = x509.load_pem_x509_certificate(first_ca)
    broker = x509.load_pem_x509_certificates(found[0].keystore.read_bytes())[0]
    assert broker.issuer == ca.subject
    algorithm = broker.signature_hash_algorithm
    key = ca.public_key()
    assert algorithm is not None and isinstance(key, ec.EllipticCurvePublicKey)
    # Raises InvalidSignature if another CA signed the broker's certificate.
    key.verify(broker.signature, broker.tbs_certificate_bytes, ec.ECDSA(algorithm))
