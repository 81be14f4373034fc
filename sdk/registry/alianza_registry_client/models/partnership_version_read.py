from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.partnership_read import PartnershipRead


T = TypeVar("T", bound="PartnershipVersionRead")


@_attrs_define
class PartnershipVersionRead:
    """
    Attributes:
        partnership (PartnershipRead):
        recorded_at (datetime.datetime):
        version (int):
    """

    partnership: PartnershipRead
    recorded_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partnership = self.partnership.to_dict()

        recorded_at = self.recorded_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "partnership": partnership,
                "recorded_at": recorded_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.partnership_read import PartnershipRead  # noqa: PLC0415

        d = dict(src_dict)
        partnership = PartnershipRead.from_dict(d.pop("partnership"))

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))

        version = d.pop("version")

        partnership_version_read = cls(
            partnership=partnership,
            recorded_at=recorded_at,
            version=version,
        )

        partnership_version_read.additional_properties = d
        return partnership_version_read

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
