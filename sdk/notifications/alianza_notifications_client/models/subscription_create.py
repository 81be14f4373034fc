from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.level import Level
from ..models.theme import Theme
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionCreate")


@_attrs_define
class SubscriptionCreate:
    """A webhook subscription. Empty filter lists place no constraint; patterns must match.
    `target_url` must resolve to an address the service may call (not loopback or private).

        Attributes:
            event_types (list[str]):
            target_url (str):
            countries (list[str] | Unset):
            description (str | Unset):  Default: ''.
            gcm_objectives (list[int] | Unset):
            levels (list[Level] | Unset):
            partnership_ids (list[str] | Unset):
            themes (list[Theme] | Unset):
    """

    event_types: list[str]
    target_url: str
    countries: list[str] | Unset = UNSET
    description: str | Unset = ""
    gcm_objectives: list[int] | Unset = UNSET
    levels: list[Level] | Unset = UNSET
    partnership_ids: list[str] | Unset = UNSET
    themes: list[Theme] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        event_types = self.event_types

        target_url = self.target_url

        countries: list[str] | Unset = UNSET
        if not isinstance(self.countries, Unset):
            countries = self.countries

        description = self.description

        gcm_objectives: list[int] | Unset = UNSET
        if not isinstance(self.gcm_objectives, Unset):
            gcm_objectives = self.gcm_objectives

        levels: list[str] | Unset = UNSET
        if not isinstance(self.levels, Unset):
            levels = []
            for levels_item_data in self.levels:
                levels_item = levels_item_data.value
                levels.append(levels_item)

        partnership_ids: list[str] | Unset = UNSET
        if not isinstance(self.partnership_ids, Unset):
            partnership_ids = self.partnership_ids

        themes: list[str] | Unset = UNSET
        if not isinstance(self.themes, Unset):
            themes = []
            for themes_item_data in self.themes:
                themes_item = themes_item_data.value
                themes.append(themes_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "event_types": event_types,
                "target_url": target_url,
            }
        )
        if countries is not UNSET:
            field_dict["countries"] = countries
        if description is not UNSET:
            field_dict["description"] = description
        if gcm_objectives is not UNSET:
            field_dict["gcm_objectives"] = gcm_objectives
        if levels is not UNSET:
            field_dict["levels"] = levels
        if partnership_ids is not UNSET:
            field_dict["partnership_ids"] = partnership_ids
        if themes is not UNSET:
            field_dict["themes"] = themes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_types = cast(list[str], d.pop("event_types"))

        target_url = d.pop("target_url")

        countries = cast(list[str], d.pop("countries", UNSET))

        description = d.pop("description", UNSET)

        gcm_objectives = cast(list[int], d.pop("gcm_objectives", UNSET))

        _levels = d.pop("levels", UNSET)
        levels: list[Level] | Unset = UNSET
        if _levels is not UNSET:
            levels = []
            for levels_item_data in _levels:
                levels_item = Level(levels_item_data)

                levels.append(levels_item)

        partnership_ids = cast(list[str], d.pop("partnership_ids", UNSET))

        _themes = d.pop("themes", UNSET)
        themes: list[Theme] | Unset = UNSET
        if _themes is not UNSET:
            themes = []
            for themes_item_data in _themes:
                themes_item = Theme(themes_item_data)

                themes.append(themes_item)

        subscription_create = cls(
            event_types=event_types,
            target_url=target_url,
            countries=countries,
            description=description,
            gcm_objectives=gcm_objectives,
            levels=levels,
            partnership_ids=partnership_ids,
            themes=themes,
        )

        return subscription_create
