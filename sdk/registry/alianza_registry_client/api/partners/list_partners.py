from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.partner_kind import PartnerKind
from ...models.partner_page import PartnerPage
from ...models.problem import Problem
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    kind: None | PartnerKind | Unset = UNSET,
    country: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, PartnerKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_country: None | str | Unset
    if isinstance(country, Unset):
        json_country = UNSET
    else:
        json_country = country
    params["country"] = json_country

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partners",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PartnerPage | Problem | ValidationProblem | None:
    if response.status_code == 200:
        response_200 = PartnerPage.from_dict(response.json())

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
) -> Response[PartnerPage | Problem | ValidationProblem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    kind: None | PartnerKind | Unset = UNSET,
    country: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[PartnerPage | Problem | ValidationProblem]:
    """List Partners

     List partner organisations, newest first. Who: any authenticated caller.

    Args:
        kind (None | PartnerKind | Unset):
        country (None | str | Unset):
        q (None | str | Unset):
        cursor (None | str | Unset): `next_cursor` of the previous page; absent for the first
            page.
        limit (int | Unset): page size Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PartnerPage | Problem | ValidationProblem]
    """

    kwargs = _get_kwargs(
        kind=kind,
        country=country,
        q=q,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    kind: None | PartnerKind | Unset = UNSET,
    country: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> PartnerPage | Problem | ValidationProblem | None:
    """List Partners

     List partner organisations, newest first. Who: any authenticated caller.

    Args:
        kind (None | PartnerKind | Unset):
        country (None | str | Unset):
        q (None | str | Unset):
        cursor (None | str | Unset): `next_cursor` of the previous page; absent for the first
            page.
        limit (int | Unset): page size Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PartnerPage | Problem | ValidationProblem
    """

    return sync_detailed(
        client=client,
        kind=kind,
        country=country,
        q=q,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    kind: None | PartnerKind | Unset = UNSET,
    country: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[PartnerPage | Problem | ValidationProblem]:
    """List Partners

     List partner organisations, newest first. Who: any authenticated caller.

    Args:
        kind (None | PartnerKind | Unset):
        country (None | str | Unset):
        q (None | str | Unset):
        cursor (None | str | Unset): `next_cursor` of the previous page; absent for the first
            page.
        limit (int | Unset): page size Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PartnerPage | Problem | ValidationProblem]
    """

    kwargs = _get_kwargs(
        kind=kind,
        country=country,
        q=q,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    kind: None | PartnerKind | Unset = UNSET,
    country: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> PartnerPage | Problem | ValidationProblem | None:
    """List Partners

     List partner organisations, newest first. Who: any authenticated caller.

    Args:
        kind (None | PartnerKind | Unset):
        country (None | str | Unset):
        q (None | str | Unset):
        cursor (None | str | Unset): `next_cursor` of the previous page; absent for the first
            page.
        limit (int | Unset): page size Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PartnerPage | Problem | ValidationProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            kind=kind,
            country=country,
            q=q,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
