from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.partnership_translation import PartnershipTranslation


T = TypeVar("T", bound="PartnershipCreateTranslations")


@_attrs_define
class PartnershipCreateTranslations:
    """The title and summary in other languages, keyed by language (en, es, fr); not the default `language`, whose text is
    `title` and `summary`.

    """

    additional_properties: dict[str, PartnershipTranslation] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.partnership_translation import PartnershipTranslation  # noqa: PLC0415

        d = dict(src_dict)
        partnership_create_translations = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = PartnershipTranslation.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        partnership_create_translations.additional_properties = additional_properties
        return partnership_create_translations

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> PartnershipTranslation:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: PartnershipTranslation) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
