from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HolderPart")


@_attrs_define
class HolderPart:
    """A holder's part of a commitment: its share of the target and its latest reading.

    Attributes:
        partner_id (str):
        latest_period_end (datetime.date | None | Unset):
        latest_value (None | str | Unset):
        share (None | str | Unset):
    """

    partner_id: str
    latest_period_end: datetime.date | None | Unset = UNSET
    latest_value: None | str | Unset = UNSET
    share: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partner_id = self.partner_id

        latest_period_end: None | str | Unset
        if isinstance(self.latest_period_end, Unset):
            latest_period_end = UNSET
        elif isinstance(self.latest_period_end, datetime.date):
            latest_period_end = self.latest_period_end.isoformat()
        else:
            latest_period_end = self.latest_period_end

        latest_value: None | str | Unset
        if isinstance(self.latest_value, Unset):
            latest_value = UNSET
        else:
            latest_value = self.latest_value

        share: None | str | Unset
        if isinstance(self.share, Unset):
            share = UNSET
        else:
            share = self.share

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "partner_id": partner_id,
            }
        )
        if latest_period_end is not UNSET:
            field_dict["latest_period_end"] = latest_period_end
        if latest_value is not UNSET:
            field_dict["latest_value"] = latest_value
        if share is not UNSET:
            field_dict["share"] = share

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        partner_id = d.pop("partner_id")

        def _parse_latest_period_end(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                latest_period_end_type_0 = datetime.date.fromisoformat(data)

                return latest_period_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        latest_period_end = _parse_latest_period_end(d.pop("latest_period_end", UNSET))

        def _parse_latest_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        latest_value = _parse_latest_value(d.pop("latest_value", UNSET))

        def _parse_share(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        share = _parse_share(d.pop("share", UNSET))

        holder_part = cls(
            partner_id=partner_id,
            latest_period_end=latest_period_end,
            latest_value=latest_value,
            share=share,
        )

        holder_part.additional_properties = d
        return holder_part

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
