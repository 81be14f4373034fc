from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.member_role import MemberRole

T = TypeVar("T", bound="MemberIn")


@_attrs_define
class MemberIn:
    """
    Attributes:
        partner_id (str):
        role (MemberRole):
    """

    partner_id: str
    role: MemberRole

    def to_dict(self) -> dict[str, Any]:
        partner_id = self.partner_id

        role = self.role.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "partner_id": partner_id,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        partner_id = d.pop("partner_id")

        role = MemberRole(d.pop("role"))

        member_in = cls(
            partner_id=partner_id,
            role=role,
        )

        return member_in
