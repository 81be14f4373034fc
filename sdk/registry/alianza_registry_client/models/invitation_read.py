from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invitation_status import InvitationStatus
from ..models.member_role import MemberRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvitationRead")


@_attrs_define
class InvitationRead:
    """An organisation's invitation to be named in a partnership, and what it is named for.

    Attributes:
        commitment_ids (list[str]): The planned commitments it would hold now (alone or jointly).
        created_at (datetime.datetime):
        id (str):
        organisation_id (str): The invited organisation (a partner id).
        owner_organisation_id (str):
        partnership_id (str):
        role (MemberRole | None): The member role the partnership names it with now; null once it no longer names it.
        status (InvitationStatus): Where an organisation's consent to be named in a partnership stands.
        answered_at (datetime.datetime | None | Unset):
        answered_by_client_id (None | str | Unset):
        reason (None | str | Unset):
    """

    commitment_ids: list[str]
    created_at: datetime.datetime
    id: str
    organisation_id: str
    owner_organisation_id: str
    partnership_id: str
    role: MemberRole | None
    status: InvitationStatus
    answered_at: datetime.datetime | None | Unset = UNSET
    answered_by_client_id: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commitment_ids = self.commitment_ids

        created_at = self.created_at.isoformat()

        id = self.id

        organisation_id = self.organisation_id

        owner_organisation_id = self.owner_organisation_id

        partnership_id = self.partnership_id

        role: None | str
        if isinstance(self.role, MemberRole):
            role = self.role.value
        else:
            role = self.role

        status = self.status.value

        answered_at: None | str | Unset
        if isinstance(self.answered_at, Unset):
            answered_at = UNSET
        elif isinstance(self.answered_at, datetime.datetime):
            answered_at = self.answered_at.isoformat()
        else:
            answered_at = self.answered_at

        answered_by_client_id: None | str | Unset
        if isinstance(self.answered_by_client_id, Unset):
            answered_by_client_id = UNSET
        else:
            answered_by_client_id = self.answered_by_client_id

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commitment_ids": commitment_ids,
                "created_at": created_at,
                "id": id,
                "organisation_id": organisation_id,
                "owner_organisation_id": owner_organisation_id,
                "partnership_id": partnership_id,
                "role": role,
                "status": status,
            }
        )
        if answered_at is not UNSET:
            field_dict["answered_at"] = answered_at
        if answered_by_client_id is not UNSET:
            field_dict["answered_by_client_id"] = answered_by_client_id
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        commitment_ids = cast(list[str], d.pop("commitment_ids"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = d.pop("id")

        organisation_id = d.pop("organisation_id")

        owner_organisation_id = d.pop("owner_organisation_id")

        partnership_id = d.pop("partnership_id")

        def _parse_role(data: object) -> MemberRole | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_0 = MemberRole(data)

                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MemberRole | None, data)

        role = _parse_role(d.pop("role"))

        status = InvitationStatus(d.pop("status"))

        def _parse_answered_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                answered_at_type_0 = datetime.datetime.fromisoformat(data)

                return answered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        answered_at = _parse_answered_at(d.pop("answered_at", UNSET))

        def _parse_answered_by_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        answered_by_client_id = _parse_answered_by_client_id(d.pop("answered_by_client_id", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        invitation_read = cls(
            commitment_ids=commitment_ids,
            created_at=created_at,
            id=id,
            organisation_id=organisation_id,
            owner_organisation_id=owner_organisation_id,
            partnership_id=partnership_id,
            role=role,
            status=status,
            answered_at=answered_at,
            answered_by_client_id=answered_by_client_id,
            reason=reason,
        )

        invitation_read.additional_properties = d
        return invitation_read

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
