from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role

T = TypeVar("T", bound="ApiClientCreated")


@_attrs_define
class ApiClientCreated:
    """
    Attributes:
        client_id (str):
        client_secret (str): Shown this once; only its hash is kept.
        created_at (datetime.datetime):
        disabled (bool):
        name (str):
        organisation_id (None | str):
        roles (list[Role]):
    """

    client_id: str
    client_secret: str
    created_at: datetime.datetime
    disabled: bool
    name: str
    organisation_id: None | str
    roles: list[Role]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        client_secret = self.client_secret

        created_at = self.created_at.isoformat()

        disabled = self.disabled

        name = self.name

        organisation_id: None | str
        organisation_id = self.organisation_id

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.value
            roles.append(roles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "client_secret": client_secret,
                "created_at": created_at,
                "disabled": disabled,
                "name": name,
                "organisation_id": organisation_id,
                "roles": roles,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("client_id")

        client_secret = d.pop("client_secret")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        disabled = d.pop("disabled")

        name = d.pop("name")

        def _parse_organisation_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organisation_id = _parse_organisation_id(d.pop("organisation_id"))

        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:
            roles_item = Role(roles_item_data)

            roles.append(roles_item)

        api_client_created = cls(
            client_id=client_id,
            client_secret=client_secret,
            created_at=created_at,
            disabled=disabled,
            name=name,
            organisation_id=organisation_id,
            roles=roles,
        )

        api_client_created.additional_properties = d
        return api_client_created

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
