from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.amendment_create import AmendmentCreate
from ...models.amendment_read import AmendmentRead
from ...models.problem import Problem
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    partnership_id: str,
    *,
    body: AmendmentCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["idempotency-key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partnerships/{partnership_id}/amendments".format(
            partnership_id=quote(str(partnership_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AmendmentRead | Problem | ValidationProblem | None:
    if response.status_code == 201:
        response_201 = AmendmentRead.from_dict(response.json())

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
) -> Response[AmendmentRead | Problem | ValidationProblem]:
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
    body: AmendmentCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[AmendmentRead | Problem | ValidationProblem]:
    """Propose Amendment

     Ask to change an adopted, implementing or under-review partnership: members, countries,
    planned commitments (new ones, or tracked ones by `id`: later due dates, other targets,
    more holders), with a reason. One waits at a time (another → 409; the same request again
    with its `Idempotency-Key` gets the first answer). Who: the owning partner.

    Args:
        partnership_id (str):
        idempotency_key (None | str | Unset): Any unique string (a UUID will do): a retry with the
            same key and body gets the first answer and has no second effect; with another body, 422.
        body (AmendmentCreate): What an adopted or implementing partnership should become, and
            why. Each list given
            replaces the current one whole; every commitment already tracked stays (change it by its
            `id`, e.g. a later `due_date` or a larger `target`), new ones are added.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AmendmentRead | Problem | ValidationProblem]
    """

    kwargs = _get_kwargs(
        partnership_id=partnership_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    partnership_id: str,
    *,
    client: AuthenticatedClient,
    body: AmendmentCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> AmendmentRead | Problem | ValidationProblem | None:
    """Propose Amendment

     Ask to change an adopted, implementing or under-review partnership: members, countries,
    planned commitments (new ones, or tracked ones by `id`: later due dates, other targets,
    more holders), with a reason. One waits at a time (another → 409; the same request again
    with its `Idempotency-Key` gets the first answer). Who: the owning partner.

    Args:
        partnership_id (str):
        idempotency_key (None | str | Unset): Any unique string (a UUID will do): a retry with the
            same key and body gets the first answer and has no second effect; with another body, 422.
        body (AmendmentCreate): What an adopted or implementing partnership should become, and
            why. Each list given
            replaces the current one whole; every commitment already tracked stays (change it by its
            `id`, e.g. a later `due_date` or a larger `target`), new ones are added.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AmendmentRead | Problem | ValidationProblem
    """

    return sync_detailed(
        partnership_id=partnership_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    partnership_id: str,
    *,
    client: AuthenticatedClient,
    body: AmendmentCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[AmendmentRead | Problem | ValidationProblem]:
    """Propose Amendment

     Ask to change an adopted, implementing or under-review partnership: members, countries,
    planned commitments (new ones, or tracked ones by `id`: later due dates, other targets,
    more holders), with a reason. One waits at a time (another → 409; the same request again
    with its `Idempotency-Key` gets the first answer). Who: the owning partner.

    Args:
        partnership_id (str):
        idempotency_key (None | str | Unset): Any unique string (a UUID will do): a retry with the
            same key and body gets the first answer and has no second effect; with another body, 422.
        body (AmendmentCreate): What an adopted or implementing partnership should become, and
            why. Each list given
            replaces the current one whole; every commitment already tracked stays (change it by its
            `id`, e.g. a later `due_date` or a larger `target`), new ones are added.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AmendmentRead | Problem | ValidationProblem]
    """

    kwargs = _get_kwargs(
        partnership_id=partnership_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    partnership_id: str,
    *,
    client: AuthenticatedClient,
    body: AmendmentCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> AmendmentRead | Problem | ValidationProblem | None:
    """Propose Amendment

     Ask to change an adopted, implementing or under-review partnership: members, countries,
    planned commitments (new ones, or tracked ones by `id`: later due dates, other targets,
    more holders), with a reason. One waits at a time (another → 409; the same request again
    with its `Idempotency-Key` gets the first answer). Who: the owning partner.

    Args:
        partnership_id (str):
        idempotency_key (None | str | Unset): Any unique string (a UUID will do): a retry with the
            same key and body gets the first answer and has no second effect; with another body, 422.
        body (AmendmentCreate): What an adopted or implementing partnership should become, and
            why. Each list given
            replaces the current one whole; every commitment already tracked stays (change it by its
            `id`, e.g. a later `due_date` or a larger `target`), new ones are added.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AmendmentRead | Problem | ValidationProblem
    """

    return (
        await asyncio_detailed(
            partnership_id=partnership_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
