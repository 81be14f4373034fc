from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.validation_problem import ValidationProblem
from ...models.webhook_trend_read import WebhookTrendRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    minutes: int | Unset = 60,
    bucket_seconds: int | Unset = 60,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["minutes"] = minutes

    params["bucket_seconds"] = bucket_seconds

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/deliveries/stats/trend",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ValidationProblem | WebhookTrendRead | None:
    if response.status_code == 200:
        response_200 = WebhookTrendRead.from_dict(response.json())

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
) -> Response[Problem | ValidationProblem | WebhookTrendRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    minutes: int | Unset = 60,
    bucket_seconds: int | Unset = 60,
) -> Response[Problem | ValidationProblem | WebhookTrendRead]:
    """Delivery Trend

     Webhook attempts and successes per `bucket_seconds` over the last `minutes`, across every
    subscription: the success rate over time. Who: ops, admin.

    Args:
        minutes (int | Unset):  Default: 60.
        bucket_seconds (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ValidationProblem | WebhookTrendRead]
    """

    kwargs = _get_kwargs(
        minutes=minutes,
        bucket_seconds=bucket_seconds,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    minutes: int | Unset = 60,
    bucket_seconds: int | Unset = 60,
) -> Problem | ValidationProblem | WebhookTrendRead | None:
    """Delivery Trend

     Webhook attempts and successes per `bucket_seconds` over the last `minutes`, across every
    subscription: the success rate over time. Who: ops, admin.

    Args:
        minutes (int | Unset):  Default: 60.
        bucket_seconds (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ValidationProblem | WebhookTrendRead
    """

    return sync_detailed(
        client=client,
        minutes=minutes,
        bucket_seconds=bucket_seconds,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    minutes: int | Unset = 60,
    bucket_seconds: int | Unset = 60,
) -> Response[Problem | ValidationProblem | WebhookTrendRead]:
    """Delivery Trend

     Webhook attempts and successes per `bucket_seconds` over the last `minutes`, across every
    subscription: the success rate over time. Who: ops, admin.

    Args:
        minutes (int | Unset):  Default: 60.
        bucket_seconds (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ValidationProblem | WebhookTrendRead]
    """

    kwargs = _get_kwargs(
        minutes=minutes,
        bucket_seconds=bucket_seconds,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    minutes: int | Unset = 60,
    bucket_seconds: int | Unset = 60,
) -> Problem | ValidationProblem | WebhookTrendRead | None:
    """Delivery Trend

     Webhook attempts and successes per `bucket_seconds` over the last `minutes`, across every
    subscription: the success rate over time. Who: ops, admin.

    Args:
        minutes (int | Unset):  Default: 60.
        bucket_seconds (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ValidationProblem | WebhookTrendRead
    """

    return (
        await asyncio_detailed(
            client=client,
            minutes=minutes,
            bucket_seconds=bucket_seconds,
        )
    ).parsed
