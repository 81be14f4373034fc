from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SdgTargetRead")


@_attrs_define
class SdgTargetRead:
    """
    Attributes:
        code (str):
        goal (int):
        migration_relevant (bool):
        title (None | str): the official wording, for migration-relevant targets
    """

    code: str
    goal: int
    migration_relevant: bool
    title: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        goal = self.goal

        migration_relevant = self.migration_relevant

        title: None | str
        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "goal": goal,
                "migration_relevant": migration_relevant,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        goal = d.pop("goal")

        migration_relevant = d.pop("migration_relevant")

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))

        sdg_target_read = cls(
            code=code,
            goal=goal,
            migration_relevant=migration_relevant,
            title=title,
        )

        sdg_target_read.additional_properties = d
        return sdg_target_read

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
