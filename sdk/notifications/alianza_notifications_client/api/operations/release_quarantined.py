from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.quarantined_row import QuarantinedRow
from ...models.validation_problem import ValidationProblem
from ...types import Response


def _get_kwargs(
    row_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/outbox/quarantined/{row_id}/release".format(
            row_id=quote(str(row_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | QuarantinedRow | ValidationProblem | None:
    if response.status_code == 200:
        response_200 = QuarantinedRow.from_dict(response.json())

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
) -> Response[Problem | QuarantinedRow | ValidationProblem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    row_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | QuarantinedRow | ValidationProblem]:
    """Put a set-aside row back in line for the relay (ops, admin).

     Clear the row's quarantine; the relay tries it again at once (and sets it aside again,
    with a fresh reason, if its cause is still there).

    Args:
        row_id (int): The outbox row's id, as `list` shows it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | QuarantinedRow | ValidationProblem]
    """

    kwargs = _get_kwargs(
        row_id=row_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    row_id: int,
    *,
    client: AuthenticatedClient,
) -> Problem | QuarantinedRow | ValidationProblem | None:
    """Put a set-aside row back in line for the relay (ops, admin).

     Clear the row's quarantine; the relay tries it again at once (and sets it aside again,
    with a fresh reason, if its cause is still there).

    Args:
        row_id (int): The outbox row's id, as `list` shows it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | QuarantinedRow | ValidationProblem
    """

    return sync_detailed(
        row_id=row_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    row_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | QuarantinedRow | ValidationProblem]:
    """Put a set-aside row back in line for the relay (ops, admin).

     Clear the row's quarantine; the relay tries it again at once (and sets it aside again,
    with a fresh reason, if its cause is still there).

    Args:
        row_id (int): The outbox row's id, as `list` shows it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | QuarantinedRow | ValidationProblem]
    """

    kwargs = _get_kwargs(
        row_id=row_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    row_id: int,
    *,
    client: AuthenticatedClient,
) -> Problem | QuarantinedRow | ValidationProblem | None:
    """Put a set-aside row back in line for the relay (ops, admin).

     Clear the row's quarantine; the relay tries it again at once (and sets it aside again,
    with a fresh reason, if its cause is still there).

    Args:
        row_id (int): The outbox row's id, as `list` shows it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | QuarantinedRow | ValidationProblem
    """

    return (
        await asyncio_detailed(
            row_id=row_id,
            client=client,
        )
    ).parsed
