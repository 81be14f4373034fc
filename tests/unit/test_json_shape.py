"""`json_shape`: a model's JSON laid out from data in its JSON form, without validation."""

from __future__ import annotations

from typing import Annotated

import pydantic_core
import pytest
from pydantic import (
    BaseModel,
    Field,
    PlainSerializer,
    WrapSerializer,
    computed_field,
    field_serializer,
)

from shared.web.json_shape import json_shape


class Holder(BaseModel):
    partner_id: str
    share: str | None = None


class Pledge(BaseModel):
    id: str
    holders: list[Holder] = []
    by_language: dict[str, Holder] = Field(default_factory=dict)
    lead: Holder | None = None
    notes: Annotated[list[str], Field(max_length=3)] = []
    renamed: int = Field(default=0, serialization_alias="renamedTo")


def test_fields_come_in_the_model_order_with_defaults_and_without_undeclared_keys() -> None:
    given = {
        "lead": {"share": "1", "partner_id": "a", "extra": True},
        "holders": [{"partner_id": "b"}],
        "by_language": {"es": {"partner_id": "c", "share": "2"}},
        "undeclared": "left out",
        "id": "p",
    }
    shaped = json_shape(Pledge)(given)
    assert shaped == {
        "id": "p",
        "holders": [{"partner_id": "b", "share": None}],
        "by_language": {"es": {"partner_id": "c", "share": "2"}},
        "lead": {"partner_id": "a", "share": "1"},
        "notes": [],
        "renamedTo": 0,
    }
    assert list(shaped) == ["id", "holders", "by_language", "lead", "notes", "renamedTo"]
    given.pop("undeclared")
    given["lead"].pop("extra")  # type: ignore[attr-defined]
    assert (
        pydantic_core.to_json(shaped)
        == Pledge.model_validate(given).model_dump_json(by_alias=True).encode()
    )


def test_a_default_factory_gives_each_value_its_own() -> None:
    shape = json_shape(Pledge)
    first, second = shape({"id": "1"}), shape({"id": "2"})
    assert first["by_language"] == {} and first["by_language"] is not second["by_language"]


def test_a_missing_required_field_is_refused() -> None:
    with pytest.raises(KeyError, match=r"Holder\.partner_id"):
        json_shape(Pledge)({"id": "p", "holders": [{"share": "1"}]})


class WithSerializer(BaseModel):
    value: int

    @field_serializer("value")
    def _doubled(self, value: int) -> int:
        return value * 2


class WithComputed(BaseModel):
    value: int

    @computed_field  # type: ignore[prop-decorator]
    @property
    def doubled(self) -> int:
        return self.value * 2


class WithExcluded(BaseModel):
    value: int
    secret: str = Field(default="", exclude=True)


class Either(BaseModel):
    one: Holder | Pledge


class WithAnnotatedSerializer(BaseModel):
    value: Annotated[int, PlainSerializer(lambda value: value * 2)]


class WithSerializerInside(BaseModel):
    values: list[Annotated[int, WrapSerializer(lambda value, handler: handler(value))]]


@pytest.mark.parametrize(
    "model",
    [
        WithSerializer,
        WithComputed,
        WithExcluded,
        Either,
        WithAnnotatedSerializer,
        WithSerializerInside,
    ],
)
def test_a_model_whose_dump_is_not_its_fields_is_refused_when_the_shape_is_built(
    model: type[BaseModel],
) -> None:
    with pytest.raises(TypeError):
        json_shape(model)
