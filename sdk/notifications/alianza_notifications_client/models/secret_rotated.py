from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SecretRotated")


@_attrs_define
class SecretRotated:
    """
    Attributes:
        previous_secret_valid_until (datetime.datetime):
        secret (str): the new signing secret; shown this once and never again
        subscription_id (str):
    """

    previous_secret_valid_until: datetime.datetime
    secret: str
    subscription_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        previous_secret_valid_until = self.previous_secret_valid_until.isoformat()

        secret = self.secret

        subscription_id = self.subscription_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "previous_secret_valid_until": previous_secret_valid_until,
                "secret": secret,
                "subscription_id": subscription_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        previous_secret_valid_until = datetime.datetime.fromisoformat(d.pop("previous_secret_valid_until"))

        secret = d.pop("secret")

        subscription_id = d.pop("subscription_id")

        secret_rotated = cls(
            previous_secret_valid_until=previous_secret_valid_until,
            secret=secret,
            subscription_id=subscription_id,
        )

        secret_rotated.additional_properties = d
        return secret_rotated

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
