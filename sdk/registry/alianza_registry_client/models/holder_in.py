from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="HolderIn")


@_attrs_define
class HolderIn:
    """
    Attributes:
        partner_id (str):
        share (float | None | str | Unset): This holder's part of the target, in the indicator's unit. Give a share to
            every holder or to none; given, they sum to the target.
    """

    partner_id: str
    share: float | None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        partner_id = self.partner_id

        share: float | None | str | Unset
        if isinstance(self.share, Unset):
            share = UNSET
        else:
            share = self.share

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "partner_id": partner_id,
            }
        )
        if share is not UNSET:
            field_dict["share"] = share

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        partner_id = d.pop("partner_id")

        def _parse_share(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        share = _parse_share(d.pop("share", UNSET))

        holder_in = cls(
            partner_id=partner_id,
            share=share,
        )

        return holder_in
