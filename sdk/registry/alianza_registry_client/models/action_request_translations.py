from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.review_translation import ReviewTranslation


T = TypeVar("T", bound="ActionRequestTranslations")


@_attrs_define
class ActionRequestTranslations:
    """conclude-review only: the texts in other languages, keyed by language; needs `language` (the texts' own), which it
    may not repeat

    """

    additional_properties: dict[str, ReviewTranslation] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.review_translation import ReviewTranslation  # noqa: PLC0415

        d = dict(src_dict)
        action_request_translations = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = ReviewTranslation.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        action_request_translations.additional_properties = additional_properties
        return action_request_translations

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ReviewTranslation:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ReviewTranslation) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
