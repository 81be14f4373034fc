"""A partner's optional IATI organisation identifier: the shape IATI gives them, or a 422."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from services.registry.schemas import PartnerCreate

BODY = {"name": "International Organization for Migration", "kind": "intergovernmental_body"}


@pytest.mark.parametrize(
    "ref",
    [
        "XM-DAC-47066",
        "GB-CHC-202918",
        "XI-IATI-EBRD",
        "CA-CRA_ACR-889802521RR0001",
        "NL-KVK-41198677",
    ],
)
def test_identifiers_of_registration_agencies_are_taken(ref: str) -> None:
    assert PartnerCreate.model_validate({**BODY, "iati_org_ref": ref}).iati_org_ref == ref


@pytest.mark.parametrize(
    "ref",
    [
        "47066",  # a bare number: no registration agency
        "xm-dac-47066",  # agency codes are upper case
        "XM-DAC",  # an agency without a number
        "XM-DAC-470 66",  # whitespace
        "XM-DAC-47066/1",  # IATI forbids / & | ?
        "XM-DAC-47066?",
        "",
    ],
)
def test_anything_else_is_refused(ref: str) -> None:
    with pytest.raises(ValidationError) as refused:
        PartnerCreate.model_validate({**BODY, "iati_org_ref": ref})
    assert refused.value.errors()[0]["loc"] == ("iati_org_ref",)


def test_the_identifier_is_optional() -> None:
    assert PartnerCreate.model_validate(BODY).iati_org_ref is None
