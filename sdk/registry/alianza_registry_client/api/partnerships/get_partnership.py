from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.partnership_read import PartnershipRead
from ...models.problem import Problem
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    partnership_id: str,
    *,
    accept_language: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["accept-language"] = accept_language

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partnerships/{partnership_id}".format(
            partnership_id=quote(str(partnership_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PartnershipRead | Problem | ValidationProblem | None:
    if response.status_code == 200:
        response_200 = PartnershipRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
    partnership_id: str,
    *,
    client: AuthenticatedClient,
    accept_language: None | str | Unset = UNSET,
) -> Response[PartnershipRead | Problem | ValidationProblem]:
    """Get Partnership

     One partnership with its ETag, in the language Accept-Language prefers; a draft only for
    its owner, the secretariat and the organisations it invites. Who: any caller.

    Args:
        partnership_id (str):
        accept_language (None | str | Unset): The languages you read, RFC 9110 §12.5.4 (`es-MX,
            es;q=0.9, *;q=0.1`): texts come in the one preferred among those given, else in the
            default language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PartnershipRead | Problem | ValidationProblem]
    """

    kwargs = _get_kwargs(
        partnership_id=partnership_id,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    partnership_id: str,
    *,
    client: AuthenticatedClient,
    accept_language: None | str | Unset = UNSET,
) -> PartnershipRead | Problem | ValidationProblem | None:
    """Get Partnership

     One partnership with its ETag, in the language Accept-Language prefers; a draft only for
    its owner, the secretariat and the organisations it invites. Who: any caller.

    Args:
        partnership_id (str):
        accept_language (None | str | Unset): The languages you read, RFC 9110 §12.5.4 (`es-MX,
            es;q=0.9, *;q=0.1`): texts come in the one preferred among those given, else in the
            default language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PartnershipRead | Problem | ValidationProblem
    """

    return sync_detailed(
        partnership_id=partnership_id,
        client=client,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    partnership_id: str,
    *,
    client: AuthenticatedClient,
    accept_language: None | str | Unset = UNSET,
) -> Response[PartnershipRead | Problem | ValidationProblem]:
    """Get Partnership

     One partnership with its ETag, in the language Accept-Language prefers; a draft only for
    its owner, the secretariat and the organisations it invites. Who: any caller.

    Args:
        partnership_id (str):
        accept_language (None | str | Unset): The languages you read, RFC 9110 §12.5.4 (`es-MX,
            es;q=0.9, *;q=0.1`): texts come in the one preferred among those given, else in the
            default language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PartnershipRead | Problem | ValidationProblem]
    """

    kwargs = _get_kwargs(
        partnership_id=partnership_id,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    partnership_id: str,
    *,
    client: AuthenticatedClient,
    accept_language: None | str | Unset = UNSET,
) -> PartnershipRead | Problem | ValidationProblem | None:
    """Get Partnership

     One partnership with its ETag, in the language Accept-Language prefers; a draft only for
    its owner, the secretariat and the organisations it invites. Who: any caller.

    Args:
        partnership_id (str):
        accept_language (None | str | Unset): The languages you read, RFC 9110 §12.5.4 (`es-MX,
            es;q=0.9, *;q=0.1`): texts come in the one preferred among those given, else in the
            default language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PartnershipRead | Problem | ValidationProblem
    """

    return (
        await asyncio_detailed(
            partnership_id=partnership_id,
            client=client,
            accept_language=accept_language,
        )
    ).parsed
