from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.review_outcome import ReviewOutcome

if TYPE_CHECKING:
    from ..models.practice_hit_snippets import PracticeHitSnippets
    from ..models.practice_links import PracticeLinks


T = TypeVar("T", bound="PracticeHit")


@_attrs_define
class PracticeHit:
    """
    Attributes:
        concluded_at (datetime.datetime):
        cycle (int):
        language (None | str):
        links (PracticeLinks):
        outcome (None | ReviewOutcome):
        partnership_id (str):
        partnership_title (str):
        rank (float):
        review_id (str):
        snippets (PracticeHitSnippets): matching passages per field (good_practices, lessons_learned, findings,
            challenges), the matched words in <mark>…</mark>
    """

    concluded_at: datetime.datetime
    cycle: int
    language: None | str
    links: PracticeLinks
    outcome: None | ReviewOutcome
    partnership_id: str
    partnership_title: str
    rank: float
    review_id: str
    snippets: PracticeHitSnippets
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        concluded_at = self.concluded_at.isoformat()

        cycle = self.cycle

        language: None | str
        language = self.language

        links = self.links.to_dict()

        outcome: None | str
        if isinstance(self.outcome, ReviewOutcome):
            outcome = self.outcome.value
        else:
            outcome = self.outcome

        partnership_id = self.partnership_id

        partnership_title = self.partnership_title

        rank = self.rank

        review_id = self.review_id

        snippets = self.snippets.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "concluded_at": concluded_at,
                "cycle": cycle,
                "language": language,
                "links": links,
                "outcome": outcome,
                "partnership_id": partnership_id,
                "partnership_title": partnership_title,
                "rank": rank,
                "review_id": review_id,
                "snippets": snippets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.practice_hit_snippets import PracticeHitSnippets  # noqa: PLC0415
        from ..models.practice_links import PracticeLinks  # noqa: PLC0415

        d = dict(src_dict)
        concluded_at = datetime.datetime.fromisoformat(d.pop("concluded_at"))

        cycle = d.pop("cycle")

        def _parse_language(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        language = _parse_language(d.pop("language"))

        links = PracticeLinks.from_dict(d.pop("links"))

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

        partnership_title = d.pop("partnership_title")

        rank = d.pop("rank")

        review_id = d.pop("review_id")

        snippets = PracticeHitSnippets.from_dict(d.pop("snippets"))

        practice_hit = cls(
            concluded_at=concluded_at,
            cycle=cycle,
            language=language,
            links=links,
            outcome=outcome,
            partnership_id=partnership_id,
            partnership_title=partnership_title,
            rank=rank,
            review_id=review_id,
            snippets=snippets,
        )

        practice_hit.additional_properties = d
        return practice_hit

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
