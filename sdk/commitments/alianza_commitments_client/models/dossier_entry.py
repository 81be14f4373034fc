from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.holder_part import HolderPart
    from ..models.period_entry import PeriodEntry


T = TypeVar("T", bound="DossierEntry")


@_attrs_define
class DossierEntry:
    """
    Attributes:
        baseline (str):
        commitment_id (str):
        description (str):
        due_date (datetime.date):
        indicator (str):
        responsible_partner_id (str):
        status (str):
        target (str):
        unit (str):
        holders (list[HolderPart] | Unset):
        latest_period_end (datetime.date | None | Unset):
        latest_value (None | str | Unset):
        periods (list[PeriodEntry] | Unset):
        reporting_frequency (str | Unset):  Default: 'once'.
    """

    baseline: str
    commitment_id: str
    description: str
    due_date: datetime.date
    indicator: str
    responsible_partner_id: str
    status: str
    target: str
    unit: str
    holders: list[HolderPart] | Unset = UNSET
    latest_period_end: datetime.date | None | Unset = UNSET
    latest_value: None | str | Unset = UNSET
    periods: list[PeriodEntry] | Unset = UNSET
    reporting_frequency: str | Unset = "once"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        baseline = self.baseline

        commitment_id = self.commitment_id

        description = self.description

        due_date = self.due_date.isoformat()

        indicator = self.indicator

        responsible_partner_id = self.responsible_partner_id

        status = self.status

        target = self.target

        unit = self.unit

        holders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.holders, Unset):
            holders = []
            for holders_item_data in self.holders:
                holders_item = holders_item_data.to_dict()
                holders.append(holders_item)

        latest_period_end: None | str | Unset
        if isinstance(self.latest_period_end, Unset):
            latest_period_end = UNSET
        elif isinstance(self.latest_period_end, datetime.date):
            latest_period_end = self.latest_period_end.isoformat()
        else:
            latest_period_end = self.latest_period_end

        latest_value: None | str | Unset
        if isinstance(self.latest_value, Unset):
            latest_value = UNSET
        else:
            latest_value = self.latest_value

        periods: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.periods, Unset):
            periods = []
            for periods_item_data in self.periods:
                periods_item = periods_item_data.to_dict()
                periods.append(periods_item)

        reporting_frequency = self.reporting_frequency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "baseline": baseline,
                "commitment_id": commitment_id,
                "description": description,
                "due_date": due_date,
                "indicator": indicator,
                "responsible_partner_id": responsible_partner_id,
                "status": status,
                "target": target,
                "unit": unit,
            }
        )
        if holders is not UNSET:
            field_dict["holders"] = holders
        if latest_period_end is not UNSET:
            field_dict["latest_period_end"] = latest_period_end
        if latest_value is not UNSET:
            field_dict["latest_value"] = latest_value
        if periods is not UNSET:
            field_dict["periods"] = periods
        if reporting_frequency is not UNSET:
            field_dict["reporting_frequency"] = reporting_frequency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.holder_part import HolderPart  # noqa: PLC0415
        from ..models.period_entry import PeriodEntry  # noqa: PLC0415

        d = dict(src_dict)
        baseline = d.pop("baseline")

        commitment_id = d.pop("commitment_id")

        description = d.pop("description")

        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        indicator = d.pop("indicator")

        responsible_partner_id = d.pop("responsible_partner_id")

        status = d.pop("status")

        target = d.pop("target")

        unit = d.pop("unit")

        _holders = d.pop("holders", UNSET)
        holders: list[HolderPart] | Unset = UNSET
        if _holders is not UNSET:
            holders = []
            for holders_item_data in _holders:
                holders_item = HolderPart.from_dict(holders_item_data)

                holders.append(holders_item)

        def _parse_latest_period_end(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                latest_period_end_type_0 = datetime.date.fromisoformat(data)

                return latest_period_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        latest_period_end = _parse_latest_period_end(d.pop("latest_period_end", UNSET))

        def _parse_latest_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        latest_value = _parse_latest_value(d.pop("latest_value", UNSET))

        _periods = d.pop("periods", UNSET)
        periods: list[PeriodEntry] | Unset = UNSET
        if _periods is not UNSET:
            periods = []
            for periods_item_data in _periods:
                periods_item = PeriodEntry.from_dict(periods_item_data)

                periods.append(periods_item)

        reporting_frequency = d.pop("reporting_frequency", UNSET)

        dossier_entry = cls(
            baseline=baseline,
            commitment_id=commitment_id,
            description=description,
            due_date=due_date,
            indicator=indicator,
            responsible_partner_id=responsible_partner_id,
            status=status,
            target=target,
            unit=unit,
            holders=holders,
            latest_period_end=latest_period_end,
            latest_value=latest_value,
            periods=periods,
            reporting_frequency=reporting_frequency,
        )

        dossier_entry.additional_properties = d
        return dossier_entry

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
