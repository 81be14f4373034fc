from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.period_entry_parts import PeriodEntryParts


T = TypeVar("T", bound="PeriodEntry")


@_attrs_define
class PeriodEntry:
    """One period of a commitment's reporting calendar, as it stood when the dossier was compiled.

    Attributes:
        period_end (datetime.date):
        period_start (datetime.date):
        state (str): reported (every holder reported in it) | missing (it ended without) | open (today is in it) |
            upcoming
        parts (PeriodEntryParts | Unset): Each holder's latest reading in the period, by partner id.
        total (None | str | Unset): The commitment's value at the period's end: each holder's latest reading up to then,
            summed; none before any holder reported.
    """

    period_end: datetime.date
    period_start: datetime.date
    state: str
    parts: PeriodEntryParts | Unset = UNSET
    total: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period_end = self.period_end.isoformat()

        period_start = self.period_start.isoformat()

        state = self.state

        parts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parts, Unset):
            parts = self.parts.to_dict()

        total: None | str | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period_end": period_end,
                "period_start": period_start,
                "state": state,
            }
        )
        if parts is not UNSET:
            field_dict["parts"] = parts
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.period_entry_parts import PeriodEntryParts  # noqa: PLC0415

        d = dict(src_dict)
        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        state = d.pop("state")

        _parts = d.pop("parts", UNSET)
        parts: PeriodEntryParts | Unset
        if isinstance(_parts, Unset):
            parts = UNSET
        else:
            parts = PeriodEntryParts.from_dict(_parts)

        def _parse_total(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        period_entry = cls(
            period_end=period_end,
            period_start=period_start,
            state=state,
            parts=parts,
            total=total,
        )

        period_entry.additional_properties = d
        return period_entry

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
