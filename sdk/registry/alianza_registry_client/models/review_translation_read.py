from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReviewTranslationRead")


@_attrs_define
class ReviewTranslationRead:
    """
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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

        review_translation_read = cls(
            challenges=challenges,
            findings=findings,
            good_practices=good_practices,
            lessons_learned=lessons_learned,
        )

        review_translation_read.additional_properties = d
        return review_translation_read

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
