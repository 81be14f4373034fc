from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PracticeLinks")


@_attrs_define
class PracticeLinks:
    """
    Attributes:
        partnership (str):
        replicas (list[str]): public partnerships that replicate this one
        replicated_from (None | str): the partnership this one replicates
    """

    partnership: str
    replicas: list[str]
    replicated_from: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partnership = self.partnership

        replicas = self.replicas

        replicated_from: None | str
        replicated_from = self.replicated_from

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "partnership": partnership,
                "replicas": replicas,
                "replicated_from": replicated_from,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        partnership = d.pop("partnership")

        replicas = cast(list[str], d.pop("replicas"))

        def _parse_replicated_from(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        replicated_from = _parse_replicated_from(d.pop("replicated_from"))

        practice_links = cls(
            partnership=partnership,
            replicas=replicas,
            replicated_from=replicated_from,
        )

        practice_links.additional_properties = d
        return practice_links

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
