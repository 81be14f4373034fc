from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.validation_problem import ValidationProblem
from ...models.work_queue import WorkQueue
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    gcm_objective: int | None | Unset = UNSET,
    country: list[str] | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_gcm_objective: int | None | Unset
    if isinstance(gcm_objective, Unset):
        json_gcm_objective = UNSET
    else:
        json_gcm_objective = gcm_objective
    params["gcm_objective"] = json_gcm_objective

    json_country: list[str] | None | Unset
    if isinstance(country, Unset):
        json_country = UNSET
    elif isinstance(country, list):
        json_country = country

    else:
        json_country = country
    params["country"] = json_country

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/queue",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ValidationProblem | WorkQueue | None:
    if response.status_code == 200:
        response_200 = WorkQueue.from_dict(response.json())

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
) -> Response[Problem | ValidationProblem | WorkQueue]:
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
    gcm_objective: int | None | Unset = UNSET,
    country: list[str] | None | Unset = UNSET,
) -> Response[Problem | ValidationProblem | WorkQueue]:
    """Work Queue

     What waits for the secretariat, oldest first: proposals to decide and reviews whose
    dossier is compiled. Who: the secretariat.

    Args:
        limit (int | Unset): page size Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; absent for the first
            page.
        gcm_objective (int | None | Unset):
        country (list[str] | None | Unset): ISO 3166-1 alpha-2; any of

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ValidationProblem | WorkQueue]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        gcm_objective=gcm_objective,
        country=country,
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
    gcm_objective: int | None | Unset = UNSET,
    country: list[str] | None | Unset = UNSET,
) -> Problem | ValidationProblem | WorkQueue | None:
    """Work Queue

     What waits for the secretariat, oldest first: proposals to decide and reviews whose
    dossier is compiled. Who: the secretariat.

    Args:
        limit (int | Unset): page size Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; absent for the first
            page.
        gcm_objective (int | None | Unset):
        country (list[str] | None | Unset): ISO 3166-1 alpha-2; any of

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ValidationProblem | WorkQueue
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        gcm_objective=gcm_objective,
        country=country,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    gcm_objective: int | None | Unset = UNSET,
    country: list[str] | None | Unset = UNSET,
) -> Response[Problem | ValidationProblem | WorkQueue]:
    """Work Queue

     What waits for the secretariat, oldest first: proposals to decide and reviews whose
    dossier is compiled. Who: the secretariat.

    Args:
        limit (int | Unset): page size Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; absent for the first
            page.
        gcm_objective (int | None | Unset):
        country (list[str] | None | Unset): ISO 3166-1 alpha-2; any of

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ValidationProblem | WorkQueue]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        gcm_objective=gcm_objective,
        country=country,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    gcm_objective: int | None | Unset = UNSET,
    country: list[str] | None | Unset = UNSET,
) -> Problem | ValidationProblem | WorkQueue | None:
    """Work Queue

     What waits for the secretariat, oldest first: proposals to decide and reviews whose
    dossier is compiled. Who: the secretariat.

    Args:
        limit (int | Unset): page size Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page; absent for the first
            page.
        gcm_objective (int | None | Unset):
        country (list[str] | None | Unset): ISO 3166-1 alpha-2; any of

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ValidationProblem | WorkQueue
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            gcm_objective=gcm_objective,
            country=country,
        )
    ).parsed
