from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dossier_entry import DossierEntry


T = TypeVar("T", bound="DossierRead")


@_attrs_define
class DossierRead:
    """The review dossier exactly as it was published in `review.dossier_compiled`.

    Attributes:
        achieved (list[str]):
        commitments (list[DossierEntry]):
        compiled_at (datetime.datetime):
        cycle (int):
        dossier_id (str):
        overdue (list[str]):
        partnership_id (str):
        review_id (str):
    """

    achieved: list[str]
    commitments: list[DossierEntry]
    compiled_at: datetime.datetime
    cycle: int
    dossier_id: str
    overdue: list[str]
    partnership_id: str
    review_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        achieved = self.achieved

        commitments = []
        for commitments_item_data in self.commitments:
            commitments_item = commitments_item_data.to_dict()
            commitments.append(commitments_item)

        compiled_at = self.compiled_at.isoformat()

        cycle = self.cycle

        dossier_id = self.dossier_id

        overdue = self.overdue

        partnership_id = self.partnership_id

        review_id = self.review_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "achieved": achieved,
                "commitments": commitments,
                "compiled_at": compiled_at,
                "cycle": cycle,
                "dossier_id": dossier_id,
                "overdue": overdue,
                "partnership_id": partnership_id,
                "review_id": review_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dossier_entry import DossierEntry  # noqa: PLC0415

        d = dict(src_dict)
        achieved = cast(list[str], d.pop("achieved"))

        commitments = []
        _commitments = d.pop("commitments")
        for commitments_item_data in _commitments:
            commitments_item = DossierEntry.from_dict(commitments_item_data)

            commitments.append(commitments_item)

        compiled_at = datetime.datetime.fromisoformat(d.pop("compiled_at"))

        cycle = d.pop("cycle")

        dossier_id = d.pop("dossier_id")

        overdue = cast(list[str], d.pop("overdue"))

        partnership_id = d.pop("partnership_id")

        review_id = d.pop("review_id")

        dossier_read = cls(
            achieved=achieved,
            commitments=commitments,
            compiled_at=compiled_at,
            cycle=cycle,
            dossier_id=dossier_id,
            overdue=overdue,
            partnership_id=partnership_id,
            review_id=review_id,
        )

        dossier_read.additional_properties = d
        return dossier_read

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
