"""Where the console finds Kafka, the services and the watcher, and where it listens."""

from __future__ import annotations

from typing import Self

from pydantic import Field, model_validator

from ops.api import ServiceUrls
from shared.settings import Environment, KafkaSettings, production_problems


class ConsoleSettings(KafkaSettings):
    topic_prefix: str = Field(default="alianza", validation_alias="ALIANZA_TOPIC_PREFIX")
    registry_url: str = Field(
        default="http://127.0.0.1:8001", validation_alias="ALIANZA_REGISTRY_URL"
    )
    commitments_url: str = Field(
        default="http://127.0.0.1:8002", validation_alias="ALIANZA_COMMITMENTS_URL"
    )
    notifications_url: str = Field(
        default="http://127.0.0.1:8003", validation_alias="ALIANZA_NOTIFICATIONS_URL"
    )
    jwks_url: str = Field(
        default="http://127.0.0.1:8001/.well-known/jwks.json", validation_alias="ALIANZA_JWKS_URL"
    )
    # The lag watcher's /metrics, read for its alert state; the console works without it.
    watch_metrics_url: str = Field(
        default="http://127.0.0.1:8009/metrics", validation_alias="ALIANZA_OPS_WATCH_METRICS_URL"
    )
    # The watcher's last hour, for the trend charts when no Prometheus is configured.
    watch_trends_url: str = Field(
        default="http://127.0.0.1:8009/trends", validation_alias="ALIANZA_OPS_WATCH_TRENDS_URL"
    )
    # Prometheus (e.g. http://127.0.0.1:9090): the trend charts read its history when set.
    prometheus_url: str | None = Field(default=None, validation_alias="ALIANZA_OPS_PROMETHEUS_URL")
    # The process supervisor's /status (deploy/local/supervisor.py); unset where something else
    # restarts the processes (compose, Kubernetes), and the panel says so.
    supervisor_url: str | None = Field(default=None, validation_alias="ALIANZA_SUPERVISOR_URL")
    host: str = Field(default="127.0.0.1", validation_alias="ALIANZA_HTTP_HOST")
    port: int = Field(default=8010, validation_alias="ALIANZA_OPS_CONSOLE_PORT")
    # Behind TLS set this, so the session cookie is never sent over plain HTTP.
    secure_cookie: bool = Field(default=False, validation_alias="ALIANZA_OPS_CONSOLE_SECURE_COOKIE")
    # The origin browsers see (e.g. https://ops.example.org) when a proxy or TLS terminator
    # stands in front; state-changing requests must come from it. Unset: the request's own.
    public_origin: str | None = Field(default=None, validation_alias="ALIANZA_OPS_CONSOLE_ORIGIN")
    # The sign-in form is the largest body the console takes; nothing needs more than this.
    max_body_bytes: int = Field(
        default=16_384, ge=1024, validation_alias="ALIANZA_OPS_CONSOLE_MAX_BODY_BYTES"
    )
    # How long the registry's "this client is enabled" holds: as long as the services take to
    # reload their disabled clients, so a disabled client is refused everywhere at once.
    client_check_seconds: float = Field(
        default=2.0, gt=0, le=60, validation_alias="ALIANZA_DISABLED_CLIENTS_RELOAD_SECONDS"
    )
    log_level: str = Field(default="INFO", validation_alias="ALIANZA_LOG_LEVEL")
    request_timeout_seconds: float = 10.0
    heartbeat_seconds: float = 15.0

    environment: Environment = Field(
        default=Environment.DEVELOPMENT, validation_alias="ALIANZA_ENVIRONMENT"
    )

    @model_validator(mode="after")
    def _production_is_production(self) -> Self:
        if self.environment is not Environment.PRODUCTION:
            return self
        if problems := production_problems(self.jwks_url, self.secure_cookie):
            raise ValueError("; ".join(problems))
        return self

    @property
    def urls(self) -> ServiceUrls:
        return ServiceUrls(self.registry_url, self.commitments_url, self.notifications_url)
