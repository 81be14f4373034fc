"""The argon2id cost the tests hash client secrets at, and the production cost for the tests
that need it.

At the production cost (64 MiB, 3 passes: ~0.15-0.2 s a hash or check on two cores) the
registry tests' cast of eight clients, made again for every test, cost ~3 s of each test's setup.
`tests/conftest.py` puts the cheap cost in the environment, so every app and process the tests
start inherits it; the `make run` stack, started before pytest, keeps the default. Tests about
the cost itself (the token endpoint under a flood) and settings checked as production pass
`PRODUCTION_SECRET_HASHING` instead.
"""

from __future__ import annotations

from typing import Any

from services.registry.settings import RegistrySettings

CHEAP_SECRET_HASHING_ENV = {
    "REGISTRY_SECRET_HASH_MEMORY_KIB": "1024",
    "REGISTRY_SECRET_HASH_TIME_COST": "1",
    "REGISTRY_SECRET_HASH_PARALLELISM": "1",
}

PRODUCTION_SECRET_HASHING: dict[str, Any] = {
    name: RegistrySettings.model_fields[name].default
    for name in ("secret_hash_memory_kib", "secret_hash_time_cost", "secret_hash_parallelism")
}
