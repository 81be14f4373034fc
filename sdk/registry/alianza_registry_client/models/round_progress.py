from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.round_progress_concluded import RoundProgressConcluded


T = TypeVar("T", bound="RoundProgress")


@_attrs_define
class RoundProgress:
    """
    Attributes:
        awaiting_dossier (int): review open, dossier not compiled yet
        concluded (RoundProgressConcluded): concluded reviews by outcome
        dossier_compiled (int): dossier compiled, review not concluded yet
        partnerships (int):
    """

    awaiting_dossier: int
    concluded: RoundProgressConcluded
    dossier_compiled: int
    partnerships: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        awaiting_dossier = self.awaiting_dossier

        concluded = self.concluded.to_dict()

        dossier_compiled = self.dossier_compiled

        partnerships = self.partnerships

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "awaiting_dossier": awaiting_dossier,
                "concluded": concluded,
                "dossier_compiled": dossier_compiled,
                "partnerships": partnerships,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.round_progress_concluded import RoundProgressConcluded  # noqa: PLC0415

        d = dict(src_dict)
        awaiting_dossier = d.pop("awaiting_dossier")

        concluded = RoundProgressConcluded.from_dict(d.pop("concluded"))

        dossier_compiled = d.pop("dossier_compiled")

        partnerships = d.pop("partnerships")

        round_progress = cls(
            awaiting_dossier=awaiting_dossier,
            concluded=concluded,
            dossier_compiled=dossier_compiled,
            partnerships=partnerships,
        )

        round_progress.additional_properties = d
        return round_progress

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
