from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.theme import Theme
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: None | str | Unset = UNSET,
    theme: None | Theme | Unset = UNSET,
    gcm_objective: int | None | Unset = UNSET,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    else:
        json_status = status
    params["status"] = json_status

    json_theme: None | str | Unset
    if isinstance(theme, Unset):
        json_theme = UNSET
    elif isinstance(theme, Theme):
        json_theme = theme.value
    else:
        json_theme = theme
    params["theme"] = json_theme

    json_gcm_objective: int | None | Unset
    if isinstance(gcm_objective, Unset):
        json_gcm_objective = UNSET
    else:
        json_gcm_objective = gcm_objective
    params["gcm_objective"] = json_gcm_objective

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/iati/activities",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | ValidationProblem | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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
) -> Response[Any | Problem | ValidationProblem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: None | str | Unset = UNSET,
    theme: None | Theme | Unset = UNSET,
    gcm_objective: int | None | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[Any | Problem | ValidationProblem]:
    """Iati Activities

     Partnerships matching the filters (newest change first, at most `limit`) as IATI 2.03
    activities; 404 when none matches, as a document needs one. Who: any authenticated caller.

    Args:
        status (None | str | Unset):
        theme (None | Theme | Unset):
        gcm_objective (int | None | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | ValidationProblem]
    """

    kwargs = _get_kwargs(
        status=status,
        theme=theme,
        gcm_objective=gcm_objective,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    status: None | str | Unset = UNSET,
    theme: None | Theme | Unset = UNSET,
    gcm_objective: int | None | Unset = UNSET,
    limit: int | Unset = 100,
) -> Any | Problem | ValidationProblem | None:
    """Iati Activities

     Partnerships matching the filters (newest change first, at most `limit`) as IATI 2.03
    activities; 404 when none matches, as a document needs one. Who: any authenticated caller.

    Args:
        status (None | str | Unset):
        theme (None | Theme | Unset):
        gcm_objective (int | None | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | ValidationProblem
    """

    return sync_detailed(
        client=client,
        status=status,
        theme=theme,
        gcm_objective=gcm_objective,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: None | str | Unset = UNSET,
    theme: None | Theme | Unset = UNSET,
    gcm_objective: int | None | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[Any | Problem | ValidationProblem]:
    """Iati Activities

     Partnerships matching the filters (newest change first, at most `limit`) as IATI 2.03
    activities; 404 when none matches, as a document needs one. Who: any authenticated caller.

    Args:
        status (None | str | Unset):
        theme (None | Theme | Unset):
        gcm_objective (int | None | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | ValidationProblem]
    """

    kwargs = _get_kwargs(
        status=status,
        theme=theme,
        gcm_objective=gcm_objective,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: None | str | Unset = UNSET,
    theme: None | Theme | Unset = UNSET,
    gcm_objective: int | None | Unset = UNSET,
    limit: int | Unset = 100,
) -> Any | Problem | ValidationProblem | None:
    """Iati Activities

     Partnerships matching the filters (newest change first, at most `limit`) as IATI 2.03
    activities; 404 when none matches, as a document needs one. Who: any authenticated caller.

    Args:
        status (None | str | Unset):
        theme (None | Theme | Unset):
        gcm_objective (int | None | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | ValidationProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            theme=theme,
            gcm_objective=gcm_objective,
            limit=limit,
        )
    ).parsed
