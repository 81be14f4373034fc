from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.commitment_report_row_by_status import CommitmentReportRowByStatus
    from ..models.indicator_total import IndicatorTotal


T = TypeVar("T", bound="CommitmentReportRow")


@_attrs_define
class CommitmentReportRow:
    """
    Attributes:
        by_status (CommitmentReportRowByStatus): status as it stood at the period's end
        commitments (int):
        indicator_totals (list[IndicatorTotal]):
        key (str):
        label (str):
        not_reported (int): commitments without a reading for a period in it
    """

    by_status: CommitmentReportRowByStatus
    commitments: int
    indicator_totals: list[IndicatorTotal]
    key: str
    label: str
    not_reported: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        by_status = self.by_status.to_dict()

        commitments = self.commitments

        indicator_totals = []
        for indicator_totals_item_data in self.indicator_totals:
            indicator_totals_item = indicator_totals_item_data.to_dict()
            indicator_totals.append(indicator_totals_item)

        key = self.key

        label = self.label

        not_reported = self.not_reported

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "by_status": by_status,
                "commitments": commitments,
                "indicator_totals": indicator_totals,
                "key": key,
                "label": label,
                "not_reported": not_reported,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.commitment_report_row_by_status import CommitmentReportRowByStatus  # noqa: PLC0415
        from ..models.indicator_total import IndicatorTotal  # noqa: PLC0415

        d = dict(src_dict)
        by_status = CommitmentReportRowByStatus.from_dict(d.pop("by_status"))

        commitments = d.pop("commitments")

        indicator_totals = []
        _indicator_totals = d.pop("indicator_totals")
        for indicator_totals_item_data in _indicator_totals:
            indicator_totals_item = IndicatorTotal.from_dict(indicator_totals_item_data)

            indicator_totals.append(indicator_totals_item)

        key = d.pop("key")

        label = d.pop("label")

        not_reported = d.pop("not_reported")

        commitment_report_row = cls(
            by_status=by_status,
            commitments=commitments,
            indicator_totals=indicator_totals,
            key=key,
            label=label,
            not_reported=not_reported,
        )

        commitment_report_row.additional_properties = d
        return commitment_report_row

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
