from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.classification import Classification

T = TypeVar("T", bound="ClassificationChange")


@_attrs_define
class ClassificationChange:
    """The secretariat's change of a partnership's classification, with why.

    Attributes:
        classification (Classification): Who may read a partnership's texts: everyone, or only its members and the
            secretariat.
        reason (str): Why: kept in the history (not carried by the event of a restricted partnership).
    """

    classification: Classification
    reason: str

    def to_dict(self) -> dict[str, Any]:
        classification = self.classification.value

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "classification": classification,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        classification = Classification(d.pop("classification"))

        reason = d.pop("reason")

        classification_change = cls(
            classification=classification,
            reason=reason,
        )

        return classification_change
