"""Settings of the registry service, read from `REGISTRY_*` (and the shared `ALIANZA_*`) variables."""

from typing import Self

from argon2 import PasswordHasher
from pydantic import Field, SecretStr, model_validator
from pydantic_settings import SettingsConfigDict

from services.registry.sealing import KeyEncryptionKey, decode_kek
from shared.auth import MAX_KEYS_AGE_SECONDS, REFETCH_INTERVAL_SECONDS
from shared.settings import Environment, ServiceSettings

# The value `make run` and docker-compose use; fine on a laptop, never in production.
DEVELOPMENT_BOOTSTRAP_SECRET = "alianza-admin-dev-secret"  # noqa: S105
MIN_PRODUCTION_SECRET_LENGTH = 24
# base64 of b"alianza-development-only-kek-32b": seals keys on laptops, refused in production.
DEVELOPMENT_KEY_ENCRYPTION_KEY = "YWxpYW56YS1kZXZlbG9wbWVudC1vbmx5LWtlay0zMmI="
# A verifier keeps its JWKS this long at most (and refetches sooner on an unknown key id), so a
# key published this long before it signs is known to every verifier by then.
DEFAULT_PUBLISH_SECONDS = MAX_KEYS_AGE_SECONDS + REFETCH_INTERVAL_SECONDS
# OWASP's least argon2id cost for passwords (19 MiB, 2 passes); production refuses less.
MIN_PRODUCTION_HASH_MEMORY_KIB = 19 * 1024
MIN_PRODUCTION_HASH_TIME_COST = 2


