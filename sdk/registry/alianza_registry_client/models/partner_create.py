from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.partner_kind import PartnerKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerCreate")


@_attrs_define
class PartnerCreate:
    """
    Attributes:
        kind (PartnerKind):
        name (str):
        contact_email (None | str | Unset):
        contact_name (None | str | Unset):
        country (None | str | Unset):
        iati_org_ref (None | str | Unset):
    """

    kind: PartnerKind
    name: str
    contact_email: None | str | Unset = UNSET
    contact_name: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    iati_org_ref: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        name = self.name

        contact_email: None | str | Unset
        if isinstance(self.contact_email, Unset):
            contact_email = UNSET
        else:
            contact_email = self.contact_email

        contact_name: None | str | Unset
        if isinstance(self.contact_name, Unset):
            contact_name = UNSET
        else:
            contact_name = self.contact_name

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        iati_org_ref: None | str | Unset
        if isinstance(self.iati_org_ref, Unset):
            iati_org_ref = UNSET
        else:
            iati_org_ref = self.iati_org_ref

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "name": name,
            }
        )
        if contact_email is not UNSET:
            field_dict["contact_email"] = contact_email
        if contact_name is not UNSET:
            field_dict["contact_name"] = contact_name
        if country is not UNSET:
            field_dict["country"] = country
        if iati_org_ref is not UNSET:
            field_dict["iati_org_ref"] = iati_org_ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = PartnerKind(d.pop("kind"))

        name = d.pop("name")

        def _parse_contact_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_email = _parse_contact_email(d.pop("contact_email", UNSET))

        def _parse_contact_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_name = _parse_contact_name(d.pop("contact_name", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_iati_org_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iati_org_ref = _parse_iati_org_ref(d.pop("iati_org_ref", UNSET))

        partner_create = cls(
            kind=kind,
            name=name,
            contact_email=contact_email,
            contact_name=contact_name,
            country=country,
            iati_org_ref=iati_org_ref,
        )

        return partner_create
