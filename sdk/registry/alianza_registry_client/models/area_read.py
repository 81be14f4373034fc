from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AreaRead")


@_attrs_define
class AreaRead:
    """
    Attributes:
        code (str): UN M49 code
        countries (list[str]): ISO 3166-1 alpha-2 codes, sorted
        name (str):
        areas (list[AreaRead] | Unset): the sub-regions of a region, the intermediate regions of a sub-region
    """

    code: str
    countries: list[str]
    name: str
    areas: list[AreaRead] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        countries = self.countries

        name = self.name

        areas: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.areas, Unset):
            areas = []
            for areas_item_data in self.areas:
                areas_item = areas_item_data.to_dict()
                areas.append(areas_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "countries": countries,
                "name": name,
            }
        )
        if areas is not UNSET:
            field_dict["areas"] = areas

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        countries = cast(list[str], d.pop("countries"))

        name = d.pop("name")

        _areas = d.pop("areas", UNSET)
        areas: list[AreaRead] | Unset = UNSET
        if _areas is not UNSET:
            areas = []
            for areas_item_data in _areas:
                areas_item = AreaRead.from_dict(areas_item_data)

                areas.append(areas_item)

        area_read = cls(
            code=code,
            countries=countries,
            name=name,
            areas=areas,
        )

        area_read.additional_properties = d
        return area_read

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
