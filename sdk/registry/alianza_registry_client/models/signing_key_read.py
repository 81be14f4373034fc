from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signing_key_read_state import SigningKeyReadState

T = TypeVar("T", bound="SigningKeyRead")


@_attrs_define
class SigningKeyRead:
    """
    Attributes:
        created_at (datetime.datetime):
        kid (str):
        retired_at (datetime.datetime | None):
        signs_from (datetime.datetime):
        state (SigningKeyReadState): `published`: waiting to sign; `superseded`: a newer key signs, this one stays in
            the JWKS until its tokens have expired.
    """

    created_at: datetime.datetime
    kid: str
    retired_at: datetime.datetime | None
    signs_from: datetime.datetime
    state: SigningKeyReadState
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        kid = self.kid

        retired_at: None | str
        if isinstance(self.retired_at, datetime.datetime):
            retired_at = self.retired_at.isoformat()
        else:
            retired_at = self.retired_at

        signs_from = self.signs_from.isoformat()

        state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "kid": kid,
                "retired_at": retired_at,
                "signs_from": signs_from,
                "state": state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        kid = d.pop("kid")

        def _parse_retired_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                retired_at_type_0 = datetime.datetime.fromisoformat(data)

                return retired_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        retired_at = _parse_retired_at(d.pop("retired_at"))

        signs_from = datetime.datetime.fromisoformat(d.pop("signs_from"))

        state = SigningKeyReadState(d.pop("state"))

        signing_key_read = cls(
            created_at=created_at,
            kid=kid,
            retired_at=retired_at,
            signs_from=signs_from,
            state=state,
        )

        signing_key_read.additional_properties = d
        return signing_key_read

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
