from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.reporting_frequency import ReportingFrequency
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.holder_in import HolderIn


T = TypeVar("T", bound="PlannedCommitmentRead")


@_attrs_define
class PlannedCommitmentRead:
    """
    Attributes:
        baseline (float | str):
        description (str):
        due_date (datetime.date):
        id (str):
        indicator (str):
        responsible_partner_id (str):
        target (float | str):
        unit (str):
        holders (list[HolderIn] | Unset):
        reporting_frequency (ReportingFrequency | Unset):
        start_date (datetime.date | None | Unset):
    """

    baseline: float | str
    description: str
    due_date: datetime.date
    id: str
    indicator: str
    responsible_partner_id: str
    target: float | str
    unit: str
    holders: list[HolderIn] | Unset = UNSET
    reporting_frequency: ReportingFrequency | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        baseline: float | str
        baseline = self.baseline

        description = self.description

        due_date = self.due_date.isoformat()

        id = self.id

        indicator = self.indicator

        responsible_partner_id = self.responsible_partner_id

        target: float | str
        target = self.target

        unit = self.unit

        holders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.holders, Unset):
            holders = []
            for holders_item_data in self.holders:
                holders_item = holders_item_data.to_dict()
                holders.append(holders_item)

        reporting_frequency: str | Unset = UNSET
        if not isinstance(self.reporting_frequency, Unset):
            reporting_frequency = self.reporting_frequency.value

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "baseline": baseline,
                "description": description,
                "due_date": due_date,
                "id": id,
                "indicator": indicator,
                "responsible_partner_id": responsible_partner_id,
                "target": target,
                "unit": unit,
            }
        )
        if holders is not UNSET:
            field_dict["holders"] = holders
        if reporting_frequency is not UNSET:
            field_dict["reporting_frequency"] = reporting_frequency
        if start_date is not UNSET:
            field_dict["start_date"] = start_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.holder_in import HolderIn  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_baseline(data: object) -> float | str:
            return cast(float | str, data)

        baseline = _parse_baseline(d.pop("baseline"))

        description = d.pop("description")

        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        id = d.pop("id")

        indicator = d.pop("indicator")

        responsible_partner_id = d.pop("responsible_partner_id")

        def _parse_target(data: object) -> float | str:
            return cast(float | str, data)

        target = _parse_target(d.pop("target"))

        unit = d.pop("unit")

        _holders = d.pop("holders", UNSET)
        holders: list[HolderIn] | Unset = UNSET
        if _holders is not UNSET:
            holders = []
            for holders_item_data in _holders:
                holders_item = HolderIn.from_dict(holders_item_data)

                holders.append(holders_item)

        _reporting_frequency = d.pop("reporting_frequency", UNSET)
        reporting_frequency: ReportingFrequency | Unset
        if isinstance(_reporting_frequency, Unset):
            reporting_frequency = UNSET
        else:
            reporting_frequency = ReportingFrequency(_reporting_frequency)

        def _parse_start_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        planned_commitment_read = cls(
            baseline=baseline,
            description=description,
            due_date=due_date,
            id=id,
            indicator=indicator,
            responsible_partner_id=responsible_partner_id,
            target=target,
            unit=unit,
            holders=holders,
            reporting_frequency=reporting_frequency,
            start_date=start_date,
        )

        return planned_commitment_read
