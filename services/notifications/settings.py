"""Settings of the notifications service, read from `NOTIFICATIONS_*` (and the shared `ALIANZA_*`) variables."""

from __future__ import annotations

import ipaddress
from datetime import timedelta
from typing import Self

from pydantic import Field, field_validator, model_validator
from pydantic_settings import SettingsConfigDict

from services.notifications.retry import DEFAULT_SCHEDULE
from shared.settings import Environment, ServiceSettings

_DEFAULT_SCHEDULE_TEXT = ",".join(f"{delay.total_seconds():g}" for delay in DEFAULT_SCHEDULE)


class NotificationsSettings(ServiceSettings):
    model_config = SettingsConfigDict(
        env_prefix="NOTIFICATIONS_", extra="ignore", populate_by_name=True
    )

    # Hosts (names or IPs, comma-separated) webhooks may reach over plain http or on private
    # addresses: a receiver on the same machine in development and tests. Empty in production.
    allow_hosts: str = ""
    # Delay before attempt 1, 2, ... in seconds, comma-separated; its length is the number of tries.
    # A delivery is due the moment its event arrives (and again the moment it is replayed), so
    # the first entry is taken as 0 whatever it says; the later ones space out the retries.
    retry_schedule_seconds: str = _DEFAULT_SCHEDULE_TEXT
    webhook_timeout_seconds: float = Field(default=10.0, gt=0, le=60)
    # After a rotation the old secret keeps signing (beside the new one) this long.
    secret_rotation_overlap_seconds: float = Field(default=86400.0, ge=0)
    # An endpoint failing every attempt for this long is disabled and its owner told.
    disable_after_seconds: float = Field(default=5 * 86400.0, gt=0)
    # Deliveries sent at once by one dispatcher process (each holds one database connection).
    dispatch_concurrency: int = Field(default=8, ge=1, le=100)
    # How often an idle dispatcher looks for due deliveries when no NOTIFY woke it.
    dispatch_poll_interval_seconds: float = Field(default=1.0, gt=0)
    # Sends of one owner (organisation) at once per dispatcher process, so one owner's slow
    # endpoints never hold every slot; unset: half of `dispatch_concurrency` (at least 1).
    dispatch_concurrency_per_owner: int | None = Field(default=None, ge=1)
    # Finished deliveries (succeeded or failed) and their attempts are deleted after this long.
    delivery_retention_days: float = Field(default=30.0, gt=0)
    # The dispatcher prunes that history this often, this many deliveries per transaction.
    prune_interval_seconds: float = Field(default=600.0, gt=0)
    prune_batch_size: int = Field(default=1000, ge=1, le=100_000)

    # Per organisation (or per client acting for none): how many subscriptions it may hold, and
    # how many replay requests it may make per minute (a bulk replay counts as one). Beyond
    # either: 429 with Retry-After. Replays are counted per API process.
    max_subscriptions_per_organisation: int = Field(default=100, ge=1)
    replays_per_minute_per_organisation: int = Field(default=60, ge=1)

    @field_validator("retry_schedule_seconds")
    @classmethod
    def _schedule_is_readable(cls, value: str) -> str:
        _parse_schedule(value)
        return value

    @model_validator(mode="after")
    def _production_allows_no_local_receivers(self) -> Self:
        if self.environment is Environment.PRODUCTION:
            unsafe = [host for host in self.allowed_hosts if _wildcard_or_local(host)]
            if unsafe:
                raise ValueError(
                    f"NOTIFICATIONS_ALLOW_HOSTS names {', '.join(unsafe)} in production: a "
                    "wildcard or a loopback/unspecified address lets any subscriber make this "
                    "service call itself or its neighbours"
                )
        return self

    @property
    def allowed_hosts(self) -> tuple[str, ...]:
        return tuple(host.strip() for host in self.allow_hosts.split(",") if host.strip())

    @property
    def owner_limit(self) -> int:
        if self.dispatch_concurrency_per_owner is not None:
            return self.dispatch_concurrency_per_owner
        return max(1, self.dispatch_concurrency // 2)

    @property
    def delivery_retention(self) -> timedelta:
        return timedelta(days=self.delivery_retention_days)

    @property
    def retry_schedule(self) -> tuple[timedelta, ...]:
        return _parse_schedule(self.retry_schedule_seconds)


def _wildcard_or_local(host: str) -> bool:
    name = host.strip().strip("[]").lower().rstrip(".")
    if "*" in name or name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified


def _parse_schedule(text: str) -> tuple[timedelta, ...]:
    try:
        delays = tuple(float(part) for part in text.split(",") if part.strip())
    except ValueError:
        raise ValueError("must be comma-separated numbers of seconds") from None
    if not delays:
        raise ValueError("needs at least one delay")
    if any(delay < 0 for delay in delays):
        raise ValueError("delays cannot be negative")
    return tuple(timedelta(seconds=delay) for delay in delays)
