from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CountryRead")


@_attrs_define
class CountryRead:
    """
    Attributes:
        code (str):
        intermediate_region (None | str):
        region (None | str): M49 region code; null for AQ and TW, which M49 places in none
        sub_region (None | str):
    """

    code: str
    intermediate_region: None | str
    region: None | str
    sub_region: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        intermediate_region: None | str
        intermediate_region = self.intermediate_region

        region: None | str
        region = self.region

        sub_region: None | str
        sub_region = self.sub_region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "intermediate_region": intermediate_region,
                "region": region,
                "sub_region": sub_region,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        def _parse_intermediate_region(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        intermediate_region = _parse_intermediate_region(d.pop("intermediate_region"))

        def _parse_region(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        region = _parse_region(d.pop("region"))

        def _parse_sub_region(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sub_region = _parse_sub_region(d.pop("sub_region"))

        country_read = cls(
            code=code,
            intermediate_region=intermediate_region,
            region=region,
            sub_region=sub_region,
        )

        country_read.additional_properties = d
        return country_read

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
