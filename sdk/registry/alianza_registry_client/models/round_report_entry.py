from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.review_outcome import ReviewOutcome

T = TypeVar("T", bound="RoundReportEntry")


@_attrs_define
class RoundReportEntry:
    """
    Attributes:
        challenges (None | str):
        findings (None | str):
        good_practices (None | str):
        lessons_learned (None | str):
        outcome (None | ReviewOutcome):
        partnership_id (str):
        title (str):
    """

    challenges: None | str
    findings: None | str
    good_practices: None | str
    lessons_learned: None | str
    outcome: None | ReviewOutcome
    partnership_id: str
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        challenges: None | str
        challenges = self.challenges

        findings: None | str
        findings = self.findings

        good_practices: None | str
        good_practices = self.good_practices

        lessons_learned: None | str
        lessons_learned = self.lessons_learned

        outcome: None | str
        if isinstance(self.outcome, ReviewOutcome):
            outcome = self.outcome.value
        else:
            outcome = self.outcome

        partnership_id = self.partnership_id

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "challenges": challenges,
                "findings": findings,
                "good_practices": good_practices,
                "lessons_learned": lessons_learned,
                "outcome": outcome,
                "partnership_id": partnership_id,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_challenges(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        challenges = _parse_challenges(d.pop("challenges"))

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

        def _parse_lessons_learned(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        lessons_learned = _parse_lessons_learned(d.pop("lessons_learned"))

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

        partnership_id = d.pop("partnership_id")

        title = d.pop("title")

        round_report_entry = cls(
            challenges=challenges,
            findings=findings,
            good_practices=good_practices,
            lessons_learned=lessons_learned,
            outcome=outcome,
            partnership_id=partnership_id,
            title=title,
        )

        round_report_entry.additional_properties = d
        return round_report_entry

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
