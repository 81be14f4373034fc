from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delivery_page import DeliveryPage
from ...models.list_deliveries_status_type_0 import ListDeliveriesStatusType0
from ...models.problem import Problem
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    subscription_id: str,
    *,
    status: ListDeliveriesStatusType0 | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ListDeliveriesStatusType0):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

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
        "url": "/subscriptions/{subscription_id}/deliveries".format(
            subscription_id=quote(str(subscription_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeliveryPage | Problem | ValidationProblem | None:
    if response.status_code == 200:
        response_200 = DeliveryPage.from_dict(response.json())

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
) -> Response[DeliveryPage | Problem | ValidationProblem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    subscription_id: str,
    *,
    client: AuthenticatedClient,
    status: ListDeliveriesStatusType0 | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[DeliveryPage | Problem | ValidationProblem]:
    """List Deliveries

     Deliveries of a subscription with every attempt, newest first.
    Who: its organisation's staff, or its partner clients if a partner client made it; ops, admin.

    Args:
        subscription_id (str):
        status (ListDeliveriesStatusType0 | None | Unset):
        cursor (None | str | Unset): `next_cursor` of the previous page; absent for the first
            page.
        limit (int | Unset): page size Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliveryPage | Problem | ValidationProblem]
    """

    kwargs = _get_kwargs(
        subscription_id=subscription_id,
        status=status,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    subscription_id: str,
    *,
    client: AuthenticatedClient,
    status: ListDeliveriesStatusType0 | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> DeliveryPage | Problem | ValidationProblem | None:
    """List Deliveries

     Deliveries of a subscription with every attempt, newest first.
    Who: its organisation's staff, or its partner clients if a partner client made it; ops, admin.

    Args:
        subscription_id (str):
        status (ListDeliveriesStatusType0 | None | Unset):
        cursor (None | str | Unset): `next_cursor` of the previous page; absent for the first
            page.
        limit (int | Unset): page size Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliveryPage | Problem | ValidationProblem
    """

    return sync_detailed(
        subscription_id=subscription_id,
        client=client,
        status=status,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    subscription_id: str,
    *,
    client: AuthenticatedClient,
    status: ListDeliveriesStatusType0 | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[DeliveryPage | Problem | ValidationProblem]:
    """List Deliveries

     Deliveries of a subscription with every attempt, newest first.
    Who: its organisation's staff, or its partner clients if a partner client made it; ops, admin.

    Args:
        subscription_id (str):
        status (ListDeliveriesStatusType0 | None | Unset):
        cursor (None | str | Unset): `next_cursor` of the previous page; absent for the first
            page.
        limit (int | Unset): page size Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliveryPage | Problem | ValidationProblem]
    """

    kwargs = _get_kwargs(
        subscription_id=subscription_id,
        status=status,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    subscription_id: str,
    *,
    client: AuthenticatedClient,
    status: ListDeliveriesStatusType0 | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> DeliveryPage | Problem | ValidationProblem | None:
    """List Deliveries

     Deliveries of a subscription with every attempt, newest first.
    Who: its organisation's staff, or its partner clients if a partner client made it; ops, admin.

    Args:
        subscription_id (str):
        status (ListDeliveriesStatusType0 | None | Unset):
        cursor (None | str | Unset): `next_cursor` of the previous page; absent for the first
            page.
        limit (int | Unset): page size Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliveryPage | Problem | ValidationProblem
    """

    return (
        await asyncio_detailed(
            subscription_id=subscription_id,
            client=client,
            status=status,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
