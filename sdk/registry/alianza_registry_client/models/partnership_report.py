from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.country_role import CountryRole

if TYPE_CHECKING:
    from ..models.report_row import ReportRow


T = TypeVar("T", bound="PartnershipReport")


@_attrs_define
class PartnershipReport:
    """
    Attributes:
        by (str):
        country_role (CountryRole | None):
        period_end (datetime.date):
        period_start (datetime.date):
        rows (list[ReportRow]):
        total (int): partnerships public and not yet closed in the period
        with_migrant_or_diaspora (int): of them, those with a migrant or diaspora organisation among the members
    """

    by: str
    country_role: CountryRole | None
    period_end: datetime.date
    period_start: datetime.date
    rows: list[ReportRow]
    total: int
    with_migrant_or_diaspora: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        by = self.by

        country_role: None | str
        if isinstance(self.country_role, CountryRole):
            country_role = self.country_role.value
        else:
            country_role = self.country_role

        period_end = self.period_end.isoformat()

        period_start = self.period_start.isoformat()

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        total = self.total

        with_migrant_or_diaspora = self.with_migrant_or_diaspora

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "by": by,
                "country_role": country_role,
                "period_end": period_end,
                "period_start": period_start,
                "rows": rows,
                "total": total,
                "with_migrant_or_diaspora": with_migrant_or_diaspora,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_row import ReportRow  # noqa: PLC0415

        d = dict(src_dict)
        by = d.pop("by")

        def _parse_country_role(data: object) -> CountryRole | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                country_role_type_0 = CountryRole(data)

                return country_role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CountryRole | None, data)

        country_role = _parse_country_role(d.pop("country_role"))

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = ReportRow.from_dict(rows_item_data)

            rows.append(rows_item)

        total = d.pop("total")

        with_migrant_or_diaspora = d.pop("with_migrant_or_diaspora")

        partnership_report = cls(
            by=by,
            country_role=country_role,
            period_end=period_end,
            period_start=period_start,
            rows=rows,
            total=total,
            with_migrant_or_diaspora=with_migrant_or_diaspora,
        )

        partnership_report.additional_properties = d
        return partnership_report

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
