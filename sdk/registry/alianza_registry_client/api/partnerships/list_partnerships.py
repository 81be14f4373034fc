from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.level import Level
from ...models.partnership_page import PartnershipPage
from ...models.partnership_status import PartnershipStatus
from ...models.problem import Problem
from ...models.theme import Theme
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: None | PartnershipStatus | Unset = UNSET,
    theme: None | Theme | Unset = UNSET,
    level: Level | None | Unset = UNSET,
    country: None | str | Unset = UNSET,
    partner: None | str | Unset = UNSET,
    gcm_objective: int | None | Unset = UNSET,
    sdg_target: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    accept_language: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["accept-language"] = accept_language

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, PartnershipStatus):
        json_status = status.value
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

    json_level: None | str | Unset
    if isinstance(level, Unset):
        json_level = UNSET
    elif isinstance(level, Level):
        json_level = level.value
    else:
        json_level = level
    params["level"] = json_level

    json_country: None | str | Unset
    if isinstance(country, Unset):
        json_country = UNSET
    else:
        json_country = country
    params["country"] = json_country

    json_partner: None | str | Unset
    if isinstance(partner, Unset):
        json_partner = UNSET
    else:
        json_partner = partner
    params["partner"] = json_partner

    json_gcm_objective: int | None | Unset
    if isinstance(gcm_objective, Unset):
        json_gcm_objective = UNSET
    else:
        json_gcm_objective = gcm_objective
    params["gcm_objective"] = json_gcm_objective

    json_sdg_target: None | str | Unset
    if isinstance(sdg_target, Unset):
        json_sdg_target = UNSET
    else:
        json_sdg_target = sdg_target
    params["sdg_target"] = json_sdg_target

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

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
        "url": "/partnerships",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PartnershipPage | Problem | ValidationProblem | None:
    if response.status_code == 200:
        response_200 = PartnershipPage.from_dict(response.json())

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
) -> Response[PartnershipPage | Problem | ValidationProblem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: None | PartnershipStatus | Unset = UNSET,
    theme: None | Theme | Unset = UNSET,
    level: Level | None | Unset = UNSET,
    country: None | str | Unset = UNSET,
    partner: None | str | Unset = UNSET,
    gcm_objective: int | None | Unset = UNSET,
    sdg_target: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    accept_language: None | str | Unset = UNSET,
) -> Response[PartnershipPage | Problem | ValidationProblem]:
    """List Partnerships

     Partnerships the caller may see, newest first, filtered; each item's title and summary in
    the language Accept-Language prefers among those it was given in. Who: any authenticated
    caller.

    Args:
        status (None | PartnershipStatus | Unset):
        theme (None | Theme | Unset):
        level (Level | None | Unset):
        country (None | str | Unset):
        partner (None | str | Unset):
        gcm_objective (int | None | Unset):
        sdg_target (None | str | Unset):
        q (None | str | Unset): free text over title and summary
        cursor (None | str | Unset): `next_cursor` of the previous page; absent for the first
            page.
        limit (int | Unset): page size Default: 50.
        accept_language (None | str | Unset): The languages you read, RFC 9110 §12.5.4 (`es-MX,
            es;q=0.9, *;q=0.1`): texts come in the one preferred among those given, else in the
            default language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PartnershipPage | Problem | ValidationProblem]
    """

    kwargs = _get_kwargs(
        status=status,
        theme=theme,
        level=level,
        country=country,
        partner=partner,
        gcm_objective=gcm_objective,
        sdg_target=sdg_target,
        q=q,
        cursor=cursor,
        limit=limit,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    status: None | PartnershipStatus | Unset = UNSET,
    theme: None | Theme | Unset = UNSET,
    level: Level | None | Unset = UNSET,
    country: None | str | Unset = UNSET,
    partner: None | str | Unset = UNSET,
    gcm_objective: int | None | Unset = UNSET,
    sdg_target: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    accept_language: None | str | Unset = UNSET,
) -> PartnershipPage | Problem | ValidationProblem | None:
    """List Partnerships

     Partnerships the caller may see, newest first, filtered; each item's title and summary in
    the language Accept-Language prefers among those it was given in. Who: any authenticated
    caller.

    Args:
        status (None | PartnershipStatus | Unset):
        theme (None | Theme | Unset):
        level (Level | None | Unset):
        country (None | str | Unset):
        partner (None | str | Unset):
        gcm_objective (int | None | Unset):
        sdg_target (None | str | Unset):
        q (None | str | Unset): free text over title and summary
        cursor (None | str | Unset): `next_cursor` of the previous page; absent for the first
            page.
        limit (int | Unset): page size Default: 50.
        accept_language (None | str | Unset): The languages you read, RFC 9110 §12.5.4 (`es-MX,
            es;q=0.9, *;q=0.1`): texts come in the one preferred among those given, else in the
            default language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PartnershipPage | Problem | ValidationProblem
    """

    return sync_detailed(
        client=client,
        status=status,
        theme=theme,
        level=level,
        country=country,
        partner=partner,
        gcm_objective=gcm_objective,
        sdg_target=sdg_target,
        q=q,
        cursor=cursor,
        limit=limit,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: None | PartnershipStatus | Unset = UNSET,
    theme: None | Theme | Unset = UNSET,
    level: Level | None | Unset = UNSET,
    country: None | str | Unset = UNSET,
    partner: None | str | Unset = UNSET,
    gcm_objective: int | None | Unset = UNSET,
    sdg_target: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    accept_language: None | str | Unset = UNSET,
) -> Response[PartnershipPage | Problem | ValidationProblem]:
    """List Partnerships

     Partnerships the caller may see, newest first, filtered; each item's title and summary in
    the language Accept-Language prefers among those it was given in. Who: any authenticated
    caller.

    Args:
        status (None | PartnershipStatus | Unset):
        theme (None | Theme | Unset):
        level (Level | None | Unset):
        country (None | str | Unset):
        partner (None | str | Unset):
        gcm_objective (int | None | Unset):
        sdg_target (None | str | Unset):
        q (None | str | Unset): free text over title and summary
        cursor (None | str | Unset): `next_cursor` of the previous page; absent for the first
            page.
        limit (int | Unset): page size Default: 50.
        accept_language (None | str | Unset): The languages you read, RFC 9110 §12.5.4 (`es-MX,
            es;q=0.9, *;q=0.1`): texts come in the one preferred among those given, else in the
            default language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PartnershipPage | Problem | ValidationProblem]
    """

    kwargs = _get_kwargs(
        status=status,
        theme=theme,
        level=level,
        country=country,
        partner=partner,
        gcm_objective=gcm_objective,
        sdg_target=sdg_target,
        q=q,
        cursor=cursor,
        limit=limit,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: None | PartnershipStatus | Unset = UNSET,
    theme: None | Theme | Unset = UNSET,
    level: Level | None | Unset = UNSET,
    country: None | str | Unset = UNSET,
    partner: None | str | Unset = UNSET,
    gcm_objective: int | None | Unset = UNSET,
    sdg_target: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    accept_language: None | str | Unset = UNSET,
) -> PartnershipPage | Problem | ValidationProblem | None:
    """List Partnerships

     Partnerships the caller may see, newest first, filtered; each item's title and summary in
    the language Accept-Language prefers among those it was given in. Who: any authenticated
    caller.

    Args:
        status (None | PartnershipStatus | Unset):
        theme (None | Theme | Unset):
        level (Level | None | Unset):
        country (None | str | Unset):
        partner (None | str | Unset):
        gcm_objective (int | None | Unset):
        sdg_target (None | str | Unset):
        q (None | str | Unset): free text over title and summary
        cursor (None | str | Unset): `next_cursor` of the previous page; absent for the first
            page.
        limit (int | Unset): page size Default: 50.
        accept_language (None | str | Unset): The languages you read, RFC 9110 §12.5.4 (`es-MX,
            es;q=0.9, *;q=0.1`): texts come in the one preferred among those given, else in the
            default language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PartnershipPage | Problem | ValidationProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            theme=theme,
            level=level,
            country=country,
            partner=partner,
            gcm_objective=gcm_objective,
            sdg_target=sdg_target,
            q=q,
            cursor=cursor,
            limit=limit,
            accept_language=accept_language,
        )
    ).parsed
