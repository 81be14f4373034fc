from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReviewTranslation")


@_attrs_define
class ReviewTranslation:
    """A conclusion's texts in one more language; any may be left out, not all.

    Attributes:
        challenges (None | str | Unset):
        findings (None | str | Unset):
        good_practices (None | str | Unset):
        lessons_learned (None | str | Unset):
    """

    challenges: None | str | Unset = UNSET
    findings: None | str | Unset = UNSET
    good_practices: None | str | Unset = UNSET
    lessons_learned: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        challenges: None | str | Unset
        if isinstance(self.challenges, Unset):
            challenges = UNSET
        else:
            challenges = self.challenges

        findings: None | str | Unset
        if isinstance(self.findings, Unset):
            findings = UNSET
        else:
            findings = self.findings

        good_practices: None | str | Unset
        if isinstance(self.good_practices, Unset):
            good_practices = UNSET
        else:
            good_practices = self.good_practices

        lessons_learned: None | str | Unset
        if isinstance(self.lessons_learned, Unset):
            lessons_learned = UNSET
        else:
            lessons_learned = self.lessons_learned

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if challenges is not UNSET:
            field_dict["challenges"] = challenges
        if findings is not UNSET:
            field_dict["findings"] = findings
        if good_practices is not UNSET:
            field_dict["good_practices"] = good_practices
        if lessons_learned is not UNSET:
            field_dict["lessons_learned"] = lessons_learned

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_challenges(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        challenges = _parse_challenges(d.pop("challenges", UNSET))

        def _parse_findings(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        findings = _parse_findings(d.pop("findings", UNSET))

        def _parse_good_practices(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        good_practices = _parse_good_practices(d.pop("good_practices", UNSET))

        def _parse_lessons_learned(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lessons_learned = _parse_lessons_learned(d.pop("lessons_learned", UNSET))

        review_translation = cls(
            challenges=challenges,
            findings=findings,
            good_practices=good_practices,
            lessons_learned=lessons_learned,
        )

        return review_translation
