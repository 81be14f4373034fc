"""The report axes read from a partnership, and CSV cells safe to open in a spreadsheet."""

from __future__ import annotations

from typing import Any

import pytest

from shared.report_axes import NONE, Axis, _cell, keys_for, label_for

PARTNERSHIP: dict[str, Any] = {
    "status": "implementing",
    "level": "bilateral",
    "themes": ["human_rights", "human_rights", "data_cooperation"],
    "gcm_objectives": [18, 6, 6],
    "sdg_targets": ["10.7", "8.8", "10.c"],
    "countries": [
        {"code": "MX", "role": "origin"},
        {"code": "GT", "role": "transit"},
        {"code": "CA", "role": "destination"},
        {"code": "TW", "role": "destination"},
    ],
    "members": [{"partner_id": "a", "kind": "diaspora_organisation"}, {"partner_id": "b"}],
    "consultation_platform": None,
}


@pytest.mark.parametrize(
    ("axis", "role", "keys"),
    [
        (Axis.GCM_OBJECTIVE, None, ["6", "18"]),
        (Axis.SDG_TARGET, None, ["10.7", "10.c", "8.8"]),
        (Axis.SDG_GOAL, None, ["8", "10"]),
        (Axis.THEME, None, ["data_cooperation", "human_rights"]),
        (Axis.LEVEL, None, ["bilateral"]),
        (Axis.STATUS, None, ["implementing"]),
        (Axis.COUNTRY, None, ["CA", "GT", "MX", "TW"]),
        (Axis.COUNTRY, "transit", ["GT"]),
        (Axis.REGION, "destination", ["019", "unassigned"]),
        (Axis.SUB_REGION, None, ["021", "419", "unassigned"]),
        (Axis.PARTNER_KIND, None, ["diaspora_organisation"]),
        (Axis.PLATFORM, None, [NONE]),
    ],
)
def test_keys_along_each_axis(axis: Axis, role: str | None, keys: list[str]) -> None:
    assert keys_for(axis, PARTNERSHIP, role) == keys


def test_labels_name_what_a_code_means() -> None:
    assert label_for(Axis.GCM_OBJECTIVE, "23").startswith("Strengthen international cooperation")
    assert label_for(Axis.REGION, "142") == "Asia"
    assert label_for(Axis.PLATFORM, "gfmd") == "Global Forum on Migration and Development"
    assert label_for(Axis.SDG_GOAL, "10") == "Reduced inequalities"
    assert label_for(Axis.PARTNER_KIND, "un_agency") == "UN agency"
    assert label_for(Axis.COUNTRY, NONE) == "none named"


@pytest.mark.parametrize(
    ("value", "cell"),
    [("=HYPERLINK(1)", "'=HYPERLINK(1)"), ("@SUM", "'@SUM"), ("-3", "-3"), ("plain", "plain"),
     (None, ""), (0.5, "0.5")],
)  # fmt: skip
def test_csv_cells_that_would_be_formulas_are_defused(value: object, cell: str) -> None:
    assert _cell(value) == cell