class RegistrySettings(ServiceSettings):
    # hide_input_in_errors: a refused secret (or a database URL's password) must not be printed
    # in the error that stops the process.
    model_config = SettingsConfigDict(
        env_prefix="REGISTRY_", extra="ignore", populate_by_name=True, hide_input_in_errors=True
    )

    # The first admin client, created at startup if missing, so someone can register the others.
    bootstrap_client_id: str | None = None
    # SecretStr: a settings dump or a validation error shows `**********`, never the value.
    bootstrap_client_secret: SecretStr | None = None
    # Short-lived on purpose: there is no revocation list, so a leaked token dies by expiry.
    access_token_ttl_seconds: int = Field(default=900, ge=60, le=3600)

    # Seals the private signing keys in the database (AES-256-GCM): base64 of 32 random bytes,
    # e.g. `openssl rand -base64 32`. Kept outside the database, so a dump holds no usable key.
    key_encryption_key: SecretStr = SecretStr(DEVELOPMENT_KEY_ENCRYPTION_KEY)
    # A new signing key is published this long before it signs (see services.registry.keys).
    signing_key_publish_seconds: float = Field(default=DEFAULT_PUBLISH_SECONDS, ge=0)
    # The signing key is replaced after signing this many days; 0: only when an admin asks.
    signing_key_rotation_days: float = Field(default=30.0, ge=0)
    # How often each API process looks for a rotation due and keys to retire.
    signing_key_check_seconds: float = Field(default=60.0, gt=0)

    # Token endpoint defences. An honest client asks for a token every ~15 minutes, so these
    # only ever stop floods and secret guessing. The source is the TCP peer's address: behind
    # a proxy every caller shares it, so raise the per-source figures there.
    token_source_rate_per_second: float = Field(default=5.0, gt=0)
    token_source_burst: int = Field(default=20, ge=1)
    token_client_rate_per_minute: float = Field(default=30.0, gt=0)
    token_client_burst: int = Field(default=10, ge=1)
    # Failures in a row before a client id is locked; the lock then doubles with each failure.
    token_lockout_after_failures: int = Field(default=5, ge=1)
    token_lockout_base_seconds: float = Field(default=5.0, gt=0)
    token_lockout_max_seconds: float = Field(default=900.0, gt=0)
    # argon2 takes ~64 MiB and ~150 ms per check: two at a time, four waiting, the rest refused
    # with 503 + Retry-After rather than queued without bound.
    hashing_workers: int = Field(default=2, ge=1, le=32)
    hashing_queue_limit: int = Field(default=4, ge=0, le=1000)
    # Places one source address may hold at once: one, so a flood from one address occupies one
    # worker and leaves the other to everyone else.
    hashing_per_source_limit: int = Field(default=1, ge=1)
    # The argon2id cost of a client secret's hash: argon2-cffi's defaults, RFC 9106's second
    # recommended profile (64 MiB, 3 passes, 4 lanes). A check uses the parameters stored in the
    # hash it checks, so a change applies to secrets hashed from then on.
    secret_hash_memory_kib: int = Field(default=65536, ge=8)
    secret_hash_time_cost: int = Field(default=3, ge=1)
    secret_hash_parallelism: int = Field(default=4, ge=1, le=64)

    @model_validator(mode="after")
    def _tokens_outlive_no_verifier(self) -> Self:
        if self.access_token_ttl_seconds > self.max_token_lifetime_seconds:
            raise ValueError(
                "REGISTRY_ACCESS_TOKEN_TTL_SECONDS is longer than ALIANZA_MAX_TOKEN_LIFETIME_SECONDS;"
                " every service would refuse the tokens issued"
            )
        return self

    @property
    def secret_hasher(self) -> PasswordHasher:
        """argon2id at the configured cost, for the secrets hashed from now on."""
        return PasswordHasher(
            memory_cost=self.secret_hash_memory_kib,
            time_cost=self.secret_hash_time_cost,
            parallelism=self.secret_hash_parallelism,
        )

    @property
    def kek(self) -> KeyEncryptionKey:
        return KeyEncryptionKey.from_base64(self.key_encryption_key.get_secret_value())

    @model_validator(mode="after")
    def _kek_is_usable(self) -> Self:
        text = self.key_encryption_key.get_secret_value()
        try:
            decode_kek(text)
        except ValueError as exc:
            raise ValueError(f"REGISTRY_KEY_ENCRYPTION_KEY {exc}") from None
        if self.environment is Environment.PRODUCTION and text == DEVELOPMENT_KEY_ENCRYPTION_KEY:
            raise ValueError(
                "REGISTRY_KEY_ENCRYPTION_KEY is the development key; production needs its own"
            )
        return self

    @model_validator(mode="after")
    def _secret_hashing_is_strong_enough(self) -> Self:
        if self.secret_hash_memory_kib < 8 * self.secret_hash_parallelism:
            raise ValueError(
                "REGISTRY_SECRET_HASH_MEMORY_KIB must be at least 8 KiB per lane "
                "(REGISTRY_SECRET_HASH_PARALLELISM)"
            )
        if self.environment is Environment.PRODUCTION and (
            self.secret_hash_memory_kib < MIN_PRODUCTION_HASH_MEMORY_KIB
            or self.secret_hash_time_cost < MIN_PRODUCTION_HASH_TIME_COST
        ):
            raise ValueError(
                "REGISTRY_SECRET_HASH_MEMORY_KIB / _TIME_COST are below the least argon2id cost "
                f"production accepts ({MIN_PRODUCTION_HASH_MEMORY_KIB} KiB, "
                f"{MIN_PRODUCTION_HASH_TIME_COST} passes)"
            )
        return self

    @model_validator(mode="after")
    def _bootstrap_client_is_safe(self) -> Self:
        if (self.bootstrap_client_id is None) != (self.bootstrap_client_secret is None):
            raise ValueError(
                "set both REGISTRY_BOOTSTRAP_CLIENT_ID and REGISTRY_BOOTSTRAP_CLIENT_SECRET, or neither"
            )
        if self.environment is Environment.PRODUCTION and self.bootstrap_client_secret is not None:
            secret = self.bootstrap_client_secret.get_secret_value()
            if secret == DEVELOPMENT_BOOTSTRAP_SECRET:
                raise ValueError(
                    "REGISTRY_BOOTSTRAP_CLIENT_SECRET is the development secret; "
                    "production needs its own"
                )
            if len(secret) < MIN_PRODUCTION_SECRET_LENGTH:
                raise ValueError(
                    "REGISTRY_BOOTSTRAP_CLIENT_SECRET is too short for production "
                    f"(at least {MIN_PRODUCTION_SECRET_LENGTH} characters)"
                )
        return self
