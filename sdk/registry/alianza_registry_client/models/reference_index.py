from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.reference_index_lists import ReferenceIndexLists


T = TypeVar("T", bound="ReferenceIndex")


@_attrs_define
class ReferenceIndex:
    """
    Attributes:
        lists (ReferenceIndexLists): each list's name and the path that serves it
    """

    lists: ReferenceIndexLists
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lists = self.lists.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lists": lists,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reference_index_lists import ReferenceIndexLists  # noqa: PLC0415

        d = dict(src_dict)
        lists = ReferenceIndexLists.from_dict(d.pop("lists"))

        reference_index = cls(
            lists=lists,
        )

        reference_index.additional_properties = d
        return reference_index

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
