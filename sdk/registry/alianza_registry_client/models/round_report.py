from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.round_read import RoundRead
    from ..models.round_report_by_objective import RoundReportByObjective
    from ..models.round_report_by_region import RoundReportByRegion


T = TypeVar("T", bound="RoundReport")


@_attrs_define
class RoundReport:
    """
    Attributes:
        by_objective (RoundReportByObjective): concluded reviews under each GCM objective their partnership names
        by_region (RoundReportByRegion): concluded reviews under each M49 region their partnership's countries are in
        round_ (RoundRead):
    """

    by_objective: RoundReportByObjective
    by_region: RoundReportByRegion
    round_: RoundRead
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        by_objective = self.by_objective.to_dict()

        by_region = self.by_region.to_dict()

        round_ = self.round_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "by_objective": by_objective,
                "by_region": by_region,
                "round": round_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.round_read import RoundRead  # noqa: PLC0415
        from ..models.round_report_by_objective import RoundReportByObjective  # noqa: PLC0415
        from ..models.round_report_by_region import RoundReportByRegion  # noqa: PLC0415

        d = dict(src_dict)
        by_objective = RoundReportByObjective.from_dict(d.pop("by_objective"))

        by_region = RoundReportByRegion.from_dict(d.pop("by_region"))

        round_ = RoundRead.from_dict(d.pop("round"))

        round_report = cls(
            by_objective=by_objective,
            by_region=by_region,
            round_=round_,
        )

        round_report.additional_properties = d
        return round_report

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
