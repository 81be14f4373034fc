from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SigningKeyRotation")


@_attrs_define
class SigningKeyRotation:
    """A rotation under way: the new key is published now and signs from `signs_from`.

    Attributes:
        kid (str):
        previous_kid (None | str):
        signs_from (datetime.datetime):
    """

    kid: str
    previous_kid: None | str
    signs_from: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kid = self.kid

        previous_kid: None | str
        previous_kid = self.previous_kid

        signs_from = self.signs_from.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kid": kid,
                "previous_kid": previous_kid,
                "signs_from": signs_from,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kid = d.pop("kid")

        def _parse_previous_kid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        previous_kid = _parse_previous_kid(d.pop("previous_kid"))

        signs_from = datetime.datetime.fromisoformat(d.pop("signs_from"))

        signing_key_rotation = cls(
            kid=kid,
            previous_kid=previous_kid,
            signs_from=signs_from,
        )

        signing_key_rotation.additional_properties = d
        return signing_key_rotation

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
