"""A response model's JSON written from data this service validated when it stored it, without
validating it again.

A list page validates every item's fields into models and dumps them back to JSON; for data that
went through the same models on its way in, the validation finds nothing and costs more CPU than
writing the page (~13 µs an item of a partnership list, 50 items a page). `json_shape(Model)`
gives a function that lays such data out as `Model(...).model_dump(mode="json", by_alias=True)`
would: the model's fields in its order under their output names, defaults filled in for what
the stored form leaves out, keys the model does not declare left out, nested models shaped the
same way. Values are taken as they are: the data must already be in JSON form (enum values,
decimals and dates as the model dumped them), which is what a JSONB column written with
`model_dump(mode="json")` holds.

A model whose dump is not its fields alone (a serializer of the model or of a field, a
computed field, an excluded field) is refused when the shape is built, so the two cannot drift
apart unnoticed; a test per use compares the shaped JSON with the model's own dump.
"""

from __future__ import annotations

import types
import typing
from collections import abc
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from pydantic import BaseModel, PlainSerializer, WrapSerializer
from pydantic.fields import FieldInfo

Shape = Callable[[Any], Any]


def json_shape(model: type[BaseModel]) -> Shape:
    """The function that lays a mapping in `model`'s JSON form out as the model dumps it.

    A required field the mapping lacks raises `KeyError`, as validation would have refused it."""
    _refuse_custom_dumps(model)
    fields: list[tuple[str, str, Shape | None, Callable[[], Any] | None]] = []
    for name, info in model.model_fields.items():
        output = info.serialization_alias or info.alias or name
        if info.default_factory_takes_validated_data:
            raise TypeError(f"{model.__name__}.{name}'s default is made from validated data")
        if _serializes_itself(info.metadata):
            raise TypeError(f"{model.__name__}.{name} has its own serializer")
        default = None if info.is_required() else _default_of(info)
        fields.append((name, output, _shape_of(info.annotation), default))

    def shape(value: Mapping[str, Any]) -> dict[str, Any]:
        shaped = {}
        for name, output, inner, default in fields:
            if name in value:
                item = value[name]
                shaped[output] = inner(item) if inner is not None and item is not None else item
            elif default is None:
                raise KeyError(f"{model.__name__}.{name} is required and missing")
            else:
                shaped[output] = default()
        return shaped

    return shape


def _default_of(info: FieldInfo) -> Callable[[], Any]:
    # A factory is called for every value that leaves the field out, as validation calls it.
    return lambda: info.get_default(call_default_factory=True)


def _shape_of(annotation: Any) -> Shape | None:
    """How a field's value is shaped; None when it is taken as it is (no model inside)."""
    origin = typing.get_origin(annotation)
    arguments = typing.get_args(annotation)
    if origin is typing.Annotated:
        if _serializes_itself(arguments[1:]):
            raise TypeError(f"cannot shape {annotation}: it has its own serializer")
        return _shape_of(arguments[0])
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return json_shape(annotation)
    if origin in (list, abc.Sequence):
        return _each(_shape_of(arguments[0]))
    if origin in (dict, abc.Mapping):
        return _each_value(_shape_of(arguments[1]))
    if origin in (typing.Union, types.UnionType):
        arms = [_shape_of(argument) for argument in arguments if argument is not type(None)]
        if len(arms) == 1:
            return arms[0]  # `Model | None`: None itself is never shaped
    if any(_shape_of(argument) is not None for argument in arguments):
        # A union of models needs validation to tell which one a value is; other containers
        # of models are not used in responses yet.
        raise TypeError(f"cannot shape {annotation} without validating it")
    return None


def _each(inner: Shape | None) -> Shape | None:
    if inner is None:
        return None
    return lambda items: [inner(item) for item in items]


def _each_value(inner: Shape | None) -> Shape | None:
    if inner is None:
        return None
    return lambda mapping: {key: inner(item) for key, item in mapping.items()}


def _serializes_itself(metadata: Sequence[Any]) -> bool:
    return any(isinstance(item, PlainSerializer | WrapSerializer) for item in metadata)


def _refuse_custom_dumps(model: type[BaseModel]) -> None:
    decorators = model.__pydantic_decorators__
    if decorators.field_serializers or decorators.model_serializers:
        raise TypeError(f"{model.__name__} has its own serializer: its dump is not its fields")
    if model.model_computed_fields:
        raise TypeError(f"{model.__name__} has computed fields: its dump is not its fields")
    if any(info.exclude for info in model.model_fields.values()):
        raise TypeError(f"{model.__name__} excludes a field from its dump")
