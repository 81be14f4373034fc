from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.reporting_frequency import ReportingFrequency
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.holder_in import HolderIn


T = TypeVar("T", bound="AmendedCommitmentIn")


@_attrs_define
class AmendedCommitmentIn:
    """A commitment in an amendment: with the `id` of one already tracked to change it, without
    one to add a new commitment.

        Attributes:
            baseline (float | str):
            description (str):
            due_date (datetime.date):
            indicator (str):
            target (float | str):
            unit (str):
            holders (list[HolderIn] | Unset):
            id (None | str | Unset): An existing commitment's id, to change it; leave out to add one.
            reporting_frequency (ReportingFrequency | Unset):
            responsible_partner_id (None | str | Unset): The holder answerable for the whole; the first holder when left
                out.
            start_date (datetime.date | None | Unset):
    """

    baseline: float | str
    description: str
    due_date: datetime.date
    indicator: str
    target: float | str
    unit: str
    holders: list[HolderIn] | Unset = UNSET
    id: None | str | Unset = UNSET
    reporting_frequency: ReportingFrequency | Unset = UNSET
    responsible_partner_id: None | str | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        baseline: float | str
        baseline = self.baseline

        description = self.description

        due_date = self.due_date.isoformat()

        indicator = self.indicator

        target: float | str
        target = self.target

        unit = self.unit

        holders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.holders, Unset):
            holders = []
            for holders_item_data in self.holders:
                holders_item = holders_item_data.to_dict()
                holders.append(holders_item)

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        reporting_frequency: str | Unset = UNSET
        if not isinstance(self.reporting_frequency, Unset):
            reporting_frequency = self.reporting_frequency.value

        responsible_partner_id: None | str | Unset
        if isinstance(self.responsible_partner_id, Unset):
            responsible_partner_id = UNSET
        else:
            responsible_partner_id = self.responsible_partner_id

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
                "indicator": indicator,
                "target": target,
                "unit": unit,
            }
        )
        if holders is not UNSET:
            field_dict["holders"] = holders
        if id is not UNSET:
            field_dict["id"] = id
        if reporting_frequency is not UNSET:
            field_dict["reporting_frequency"] = reporting_frequency
        if responsible_partner_id is not UNSET:
            field_dict["responsible_partner_id"] = responsible_partner_id
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

        indicator = d.pop("indicator")

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

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        _reporting_frequency = d.pop("reporting_frequency", UNSET)
        reporting_frequency: ReportingFrequency | Unset
        if isinstance(_reporting_frequency, Unset):
            reporting_frequency = UNSET
        else:
            reporting_frequency = ReportingFrequency(_reporting_frequency)

        def _parse_responsible_partner_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        responsible_partner_id = _parse_responsible_partner_id(d.pop("responsible_partner_id", UNSET))

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

        amended_commitment_in = cls(
            baseline=baseline,
            description=description,
            due_date=due_date,
            indicator=indicator,
            target=target,
            unit=unit,
            holders=holders,
            id=id,
            reporting_frequency=reporting_frequency,
            responsible_partner_id=responsible_partner_id,
            start_date=start_date,
        )

        return amended_commitment_in
