from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="QuarantinedRow")


@_attrs_define
class QuarantinedRow:
    """
    Attributes:
        created_at (datetime.datetime):
        event_id (str):
        event_type (str):
        id (int):
        key (str):
        quarantined_at (datetime.datetime):
        reason (str):
        topic (str):
        waiting_behind (int):
    """

    created_at: datetime.datetime
    event_id: str
    event_type: str
    id: int
    key: str
    quarantined_at: datetime.datetime
    reason: str
    topic: str
    waiting_behind: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        event_id = self.event_id

        event_type = self.event_type

        id = self.id

        key = self.key

        quarantined_at = self.quarantined_at.isoformat()

        reason = self.reason

        topic = self.topic

        waiting_behind = self.waiting_behind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "event_id": event_id,
                "event_type": event_type,
                "id": id,
                "key": key,
                "quarantined_at": quarantined_at,
                "reason": reason,
                "topic": topic,
                "waiting_behind": waiting_behind,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        event_id = d.pop("event_id")

        event_type = d.pop("event_type")

        id = d.pop("id")

        key = d.pop("key")

        quarantined_at = datetime.datetime.fromisoformat(d.pop("quarantined_at"))

        reason = d.pop("reason")

        topic = d.pop("topic")

        waiting_behind = d.pop("waiting_behind")

        quarantined_row = cls(
            created_at=created_at,
            event_id=event_id,
            event_type=event_type,
            id=id,
            key=key,
            quarantined_at=quarantined_at,
            reason=reason,
            topic=topic,
            waiting_behind=waiting_behind,
        )

        quarantined_row.additional_properties = d
        return quarantined_row

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
