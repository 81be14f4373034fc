from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.amendment_read_status import AmendmentReadStatus

if TYPE_CHECKING:
    from ..models.amendment_read_changes import AmendmentReadChanges


T = TypeVar("T", bound="AmendmentRead")


@_attrs_define
class AmendmentRead:
    """
    Attributes:
        base_version (int): the partnership's version when it was proposed
        changes (AmendmentReadChanges): the lists the amendment replaces, as validated
        decided_at (datetime.datetime | None):
        decided_by_client_id (None | str):
        decision_reason (None | str):
        id (str):
        partnership_id (str):
        proposed_at (datetime.datetime):
        proposed_by_client_id (str):
        reason (str):
        resulting_version (int | None): the version its approval made
        status (AmendmentReadStatus):
    """

    base_version: int
    changes: AmendmentReadChanges
    decided_at: datetime.datetime | None
    decided_by_client_id: None | str
    decision_reason: None | str
    id: str
    partnership_id: str
    proposed_at: datetime.datetime
    proposed_by_client_id: str
    reason: str
    resulting_version: int | None
    status: AmendmentReadStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_version = self.base_version

        changes = self.changes.to_dict()

        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        decided_by_client_id: None | str
        decided_by_client_id = self.decided_by_client_id

        decision_reason: None | str
        decision_reason = self.decision_reason

        id = self.id

        partnership_id = self.partnership_id

        proposed_at = self.proposed_at.isoformat()

        proposed_by_client_id = self.proposed_by_client_id

        reason = self.reason

        resulting_version: int | None
        resulting_version = self.resulting_version

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base_version": base_version,
                "changes": changes,
                "decided_at": decided_at,
                "decided_by_client_id": decided_by_client_id,
                "decision_reason": decision_reason,
                "id": id,
                "partnership_id": partnership_id,
                "proposed_at": proposed_at,
                "proposed_by_client_id": proposed_by_client_id,
                "reason": reason,
                "resulting_version": resulting_version,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amendment_read_changes import AmendmentReadChanges  # noqa: PLC0415

        d = dict(src_dict)
        base_version = d.pop("base_version")

        changes = AmendmentReadChanges.from_dict(d.pop("changes"))

        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)

                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(d.pop("decided_at"))

        def _parse_decided_by_client_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decided_by_client_id = _parse_decided_by_client_id(d.pop("decided_by_client_id"))

        def _parse_decision_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decision_reason = _parse_decision_reason(d.pop("decision_reason"))

        id = d.pop("id")

        partnership_id = d.pop("partnership_id")

        proposed_at = datetime.datetime.fromisoformat(d.pop("proposed_at"))

        proposed_by_client_id = d.pop("proposed_by_client_id")

        reason = d.pop("reason")

        def _parse_resulting_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        resulting_version = _parse_resulting_version(d.pop("resulting_version"))

        status = AmendmentReadStatus(d.pop("status"))

        amendment_read = cls(
            base_version=base_version,
            changes=changes,
            decided_at=decided_at,
            decided_by_client_id=decided_by_client_id,
            decision_reason=decision_reason,
            id=id,
            partnership_id=partnership_id,
            proposed_at=proposed_at,
            proposed_by_client_id=proposed_by_client_id,
            reason=reason,
            resulting_version=resulting_version,
            status=status,
        )

        amendment_read.additional_properties = d
        return amendment_read

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
