from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.level import Level
from ..models.theme import Theme
from ..types import UNSET, Unset

T = TypeVar("T", bound="RoundScope")


@_attrs_define
class RoundScope:
    """Which implementing partnerships a round reviews; an empty list places no constraint.

    Attributes:
        gcm_objectives (list[int] | Unset):
        levels (list[Level] | Unset):
        regions (list[str] | Unset):
        themes (list[Theme] | Unset):
    """

    gcm_objectives: list[int] | Unset = UNSET
    levels: list[Level] | Unset = UNSET
    regions: list[str] | Unset = UNSET
    themes: list[Theme] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        gcm_objectives: list[int] | Unset = UNSET
        if not isinstance(self.gcm_objectives, Unset):
            gcm_objectives = self.gcm_objectives

        levels: list[str] | Unset = UNSET
        if not isinstance(self.levels, Unset):
            levels = []
            for levels_item_data in self.levels:
                levels_item = levels_item_data.value
                levels.append(levels_item)

        regions: list[str] | Unset = UNSET
        if not isinstance(self.regions, Unset):
            regions = self.regions

        themes: list[str] | Unset = UNSET
        if not isinstance(self.themes, Unset):
            themes = []
            for themes_item_data in self.themes:
                themes_item = themes_item_data.value
                themes.append(themes_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if gcm_objectives is not UNSET:
            field_dict["gcm_objectives"] = gcm_objectives
        if levels is not UNSET:
            field_dict["levels"] = levels
        if regions is not UNSET:
            field_dict["regions"] = regions
        if themes is not UNSET:
            field_dict["themes"] = themes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        gcm_objectives = cast(list[int], d.pop("gcm_objectives", UNSET))

        _levels = d.pop("levels", UNSET)
        levels: list[Level] | Unset = UNSET
        if _levels is not UNSET:
            levels = []
            for levels_item_data in _levels:
                levels_item = Level(levels_item_data)

                levels.append(levels_item)

        regions = cast(list[str], d.pop("regions", UNSET))

        _themes = d.pop("themes", UNSET)
        themes: list[Theme] | Unset = UNSET
        if _themes is not UNSET:
            themes = []
            for themes_item_data in _themes:
                themes_item = Theme(themes_item_data)

                themes.append(themes_item)

        round_scope = cls(
            gcm_objectives=gcm_objectives,
            levels=levels,
            regions=regions,
            themes=themes,
        )

        return round_scope
