from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgressReportCreate")


@_attrs_define
class ProgressReportCreate:
    """A reading of the commitment's indicator at the end of a reporting period.

    Attributes:
        period_end (datetime.date):
        unit (str):
        value (float | str):
        evidence_links (list[str] | Unset):
        narrative (str | Unset):  Default: ''.
    """

    period_end: datetime.date
    unit: str
    value: float | str
    evidence_links: list[str] | Unset = UNSET
    narrative: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        period_end = self.period_end.isoformat()

        unit = self.unit

        value: float | str
        value = self.value

        evidence_links: list[str] | Unset = UNSET
        if not isinstance(self.evidence_links, Unset):
            evidence_links = self.evidence_links

        narrative = self.narrative

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "period_end": period_end,
                "unit": unit,
                "value": value,
            }
        )
        if evidence_links is not UNSET:
            field_dict["evidence_links"] = evidence_links
        if narrative is not UNSET:
            field_dict["narrative"] = narrative

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        unit = d.pop("unit")

        def _parse_value(data: object) -> float | str:
            return cast(float | str, data)

        value = _parse_value(d.pop("value"))

        evidence_links = cast(list[str], d.pop("evidence_links", UNSET))

        narrative = d.pop("narrative", UNSET)

        progress_report_create = cls(
            period_end=period_end,
            unit=unit,
            value=value,
            evidence_links=evidence_links,
            narrative=narrative,
        )

        return progress_report_create
