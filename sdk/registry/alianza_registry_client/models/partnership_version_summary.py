from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.partnership_status import PartnershipStatus

T = TypeVar("T", bound="PartnershipVersionSummary")


@_attrs_define
class PartnershipVersionSummary:
    """
    Attributes:
        recorded_at (datetime.datetime):
        status (PartnershipStatus):
        version (int):
    """

    recorded_at: datetime.datetime
    status: PartnershipStatus
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recorded_at = self.recorded_at.isoformat()

        status = self.status.value

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recorded_at": recorded_at,
                "status": status,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))

        status = PartnershipStatus(d.pop("status"))

        version = d.pop("version")

        partnership_version_summary = cls(
            recorded_at=recorded_at,
            status=status,
            version=version,
        )

        partnership_version_summary.additional_properties = d
        return partnership_version_summary

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
