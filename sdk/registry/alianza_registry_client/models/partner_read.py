from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.partner_kind import PartnerKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerRead")


@_attrs_define
class PartnerRead:
    """
    Attributes:
        contact_email (None | str):
        contact_name (None | str):
        country (None | str):
        created_at (datetime.datetime):
        id (str):
        kind (PartnerKind):
        name (str):
        iati_org_ref (None | str | Unset):
    """

    contact_email: None | str
    contact_name: None | str
    country: None | str
    created_at: datetime.datetime
    id: str
    kind: PartnerKind
    name: str
    iati_org_ref: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_email: None | str
        contact_email = self.contact_email

        contact_name: None | str
        contact_name = self.contact_name

        country: None | str
        country = self.country

        created_at = self.created_at.isoformat()

        id = self.id

        kind = self.kind.value

        name = self.name

        iati_org_ref: None | str | Unset
        if isinstance(self.iati_org_ref, Unset):
            iati_org_ref = UNSET
        else:
            iati_org_ref = self.iati_org_ref

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contact_email": contact_email,
                "contact_name": contact_name,
                "country": country,
                "created_at": created_at,
                "id": id,
                "kind": kind,
                "name": name,
            }
        )
        if iati_org_ref is not UNSET:
            field_dict["iati_org_ref"] = iati_org_ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_contact_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact_email = _parse_contact_email(d.pop("contact_email"))

        def _parse_contact_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact_name = _parse_contact_name(d.pop("contact_name"))

        def _parse_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        country = _parse_country(d.pop("country"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = d.pop("id")

        kind = PartnerKind(d.pop("kind"))

        name = d.pop("name")

        def _parse_iati_org_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iati_org_ref = _parse_iati_org_ref(d.pop("iati_org_ref", UNSET))

        partner_read = cls(
            contact_email=contact_email,
            contact_name=contact_name,
            country=country,
            created_at=created_at,
            id=id,
            kind=kind,
            name=name,
            iati_org_ref=iati_org_ref,
        )

        partner_read.additional_properties = d
        return partner_read

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
