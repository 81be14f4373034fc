from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.partnership_status import PartnershipStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransitionRead")


@_attrs_define
class TransitionRead:
    """
    Attributes:
        action (str):
        actor_client_id (str):
        actor_organisation_id (None | str):
        event_id (None | str):
        from_status (None | PartnershipStatus):
        occurred_at (datetime.datetime):
        to_status (PartnershipStatus):
        reason (None | str | Unset):
    """

    action: str
    actor_client_id: str
    actor_organisation_id: None | str
    event_id: None | str
    from_status: None | PartnershipStatus
    occurred_at: datetime.datetime
    to_status: PartnershipStatus
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        actor_client_id = self.actor_client_id

        actor_organisation_id: None | str
        actor_organisation_id = self.actor_organisation_id

        event_id: None | str
        event_id = self.event_id

        from_status: None | str
        if isinstance(self.from_status, PartnershipStatus):
            from_status = self.from_status.value
        else:
            from_status = self.from_status

        occurred_at = self.occurred_at.isoformat()

        to_status = self.to_status.value

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "actor_client_id": actor_client_id,
                "actor_organisation_id": actor_organisation_id,
                "event_id": event_id,
                "from_status": from_status,
                "occurred_at": occurred_at,
                "to_status": to_status,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = d.pop("action")

        actor_client_id = d.pop("actor_client_id")

        def _parse_actor_organisation_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        actor_organisation_id = _parse_actor_organisation_id(d.pop("actor_organisation_id"))

        def _parse_event_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        event_id = _parse_event_id(d.pop("event_id"))

        def _parse_from_status(data: object) -> None | PartnershipStatus:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_status_type_0 = PartnershipStatus(data)

                return from_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PartnershipStatus, data)

        from_status = _parse_from_status(d.pop("from_status"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        to_status = PartnershipStatus(d.pop("to_status"))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        transition_read = cls(
            action=action,
            actor_client_id=actor_client_id,
            actor_organisation_id=actor_organisation_id,
            event_id=event_id,
            from_status=from_status,
            occurred_at=occurred_at,
            to_status=to_status,
            reason=reason,
        )

        transition_read.additional_properties = d
        return transition_read

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
