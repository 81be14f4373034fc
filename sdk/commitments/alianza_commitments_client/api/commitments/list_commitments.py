import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.commitment_page import CommitmentPage
from ...models.commitment_state import CommitmentState
from ...models.commitment_status import CommitmentStatus
from ...models.problem import Problem
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    partnership_id: None | str | Unset = UNSET,
    responsible_partner_id: None | str | Unset = UNSET,
    holder_id: None | str | Unset = UNSET,
    status: CommitmentStatus | None | Unset = UNSET,
    state: CommitmentState | None | Unset = UNSET,
    due_before: datetime.date | None | Unset = UNSET,
    due_after: datetime.date | None | Unset = UNSET,
    gcm_objective: int | None | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_partnership_id: None | str | Unset
    if isinstance(partnership_id, Unset):
        json_partnership_id = UNSET
    else:
        json_partnership_id = partnership_id
    params["partnership_id"] = json_partnership_id

    json_responsible_partner_id: None | str | Unset
    if isinstance(responsible_partner_id, Unset):
        json_responsible_partner_id = UNSET
    else:
        json_responsible_partner_id = responsible_partner_id
    params["responsible_partner_id"] = json_responsible_partner_id

    json_holder_id: None | str | Unset
    if isinstance(holder_id, Unset):
        json_holder_id = UNSET
    else:
        json_holder_id = holder_id
    params["holder_id"] = json_holder_id

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, CommitmentStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_state: None | str | Unset
    if isinstance(state, Unset):
        json_state = UNSET
    elif isinstance(state, CommitmentState):
        json_state = state.value
    else:
        json_state = state
    params["state"] = json_state

    json_due_before: None | str | Unset
    if isinstance(due_before, Unset):
        json_due_before = UNSET
    elif isinstance(due_before, datetime.date):
        json_due_before = due_before.isoformat()
    else:
        json_due_before = due_before
    params["due_before"] = json_due_before

    json_due_after: None | str | Unset
    if isinstance(due_after, Unset):
        json_due_after = UNSET
    elif isinstance(due_after, datetime.date):
        json_due_after = due_after.isoformat()
    else:
        json_due_after = due_after
    params["due_after"] = json_due_after

    json_gcm_objective: int | None | Unset
    if isinstance(gcm_objective, Unset):
        json_gcm_objective = UNSET
    else:
        json_gcm_objective = gcm_objective
    params["gcm_objective"] = json_gcm_objective

    json_theme: None | str | Unset
    if isinstance(theme, Unset):
        json_theme = UNSET
    else:
        json_theme = theme
    params["theme"] = json_theme

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
        "url": "/commitments",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommitmentPage | Problem | ValidationProblem | None:
    if response.status_code == 200:
        response_200 = CommitmentPage.from_dict(response.json())

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
) -> Response[CommitmentPage | Problem | ValidationProblem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    partnership_id: None | str | Unset = UNSET,
    responsible_partner_id: None | str | Unset = UNSET,
    holder_id: None | str | Unset = UNSET,
    status: CommitmentStatus | None | Unset = UNSET,
    state: CommitmentState | None | Unset = UNSET,
    due_before: datetime.date | None | Unset = UNSET,
    due_after: datetime.date | None | Unset = UNSET,
    gcm_objective: int | None | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[CommitmentPage | Problem | ValidationProblem]:
    """List Commitments

     Tracked commitments, newest first, filtered. Who: any authenticated caller; those of a
    restricted partnership only for its members and the secretariat.

    Args:
        partnership_id (None | str | Unset):
        responsible_partner_id (None | str | Unset):
        holder_id (None | str | Unset): held by this organisation, alone or jointly
        status (CommitmentStatus | None | Unset):
        state (CommitmentState | None | Unset):
        due_before (datetime.date | None | Unset): due on or before this day
        due_after (datetime.date | None | Unset): due on or after this day
        gcm_objective (int | None | Unset):
        theme (None | str | Unset):
        cursor (None | str | Unset): `next_cursor` of the previous page; absent for the first
            page.
        limit (int | Unset): page size Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommitmentPage | Problem | ValidationProblem]
    """

    kwargs = _get_kwargs(
        partnership_id=partnership_id,
        responsible_partner_id=responsible_partner_id,
        holder_id=holder_id,
        status=status,
        state=state,
        due_before=due_before,
        due_after=due_after,
        gcm_objective=gcm_objective,
        theme=theme,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    partnership_id: None | str | Unset = UNSET,
    responsible_partner_id: None | str | Unset = UNSET,
    holder_id: None | str | Unset = UNSET,
    status: CommitmentStatus | None | Unset = UNSET,
    state: CommitmentState | None | Unset = UNSET,
    due_before: datetime.date | None | Unset = UNSET,
    due_after: datetime.date | None | Unset = UNSET,
    gcm_objective: int | None | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> CommitmentPage | Problem | ValidationProblem | None:
    """List Commitments

     Tracked commitments, newest first, filtered. Who: any authenticated caller; those of a
    restricted partnership only for its members and the secretariat.

    Args:
        partnership_id (None | str | Unset):
        responsible_partner_id (None | str | Unset):
        holder_id (None | str | Unset): held by this organisation, alone or jointly
        status (CommitmentStatus | None | Unset):
        state (CommitmentState | None | Unset):
        due_before (datetime.date | None | Unset): due on or before this day
        due_after (datetime.date | None | Unset): due on or after this day
        gcm_objective (int | None | Unset):
        theme (None | str | Unset):
        cursor (None | str | Unset): `next_cursor` of the previous page; absent for the first
            page.
        limit (int | Unset): page size Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommitmentPage | Problem | ValidationProblem
    """

    return sync_detailed(
        client=client,
        partnership_id=partnership_id,
        responsible_partner_id=responsible_partner_id,
        holder_id=holder_id,
        status=status,
        state=state,
        due_before=due_before,
        due_after=due_after,
        gcm_objective=gcm_objective,
        theme=theme,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    partnership_id: None | str | Unset = UNSET,
    responsible_partner_id: None | str | Unset = UNSET,
    holder_id: None | str | Unset = UNSET,
    status: CommitmentStatus | None | Unset = UNSET,
    state: CommitmentState | None | Unset = UNSET,
    due_before: datetime.date | None | Unset = UNSET,
    due_after: datetime.date | None | Unset = UNSET,
    gcm_objective: int | None | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[CommitmentPage | Problem | ValidationProblem]:
    """List Commitments

     Tracked commitments, newest first, filtered. Who: any authenticated caller; those of a
    restricted partnership only for its members and the secretariat.

    Args:
        partnership_id (None | str | Unset):
        responsible_partner_id (None | str | Unset):
        holder_id (None | str | Unset): held by this organisation, alone or jointly
        status (CommitmentStatus | None | Unset):
        state (CommitmentState | None | Unset):
        due_before (datetime.date | None | Unset): due on or before this day
        due_after (datetime.date | None | Unset): due on or after this day
        gcm_objective (int | None | Unset):
        theme (None | str | Unset):
        cursor (None | str | Unset): `next_cursor` of the previous page; absent for the first
            page.
        limit (int | Unset): page size Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommitmentPage | Problem | ValidationProblem]
    """

    kwargs = _get_kwargs(
        partnership_id=partnership_id,
        responsible_partner_id=responsible_partner_id,
        holder_id=holder_id,
        status=status,
        state=state,
        due_before=due_before,
        due_after=due_after,
        gcm_objective=gcm_objective,
        theme=theme,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    partnership_id: None | str | Unset = UNSET,
    responsible_partner_id: None | str | Unset = UNSET,
    holder_id: None | str | Unset = UNSET,
    status: CommitmentStatus | None | Unset = UNSET,
    state: CommitmentState | None | Unset = UNSET,
    due_before: datetime.date | None | Unset = UNSET,
    due_after: datetime.date | None | Unset = UNSET,
    gcm_objective: int | None | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> CommitmentPage | Problem | ValidationProblem | None:
    """List Commitments

     Tracked commitments, newest first, filtered. Who: any authenticated caller; those of a
    restricted partnership only for its members and the secretariat.

    Args:
        partnership_id (None | str | Unset):
        responsible_partner_id (None | str | Unset):
        holder_id (None | str | Unset): held by this organisation, alone or jointly
        status (CommitmentStatus | None | Unset):
        state (CommitmentState | None | Unset):
        due_before (datetime.date | None | Unset): due on or before this day
        due_after (datetime.date | None | Unset): due on or after this day
        gcm_objective (int | None | Unset):
        theme (None | str | Unset):
        cursor (None | str | Unset): `next_cursor` of the previous page; absent for the first
            page.
        limit (int | Unset): page size Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommitmentPage | Problem | ValidationProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            partnership_id=partnership_id,
            responsible_partner_id=responsible_partner_id,
            holder_id=holder_id,
            status=status,
            state=state,
            due_before=due_before,
            due_after=due_after,
            gcm_objective=gcm_objective,
            theme=theme,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
