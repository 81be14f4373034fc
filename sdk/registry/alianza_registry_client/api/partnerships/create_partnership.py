from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.partnership_create import PartnershipCreate
from ...models.partnership_read import PartnershipRead
from ...models.problem import Problem
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PartnershipCreate,
    idempotency_key: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["idempotency-key"] = idempotency_key

    if not isinstance(accept_language, Unset):
        headers["accept-language"] = accept_language

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partnerships",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PartnershipRead | Problem | ValidationProblem | None:
    if response.status_code == 201:
        response_201 = PartnershipRead.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = ValidationProblem.from_dict(response.json())

        return response_422

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PartnershipRead | Problem | ValidationProblem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PartnershipCreate,
    idempotency_key: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[PartnershipRead | Problem | ValidationProblem]:
    """Create Partnership

     Draft a partnership owned by the caller's organisation. Who: partner.

    Args:
        idempotency_key (None | str | Unset): Any unique string (a UUID will do): a retry with the
            same key and body gets the first answer and has no second effect; with another body, 422.
        accept_language (None | str | Unset): The languages you read, RFC 9110 §12.5.4 (`es-MX,
            es;q=0.9, *;q=0.1`): texts come in the one preferred among those given, else in the
            default language.
        body (PartnershipCreate): A draft owned by the caller's organisation. Members name
            registered partners (the lead
            among them); a planned commitment's responsible partner is a member.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PartnershipRead | Problem | ValidationProblem]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: PartnershipCreate,
    idempotency_key: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> PartnershipRead | Problem | ValidationProblem | None:
    """Create Partnership

     Draft a partnership owned by the caller's organisation. Who: partner.

    Args:
        idempotency_key (None | str | Unset): Any unique string (a UUID will do): a retry with the
            same key and body gets the first answer and has no second effect; with another body, 422.
        accept_language (None | str | Unset): The languages you read, RFC 9110 §12.5.4 (`es-MX,
            es;q=0.9, *;q=0.1`): texts come in the one preferred among those given, else in the
            default language.
        body (PartnershipCreate): A draft owned by the caller's organisation. Members name
            registered partners (the lead
            among them); a planned commitment's responsible partner is a member.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PartnershipRead | Problem | ValidationProblem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PartnershipCreate,
    idempotency_key: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[PartnershipRead | Problem | ValidationProblem]:
    """Create Partnership

     Draft a partnership owned by the caller's organisation. Who: partner.

    Args:
        idempotency_key (None | str | Unset): Any unique string (a UUID will do): a retry with the
            same key and body gets the first answer and has no second effect; with another body, 422.
        accept_language (None | str | Unset): The languages you read, RFC 9110 §12.5.4 (`es-MX,
            es;q=0.9, *;q=0.1`): texts come in the one preferred among those given, else in the
            default language.
        body (PartnershipCreate): A draft owned by the caller's organisation. Members name
            registered partners (the lead
            among them); a planned commitment's responsible partner is a member.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PartnershipRead | Problem | ValidationProblem]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PartnershipCreate,
    idempotency_key: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> PartnershipRead | Problem | ValidationProblem | None:
    """Create Partnership

     Draft a partnership owned by the caller's organisation. Who: partner.

    Args:
        idempotency_key (None | str | Unset): Any unique string (a UUID will do): a retry with the
            same key and body gets the first answer and has no second effect; with another body, 422.
        accept_language (None | str | Unset): The languages you read, RFC 9110 §12.5.4 (`es-MX,
            es;q=0.9, *;q=0.1`): texts come in the one preferred among those given, else in the
            default language.
        body (PartnershipCreate): A draft owned by the caller's organisation. Members name
            registered partners (the lead
            among them); a planned commitment's responsible partner is a member.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PartnershipRead | Problem | ValidationProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
            accept_language=accept_language,
        )
    ).parsed
