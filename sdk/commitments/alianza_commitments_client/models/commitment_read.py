from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.commitment_state import CommitmentState
from ..models.commitment_status import CommitmentStatus
from ..models.reporting_frequency import ReportingFrequency

if TYPE_CHECKING:
    from ..models.holder_part import HolderPart


T = TypeVar("T", bound="CommitmentRead")


@_attrs_define
class CommitmentRead:
    """
    Attributes:
        achieved_at (datetime.datetime | None):
        actual (None | str): The commitment's value: the holders' latest parts summed.
        baseline (str):
        closed_at (datetime.datetime | None):
        created_at (datetime.datetime):
        description (str):
        due_date (datetime.date):
        holders (list[HolderPart]): Every holder with its share of the target and its latest part.
        id (str):
        indicator (str):
        partnership_id (str):
        reporting_frequency (ReportingFrequency):
        responsible_partner_id (str): The first holder, answerable for the whole.
        start_date (datetime.date):
        state (CommitmentState): Lifecycle of a tracked commitment; a closed one takes no reports and gets no notices.
        status (CommitmentStatus):
        target (str):
        unit (str):
        updated_at (datetime.datetime):
    """

    achieved_at: datetime.datetime | None
    actual: None | str
    baseline: str
    closed_at: datetime.datetime | None
    created_at: datetime.datetime
    description: str
    due_date: datetime.date
    holders: list[HolderPart]
    id: str
    indicator: str
    partnership_id: str
    reporting_frequency: ReportingFrequency
    responsible_partner_id: str
    start_date: datetime.date
    state: CommitmentState
    status: CommitmentStatus
    target: str
    unit: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        achieved_at: None | str
        if isinstance(self.achieved_at, datetime.datetime):
            achieved_at = self.achieved_at.isoformat()
        else:
            achieved_at = self.achieved_at

        actual: None | str
        actual = self.actual

        baseline = self.baseline

        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        created_at = self.created_at.isoformat()

        description = self.description

        due_date = self.due_date.isoformat()

        holders = []
        for holders_item_data in self.holders:
            holders_item = holders_item_data.to_dict()
            holders.append(holders_item)

        id = self.id

        indicator = self.indicator

        partnership_id = self.partnership_id

        reporting_frequency = self.reporting_frequency.value

        responsible_partner_id = self.responsible_partner_id

        start_date = self.start_date.isoformat()

        state = self.state.value

        status = self.status.value

        target = self.target

        unit = self.unit

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "achieved_at": achieved_at,
                "actual": actual,
                "baseline": baseline,
                "closed_at": closed_at,
                "created_at": created_at,
                "description": description,
                "due_date": due_date,
                "holders": holders,
                "id": id,
                "indicator": indicator,
                "partnership_id": partnership_id,
                "reporting_frequency": reporting_frequency,
                "responsible_partner_id": responsible_partner_id,
                "start_date": start_date,
                "state": state,
                "status": status,
                "target": target,
                "unit": unit,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.holder_part import HolderPart  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_achieved_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                achieved_at_type_0 = datetime.datetime.fromisoformat(data)

                return achieved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        achieved_at = _parse_achieved_at(d.pop("achieved_at"))

        def _parse_actual(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        actual = _parse_actual(d.pop("actual"))

        baseline = d.pop("baseline")

        def _parse_closed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)

                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        closed_at = _parse_closed_at(d.pop("closed_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        description = d.pop("description")

        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        holders = []
        _holders = d.pop("holders")
        for holders_item_data in _holders:
            holders_item = HolderPart.from_dict(holders_item_data)

            holders.append(holders_item)

        id = d.pop("id")

        indicator = d.pop("indicator")

        partnership_id = d.pop("partnership_id")

        reporting_frequency = ReportingFrequency(d.pop("reporting_frequency"))

        responsible_partner_id = d.pop("responsible_partner_id")

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        state = CommitmentState(d.pop("state"))

        status = CommitmentStatus(d.pop("status"))

        target = d.pop("target")

        unit = d.pop("unit")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        commitment_read = cls(
            achieved_at=achieved_at,
            actual=actual,
            baseline=baseline,
            closed_at=closed_at,
            created_at=created_at,
            description=description,
            due_date=due_date,
            holders=holders,
            id=id,
            indicator=indicator,
            partnership_id=partnership_id,
            reporting_frequency=reporting_frequency,
            responsible_partner_id=responsible_partner_id,
            start_date=start_date,
            state=state,
            status=status,
            target=target,
            unit=unit,
            updated_at=updated_at,
        )

        commitment_read.additional_properties = d
        return commitment_read

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
