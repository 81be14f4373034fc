from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.review_outcome import ReviewOutcome
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.review_read_dossier_type_0 import ReviewReadDossierType0
    from ..models.review_read_translations import ReviewReadTranslations


T = TypeVar("T", bound="ReviewRead")


@_attrs_define
class ReviewRead:
    """
    Attributes:
        concluded_at (datetime.datetime | None):
        cycle (int):
        dossier (None | ReviewReadDossierType0):
        dossier_id (None | str):
        findings (None | str):
        good_practices (None | str):
        id (str):
        lessons_learned (None | str):
        opened_at (datetime.datetime):
        outcome (None | ReviewOutcome):
        challenges (None | str | Unset):
        content_language (None | str | Unset): the language of the texts above, picked by Accept-Language among
            `language` and the translations (a text missing in it is given in `language`)
        language (None | str | Unset): the language the review's texts were written in
        translations (ReviewReadTranslations | Unset): the texts in other languages, keyed by language
    """

    concluded_at: datetime.datetime | None
    cycle: int
    dossier: None | ReviewReadDossierType0
    dossier_id: None | str
    findings: None | str
    good_practices: None | str
    id: str
    lessons_learned: None | str
    opened_at: datetime.datetime
    outcome: None | ReviewOutcome
    challenges: None | str | Unset = UNSET
    content_language: None | str | Unset = UNSET
    language: None | str | Unset = UNSET
    translations: ReviewReadTranslations | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.review_read_dossier_type_0 import ReviewReadDossierType0  # noqa: PLC0415

        concluded_at: None | str
        if isinstance(self.concluded_at, datetime.datetime):
            concluded_at = self.concluded_at.isoformat()
        else:
            concluded_at = self.concluded_at

        cycle = self.cycle

        dossier: dict[str, Any] | None
        if isinstance(self.dossier, ReviewReadDossierType0):
            dossier = self.dossier.to_dict()
        else:
            dossier = self.dossier

        dossier_id: None | str
        dossier_id = self.dossier_id

        findings: None | str
        findings = self.findings

        good_practices: None | str
        good_practices = self.good_practices

        id = self.id

        lessons_learned: None | str
        lessons_learned = self.lessons_learned

        opened_at = self.opened_at.isoformat()

        outcome: None | str
        if isinstance(self.outcome, ReviewOutcome):
            outcome = self.outcome.value
        else:
            outcome = self.outcome

        challenges: None | str | Unset
        if isinstance(self.challenges, Unset):
            challenges = UNSET
        else:
            challenges = self.challenges

        content_language: None | str | Unset
        if isinstance(self.content_language, Unset):
            content_language = UNSET
        else:
            content_language = self.content_language

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        translations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.translations, Unset):
            translations = self.translations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "concluded_at": concluded_at,
                "cycle": cycle,
                "dossier": dossier,
                "dossier_id": dossier_id,
                "findings": findings,
                "good_practices": good_practices,
                "id": id,
                "lessons_learned": lessons_learned,
                "opened_at": opened_at,
                "outcome": outcome,
            }
        )
        if challenges is not UNSET:
            field_dict["challenges"] = challenges
        if content_language is not UNSET:
            field_dict["content_language"] = content_language
        if language is not UNSET:
            field_dict["language"] = language
        if translations is not UNSET:
            field_dict["translations"] = translations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.review_read_dossier_type_0 import ReviewReadDossierType0  # noqa: PLC0415
        from ..models.review_read_translations import ReviewReadTranslations  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_concluded_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                concluded_at_type_0 = datetime.datetime.fromisoformat(data)

                return concluded_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        concluded_at = _parse_concluded_at(d.pop("concluded_at"))

        cycle = d.pop("cycle")

        def _parse_dossier(data: object) -> None | ReviewReadDossierType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dossier_type_0 = ReviewReadDossierType0.from_dict(data)

                return dossier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReviewReadDossierType0, data)

        dossier = _parse_dossier(d.pop("dossier"))

        def _parse_dossier_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        dossier_id = _parse_dossier_id(d.pop("dossier_id"))

        def _parse_findings(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        findings = _parse_findings(d.pop("findings"))

        def _parse_good_practices(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        good_practices = _parse_good_practices(d.pop("good_practices"))

        id = d.pop("id")

        def _parse_lessons_learned(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        lessons_learned = _parse_lessons_learned(d.pop("lessons_learned"))

        opened_at = datetime.datetime.fromisoformat(d.pop("opened_at"))

        def _parse_outcome(data: object) -> None | ReviewOutcome:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_type_0 = ReviewOutcome(data)

                return outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReviewOutcome, data)

        outcome = _parse_outcome(d.pop("outcome"))

        def _parse_challenges(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        challenges = _parse_challenges(d.pop("challenges", UNSET))

        def _parse_content_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_language = _parse_content_language(d.pop("content_language", UNSET))

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        _translations = d.pop("translations", UNSET)
        translations: ReviewReadTranslations | Unset
        if isinstance(_translations, Unset):
            translations = UNSET
        else:
            translations = ReviewReadTranslations.from_dict(_translations)

        review_read = cls(
            concluded_at=concluded_at,
            cycle=cycle,
            dossier=dossier,
            dossier_id=dossier_id,
            findings=findings,
            good_practices=good_practices,
            id=id,
            lessons_learned=lessons_learned,
            opened_at=opened_at,
            outcome=outcome,
            challenges=challenges,
            content_language=content_language,
            language=language,
            translations=translations,
        )

        review_read.additional_properties = d
        return review_read

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
