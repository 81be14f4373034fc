from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubscriptionCreated")


@_attrs_define
class SubscriptionCreated:
    """
    Attributes:
        countries (list[str]):
        created_at (datetime.datetime):
        description (str):
        disabled_at (datetime.datetime | None):
        disabled_reason (None | str):
        enabled (bool):
        event_types (list[str]):
        failing_since (datetime.datetime | None):
        gcm_objectives (list[int]):
        id (str):
        levels (list[str]):
        owner_client_id (str):
        owner_organisation_id (None | str):
        partner_scoped (bool): created by a partner: receives events of non-draft partnerships only
        partnership_ids (list[str]):
        secret (str): the signing secret; shown this once and never again
        secret_rotating_until (datetime.datetime | None): until then the previous secret signs beside the current one
        target_url (str):
        themes (list[str]):
        updated_at (datetime.datetime):
    """

    countries: list[str]
    created_at: datetime.datetime
    description: str
    disabled_at: datetime.datetime | None
    disabled_reason: None | str
    enabled: bool
    event_types: list[str]
    failing_since: datetime.datetime | None
    gcm_objectives: list[int]
    id: str
    levels: list[str]
    owner_client_id: str
    owner_organisation_id: None | str
    partner_scoped: bool
    partnership_ids: list[str]
    secret: str
    secret_rotating_until: datetime.datetime | None
    target_url: str
    themes: list[str]
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        countries = self.countries

        created_at = self.created_at.isoformat()

        description = self.description

        disabled_at: None | str
        if isinstance(self.disabled_at, datetime.datetime):
            disabled_at = self.disabled_at.isoformat()
        else:
            disabled_at = self.disabled_at

        disabled_reason: None | str
        disabled_reason = self.disabled_reason

        enabled = self.enabled

        event_types = self.event_types

        failing_since: None | str
        if isinstance(self.failing_since, datetime.datetime):
            failing_since = self.failing_since.isoformat()
        else:
            failing_since = self.failing_since

        gcm_objectives = self.gcm_objectives

        id = self.id

        levels = self.levels

        owner_client_id = self.owner_client_id

        owner_organisation_id: None | str
        owner_organisation_id = self.owner_organisation_id

        partner_scoped = self.partner_scoped

        partnership_ids = self.partnership_ids

        secret = self.secret

        secret_rotating_until: None | str
        if isinstance(self.secret_rotating_until, datetime.datetime):
            secret_rotating_until = self.secret_rotating_until.isoformat()
        else:
            secret_rotating_until = self.secret_rotating_until

        target_url = self.target_url

        themes = self.themes

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "countries": countries,
                "created_at": created_at,
                "description": description,
                "disabled_at": disabled_at,
                "disabled_reason": disabled_reason,
                "enabled": enabled,
                "event_types": event_types,
                "failing_since": failing_since,
                "gcm_objectives": gcm_objectives,
                "id": id,
                "levels": levels,
                "owner_client_id": owner_client_id,
                "owner_organisation_id": owner_organisation_id,
                "partner_scoped": partner_scoped,
                "partnership_ids": partnership_ids,
                "secret": secret,
                "secret_rotating_until": secret_rotating_until,
                "target_url": target_url,
                "themes": themes,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        countries = cast(list[str], d.pop("countries"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        description = d.pop("description")

        def _parse_disabled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                disabled_at_type_0 = datetime.datetime.fromisoformat(data)

                return disabled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        disabled_at = _parse_disabled_at(d.pop("disabled_at"))

        def _parse_disabled_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        disabled_reason = _parse_disabled_reason(d.pop("disabled_reason"))

        enabled = d.pop("enabled")

        event_types = cast(list[str], d.pop("event_types"))

        def _parse_failing_since(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                failing_since_type_0 = datetime.datetime.fromisoformat(data)

                return failing_since_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        failing_since = _parse_failing_since(d.pop("failing_since"))

        gcm_objectives = cast(list[int], d.pop("gcm_objectives"))

        id = d.pop("id")

        levels = cast(list[str], d.pop("levels"))

        owner_client_id = d.pop("owner_client_id")

        def _parse_owner_organisation_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        owner_organisation_id = _parse_owner_organisation_id(d.pop("owner_organisation_id"))

        partner_scoped = d.pop("partner_scoped")

        partnership_ids = cast(list[str], d.pop("partnership_ids"))

        secret = d.pop("secret")

        def _parse_secret_rotating_until(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                secret_rotating_until_type_0 = datetime.datetime.fromisoformat(data)

                return secret_rotating_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        secret_rotating_until = _parse_secret_rotating_until(d.pop("secret_rotating_until"))

        target_url = d.pop("target_url")

        themes = cast(list[str], d.pop("themes"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        subscription_created = cls(
            countries=countries,
            created_at=created_at,
            description=description,
            disabled_at=disabled_at,
            disabled_reason=disabled_reason,
            enabled=enabled,
            event_types=event_types,
            failing_since=failing_since,
            gcm_objectives=gcm_objectives,
            id=id,
            levels=levels,
            owner_client_id=owner_client_id,
            owner_organisation_id=owner_organisation_id,
            partner_scoped=partner_scoped,
            partnership_ids=partnership_ids,
            secret=secret,
            secret_rotating_until=secret_rotating_until,
            target_url=target_url,
            themes=themes,
            updated_at=updated_at,
        )

        subscription_created.additional_properties = d
        return subscription_created

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
