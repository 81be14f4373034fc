from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.action import Action
from ...models.action_request import ActionRequest
from ...models.partnership_read import PartnershipRead
from ...models.problem import Problem
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    partnership_id: str,
    action: Action,
    *,
    body: ActionRequest | None | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["accept-language"] = accept_language

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partnerships/{partnership_id}/actions/{action}".format(
            partnership_id=quote(str(partnership_id), safe=""),
            action=quote(str(action), safe=""),
        ),
    }

    if isinstance(body, ActionRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PartnershipRead | Problem | ValidationProblem | None:
    if response.status_code == 200:
        response_200 = PartnershipRead.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = cast(Any, None)
        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

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
) -> Response[Any | PartnershipRead | Problem | ValidationProblem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    partnership_id: str,
    action: Action,
    *,
    client: AuthenticatedClient,
    body: ActionRequest | None | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[Any | PartnershipRead | Problem | ValidationProblem]:
    """Lifecycle Action

     Move a partnership through its lifecycle (who may: the README lifecycle table). Who: per action.

    Args:
        partnership_id (str):
        action (Action):
        accept_language (None | str | Unset): The languages you read, RFC 9110 §12.5.4 (`es-MX,
            es;q=0.9, *;q=0.1`): texts come in the one preferred among those given, else in the
            default language.
        body (ActionRequest | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PartnershipRead | Problem | ValidationProblem]
    """

    kwargs = _get_kwargs(
        partnership_id=partnership_id,
        action=action,
        body=body,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    partnership_id: str,
    action: Action,
    *,
    client: AuthenticatedClient,
    body: ActionRequest | None | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Any | PartnershipRead | Problem | ValidationProblem | None:
    """Lifecycle Action

     Move a partnership through its lifecycle (who may: the README lifecycle table). Who: per action.

    Args:
        partnership_id (str):
        action (Action):
        accept_language (None | str | Unset): The languages you read, RFC 9110 §12.5.4 (`es-MX,
            es;q=0.9, *;q=0.1`): texts come in the one preferred among those given, else in the
            default language.
        body (ActionRequest | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PartnershipRead | Problem | ValidationProblem
    """

    return sync_detailed(
        partnership_id=partnership_id,
        action=action,
        client=client,
        body=body,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    partnership_id: str,
    action: Action,
    *,
    client: AuthenticatedClient,
    body: ActionRequest | None | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[Any | PartnershipRead | Problem | ValidationProblem]:
    """Lifecycle Action

     Move a partnership through its lifecycle (who may: the README lifecycle table). Who: per action.

    Args:
        partnership_id (str):
        action (Action):
        accept_language (None | str | Unset): The languages you read, RFC 9110 §12.5.4 (`es-MX,
            es;q=0.9, *;q=0.1`): texts come in the one preferred among those given, else in the
            default language.
        body (ActionRequest | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PartnershipRead | Problem | ValidationProblem]
    """

    kwargs = _get_kwargs(
        partnership_id=partnership_id,
        action=action,
        body=body,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    partnership_id: str,
    action: Action,
    *,
    client: AuthenticatedClient,
    body: ActionRequest | None | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Any | PartnershipRead | Problem | ValidationProblem | None:
    """Lifecycle Action

     Move a partnership through its lifecycle (who may: the README lifecycle table). Who: per action.

    Args:
        partnership_id (str):
        action (Action):
        accept_language (None | str | Unset): The languages you read, RFC 9110 §12.5.4 (`es-MX,
            es;q=0.9, *;q=0.1`): texts come in the one preferred among those given, else in the
            default language.
        body (ActionRequest | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PartnershipRead | Problem | ValidationProblem
    """

    return (
        await asyncio_detailed(
            partnership_id=partnership_id,
            action=action,
            client=client,
            body=body,
            accept_language=accept_language,
        )
    ).parsed
