from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.waiting_item_read_kind import WaitingItemReadKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="WaitingItemRead")


@_attrs_define
class WaitingItemRead:
    """
    Attributes:
        age_seconds (float):
        kind (WaitingItemReadKind): `proposal`: to adopt, reject or return; `review`: its dossier is compiled, to
            conclude; `amendment`: to approve or reject.
        owner_organisation_id (str):
        partnership_id (str):
        since (datetime.datetime): When it began to wait: proposed, dossier compiled, or amendment proposed.
        title (str):
        amendment_id (None | str | Unset):
        cycle (int | None | Unset):
        review_id (None | str | Unset):
    """

    age_seconds: float
    kind: WaitingItemReadKind
    owner_organisation_id: str
    partnership_id: str
    since: datetime.datetime
    title: str
    amendment_id: None | str | Unset = UNSET
    cycle: int | None | Unset = UNSET
    review_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        age_seconds = self.age_seconds

        kind = self.kind.value

        owner_organisation_id = self.owner_organisation_id

        partnership_id = self.partnership_id

        since = self.since.isoformat()

        title = self.title

        amendment_id: None | str | Unset
        if isinstance(self.amendment_id, Unset):
            amendment_id = UNSET
        else:
            amendment_id = self.amendment_id

        cycle: int | None | Unset
        if isinstance(self.cycle, Unset):
            cycle = UNSET
        else:
            cycle = self.cycle

        review_id: None | str | Unset
        if isinstance(self.review_id, Unset):
            review_id = UNSET
        else:
            review_id = self.review_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "age_seconds": age_seconds,
                "kind": kind,
                "owner_organisation_id": owner_organisation_id,
                "partnership_id": partnership_id,
                "since": since,
                "title": title,
            }
        )
        if amendment_id is not UNSET:
            field_dict["amendment_id"] = amendment_id
        if cycle is not UNSET:
            field_dict["cycle"] = cycle
        if review_id is not UNSET:
            field_dict["review_id"] = review_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        age_seconds = d.pop("age_seconds")

        kind = WaitingItemReadKind(d.pop("kind"))

        owner_organisation_id = d.pop("owner_organisation_id")

        partnership_id = d.pop("partnership_id")

        since = datetime.datetime.fromisoformat(d.pop("since"))

        title = d.pop("title")

        def _parse_amendment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amendment_id = _parse_amendment_id(d.pop("amendment_id", UNSET))

        def _parse_cycle(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cycle = _parse_cycle(d.pop("cycle", UNSET))

        def _parse_review_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        review_id = _parse_review_id(d.pop("review_id", UNSET))

        waiting_item_read = cls(
            age_seconds=age_seconds,
            kind=kind,
            owner_organisation_id=owner_organisation_id,
            partnership_id=partnership_id,
            since=since,
            title=title,
            amendment_id=amendment_id,
            cycle=cycle,
            review_id=review_id,
        )

        waiting_item_read.additional_properties = d
        return waiting_item_read

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
