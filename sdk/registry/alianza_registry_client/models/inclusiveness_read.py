from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.inclusiveness_read_countries_by_role import InclusivenessReadCountriesByRole


T = TypeVar("T", bound="InclusivenessRead")


@_attrs_define
class InclusivenessRead:
    """
    Attributes:
        countries_by_role (InclusivenessReadCountriesByRole):
        includes_migrant_or_diaspora (bool):
        non_state_actor_count (int):
        stakeholder_kinds (list[str]):
    """

    countries_by_role: InclusivenessReadCountriesByRole
    includes_migrant_or_diaspora: bool
    non_state_actor_count: int
    stakeholder_kinds: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        countries_by_role = self.countries_by_role.to_dict()

        includes_migrant_or_diaspora = self.includes_migrant_or_diaspora

        non_state_actor_count = self.non_state_actor_count

        stakeholder_kinds = self.stakeholder_kinds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "countries_by_role": countries_by_role,
                "includes_migrant_or_diaspora": includes_migrant_or_diaspora,
                "non_state_actor_count": non_state_actor_count,
                "stakeholder_kinds": stakeholder_kinds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inclusiveness_read_countries_by_role import InclusivenessReadCountriesByRole  # noqa: PLC0415

        d = dict(src_dict)
        countries_by_role = InclusivenessReadCountriesByRole.from_dict(d.pop("countries_by_role"))

        includes_migrant_or_diaspora = d.pop("includes_migrant_or_diaspora")

        non_state_actor_count = d.pop("non_state_actor_count")

        stakeholder_kinds = cast(list[str], d.pop("stakeholder_kinds"))

        inclusiveness_read = cls(
            countries_by_role=countries_by_role,
            includes_migrant_or_diaspora=includes_migrant_or_diaspora,
            non_state_actor_count=non_state_actor_count,
            stakeholder_kinds=stakeholder_kinds,
        )

        inclusiveness_read.additional_properties = d
        return inclusiveness_read

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
