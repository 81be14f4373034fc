from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amended_commitment_in import AmendedCommitmentIn
    from ..models.country_in import CountryIn
    from ..models.member_in import MemberIn


T = TypeVar("T", bound="AmendmentCreate")


@_attrs_define
class AmendmentCreate:
    """What an adopted or implementing partnership should become, and why. Each list given
    replaces the current one whole; every commitment already tracked stays (change it by its
    `id`, e.g. a later `due_date` or a larger `target`), new ones are added.

        Attributes:
            reason (str): Why: kept with the amendment and in the history.
            countries (list[CountryIn] | None | Unset):
            members (list[MemberIn] | None | Unset):
            planned_commitments (list[AmendedCommitmentIn] | None | Unset):
    """

    reason: str
    countries: list[CountryIn] | None | Unset = UNSET
    members: list[MemberIn] | None | Unset = UNSET
    planned_commitments: list[AmendedCommitmentIn] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        countries: list[dict[str, Any]] | None | Unset
        if isinstance(self.countries, Unset):
            countries = UNSET
        elif isinstance(self.countries, list):
            countries = []
            for countries_type_0_item_data in self.countries:
                countries_type_0_item = countries_type_0_item_data.to_dict()
                countries.append(countries_type_0_item)

        else:
            countries = self.countries

        members: list[dict[str, Any]] | None | Unset
        if isinstance(self.members, Unset):
            members = UNSET
        elif isinstance(self.members, list):
            members = []
            for members_type_0_item_data in self.members:
                members_type_0_item = members_type_0_item_data.to_dict()
                members.append(members_type_0_item)

        else:
            members = self.members

        planned_commitments: list[dict[str, Any]] | None | Unset
        if isinstance(self.planned_commitments, Unset):
            planned_commitments = UNSET
        elif isinstance(self.planned_commitments, list):
            planned_commitments = []
            for planned_commitments_type_0_item_data in self.planned_commitments:
                planned_commitments_type_0_item = planned_commitments_type_0_item_data.to_dict()
                planned_commitments.append(planned_commitments_type_0_item)

        else:
            planned_commitments = self.planned_commitments

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reason": reason,
            }
        )
        if countries is not UNSET:
            field_dict["countries"] = countries
        if members is not UNSET:
            field_dict["members"] = members
        if planned_commitments is not UNSET:
            field_dict["planned_commitments"] = planned_commitments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amended_commitment_in import AmendedCommitmentIn  # noqa: PLC0415
        from ..models.country_in import CountryIn  # noqa: PLC0415
        from ..models.member_in import MemberIn  # noqa: PLC0415

        d = dict(src_dict)
        reason = d.pop("reason")

        def _parse_countries(data: object) -> list[CountryIn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                countries_type_0 = []
                _countries_type_0 = data
                for countries_type_0_item_data in _countries_type_0:
                    countries_type_0_item = CountryIn.from_dict(countries_type_0_item_data)

                    countries_type_0.append(countries_type_0_item)

                return countries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CountryIn] | None | Unset, data)

        countries = _parse_countries(d.pop("countries", UNSET))

        def _parse_members(data: object) -> list[MemberIn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                members_type_0 = []
                _members_type_0 = data
                for members_type_0_item_data in _members_type_0:
                    members_type_0_item = MemberIn.from_dict(members_type_0_item_data)

                    members_type_0.append(members_type_0_item)

                return members_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MemberIn] | None | Unset, data)

        members = _parse_members(d.pop("members", UNSET))

        def _parse_planned_commitments(data: object) -> list[AmendedCommitmentIn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                planned_commitments_type_0 = []
                _planned_commitments_type_0 = data
                for planned_commitments_type_0_item_data in _planned_commitments_type_0:
                    planned_commitments_type_0_item = AmendedCommitmentIn.from_dict(
                        planned_commitments_type_0_item_data
                    )

                    planned_commitments_type_0.append(planned_commitments_type_0_item)

                return planned_commitments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AmendedCommitmentIn] | None | Unset, data)

        planned_commitments = _parse_planned_commitments(d.pop("planned_commitments", UNSET))

        amendment_create = cls(
            reason=reason,
            countries=countries,
            members=members,
            planned_commitments=planned_commitments,
        )

        return amendment_create
