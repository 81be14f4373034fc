from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_client_page import ApiClientPage
from ...models.problem import Problem
from ...models.role import Role
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    organisation_id: None | str | Unset = UNSET,
    role: None | Role | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_organisation_id: None | str | Unset
    if isinstance(organisation_id, Unset):
        json_organisation_id = UNSET
    else:
        json_organisation_id = organisation_id
    params["organisation_id"] = json_organisation_id

    json_role: None | str | Unset
    if isinstance(role, Unset):
        json_role = UNSET
    elif isinstance(role, Role):
        json_role = role.value
    else:
        json_role = role
    params["role"] = json_role

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/clients",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiClientPage | Problem | ValidationProblem | None:
    if response.status_code == 200:
        response_200 = ApiClientPage.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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
) -> Response[ApiClientPage | Problem | ValidationProblem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    organisation_id: None | str | Unset = UNSET,
    role: None | Role | Unset = UNSET,
) -> Response[ApiClientPage | Problem | ValidationProblem]:
    """API clients, oldest first (never their secrets).

     Only admins may call it.

    Args:
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; absent for the first
            page.
        organisation_id (None | str | Unset):
        role (None | Role | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiClientPage | Problem | ValidationProblem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        organisation_id=organisation_id,
        role=role,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    organisation_id: None | str | Unset = UNSET,
    role: None | Role | Unset = UNSET,
) -> ApiClientPage | Problem | ValidationProblem | None:
    """API clients, oldest first (never their secrets).

     Only admins may call it.

    Args:
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; absent for the first
            page.
        organisation_id (None | str | Unset):
        role (None | Role | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiClientPage | Problem | ValidationProblem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        organisation_id=organisation_id,
        role=role,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    organisation_id: None | str | Unset = UNSET,
    role: None | Role | Unset = UNSET,
) -> Response[ApiClientPage | Problem | ValidationProblem]:
    """API clients, oldest first (never their secrets).

     Only admins may call it.

    Args:
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; absent for the first
            page.
        organisation_id (None | str | Unset):
        role (None | Role | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiClientPage | Problem | ValidationProblem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        organisation_id=organisation_id,
        role=role,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    organisation_id: None | str | Unset = UNSET,
    role: None | Role | Unset = UNSET,
) -> ApiClientPage | Problem | ValidationProblem | None:
    """API clients, oldest first (never their secrets).

     Only admins may call it.

    Args:
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; absent for the first
            page.
        organisation_id (None | str | Unset):
        role (None | Role | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiClientPage | Problem | ValidationProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            organisation_id=organisation_id,
            role=role,
        )
    ).parsed
