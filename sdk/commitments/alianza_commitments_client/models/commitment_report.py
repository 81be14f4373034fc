from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.commitment_report_by_status import CommitmentReportByStatus
    from ..models.commitment_report_row import CommitmentReportRow
    from ..models.indicator_total import IndicatorTotal


T = TypeVar("T", bound="CommitmentReport")


@_attrs_define
class CommitmentReport:
    """
    Attributes:
        by (str):
        by_status (CommitmentReportByStatus): status as it stood at the period's end
        commitments (int):
        country_role (None | str):
        indicator_totals (list[IndicatorTotal]):
        not_reported (int): commitments without a reading for a period in it
        period_end (datetime.date):
        period_start (datetime.date):
        rows (list[CommitmentReportRow]):
    """

    by: str
    by_status: CommitmentReportByStatus
    commitments: int
    country_role: None | str
    indicator_totals: list[IndicatorTotal]
    not_reported: int
    period_end: datetime.date
    period_start: datetime.date
    rows: list[CommitmentReportRow]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        by = self.by

        by_status = self.by_status.to_dict()

        commitments = self.commitments

        country_role: None | str
        country_role = self.country_role

        indicator_totals = []
        for indicator_totals_item_data in self.indicator_totals:
            indicator_totals_item = indicator_totals_item_data.to_dict()
            indicator_totals.append(indicator_totals_item)

        not_reported = self.not_reported

        period_end = self.period_end.isoformat()

        period_start = self.period_start.isoformat()

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "by": by,
                "by_status": by_status,
                "commitments": commitments,
                "country_role": country_role,
                "indicator_totals": indicator_totals,
                "not_reported": not_reported,
                "period_end": period_end,
                "period_start": period_start,
                "rows": rows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.commitment_report_by_status import CommitmentReportByStatus  # noqa: PLC0415
        from ..models.commitment_report_row import CommitmentReportRow  # noqa: PLC0415
        from ..models.indicator_total import IndicatorTotal  # noqa: PLC0415

        d = dict(src_dict)
        by = d.pop("by")

        by_status = CommitmentReportByStatus.from_dict(d.pop("by_status"))

        commitments = d.pop("commitments")

        def _parse_country_role(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        country_role = _parse_country_role(d.pop("country_role"))

        indicator_totals = []
        _indicator_totals = d.pop("indicator_totals")
        for indicator_totals_item_data in _indicator_totals:
            indicator_totals_item = IndicatorTotal.from_dict(indicator_totals_item_data)

            indicator_totals.append(indicator_totals_item)

        not_reported = d.pop("not_reported")

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = CommitmentReportRow.from_dict(rows_item_data)

            rows.append(rows_item)

        commitment_report = cls(
            by=by,
            by_status=by_status,
            commitments=commitments,
            country_role=country_role,
            indicator_totals=indicator_totals,
            not_reported=not_reported,
            period_end=period_end,
            period_start=period_start,
            rows=rows,
        )

        commitment_report.additional_properties = d
        return commitment_report

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
