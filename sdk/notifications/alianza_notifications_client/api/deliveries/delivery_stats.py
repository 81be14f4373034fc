from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.validation_problem import ValidationProblem
from ...models.webhook_stats_read import WebhookStatsRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    window_seconds: int | Unset = 300,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["window_seconds"] = window_seconds

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/deliveries/stats",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ValidationProblem | WebhookStatsRead | None:
    if response.status_code == 200:
        response_200 = WebhookStatsRead.from_dict(response.json())

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
) -> Response[Problem | ValidationProblem | WebhookStatsRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    window_seconds: int | Unset = 300,
) -> Response[Problem | ValidationProblem | WebhookStatsRead]:
    """Delivery Stats

     Webhook attempts by outcome, success rate and latency over the last `window_seconds`, and the
    deliveries open or dead now, across every subscription. Who: ops, admin.

    Args:
        window_seconds (int | Unset):  Default: 300.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ValidationProblem | WebhookStatsRead]
    """

    kwargs = _get_kwargs(
        window_seconds=window_seconds,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    window_seconds: int | Unset = 300,
) -> Problem | ValidationProblem | WebhookStatsRead | None:
    """Delivery Stats

     Webhook attempts by outcome, success rate and latency over the last `window_seconds`, and the
    deliveries open or dead now, across every subscription. Who: ops, admin.

    Args:
        window_seconds (int | Unset):  Default: 300.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ValidationProblem | WebhookStatsRead
    """

    return sync_detailed(
        client=client,
        window_seconds=window_seconds,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    window_seconds: int | Unset = 300,
) -> Response[Problem | ValidationProblem | WebhookStatsRead]:
    """Delivery Stats

     Webhook attempts by outcome, success rate and latency over the last `window_seconds`, and the
    deliveries open or dead now, across every subscription. Who: ops, admin.

    Args:
        window_seconds (int | Unset):  Default: 300.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ValidationProblem | WebhookStatsRead]
    """

    kwargs = _get_kwargs(
        window_seconds=window_seconds,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    window_seconds: int | Unset = 300,
) -> Problem | ValidationProblem | WebhookStatsRead | None:
    """Delivery Stats

     Webhook attempts by outcome, success rate and latency over the last `window_seconds`, and the
    deliveries open or dead now, across every subscription. Who: ops, admin.

    Args:
        window_seconds (int | Unset):  Default: 300.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ValidationProblem | WebhookStatsRead
    """

    return (
        await asyncio_detailed(
            client=client,
            window_seconds=window_seconds,
        )
    ).parsed
