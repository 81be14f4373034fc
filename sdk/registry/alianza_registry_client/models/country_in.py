from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.country_role import CountryRole

T = TypeVar("T", bound="CountryIn")


@_attrs_define
class CountryIn:
    """
    Attributes:
        code (str): ISO 3166-1 alpha-2, an officially assigned code
        role (CountryRole):
    """

    code: str
    role: CountryRole

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        role = self.role.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        role = CountryRole(d.pop("role"))

        country_in = cls(
            code=code,
            role=role,
        )

        return country_in
