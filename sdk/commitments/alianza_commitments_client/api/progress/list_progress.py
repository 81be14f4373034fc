from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.progress_report_page import ProgressReportPage
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    commitment_id: str,
    *,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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
        "url": "/commitments/{commitment_id}/progress".format(
            commitment_id=quote(str(commitment_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ProgressReportPage | ValidationProblem | None:
    if response.status_code == 200:
        response_200 = ProgressReportPage.from_dict(response.json())

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
) -> Response[Problem | ProgressReportPage | ValidationProblem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    commitment_id: str,
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[Problem | ProgressReportPage | ValidationProblem]:
    """List Progress

     A commitment's progress reports, newest first. Who: any authenticated caller (of a
    restricted partnership: its members and the secretariat).

    Args:
        commitment_id (str):
        cursor (None | str | Unset): `next_cursor` of the previous page; absent for the first
            page.
        limit (int | Unset): page size Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProgressReportPage | ValidationProblem]
    """

    kwargs = _get_kwargs(
        commitment_id=commitment_id,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    commitment_id: str,
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Problem | ProgressReportPage | ValidationProblem | None:
    """List Progress

     A commitment's progress reports, newest first. Who: any authenticated caller (of a
    restricted partnership: its members and the secretariat).

    Args:
        commitment_id (str):
        cursor (None | str | Unset): `next_cursor` of the previous page; absent for the first
            page.
        limit (int | Unset): page size Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProgressReportPage | ValidationProblem
    """

    return sync_detailed(
        commitment_id=commitment_id,
        client=client,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    commitment_id: str,
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[Problem | ProgressReportPage | ValidationProblem]:
    """List Progress

     A commitment's progress reports, newest first. Who: any authenticated caller (of a
    restricted partnership: its members and the secretariat).

    Args:
        commitment_id (str):
        cursor (None | str | Unset): `next_cursor` of the previous page; absent for the first
            page.
        limit (int | Unset): page size Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProgressReportPage | ValidationProblem]
    """

    kwargs = _get_kwargs(
        commitment_id=commitment_id,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    commitment_id: str,
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Problem | ProgressReportPage | ValidationProblem | None:
    """List Progress

     A commitment's progress reports, newest first. Who: any authenticated caller (of a
    restricted partnership: its members and the secretariat).

    Args:
        commitment_id (str):
        cursor (None | str | Unset): `next_cursor` of the previous page; absent for the first
            page.
        limit (int | Unset): page size Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProgressReportPage | ValidationProblem
    """

    return (
        await asyncio_detailed(
            commitment_id=commitment_id,
            client=client,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
