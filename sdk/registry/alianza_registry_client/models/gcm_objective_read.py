from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.gcm_objective_read_titles import GcmObjectiveReadTitles


T = TypeVar("T", bound="GcmObjectiveRead")


@_attrs_define
class GcmObjectiveRead:
    """
    Attributes:
        number (int):
        titles (GcmObjectiveReadTitles): the Compact's title by language: en, es, fr
    """

    number: int
    titles: GcmObjectiveReadTitles
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        titles = self.titles.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "titles": titles,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gcm_objective_read_titles import GcmObjectiveReadTitles  # noqa: PLC0415

        d = dict(src_dict)
        number = d.pop("number")

        titles = GcmObjectiveReadTitles.from_dict(d.pop("titles"))

        gcm_objective_read = cls(
            number=number,
            titles=titles,
        )

        gcm_objective_read.additional_properties = d
        return gcm_objective_read

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
