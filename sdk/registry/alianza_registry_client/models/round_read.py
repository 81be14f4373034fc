from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.round_progress import RoundProgress
    from ..models.round_scope import RoundScope


T = TypeVar("T", bound="RoundRead")


@_attrs_define
class RoundRead:
    """
    Attributes:
        closed_at (datetime.datetime | None):
        id (str):
        name (str):
        opened_at (datetime.datetime):
        period_end (datetime.date):
        period_start (datetime.date):
        progress (RoundProgress):
        scope (RoundScope): Which implementing partnerships a round reviews; an empty list places no constraint.
    """

    closed_at: datetime.datetime | None
    id: str
    name: str
    opened_at: datetime.datetime
    period_end: datetime.date
    period_start: datetime.date
    progress: RoundProgress
    scope: RoundScope
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        id = self.id

        name = self.name

        opened_at = self.opened_at.isoformat()

        period_end = self.period_end.isoformat()

        period_start = self.period_start.isoformat()

        progress = self.progress.to_dict()

        scope = self.scope.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "closed_at": closed_at,
                "id": id,
                "name": name,
                "opened_at": opened_at,
                "period_end": period_end,
                "period_start": period_start,
                "progress": progress,
                "scope": scope,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.round_progress import RoundProgress  # noqa: PLC0415
        from ..models.round_scope import RoundScope  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_closed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)

                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        closed_at = _parse_closed_at(d.pop("closed_at"))

        id = d.pop("id")

        name = d.pop("name")

        opened_at = datetime.datetime.fromisoformat(d.pop("opened_at"))

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        progress = RoundProgress.from_dict(d.pop("progress"))

        scope = RoundScope.from_dict(d.pop("scope"))

        round_read = cls(
            closed_at=closed_at,
            id=id,
            name=name,
            opened_at=opened_at,
            period_end=period_end,
            period_start=period_start,
            progress=progress,
            scope=scope,
        )

        round_read.additional_properties = d
        return round_read

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
