from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.inbox_item_read_details import InboxItemReadDetails


T = TypeVar("T", bound="InboxItemRead")


@_attrs_define
class InboxItemRead:
    """
    Attributes:
        created_at (datetime.datetime):
        details (InboxItemReadDetails):
        event_id (str):
        event_type (str):
        id (str):
        kind (str):
        partnership_id (None | str):
        read_at (datetime.datetime | None):
        title (str):
    """

    created_at: datetime.datetime
    details: InboxItemReadDetails
    event_id: str
    event_type: str
    id: str
    kind: str
    partnership_id: None | str
    read_at: datetime.datetime | None
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        details = self.details.to_dict()

        event_id = self.event_id

        event_type = self.event_type

        id = self.id

        kind = self.kind

        partnership_id: None | str
        partnership_id = self.partnership_id

        read_at: None | str
        if isinstance(self.read_at, datetime.datetime):
            read_at = self.read_at.isoformat()
        else:
            read_at = self.read_at

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "details": details,
                "event_id": event_id,
                "event_type": event_type,
                "id": id,
                "kind": kind,
                "partnership_id": partnership_id,
                "read_at": read_at,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inbox_item_read_details import InboxItemReadDetails  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        details = InboxItemReadDetails.from_dict(d.pop("details"))

        event_id = d.pop("event_id")

        event_type = d.pop("event_type")

        id = d.pop("id")

        kind = d.pop("kind")

        def _parse_partnership_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        partnership_id = _parse_partnership_id(d.pop("partnership_id"))

        def _parse_read_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                read_at_type_0 = datetime.datetime.fromisoformat(data)

                return read_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        read_at = _parse_read_at(d.pop("read_at"))

        title = d.pop("title")

        inbox_item_read = cls(
            created_at=created_at,
            details=details,
            event_id=event_id,
            event_type=event_type,
            id=id,
            kind=kind,
            partnership_id=partnership_id,
            read_at=read_at,
            title=title,
        )

        inbox_item_read.additional_properties = d
        return inbox_item_read

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
