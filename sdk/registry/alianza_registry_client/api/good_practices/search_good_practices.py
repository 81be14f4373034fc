from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.level import Level
from ...models.partner_kind import PartnerKind
from ...models.practice_page import PracticePage
from ...models.problem import Problem
from ...models.review_outcome import ReviewOutcome
from ...models.search_good_practices_language_type_0 import SearchGoodPracticesLanguageType0
from ...models.theme import Theme
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str,
    theme: None | Theme | Unset = UNSET,
    gcm_objective: int | None | Unset = UNSET,
    region: None | str | Unset = UNSET,
    level: Level | None | Unset = UNSET,
    partner_kind: None | PartnerKind | Unset = UNSET,
    outcome: None | ReviewOutcome | Unset = UNSET,
    language: None | SearchGoodPracticesLanguageType0 | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    accept_language: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["accept-language"] = accept_language

    params: dict[str, Any] = {}

    params["q"] = q

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

    json_region: None | str | Unset
    if isinstance(region, Unset):
        json_region = UNSET
    else:
        json_region = region
    params["region"] = json_region

    json_level: None | str | Unset
    if isinstance(level, Unset):
        json_level = UNSET
    elif isinstance(level, Level):
        json_level = level.value
    else:
        json_level = level
    params["level"] = json_level

    json_partner_kind: None | str | Unset
    if isinstance(partner_kind, Unset):
        json_partner_kind = UNSET
    elif isinstance(partner_kind, PartnerKind):
        json_partner_kind = partner_kind.value
    else:
        json_partner_kind = partner_kind
    params["partner_kind"] = json_partner_kind

    json_outcome: None | str | Unset
    if isinstance(outcome, Unset):
        json_outcome = UNSET
    elif isinstance(outcome, ReviewOutcome):
        json_outcome = outcome.value
    else:
        json_outcome = outcome
    params["outcome"] = json_outcome

    json_language: None | str | Unset
    if isinstance(language, Unset):
        json_language = UNSET
    elif isinstance(language, SearchGoodPracticesLanguageType0):
        json_language = language.value
    else:
        json_language = language
    params["language"] = json_language

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/good-practices",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PracticePage | Problem | ValidationProblem | None:
    if response.status_code == 200:
        response_200 = PracticePage.from_dict(response.json())

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
) -> Response[PracticePage | Problem | ValidationProblem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    q: str,
    theme: None | Theme | Unset = UNSET,
    gcm_objective: int | None | Unset = UNSET,
    region: None | str | Unset = UNSET,
    level: Level | None | Unset = UNSET,
    partner_kind: None | PartnerKind | Unset = UNSET,
    outcome: None | ReviewOutcome | Unset = UNSET,
    language: None | SearchGoodPracticesLanguageType0 | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    accept_language: None | str | Unset = UNSET,
) -> Response[PracticePage | Problem | ValidationProblem]:
    """Search Good Practices

     Concluded reviews matching `q`, best first, with highlighted passages (in the language
    that matched) and the partnership's lineage; its title in the language Accept-Language
    prefers. Who: any authenticated caller; reviews of a restricted partnership only for its
    members and the secretariat.

    Args:
        q (str): words, "phrases", -not
        theme (None | Theme | Unset):
        gcm_objective (int | None | Unset):
        region (None | str | Unset): a UN M49 area code, e.g. 011, 419
        level (Level | None | Unset):
        partner_kind (None | PartnerKind | Unset):
        outcome (None | ReviewOutcome | Unset):
        language (None | SearchGoodPracticesLanguageType0 | Unset):
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        accept_language (None | str | Unset): The languages you read, RFC 9110 §12.5.4 (`es-MX,
            es;q=0.9, *;q=0.1`): texts come in the one preferred among those given, else in the
            default language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PracticePage | Problem | ValidationProblem]
    """

    kwargs = _get_kwargs(
        q=q,
        theme=theme,
        gcm_objective=gcm_objective,
        region=region,
        level=level,
        partner_kind=partner_kind,
        outcome=outcome,
        language=language,
        limit=limit,
        offset=offset,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    q: str,
    theme: None | Theme | Unset = UNSET,
    gcm_objective: int | None | Unset = UNSET,
    region: None | str | Unset = UNSET,
    level: Level | None | Unset = UNSET,
    partner_kind: None | PartnerKind | Unset = UNSET,
    outcome: None | ReviewOutcome | Unset = UNSET,
    language: None | SearchGoodPracticesLanguageType0 | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    accept_language: None | str | Unset = UNSET,
) -> PracticePage | Problem | ValidationProblem | None:
    """Search Good Practices

     Concluded reviews matching `q`, best first, with highlighted passages (in the language
    that matched) and the partnership's lineage; its title in the language Accept-Language
    prefers. Who: any authenticated caller; reviews of a restricted partnership only for its
    members and the secretariat.

    Args:
        q (str): words, "phrases", -not
        theme (None | Theme | Unset):
        gcm_objective (int | None | Unset):
        region (None | str | Unset): a UN M49 area code, e.g. 011, 419
        level (Level | None | Unset):
        partner_kind (None | PartnerKind | Unset):
        outcome (None | ReviewOutcome | Unset):
        language (None | SearchGoodPracticesLanguageType0 | Unset):
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        accept_language (None | str | Unset): The languages you read, RFC 9110 §12.5.4 (`es-MX,
            es;q=0.9, *;q=0.1`): texts come in the one preferred among those given, else in the
            default language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PracticePage | Problem | ValidationProblem
    """

    return sync_detailed(
        client=client,
        q=q,
        theme=theme,
        gcm_objective=gcm_objective,
        region=region,
        level=level,
        partner_kind=partner_kind,
        outcome=outcome,
        language=language,
        limit=limit,
        offset=offset,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: str,
    theme: None | Theme | Unset = UNSET,
    gcm_objective: int | None | Unset = UNSET,
    region: None | str | Unset = UNSET,
    level: Level | None | Unset = UNSET,
    partner_kind: None | PartnerKind | Unset = UNSET,
    outcome: None | ReviewOutcome | Unset = UNSET,
    language: None | SearchGoodPracticesLanguageType0 | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    accept_language: None | str | Unset = UNSET,
) -> Response[PracticePage | Problem | ValidationProblem]:
    """Search Good Practices

     Concluded reviews matching `q`, best first, with highlighted passages (in the language
    that matched) and the partnership's lineage; its title in the language Accept-Language
    prefers. Who: any authenticated caller; reviews of a restricted partnership only for its
    members and the secretariat.

    Args:
        q (str): words, "phrases", -not
        theme (None | Theme | Unset):
        gcm_objective (int | None | Unset):
        region (None | str | Unset): a UN M49 area code, e.g. 011, 419
        level (Level | None | Unset):
        partner_kind (None | PartnerKind | Unset):
        outcome (None | ReviewOutcome | Unset):
        language (None | SearchGoodPracticesLanguageType0 | Unset):
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        accept_language (None | str | Unset): The languages you read, RFC 9110 §12.5.4 (`es-MX,
            es;q=0.9, *;q=0.1`): texts come in the one preferred among those given, else in the
            default language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PracticePage | Problem | ValidationProblem]
    """

    kwargs = _get_kwargs(
        q=q,
        theme=theme,
        gcm_objective=gcm_objective,
        region=region,
        level=level,
        partner_kind=partner_kind,
        outcome=outcome,
        language=language,
        limit=limit,
        offset=offset,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    q: str,
    theme: None | Theme | Unset = UNSET,
    gcm_objective: int | None | Unset = UNSET,
    region: None | str | Unset = UNSET,
    level: Level | None | Unset = UNSET,
    partner_kind: None | PartnerKind | Unset = UNSET,
    outcome: None | ReviewOutcome | Unset = UNSET,
    language: None | SearchGoodPracticesLanguageType0 | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    accept_language: None | str | Unset = UNSET,
) -> PracticePage | Problem | ValidationProblem | None:
    """Search Good Practices

     Concluded reviews matching `q`, best first, with highlighted passages (in the language
    that matched) and the partnership's lineage; its title in the language Accept-Language
    prefers. Who: any authenticated caller; reviews of a restricted partnership only for its
    members and the secretariat.

    Args:
        q (str): words, "phrases", -not
        theme (None | Theme | Unset):
        gcm_objective (int | None | Unset):
        region (None | str | Unset): a UN M49 area code, e.g. 011, 419
        level (Level | None | Unset):
        partner_kind (None | PartnerKind | Unset):
        outcome (None | ReviewOutcome | Unset):
        language (None | SearchGoodPracticesLanguageType0 | Unset):
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        accept_language (None | str | Unset): The languages you read, RFC 9110 §12.5.4 (`es-MX,
            es;q=0.9, *;q=0.1`): texts come in the one preferred among those given, else in the
            default language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PracticePage | Problem | ValidationProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            theme=theme,
            gcm_objective=gcm_objective,
            region=region,
            level=level,
            partner_kind=partner_kind,
            outcome=outcome,
            language=language,
            limit=limit,
            offset=offset,
            accept_language=accept_language,
        )
    ).parsed
