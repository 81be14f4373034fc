from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.invitation_read import InvitationRead
from ...models.problem import Problem
from ...models.validation_problem import ValidationProblem
from ...types import Response


def _get_kwargs(
    partnership_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partnerships/{partnership_id}/invitations".format(
            partnership_id=quote(str(partnership_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ValidationProblem | list[InvitationRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = InvitationRead.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Problem | ValidationProblem | list[InvitationRead]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    partnership_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | ValidationProblem | list[InvitationRead]]:
    """Partnership Invitations

     Every invitation of a partnership, oldest first: who was asked, who consented when.
    Who: whoever may see the partnership.

    Args:
        partnership_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ValidationProblem | list[InvitationRead]]
    """

    kwargs = _get_kwargs(
        partnership_id=partnership_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    partnership_id: str,
    *,
    client: AuthenticatedClient,
) -> Problem | ValidationProblem | list[InvitationRead] | None:
    """Partnership Invitations

     Every invitation of a partnership, oldest first: who was asked, who consented when.
    Who: whoever may see the partnership.

    Args:
        partnership_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ValidationProblem | list[InvitationRead]
    """

    return sync_detailed(
        partnership_id=partnership_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    partnership_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | ValidationProblem | list[InvitationRead]]:
    """Partnership Invitations

     Every invitation of a partnership, oldest first: who was asked, who consented when.
    Who: whoever may see the partnership.

    Args:
        partnership_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ValidationProblem | list[InvitationRead]]
    """

    kwargs = _get_kwargs(
        partnership_id=partnership_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    partnership_id: str,
    *,
    client: AuthenticatedClient,
) -> Problem | ValidationProblem | list[InvitationRead] | None:
    """Partnership Invitations

     Every invitation of a partnership, oldest first: who was asked, who consented when.
    Who: whoever may see the partnership.

    Args:
        partnership_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ValidationProblem | list[InvitationRead]
    """

    return (
        await asyncio_detailed(
            partnership_id=partnership_id,
            client=client,
        )
    ).parsed
