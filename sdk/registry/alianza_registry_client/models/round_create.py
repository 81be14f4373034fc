from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.round_scope import RoundScope


T = TypeVar("T", bound="RoundCreate")


@_attrs_define
class RoundCreate:
    """
    Attributes:
        name (str):
        period_end (datetime.date):
        period_start (datetime.date):
        scope (RoundScope | Unset): Which implementing partnerships a round reviews; an empty list places no constraint.
    """

    name: str
    period_end: datetime.date
    period_start: datetime.date
    scope: RoundScope | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        period_end = self.period_end.isoformat()

        period_start = self.period_start.isoformat()

        scope: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "period_end": period_end,
                "period_start": period_start,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.round_scope import RoundScope  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        _scope = d.pop("scope", UNSET)
        scope: RoundScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = RoundScope.from_dict(_scope)

        round_create = cls(
            name=name,
            period_end=period_end,
            period_start=period_start,
            scope=scope,
        )

        return round_create
