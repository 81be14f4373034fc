from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webhook_stats_read_attempts import WebhookStatsReadAttempts


T = TypeVar("T", bound="WebhookStatsRead")


@_attrs_define
class WebhookStatsRead:
    """Webhook attempts over the trailing window, and the deliveries open or dead right now.

    Read off `stats.WebhookStats` by attribute; `total_attempts` and `success_rate` are its
    derived properties.

        Attributes:
            attempts (WebhookStatsReadAttempts):
            dead_deliveries (int):
            latency_p50_ms (float | None):
            latency_p99_ms (float | None):
            open_deliveries (int):
            success_rate (float | None):
            total_attempts (int):
            window_seconds (int):
    """

    attempts: WebhookStatsReadAttempts
    dead_deliveries: int
    latency_p50_ms: float | None
    latency_p99_ms: float | None
    open_deliveries: int
    success_rate: float | None
    total_attempts: int
    window_seconds: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attempts = self.attempts.to_dict()

        dead_deliveries = self.dead_deliveries

        latency_p50_ms: float | None
        latency_p50_ms = self.latency_p50_ms

        latency_p99_ms: float | None
        latency_p99_ms = self.latency_p99_ms

        open_deliveries = self.open_deliveries

        success_rate: float | None
        success_rate = self.success_rate

        total_attempts = self.total_attempts

        window_seconds = self.window_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attempts": attempts,
                "dead_deliveries": dead_deliveries,
                "latency_p50_ms": latency_p50_ms,
                "latency_p99_ms": latency_p99_ms,
                "open_deliveries": open_deliveries,
                "success_rate": success_rate,
                "total_attempts": total_attempts,
                "window_seconds": window_seconds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_stats_read_attempts import WebhookStatsReadAttempts  # noqa: PLC0415

        d = dict(src_dict)
        attempts = WebhookStatsReadAttempts.from_dict(d.pop("attempts"))

        dead_deliveries = d.pop("dead_deliveries")

        def _parse_latency_p50_ms(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        latency_p50_ms = _parse_latency_p50_ms(d.pop("latency_p50_ms"))

        def _parse_latency_p99_ms(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        latency_p99_ms = _parse_latency_p99_ms(d.pop("latency_p99_ms"))

        open_deliveries = d.pop("open_deliveries")

        def _parse_success_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        success_rate = _parse_success_rate(d.pop("success_rate"))

        total_attempts = d.pop("total_attempts")

        window_seconds = d.pop("window_seconds")

        webhook_stats_read = cls(
            attempts=attempts,
            dead_deliveries=dead_deliveries,
            latency_p50_ms=latency_p50_ms,
            latency_p99_ms=latency_p99_ms,
            open_deliveries=open_deliveries,
            success_rate=success_rate,
            total_attempts=total_attempts,
            window_seconds=window_seconds,
        )

        webhook_stats_read.additional_properties = d
        return webhook_stats_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
