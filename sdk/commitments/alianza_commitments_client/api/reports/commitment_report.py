import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.axis import Axis
from ...models.commitment_report import CommitmentReport
from ...models.country_role import CountryRole
from ...models.problem import Problem
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    period_start: datetime.date,
    period_end: datetime.date,
    by: Axis,
    country_role: CountryRole | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_period_start = period_start.isoformat()
    params["period_start"] = json_period_start

    json_period_end = period_end.isoformat()
    params["period_end"] = json_period_end

    json_by = by.value
    params["by"] = json_by

    json_country_role: None | str | Unset
    if isinstance(country_role, Unset):
        json_country_role = UNSET
    elif isinstance(country_role, CountryRole):
        json_country_role = country_role.value
    else:
        json_country_role = country_role
    params["country_role"] = json_country_role

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reports/commitments",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommitmentReport | Problem | ValidationProblem | None:
    if response.status_code == 200:
        response_200 = CommitmentReport.from_dict(response.json())

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
) -> Response[CommitmentReport | Problem | ValidationProblem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    period_start: datetime.date,
    period_end: datetime.date,
    by: Axis,
    country_role: CountryRole | None | Unset = UNSET,
) -> Response[CommitmentReport | Problem | ValidationProblem]:
    """Commitment Report

     Commitment results in a period by one axis; `Accept: text/csv` for CSV. Who: secretariat, ops.

    Args:
        period_start (datetime.date): first day of the reporting period
        period_end (datetime.date): last day of the reporting period
        by (Axis):
        country_role (CountryRole | None | Unset): count countries and regions in this role only

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommitmentReport | Problem | ValidationProblem]
    """

    kwargs = _get_kwargs(
        period_start=period_start,
        period_end=period_end,
        by=by,
        country_role=country_role,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    period_start: datetime.date,
    period_end: datetime.date,
    by: Axis,
    country_role: CountryRole | None | Unset = UNSET,
) -> CommitmentReport | Problem | ValidationProblem | None:
    """Commitment Report

     Commitment results in a period by one axis; `Accept: text/csv` for CSV. Who: secretariat, ops.

    Args:
        period_start (datetime.date): first day of the reporting period
        period_end (datetime.date): last day of the reporting period
        by (Axis):
        country_role (CountryRole | None | Unset): count countries and regions in this role only

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommitmentReport | Problem | ValidationProblem
    """

    return sync_detailed(
        client=client,
        period_start=period_start,
        period_end=period_end,
        by=by,
        country_role=country_role,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    period_start: datetime.date,
    period_end: datetime.date,
    by: Axis,
    country_role: CountryRole | None | Unset = UNSET,
) -> Response[CommitmentReport | Problem | ValidationProblem]:
    """Commitment Report

     Commitment results in a period by one axis; `Accept: text/csv` for CSV. Who: secretariat, ops.

    Args:
        period_start (datetime.date): first day of the reporting period
        period_end (datetime.date): last day of the reporting period
        by (Axis):
        country_role (CountryRole | None | Unset): count countries and regions in this role only

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommitmentReport | Problem | ValidationProblem]
    """

    kwargs = _get_kwargs(
        period_start=period_start,
        period_end=period_end,
        by=by,
        country_role=country_role,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    period_start: datetime.date,
    period_end: datetime.date,
    by: Axis,
    country_role: CountryRole | None | Unset = UNSET,
) -> CommitmentReport | Problem | ValidationProblem | None:
    """Commitment Report

     Commitment results in a period by one axis; `Accept: text/csv` for CSV. Who: secretariat, ops.

    Args:
        period_start (datetime.date): first day of the reporting period
        period_end (datetime.date): last day of the reporting period
        by (Axis):
        country_role (CountryRole | None | Unset): count countries and regions in this role only

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommitmentReport | Problem | ValidationProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            period_start=period_start,
            period_end=period_end,
            by=by,
            country_role=country_role,
        )
    ).parsed
