from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.invitation_answer import InvitationAnswer
from ...models.invitation_read import InvitationRead
from ...models.problem import Problem
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    invitation_id: str,
    *,
    body: InvitationAnswer | None | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/invitations/{invitation_id}/decline".format(
            invitation_id=quote(str(invitation_id), safe=""),
        ),
    }

    if isinstance(body, InvitationAnswer):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InvitationRead | Problem | ValidationProblem | None:
    if response.status_code == 200:
        response_200 = InvitationRead.from_dict(response.json())

        return response_200

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
) -> Response[InvitationRead | Problem | ValidationProblem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    invitation_id: str,
    *,
    client: AuthenticatedClient,
    body: InvitationAnswer | None | Unset = UNSET,
) -> Response[InvitationRead | Problem | ValidationProblem]:
    """Decline Invitation

     Decline being named in the partnership: it cannot be proposed while it names you;
    recorded in its history (`decline-invitation`). Not open any more → 409; an invitation of a
    draft the caller may not see → 404; the owner's or another organisation's client that may
    see the partnership → 403. Who: a partner client of the invited organisation.

    Args:
        invitation_id (str):
        body (InvitationAnswer | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvitationRead | Problem | ValidationProblem]
    """

    kwargs = _get_kwargs(
        invitation_id=invitation_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    invitation_id: str,
    *,
    client: AuthenticatedClient,
    body: InvitationAnswer | None | Unset = UNSET,
) -> InvitationRead | Problem | ValidationProblem | None:
    """Decline Invitation

     Decline being named in the partnership: it cannot be proposed while it names you;
    recorded in its history (`decline-invitation`). Not open any more → 409; an invitation of a
    draft the caller may not see → 404; the owner's or another organisation's client that may
    see the partnership → 403. Who: a partner client of the invited organisation.

    Args:
        invitation_id (str):
        body (InvitationAnswer | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvitationRead | Problem | ValidationProblem
    """

    return sync_detailed(
        invitation_id=invitation_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    invitation_id: str,
    *,
    client: AuthenticatedClient,
    body: InvitationAnswer | None | Unset = UNSET,
) -> Response[InvitationRead | Problem | ValidationProblem]:
    """Decline Invitation

     Decline being named in the partnership: it cannot be proposed while it names you;
    recorded in its history (`decline-invitation`). Not open any more → 409; an invitation of a
    draft the caller may not see → 404; the owner's or another organisation's client that may
    see the partnership → 403. Who: a partner client of the invited organisation.

    Args:
        invitation_id (str):
        body (InvitationAnswer | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvitationRead | Problem | ValidationProblem]
    """

    kwargs = _get_kwargs(
        invitation_id=invitation_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invitation_id: str,
    *,
    client: AuthenticatedClient,
    body: InvitationAnswer | None | Unset = UNSET,
) -> InvitationRead | Problem | ValidationProblem | None:
    """Decline Invitation

     Decline being named in the partnership: it cannot be proposed while it names you;
    recorded in its history (`decline-invitation`). Not open any more → 409; an invitation of a
    draft the caller may not see → 404; the owner's or another organisation's client that may
    see the partnership → 403. Who: a partner client of the invited organisation.

    Args:
        invitation_id (str):
        body (InvitationAnswer | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvitationRead | Problem | ValidationProblem
    """

    return (
        await asyncio_detailed(
            invitation_id=invitation_id,
            client=client,
            body=body,
        )
    ).parsed
