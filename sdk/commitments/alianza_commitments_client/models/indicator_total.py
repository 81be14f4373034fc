from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="IndicatorTotal")


@_attrs_define
class IndicatorTotal:
    """Sums over the commitments measured in one unit (values in different units never add).

    Attributes:
        baseline (str):
        commitments (int):
        latest (str): latest readings by the period's end, else the baselines
        target (str):
        unit (str):
    """

    baseline: str
    commitments: int
    latest: str
    target: str
    unit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        baseline = self.baseline

        commitments = self.commitments

        latest = self.latest

        target = self.target

        unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "baseline": baseline,
                "commitments": commitments,
                "latest": latest,
                "target": target,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        baseline = d.pop("baseline")

        commitments = d.pop("commitments")

        latest = d.pop("latest")

        target = d.pop("target")

        unit = d.pop("unit")

        indicator_total = cls(
            baseline=baseline,
            commitments=commitments,
            latest=latest,
            target=target,
            unit=unit,
        )

        indicator_total.additional_properties = d
        return indicator_total

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
