"""Typed settings every service starts from; each service subclasses with its own env prefix."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from functools import cached_property
from typing import Annotated, Self

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from shared.db import DatabaseTimeouts
from shared.kafka import (
    MAX_RECORD_BYTES,
    UNLIMITED_RETENTION_MS,
    KafkaSecurity,
    SecurityProtocol,
    TopicPlan,
)


class Environment(StrEnum):
    DEVELOPMENT = "development"
    TEST = "test"
    PRODUCTION = "production"


class KafkaSettings(BaseSettings):
    """Where the Kafka cluster is and how this process authenticates to it.

    The same unprefixed `ALIANZA_KAFKA_*` names for every process; each process gets its own
    username and password (its Kafka principal, see shared/catalogue/access.py).
    """

    # A validation error must never print the SASL password it was given.
    model_config = SettingsConfigDict(
        extra="ignore", populate_by_name=True, hide_input_in_errors=True
    )

    kafka_bootstrap: str = Field(
        default="127.0.0.1:9092", validation_alias="ALIANZA_KAFKA_BOOTSTRAP"
    )
    kafka_security_protocol: SecurityProtocol = Field(
        default=SecurityProtocol.PLAINTEXT, validation_alias="ALIANZA_KAFKA_SECURITY_PROTOCOL"
    )
    kafka_sasl_mechanism: str = Field(
        default="SCRAM-SHA-512", validation_alias="ALIANZA_KAFKA_SASL_MECHANISM"
    )
    kafka_sasl_username: str | None = Field(
        default=None, validation_alias="ALIANZA_KAFKA_SASL_USERNAME"
    )
    kafka_sasl_password: SecretStr | None = Field(
        default=None, validation_alias="ALIANZA_KAFKA_SASL_PASSWORD"
    )
    # PEM files: the CA that signed the brokers' certificates (unset: the system's CAs), and a
    # client certificate with its key for brokers that require one (mTLS).
    kafka_ssl_cafile: str | None = Field(default=None, validation_alias="ALIANZA_KAFKA_SSL_CAFILE")
    kafka_ssl_certfile: str | None = Field(
        default=None, validation_alias="ALIANZA_KAFKA_SSL_CERTFILE"
    )
    kafka_ssl_keyfile: str | None = Field(
        default=None, validation_alias="ALIANZA_KAFKA_SSL_KEYFILE"
    )

    @model_validator(mode="after")
    def _security_is_complete(self) -> Self:
        if problems := self.kafka_security.problems():
            raise ValueError("; ".join(problems))
        return self

    @cached_property
    def kafka_security(self) -> KafkaSecurity:
        # Once per settings object: its SSL context (files read once) is then shared by every
        # client the process makes, and by every readiness probe.
        return KafkaSecurity(
            protocol=self.kafka_security_protocol,
            sasl_mechanism=self.kafka_sasl_mechanism,
            sasl_username=self.kafka_sasl_username,
            sasl_password=self.kafka_sasl_password,
            ssl_cafile=self.kafka_ssl_cafile,
            ssl_certfile=self.kafka_ssl_certfile,
            ssl_keyfile=self.kafka_ssl_keyfile,
        )


class TopicSettings(BaseSettings):
    """How the system's topics are created (deploy/local/prepare.py); see shared.kafka.TopicPlan.

    Replication factor and min.insync.replicas left unset are 3 and 2, or the broker count on a
    smaller cluster (logged when that happens).
    """

    model_config = SettingsConfigDict(extra="ignore", populate_by_name=True)

    partitions: int = Field(default=3, ge=1, validation_alias="ALIANZA_KAFKA_TOPIC_PARTITIONS")
    replication_factor: int | None = Field(
        default=None, ge=1, validation_alias="ALIANZA_KAFKA_REPLICATION_FACTOR"
    )
    min_insync_replicas: int | None = Field(
        default=None, ge=1, validation_alias="ALIANZA_KAFKA_MIN_INSYNC_REPLICAS"
    )
    # Event topics (unset: the broker's default); dead-letter topics (-1: kept until deleted).
    retention_ms: int | None = Field(
        default=None, ge=UNLIMITED_RETENTION_MS, validation_alias="ALIANZA_KAFKA_RETENTION_MS"
    )
    dlq_retention_ms: int = Field(
        default=UNLIMITED_RETENTION_MS,
        ge=UNLIMITED_RETENTION_MS,
        validation_alias="ALIANZA_DLQ_RETENTION_MS",
    )
    # JSON, by topic name without the prefix: '{"ops": 86400000, "notifications.dlq": -1}'.
    retention_ms_by_topic: Mapping[str, Annotated[int, Field(ge=UNLIMITED_RETENTION_MS)]] = Field(
        default_factory=dict, validation_alias="ALIANZA_KAFKA_TOPIC_RETENTION_MS"
    )

    @model_validator(mode="after")
    def _min_insync_fits(self) -> Self:
        replication, min_insync = self.replication_factor, self.min_insync_replicas
        if replication is not None and min_insync is not None and min_insync > replication:
            raise ValueError(
                f"ALIANZA_KAFKA_MIN_INSYNC_REPLICAS ({min_insync}) cannot exceed "
                f"ALIANZA_KAFKA_REPLICATION_FACTOR ({replication}): no write could succeed"
            )
        return self

    @property
    def plan(self) -> TopicPlan:
        return TopicPlan(
            partitions=self.partitions,
            replication_factor=self.replication_factor,
            min_insync_replicas=self.min_insync_replicas,
            retention_ms=self.retention_ms,
            dlq_retention_ms=self.dlq_retention_ms,
            retention_ms_by_topic=dict(self.retention_ms_by_topic),
        )


class ServiceSettings(KafkaSettings):
    """What every service needs. Subclasses set `env_prefix` (e.g. `REGISTRY_`).

    Kafka, the topic prefix and the environment are the same for the whole system, so they are
    read from unprefixed `ALIANZA_*` variables; the database belongs to one service and is prefixed.
    """

    model_config = SettingsConfigDict(extra="ignore", populate_by_name=True)

    environment: Environment = Field(
        default=Environment.DEVELOPMENT, validation_alias="ALIANZA_ENVIRONMENT"
    )
    topic_prefix: str = Field(default="alianza", validation_alias="ALIANZA_TOPIC_PREFIX")
    log_level: str = Field(default="INFO", validation_alias="ALIANZA_LOG_LEVEL")
    # Loopback by default; containers set 0.0.0.0 so the published port reaches the process.
    http_host: str = Field(default="127.0.0.1", validation_alias="ALIANZA_HTTP_HOST")
    # Where every service fetches the registry's public signing keys to verify access tokens.
    jwks_url: str = Field(
        default="http://127.0.0.1:8001/.well-known/jwks.json", validation_alias="ALIANZA_JWKS_URL"
    )

    # Every verifier refuses a token claiming a longer life than this (exp - iat), whoever
    # signed it; the registry issues at most this.
    max_token_lifetime_seconds: int = Field(
        default=3600, ge=60, validation_alias="ALIANZA_MAX_TOKEN_LIFETIME_SECONDS"
    )

    # How often each API process reloads the disabled clients' ids: the longest a disabled
    # client's token is still accepted once this service's consumer has recorded the event.
    disabled_clients_reload_seconds: float = Field(
        default=2.0, gt=0, le=60, validation_alias="ALIANZA_DISABLED_CLIENTS_RELOAD_SECONDS"
    )

    # Read here too so that every service, not just the console, refuses production without it.
    ops_console_secure_cookie: bool = Field(
        default=False, validation_alias="ALIANZA_OPS_CONSOLE_SECURE_COOKIE"
    )

    # /metrics needs an ops/admin access token, or this token (Prometheus `bearer_token`), so a
    # scraper needs no client credentials. Unset: only access tokens are accepted.
    metrics_scrape_token: SecretStr | None = Field(
        default=None, validation_alias="ALIANZA_METRICS_SCRAPE_TOKEN"
    )

    database_url: str
    # Migrations run as the role that owns the schema; the processes use `database_url`, whose
    # role only reads and writes rows (deploy/local/roles.py). Unset: the same URL.
    migration_database_url: str | None = None
    database_pool_size: int = 10
    # Bounds on every wait on PostgreSQL (see shared.db.DatabaseTimeouts).
    database_connect_timeout_seconds: float = 10.0
    database_statement_timeout_seconds: float = 30.0
    database_lock_timeout_seconds: float = 10.0
    database_idle_in_transaction_timeout_seconds: float = 60.0

    # Bounded waits on Kafka: aiokafka can otherwise hang forever when the broker is gone.
    kafka_timeout_seconds: float = 10.0
    # The largest event record; the API refuses input whose event would be larger (413). It may
    # be lowered, not raised: the relay hands the producer whole batches, and a record past the
    # broker's request limit would fail its batch on every try instead of being set aside.
    kafka_max_record_bytes: int = Field(
        default=MAX_RECORD_BYTES,
        gt=0,
        le=MAX_RECORD_BYTES,
        validation_alias="ALIANZA_KAFKA_MAX_RECORD_BYTES",
    )

    relay_batch_size: int = 500
    relay_poll_interval_seconds: float = 1.0
    # A leader whose session is silent this long is ended by the server, freeing its lock.
    relay_session_timeout_seconds: float = 15.0
    # Rows of a topic the broker lacks wait this long for it to be created, then are set aside.
    relay_missing_topic_grace_seconds: float = 120.0
    outbox_retention_hours: float = 72.0
    inbox_retention_hours: float = 168.0
    # Like Stripe's: a key reused after a day is a new request.
    idempotency_retention_hours: float = 24.0

    consumer_max_attempts: int = 3
    consumer_retry_backoff_seconds: float = 0.5
    consumer_batch_size: int = 200
    # While the database or broker is away the consumer holds its partitions and retries, the
    # wait doubling up to this; SIGTERM gives the batch in hand this long before dropping it.
    consumer_transient_backoff_max_seconds: float = 30.0
    consumer_shutdown_grace_seconds: float = 5.0

    @field_validator("database_url", "migration_database_url")
    @classmethod
    def _asyncpg_driver(cls, url: str | None) -> str | None:
        if url is None:
            return None
        if url.startswith("postgresql://") or url.startswith("postgres://"):
            return "postgresql+asyncpg://" + url.split("://", 1)[1]
        return url

    @model_validator(mode="after")
    def _production_is_production(self) -> Self:
        if self.environment is not Environment.PRODUCTION:
            return self
        if problems := production_problems(self.jwks_url, self.ops_console_secure_cookie):
            raise ValueError("; ".join(problems))
        return self

    @property
    def migration_url(self) -> str:
        return self.migration_database_url or self.database_url

    @property
    def database_timeouts(self) -> DatabaseTimeouts:
        return DatabaseTimeouts(
            connect=self.database_connect_timeout_seconds,
            statement=self.database_statement_timeout_seconds,
            lock=self.database_lock_timeout_seconds,
            idle_in_transaction=self.database_idle_in_transaction_timeout_seconds,
            round_trip=self.database_statement_timeout_seconds * 1.5,
        )

    @property
    def service_name(self) -> str:
        prefix = str(self.model_config.get("env_prefix", ""))
        return prefix.rstrip("_").lower() or "service"


def production_problems(jwks_url: str, console_secure_cookie: bool) -> list[str]:
    """What the system-wide settings lack for production (empty when nothing); the ops console
    checks the same."""
    problems = []
    if not jwks_url.lower().startswith("https://"):
        problems.append(
            "ALIANZA_JWKS_URL must be https:// in production: over plain http anyone on the path "
            "can hand every service their own signing keys"
        )
    if not console_secure_cookie:
        problems.append(
            "ALIANZA_OPS_CONSOLE_SECURE_COOKIE must be true in production, so the console's "
            "session cookie never travels over plain http"
        )
    return problems
