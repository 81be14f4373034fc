from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.partnership_version_read import PartnershipVersionRead
from ...models.problem import Problem
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    partnership_id: str,
    version: int,
    *,
    accept_language: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["accept-language"] = accept_language

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partnerships/{partnership_id}/versions/{version}".format(
            partnership_id=quote(str(partnership_id), safe=""),
            version=quote(str(version), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PartnershipVersionRead | Problem | ValidationProblem | None:
    if response.status_code == 200:
        response_200 = PartnershipVersionRead.from_dict(response.json())

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
) -> Response[PartnershipVersionRead | Problem | ValidationProblem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    partnership_id: str,
    version: int,
    *,
    client: AuthenticatedClient,
    accept_language: None | str | Unset = UNSET,
) -> Response[PartnershipVersionRead | Problem | ValidationProblem]:
    """Read Version

     The partnership as it stood at one version, in the language Accept-Language prefers.
    Who: whoever may see the partnership now.

    Args:
        partnership_id (str):
        version (int):
        accept_language (None | str | Unset): The languages you read, RFC 9110 §12.5.4 (`es-MX,
            es;q=0.9, *;q=0.1`): texts come in the one preferred among those given, else in the
            default language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PartnershipVersionRead | Problem | ValidationProblem]
    """

    kwargs = _get_kwargs(
        partnership_id=partnership_id,
        version=version,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    partnership_id: str,
    version: int,
    *,
    client: AuthenticatedClient,
    accept_language: None | str | Unset = UNSET,
) -> PartnershipVersionRead | Problem | ValidationProblem | None:
    """Read Version

     The partnership as it stood at one version, in the language Accept-Language prefers.
    Who: whoever may see the partnership now.

    Args:
        partnership_id (str):
        version (int):
        accept_language (None | str | Unset): The languages you read, RFC 9110 §12.5.4 (`es-MX,
            es;q=0.9, *;q=0.1`): texts come in the one preferred among those given, else in the
            default language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PartnershipVersionRead | Problem | ValidationProblem
    """

    return sync_detailed(
        partnership_id=partnership_id,
        version=version,
        client=client,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    partnership_id: str,
    version: int,
    *,
    client: AuthenticatedClient,
    accept_language: None | str | Unset = UNSET,
) -> Response[PartnershipVersionRead | Problem | ValidationProblem]:
    """Read Version

     The partnership as it stood at one version, in the language Accept-Language prefers.
    Who: whoever may see the partnership now.

    Args:
        partnership_id (str):
        version (int):
        accept_language (None | str | Unset): The languages you read, RFC 9110 §12.5.4 (`es-MX,
            es;q=0.9, *;q=0.1`): texts come in the one preferred among those given, else in the
            default language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PartnershipVersionRead | Problem | ValidationProblem]
    """

    kwargs = _get_kwargs(
        partnership_id=partnership_id,
        version=version,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    partnership_id: str,
    version: int,
    *,
    client: AuthenticatedClient,
    accept_language: None | str | Unset = UNSET,
) -> PartnershipVersionRead | Problem | ValidationProblem | None:
    """Read Version

     The partnership as it stood at one version, in the language Accept-Language prefers.
    Who: whoever may see the partnership now.

    Args:
        partnership_id (str):
        version (int):
        accept_language (None | str | Unset): The languages you read, RFC 9110 §12.5.4 (`es-MX,
            es;q=0.9, *;q=0.1`): texts come in the one preferred among those given, else in the
            default language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PartnershipVersionRead | Problem | ValidationProblem
    """

    return (
        await asyncio_detailed(
            partnership_id=partnership_id,
            version=version,
            client=client,
            accept_language=accept_language,
        )
    ).parsed
