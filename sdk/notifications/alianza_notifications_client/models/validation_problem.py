from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.problem_errors_item import ProblemErrorsItem


T = TypeVar("T", bound="ValidationProblem")


@_attrs_define
class ValidationProblem:
    """A problem document naming each offending field.

    Attributes:
        status (int):
        title (str): Short summary of the kind.
        type_ (str): Identifies the kind of problem (`https://alianza.example/problems/<slug>`).
        errors (list[ProblemErrorsItem]): Each offending field and what is wrong with it.
        detail (str | Unset): What went wrong this time.
        error (str | Unset): On the token endpoint: the RFC 6749 §5.2 error code.
        instance (str | Unset): The request path.
        retry_after_seconds (int | Unset): On 429: the same wait as the `Retry-After` header.
    """

    status: int
    title: str
    type_: str
    errors: list[ProblemErrorsItem]
    detail: str | Unset = UNSET
    error: str | Unset = UNSET
    instance: str | Unset = UNSET
    retry_after_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        title = self.title

        type_ = self.type_

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        detail = self.detail

        error = self.error

        instance = self.instance

        retry_after_seconds = self.retry_after_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "title": title,
                "type": type_,
                "errors": errors,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail
        if error is not UNSET:
            field_dict["error"] = error
        if instance is not UNSET:
            field_dict["instance"] = instance
        if retry_after_seconds is not UNSET:
            field_dict["retry_after_seconds"] = retry_after_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.problem_errors_item import ProblemErrorsItem  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status")

        title = d.pop("title")

        type_ = d.pop("type")

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = ProblemErrorsItem.from_dict(errors_item_data)

            errors.append(errors_item)

        detail = d.pop("detail", UNSET)

        error = d.pop("error", UNSET)

        instance = d.pop("instance", UNSET)

        retry_after_seconds = d.pop("retry_after_seconds", UNSET)

        validation_problem = cls(
            status=status,
            title=title,
            type_=type_,
            errors=errors,
            detail=detail,
            error=error,
            instance=instance,
            retry_after_seconds=retry_after_seconds,
        )

        validation_problem.additional_properties = d
        return validation_problem

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
