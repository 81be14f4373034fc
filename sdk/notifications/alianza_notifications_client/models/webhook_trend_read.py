from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.attempt_bucket_read import AttemptBucketRead


T = TypeVar("T", bound="WebhookTrendRead")


@_attrs_define
class WebhookTrendRead:
    """Webhook attempts and successes per bucket, oldest first; buckets without attempts are
    left out.

        Attributes:
            bucket_seconds (int):
            buckets (list[AttemptBucketRead]):
            minutes (int):
    """

    bucket_seconds: int
    buckets: list[AttemptBucketRead]
    minutes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bucket_seconds = self.bucket_seconds

        buckets = []
        for buckets_item_data in self.buckets:
            buckets_item = buckets_item_data.to_dict()
            buckets.append(buckets_item)

        minutes = self.minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bucket_seconds": bucket_seconds,
                "buckets": buckets,
                "minutes": minutes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attempt_bucket_read import AttemptBucketRead  # noqa: PLC0415

        d = dict(src_dict)
        bucket_seconds = d.pop("bucket_seconds")

        buckets = []
        _buckets = d.pop("buckets")
        for buckets_item_data in _buckets:
            buckets_item = AttemptBucketRead.from_dict(buckets_item_data)

            buckets.append(buckets_item)

        minutes = d.pop("minutes")

        webhook_trend_read = cls(
            bucket_seconds=bucket_seconds,
            buckets=buckets,
            minutes=minutes,
        )

        webhook_trend_read.additional_properties = d
        return webhook_trend_read

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
