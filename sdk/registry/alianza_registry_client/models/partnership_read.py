from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action import Action
from ..models.classification import Classification
from ..models.level import Level
from ..models.partnership_read_content_language import PartnershipReadContentLanguage
from ..models.partnership_read_language import PartnershipReadLanguage
from ..models.partnership_status import PartnershipStatus
from ..models.policy_area import PolicyArea
from ..models.theme import Theme

if TYPE_CHECKING:
    from ..models.country_in import CountryIn
    from ..models.inclusiveness_read import InclusivenessRead
    from ..models.member_read import MemberRead
    from ..models.partnership_read_translations import PartnershipReadTranslations
    from ..models.planned_commitment_read import PlannedCommitmentRead


T = TypeVar("T", bound="PartnershipRead")


@_attrs_define
class PartnershipRead:
    """
    Attributes:
        allowed_actions (list[Action]):
        classification (Classification): Who may read a partnership's texts: everyone, or only its members and the
            secretariat.
        consultation_platform (None | str):
        content_language (PartnershipReadContentLanguage): the language `title` and `summary` are given in here, picked
            by Accept-Language among `language` and the translations (a text missing in it is given in `language`); also the
            Content-Language header
        countries (list[CountryIn]):
        created_at (datetime.datetime):
        gcm_objectives (list[int]):
        id (str):
        inclusiveness (InclusivenessRead):
        language (PartnershipReadLanguage): the default language of the title and summary
        lead_partner_id (str):
        level (Level):
        members (list[MemberRead]):
        owner_organisation_id (str):
        planned_commitments (list[PlannedCommitmentRead]):
        policy_areas (list[PolicyArea]):
        replicated_from (None | str):
        review_cycle (int):
        sdg_targets (list[str]):
        status (PartnershipStatus):
        summary (str): in `content_language`
        themes (list[Theme]):
        title (str): in `content_language`
        translations (PartnershipReadTranslations): every other language given, in full, for editors
        updated_at (datetime.datetime):
        version (int):
    """

    allowed_actions: list[Action]
    classification: Classification
    consultation_platform: None | str
    content_language: PartnershipReadContentLanguage
    countries: list[CountryIn]
    created_at: datetime.datetime
    gcm_objectives: list[int]
    id: str
    inclusiveness: InclusivenessRead
    language: PartnershipReadLanguage
    lead_partner_id: str
    level: Level
    members: list[MemberRead]
    owner_organisation_id: str
    planned_commitments: list[PlannedCommitmentRead]
    policy_areas: list[PolicyArea]
    replicated_from: None | str
    review_cycle: int
    sdg_targets: list[str]
    status: PartnershipStatus
    summary: str
    themes: list[Theme]
    title: str
    translations: PartnershipReadTranslations
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_actions = []
        for allowed_actions_item_data in self.allowed_actions:
            allowed_actions_item = allowed_actions_item_data.value
            allowed_actions.append(allowed_actions_item)

        classification = self.classification.value

        consultation_platform: None | str
        consultation_platform = self.consultation_platform

        content_language = self.content_language.value

        countries = []
        for countries_item_data in self.countries:
            countries_item = countries_item_data.to_dict()
            countries.append(countries_item)

        created_at = self.created_at.isoformat()

        gcm_objectives = self.gcm_objectives

        id = self.id

        inclusiveness = self.inclusiveness.to_dict()

        language = self.language.value

        lead_partner_id = self.lead_partner_id

        level = self.level.value

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        owner_organisation_id = self.owner_organisation_id

        planned_commitments = []
        for planned_commitments_item_data in self.planned_commitments:
            planned_commitments_item = planned_commitments_item_data.to_dict()
            planned_commitments.append(planned_commitments_item)

        policy_areas = []
        for policy_areas_item_data in self.policy_areas:
            policy_areas_item = policy_areas_item_data.value
            policy_areas.append(policy_areas_item)

        replicated_from: None | str
        replicated_from = self.replicated_from

        review_cycle = self.review_cycle

        sdg_targets = self.sdg_targets

        status = self.status.value

        summary = self.summary

        themes = []
        for themes_item_data in self.themes:
            themes_item = themes_item_data.value
            themes.append(themes_item)

        title = self.title

        translations = self.translations.to_dict()

        updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowed_actions": allowed_actions,
                "classification": classification,
                "consultation_platform": consultation_platform,
                "content_language": content_language,
                "countries": countries,
                "created_at": created_at,
                "gcm_objectives": gcm_objectives,
                "id": id,
                "inclusiveness": inclusiveness,
                "language": language,
                "lead_partner_id": lead_partner_id,
                "level": level,
                "members": members,
                "owner_organisation_id": owner_organisation_id,
                "planned_commitments": planned_commitments,
                "policy_areas": policy_areas,
                "replicated_from": replicated_from,
                "review_cycle": review_cycle,
                "sdg_targets": sdg_targets,
                "status": status,
                "summary": summary,
                "themes": themes,
                "title": title,
                "translations": translations,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.country_in import CountryIn  # noqa: PLC0415
        from ..models.inclusiveness_read import InclusivenessRead  # noqa: PLC0415
        from ..models.member_read import MemberRead  # noqa: PLC0415
        from ..models.partnership_read_translations import PartnershipReadTranslations  # noqa: PLC0415
        from ..models.planned_commitment_read import PlannedCommitmentRead  # noqa: PLC0415

        d = dict(src_dict)
        allowed_actions = []
        _allowed_actions = d.pop("allowed_actions")
        for allowed_actions_item_data in _allowed_actions:
            allowed_actions_item = Action(allowed_actions_item_data)

            allowed_actions.append(allowed_actions_item)

        classification = Classification(d.pop("classification"))

        def _parse_consultation_platform(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        consultation_platform = _parse_consultation_platform(d.pop("consultation_platform"))

        content_language = PartnershipReadContentLanguage(d.pop("content_language"))

        countries = []
        _countries = d.pop("countries")
        for countries_item_data in _countries:
            countries_item = CountryIn.from_dict(countries_item_data)

            countries.append(countries_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        gcm_objectives = cast(list[int], d.pop("gcm_objectives"))

        id = d.pop("id")

        inclusiveness = InclusivenessRead.from_dict(d.pop("inclusiveness"))

        language = PartnershipReadLanguage(d.pop("language"))

        lead_partner_id = d.pop("lead_partner_id")

        level = Level(d.pop("level"))

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = MemberRead.from_dict(members_item_data)

            members.append(members_item)

        owner_organisation_id = d.pop("owner_organisation_id")

        planned_commitments = []
        _planned_commitments = d.pop("planned_commitments")
        for planned_commitments_item_data in _planned_commitments:
            planned_commitments_item = PlannedCommitmentRead.from_dict(planned_commitments_item_data)

            planned_commitments.append(planned_commitments_item)

        policy_areas = []
        _policy_areas = d.pop("policy_areas")
        for policy_areas_item_data in _policy_areas:
            policy_areas_item = PolicyArea(policy_areas_item_data)

            policy_areas.append(policy_areas_item)

        def _parse_replicated_from(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        replicated_from = _parse_replicated_from(d.pop("replicated_from"))

        review_cycle = d.pop("review_cycle")

        sdg_targets = cast(list[str], d.pop("sdg_targets"))

        status = PartnershipStatus(d.pop("status"))

        summary = d.pop("summary")

        themes = []
        _themes = d.pop("themes")
        for themes_item_data in _themes:
            themes_item = Theme(themes_item_data)

            themes.append(themes_item)

        title = d.pop("title")

        translations = PartnershipReadTranslations.from_dict(d.pop("translations"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        partnership_read = cls(
            allowed_actions=allowed_actions,
            classification=classification,
            consultation_platform=consultation_platform,
            content_language=content_language,
            countries=countries,
            created_at=created_at,
            gcm_objectives=gcm_objectives,
            id=id,
            inclusiveness=inclusiveness,
            language=language,
            lead_partner_id=lead_partner_id,
            level=level,
            members=members,
            owner_organisation_id=owner_organisation_id,
            planned_commitments=planned_commitments,
            policy_areas=policy_areas,
            replicated_from=replicated_from,
            review_cycle=review_cycle,
            sdg_targets=sdg_targets,
            status=status,
            summary=summary,
            themes=themes,
            title=title,
            translations=translations,
            updated_at=updated_at,
            version=version,
        )

        partnership_read.additional_properties = d
        return partnership_read

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
