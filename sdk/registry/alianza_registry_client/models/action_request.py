from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.action_request_language_type_0 import ActionRequestLanguageType0
from ..models.review_outcome import ReviewOutcome
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_request_translations import ActionRequestTranslations


T = TypeVar("T", bound="ActionRequest")


@_attrs_define
class ActionRequest:
    """Body of a lifecycle action: a reason for any decision (required to reject or return for
    revision), and for conclude-review the outcome and findings.

        Attributes:
            challenges (str | Unset):  Default: ''.
            findings (str | Unset):  Default: ''.
            good_practices (str | Unset):  Default: ''.
            language (ActionRequestLanguageType0 | None | Unset): the language the texts are written in: en, es or fr
                (searched with its stemmer)
            lessons_learned (str | Unset):  Default: ''.
            outcome (None | ReviewOutcome | Unset):
            reason (None | str | Unset): Why: kept in the history, carried by the event, shown in the partner's inbox.
                Required for `reject` and `return`.
            translations (ActionRequestTranslations | Unset): conclude-review only: the texts in other languages, keyed by
                language; needs `language` (the texts' own), which it may not repeat
    """

    challenges: str | Unset = ""
    findings: str | Unset = ""
    good_practices: str | Unset = ""
    language: ActionRequestLanguageType0 | None | Unset = UNSET
    lessons_learned: str | Unset = ""
    outcome: None | ReviewOutcome | Unset = UNSET
    reason: None | str | Unset = UNSET
    translations: ActionRequestTranslations | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        challenges = self.challenges

        findings = self.findings

        good_practices = self.good_practices

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        elif isinstance(self.language, ActionRequestLanguageType0):
            language = self.language.value
        else:
            language = self.language

        lessons_learned = self.lessons_learned

        outcome: None | str | Unset
        if isinstance(self.outcome, Unset):
            outcome = UNSET
        elif isinstance(self.outcome, ReviewOutcome):
            outcome = self.outcome.value
        else:
            outcome = self.outcome

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        translations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.translations, Unset):
            translations = self.translations.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if challenges is not UNSET:
            field_dict["challenges"] = challenges
        if findings is not UNSET:
            field_dict["findings"] = findings
        if good_practices is not UNSET:
            field_dict["good_practices"] = good_practices
        if language is not UNSET:
            field_dict["language"] = language
        if lessons_learned is not UNSET:
            field_dict["lessons_learned"] = lessons_learned
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if reason is not UNSET:
            field_dict["reason"] = reason
        if translations is not UNSET:
            field_dict["translations"] = translations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_request_translations import ActionRequestTranslations  # noqa: PLC0415

        d = dict(src_dict)
        challenges = d.pop("challenges", UNSET)

        findings = d.pop("findings", UNSET)

        good_practices = d.pop("good_practices", UNSET)

        def _parse_language(data: object) -> ActionRequestLanguageType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_0 = ActionRequestLanguageType0(data)

                return language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActionRequestLanguageType0 | None | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        lessons_learned = d.pop("lessons_learned", UNSET)

        def _parse_outcome(data: object) -> None | ReviewOutcome | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_type_0 = ReviewOutcome(data)

                return outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReviewOutcome | Unset, data)

        outcome = _parse_outcome(d.pop("outcome", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        _translations = d.pop("translations", UNSET)
        translations: ActionRequestTranslations | Unset
        if isinstance(_translations, Unset):
            translations = UNSET
        else:
            translations = ActionRequestTranslations.from_dict(_translations)

        action_request = cls(
            challenges=challenges,
            findings=findings,
            good_practices=good_practices,
            language=language,
            lessons_learned=lessons_learned,
            outcome=outcome,
            reason=reason,
            translations=translations,
        )

        return action_request
