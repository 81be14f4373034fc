from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.classification import Classification
from ..models.level import Level
from ..models.partnership_create_language import PartnershipCreateLanguage
from ..models.policy_area import PolicyArea
from ..models.theme import Theme
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.country_in import CountryIn
    from ..models.member_in import MemberIn
    from ..models.partnership_create_translations import PartnershipCreateTranslations
    from ..models.planned_commitment_in import PlannedCommitmentIn


T = TypeVar("T", bound="PartnershipCreate")


@_attrs_define
class PartnershipCreate:
    """A draft owned by the caller's organisation. Members name registered partners (the lead
    among them); a planned commitment's responsible partner is a member.

        Attributes:
            level (Level):
            summary (str):
            themes (list[Theme]):
            title (str):
            classification (Classification | Unset): Who may read a partnership's texts: everyone, or only its members and
                the secretariat.
            consultation_platform (None | str | Unset):
            countries (list[CountryIn] | Unset):
            gcm_objectives (list[int] | Unset):
            language (PartnershipCreateLanguage | Unset): The default language (BCP 47 primary tag: en, es or fr) of `title`
                and `summary`; a reader whose Accept-Language names no language given gets it. Default:
                PartnershipCreateLanguage.EN.
            members (list[MemberIn] | Unset):
            planned_commitments (list[PlannedCommitmentIn] | Unset):
            policy_areas (list[PolicyArea] | Unset):
            sdg_targets (list[str] | Unset):
            translations (PartnershipCreateTranslations | Unset): The title and summary in other languages, keyed by
                language (en, es, fr); not the default `language`, whose text is `title` and `summary`.
    """

    level: Level
    summary: str
    themes: list[Theme]
    title: str
    classification: Classification | Unset = UNSET
    consultation_platform: None | str | Unset = UNSET
    countries: list[CountryIn] | Unset = UNSET
    gcm_objectives: list[int] | Unset = UNSET
    language: PartnershipCreateLanguage | Unset = PartnershipCreateLanguage.EN
    members: list[MemberIn] | Unset = UNSET
    planned_commitments: list[PlannedCommitmentIn] | Unset = UNSET
    policy_areas: list[PolicyArea] | Unset = UNSET
    sdg_targets: list[str] | Unset = UNSET
    translations: PartnershipCreateTranslations | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        level = self.level.value

        summary = self.summary

        themes = []
        for themes_item_data in self.themes:
            themes_item = themes_item_data.value
            themes.append(themes_item)

        title = self.title

        classification: str | Unset = UNSET
        if not isinstance(self.classification, Unset):
            classification = self.classification.value

        consultation_platform: None | str | Unset
        if isinstance(self.consultation_platform, Unset):
            consultation_platform = UNSET
        else:
            consultation_platform = self.consultation_platform

        countries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.countries, Unset):
            countries = []
            for countries_item_data in self.countries:
                countries_item = countries_item_data.to_dict()
                countries.append(countries_item)

        gcm_objectives: list[int] | Unset = UNSET
        if not isinstance(self.gcm_objectives, Unset):
            gcm_objectives = self.gcm_objectives

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = []
            for members_item_data in self.members:
                members_item = members_item_data.to_dict()
                members.append(members_item)

        planned_commitments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.planned_commitments, Unset):
            planned_commitments = []
            for planned_commitments_item_data in self.planned_commitments:
                planned_commitments_item = planned_commitments_item_data.to_dict()
                planned_commitments.append(planned_commitments_item)

        policy_areas: list[str] | Unset = UNSET
        if not isinstance(self.policy_areas, Unset):
            policy_areas = []
            for policy_areas_item_data in self.policy_areas:
                policy_areas_item = policy_areas_item_data.value
                policy_areas.append(policy_areas_item)

        sdg_targets: list[str] | Unset = UNSET
        if not isinstance(self.sdg_targets, Unset):
            sdg_targets = self.sdg_targets

        translations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.translations, Unset):
            translations = self.translations.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "level": level,
                "summary": summary,
                "themes": themes,
                "title": title,
            }
        )
        if classification is not UNSET:
            field_dict["classification"] = classification
        if consultation_platform is not UNSET:
            field_dict["consultation_platform"] = consultation_platform
        if countries is not UNSET:
            field_dict["countries"] = countries
        if gcm_objectives is not UNSET:
            field_dict["gcm_objectives"] = gcm_objectives
        if language is not UNSET:
            field_dict["language"] = language
        if members is not UNSET:
            field_dict["members"] = members
        if planned_commitments is not UNSET:
            field_dict["planned_commitments"] = planned_commitments
        if policy_areas is not UNSET:
            field_dict["policy_areas"] = policy_areas
        if sdg_targets is not UNSET:
            field_dict["sdg_targets"] = sdg_targets
        if translations is not UNSET:
            field_dict["translations"] = translations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.country_in import CountryIn  # noqa: PLC0415
        from ..models.member_in import MemberIn  # noqa: PLC0415
        from ..models.partnership_create_translations import PartnershipCreateTranslations  # noqa: PLC0415
        from ..models.planned_commitment_in import PlannedCommitmentIn  # noqa: PLC0415

        d = dict(src_dict)
        level = Level(d.pop("level"))

        summary = d.pop("summary")

        themes = []
        _themes = d.pop("themes")
        for themes_item_data in _themes:
            themes_item = Theme(themes_item_data)

            themes.append(themes_item)

        title = d.pop("title")

        _classification = d.pop("classification", UNSET)
        classification: Classification | Unset
        if isinstance(_classification, Unset):
            classification = UNSET
        else:
            classification = Classification(_classification)

        def _parse_consultation_platform(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        consultation_platform = _parse_consultation_platform(d.pop("consultation_platform", UNSET))

        _countries = d.pop("countries", UNSET)
        countries: list[CountryIn] | Unset = UNSET
        if _countries is not UNSET:
            countries = []
            for countries_item_data in _countries:
                countries_item = CountryIn.from_dict(countries_item_data)

                countries.append(countries_item)

        gcm_objectives = cast(list[int], d.pop("gcm_objectives", UNSET))

        _language = d.pop("language", UNSET)
        language: PartnershipCreateLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = PartnershipCreateLanguage(_language)

        _members = d.pop("members", UNSET)
        members: list[MemberIn] | Unset = UNSET
        if _members is not UNSET:
            members = []
            for members_item_data in _members:
                members_item = MemberIn.from_dict(members_item_data)

                members.append(members_item)

        _planned_commitments = d.pop("planned_commitments", UNSET)
        planned_commitments: list[PlannedCommitmentIn] | Unset = UNSET
        if _planned_commitments is not UNSET:
            planned_commitments = []
            for planned_commitments_item_data in _planned_commitments:
                planned_commitments_item = PlannedCommitmentIn.from_dict(planned_commitments_item_data)

                planned_commitments.append(planned_commitments_item)

        _policy_areas = d.pop("policy_areas", UNSET)
        policy_areas: list[PolicyArea] | Unset = UNSET
        if _policy_areas is not UNSET:
            policy_areas = []
            for policy_areas_item_data in _policy_areas:
                policy_areas_item = PolicyArea(policy_areas_item_data)

                policy_areas.append(policy_areas_item)

        sdg_targets = cast(list[str], d.pop("sdg_targets", UNSET))

        _translations = d.pop("translations", UNSET)
        translations: PartnershipCreateTranslations | Unset
        if isinstance(_translations, Unset):
            translations = UNSET
        else:
            translations = PartnershipCreateTranslations.from_dict(_translations)

        partnership_create = cls(
            level=level,
            summary=summary,
            themes=themes,
            title=title,
            classification=classification,
            consultation_platform=consultation_platform,
            countries=countries,
            gcm_objectives=gcm_objectives,
            language=language,
            members=members,
            planned_commitments=planned_commitments,
            policy_areas=policy_areas,
            sdg_targets=sdg_targets,
            translations=translations,
        )

        return partnership_create
