from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.amendment_decision import AmendmentDecision
from ...models.amendment_read import AmendmentRead
from ...models.problem import Problem
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    partnership_id: str,
    amendment_id: str,
    *,
    body: AmendmentDecision | None | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partnerships/{partnership_id}/amendments/{amendment_id}/approve".format(
            partnership_id=quote(str(partnership_id), safe=""),
            amendment_id=quote(str(amendment_id), safe=""),
        ),
    }

    if isinstance(body, AmendmentDecision):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AmendmentRead | Problem | ValidationProblem | None:
    if response.status_code == 200:
        response_200 = AmendmentRead.from_dict(response.json())

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
) -> Response[AmendmentRead | Problem | ValidationProblem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    partnership_id: str,
    amendment_id: str,
    *,
    client: AuthenticatedClient,
    body: AmendmentDecision | None | Unset = UNSET,
) -> Response[AmendmentRead | Problem | ValidationProblem]:
    """Approve Amendment

     Approve a waiting amendment: the partnership's next version, `partnership.amended`, and
    the commitments service tracks the change. Who: secretariat.

    Args:
        partnership_id (str):
        amendment_id (str):
        body (AmendmentDecision | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AmendmentRead | Problem | ValidationProblem]
    """

    kwargs = _get_kwargs(
        partnership_id=partnership_id,
        amendment_id=amendment_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    partnership_id: str,
    amendment_id: str,
    *,
    client: AuthenticatedClient,
    body: AmendmentDecision | None | Unset = UNSET,
) -> AmendmentRead | Problem | ValidationProblem | None:
    """Approve Amendment

     Approve a waiting amendment: the partnership's next version, `partnership.amended`, and
    the commitments service tracks the change. Who: secretariat.

    Args:
        partnership_id (str):
        amendment_id (str):
        body (AmendmentDecision | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AmendmentRead | Problem | ValidationProblem
    """

    return sync_detailed(
        partnership_id=partnership_id,
        amendment_id=amendment_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    partnership_id: str,
    amendment_id: str,
    *,
    client: AuthenticatedClient,
    body: AmendmentDecision | None | Unset = UNSET,
) -> Response[AmendmentRead | Problem | ValidationProblem]:
    """Approve Amendment

     Approve a waiting amendment: the partnership's next version, `partnership.amended`, and
    the commitments service tracks the change. Who: secretariat.

    Args:
        partnership_id (str):
        amendment_id (str):
        body (AmendmentDecision | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AmendmentRead | Problem | ValidationProblem]
    """

    kwargs = _get_kwargs(
        partnership_id=partnership_id,
        amendment_id=amendment_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    partnership_id: str,
    amendment_id: str,
    *,
    client: AuthenticatedClient,
    body: AmendmentDecision | None | Unset = UNSET,
) -> AmendmentRead | Problem | ValidationProblem | None:
    """Approve Amendment

     Approve a waiting amendment: the partnership's next version, `partnership.amended`, and
    the commitments service tracks the change. Who: secretariat.

    Args:
        partnership_id (str):
        amendment_id (str):
        body (AmendmentDecision | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AmendmentRead | Problem | ValidationProblem
    """

    return (
        await asyncio_detailed(
            partnership_id=partnership_id,
            amendment_id=amendment_id,
            client=client,
            body=body,
        )
    ).parsed
