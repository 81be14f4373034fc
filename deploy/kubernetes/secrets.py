"""Prints the Secrets the Kubernetes base expects, with fresh random values, for `kubectl apply`.

    python -m deploy.kubernetes.secrets | kubectl apply -f -

Nothing here is stored: run it once per installation and keep the values where you keep
secrets. The base itself carries no secret value; its processes read these one key at a time.
The operators make the rest: Strimzi a Secret per Kafka user (its SCRAM password) and the
cluster CA certificate, CloudNativePG nothing the services read.

Per service, two login roles (the password in `url` is the role's own, so both agree):
`<service>-owner-db` for the migrate Job, `<service>-app-db` for every other process. Both are
`kubernetes.io/basic-auth`, the form CloudNativePG reads a managed role's password from.
"""

from __future__ import annotations

import argparse
import base64
import secrets
from typing import Any

from deploy.kubernetes.generate import (
    METRICS_SECRET,
    PG_CLUSTER,
    SERVICES,
    app_db_secret,
    dump,
    owner_db_secret,
)

ADMIN_CLIENT_ID = "alianza-admin"
HEADER = (
    "# Alianza's secrets, made by `python -m deploy.kubernetes.secrets`: keep them, never commit.\n"
)


def _password() -> str:
    # Hex: safe inside a URL without escaping.
    return secrets.token_hex(24)


def role_secret(name: str, role: str, database: str, namespace: str) -> dict[str, Any]:
    password = _password()
    url = f"postgresql+asyncpg://{role}:{password}@{PG_CLUSTER}-rw:5432/{database}"
    return {
        "apiVersion": "v1",
        "kind": "Secret",
        "type": "kubernetes.io/basic-auth",
        "metadata": {
            "name": name,
            "namespace": namespace,
            # CloudNativePG applies a changed password to the role when the Secret changes.
            "labels": {"cnpg.io/reload": "true"},
        },
        "stringData": {"username": role, "password": password, "url": url},
    }


def documents(namespace: str) -> list[dict[str, Any]]:
    found = []
    for service in SERVICES:
        database = f"alianza_{service}"
        found.append(role_secret(owner_db_secret(service), f"{service}_owner", database, namespace))
        found.append(role_secret(app_db_secret(service), f"{service}_app", database, namespace))
    found.append(
        {
            "apiVersion": "v1",
            "kind": "Secret",
            "type": "Opaque",
            # The APIs accept it on /metrics; the monitoring ServiceMonitors present it.
            "metadata": {"name": METRICS_SECRET, "namespace": namespace},
            "stringData": {"token": secrets.token_urlsafe(32)},
        }
    )
    found.append(
        {
            "apiVersion": "v1",
            "kind": "Secret",
            "type": "Opaque",
            "metadata": {"name": "registry-secrets", "namespace": namespace},
            "stringData": {
                # Seals the signing keys in the database: 32 random bytes, base64.
                "key-encryption-key": base64.b64encode(secrets.token_bytes(32)).decode(),
                "bootstrap-client-id": ADMIN_CLIENT_ID,
                "bootstrap-client-secret": secrets.token_urlsafe(32),
            },
        }
    )
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--namespace", default="alianza")
    args = parser.parse_args(argv)
    print(dump(documents(args.namespace), HEADER), end="")


if __name__ == "__main__":
    main()
