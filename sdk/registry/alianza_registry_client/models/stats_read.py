from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.stats_read_by_country import StatsReadByCountry
    from ..models.stats_read_by_level import StatsReadByLevel
    from ..models.stats_read_by_status import StatsReadByStatus
    from ..models.stats_read_by_theme import StatsReadByTheme


T = TypeVar("T", bound="StatsRead")


@_attrs_define
class StatsRead:
    """
    Attributes:
        by_country (StatsReadByCountry):
        by_level (StatsReadByLevel):
        by_status (StatsReadByStatus):
        by_theme (StatsReadByTheme):
        total (int):
    """

    by_country: StatsReadByCountry
    by_level: StatsReadByLevel
    by_status: StatsReadByStatus
    by_theme: StatsReadByTheme
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        by_country = self.by_country.to_dict()

        by_level = self.by_level.to_dict()

        by_status = self.by_status.to_dict()

        by_theme = self.by_theme.to_dict()

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "by_country": by_country,
                "by_level": by_level,
                "by_status": by_status,
                "by_theme": by_theme,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stats_read_by_country import StatsReadByCountry  # noqa: PLC0415
        from ..models.stats_read_by_level import StatsReadByLevel  # noqa: PLC0415
        from ..models.stats_read_by_status import StatsReadByStatus  # noqa: PLC0415
        from ..models.stats_read_by_theme import StatsReadByTheme  # noqa: PLC0415

        d = dict(src_dict)
        by_country = StatsReadByCountry.from_dict(d.pop("by_country"))

        by_level = StatsReadByLevel.from_dict(d.pop("by_level"))

        by_status = StatsReadByStatus.from_dict(d.pop("by_status"))

        by_theme = StatsReadByTheme.from_dict(d.pop("by_theme"))

        total = d.pop("total")

        stats_read = cls(
            by_country=by_country,
            by_level=by_level,
            by_status=by_status,
            by_theme=by_theme,
            total=total,
        )

        stats_read.additional_properties = d
        return stats_read

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
