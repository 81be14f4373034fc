from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.commitment_status import CommitmentStatus

T = TypeVar("T", bound="ProgressReportRead")


@_attrs_define
class ProgressReportRead:
    """
    Attributes:
        commitment_id (str):
        created_at (datetime.datetime):
        evidence_links (list[str]):
        holder_id (str): Whose part this reading is.
        id (str):
        narrative (str):
        period_end (datetime.date):
        reported_by_client_id (str):
        reported_by_organisation_id (None | str):
        status_after (CommitmentStatus):
        unit (str):
        value (str):
    """

    commitment_id: str
    created_at: datetime.datetime
    evidence_links: list[str]
    holder_id: str
    id: str
    narrative: str
    period_end: datetime.date
    reported_by_client_id: str
    reported_by_organisation_id: None | str
    status_after: CommitmentStatus
    unit: str
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commitment_id = self.commitment_id

        created_at = self.created_at.isoformat()

        evidence_links = self.evidence_links

        holder_id = self.holder_id

        id = self.id

        narrative = self.narrative

        period_end = self.period_end.isoformat()

        reported_by_client_id = self.reported_by_client_id

        reported_by_organisation_id: None | str
        reported_by_organisation_id = self.reported_by_organisation_id

        status_after = self.status_after.value

        unit = self.unit

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commitment_id": commitment_id,
                "created_at": created_at,
                "evidence_links": evidence_links,
                "holder_id": holder_id,
                "id": id,
                "narrative": narrative,
                "period_end": period_end,
                "reported_by_client_id": reported_by_client_id,
                "reported_by_organisation_id": reported_by_organisation_id,
                "status_after": status_after,
                "unit": unit,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        commitment_id = d.pop("commitment_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        evidence_links = cast(list[str], d.pop("evidence_links"))

        holder_id = d.pop("holder_id")

        id = d.pop("id")

        narrative = d.pop("narrative")

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        reported_by_client_id = d.pop("reported_by_client_id")

        def _parse_reported_by_organisation_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reported_by_organisation_id = _parse_reported_by_organisation_id(d.pop("reported_by_organisation_id"))

        status_after = CommitmentStatus(d.pop("status_after"))

        unit = d.pop("unit")

        value = d.pop("value")

        progress_report_read = cls(
            commitment_id=commitment_id,
            created_at=created_at,
            evidence_links=evidence_links,
            holder_id=holder_id,
            id=id,
            narrative=narrative,
            period_end=period_end,
            reported_by_client_id=reported_by_client_id,
            reported_by_organisation_id=reported_by_organisation_id,
            status_after=status_after,
            unit=unit,
            value=value,
        )

        progress_report_read.additional_properties = d
        return progress_report_read

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
