"""Benchmark 5: reads at scale. M valid partnerships are bulk-loaded (`INSERT … SELECT
generate_series`, secondary indexes dropped first and rebuilt from their own definitions) into a
fresh registry database; a registry API process on its own port serves `GET /partnerships` with
filters, walked page by page with the cursor, as a partner organisation.

Baseline: the same page query (same visibility, filter, cursor and order) sent with asyncpg,
for the very cursors the API returned.
"""

from __future__ import annotations

import contextlib
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import asyncpg
import httpx
from asyncpg.pool import PoolConnectionProxy

from bench.common import Result, Servers, freeze_heap, fresh_database, ms, percentile
from bench.lean_http import LeanClient
from bench.system import enrol, login
from chaos.ports import free_port
from chaos.sockets import LISTEN, tcp_sockets
from services.registry.listing import WINDOW_ENTRIES
from shared.db import asyncpg_dsn, connect
from shared.web.pagination import decode_cursor
from tests.support.processes import start, terminate
from tests.support.system import ADMIN_ID, ADMIN_SECRET

COUNTRIES = ["MX", "CA", "US", "GT", "HN", "SV", "SN", "ML", "NG", "GH"]
COUNTRIES += ["DE", "IT", "ES", "PH", "IN", "BD", "NP", "MA", "TN", "TR"]
THEMES = [
    "human_rights",
    "vulnerable_migrants",
    "development_contribution",
    "shared_responsibility",
    "data_cooperation",
    "migration_governance",
]
STATUSES = ["proposed", "adopted", "implementing", "under_review", "completed", "draft"]
LEVELS = ["local", "national", "bilateral", "regional", "global"]
WORDS = ["corridor", "recruitment", "data", "remittances", "returns", "skills", "health"]
KINDS = ["line_ministry", "civil_society", "diaspora_organisation", "employer_or_recruiter"]
PARTNERS = 100

LOAD = """
WITH p AS (SELECT array_agg(id ORDER BY id) AS ids, array_agg(kind ORDER BY id) AS kinds
           FROM partners)
INSERT INTO partnerships (id, version, status, owner_organisation_id, lead_partner_id, title,
    summary, level, members, countries, planned_commitments, themes, policy_areas,
    gcm_objectives, sdg_targets, country_codes, partner_ids, review_cycle, created_at, updated_at)
SELECT md5('bench' || g)::uuid::text, 1,
    ($1::text[])[1 + g % 6],
    p.ids[1 + g % {n}], p.ids[1 + g % {n}],
    'Partnership ' || g || ' on ' || ($2::text[])[1 + g % 7],
    'A partnership on ' || ($2::text[])[1 + (g / 7) % 7] || ' between two organisations.',
    ($3::text[])[1 + g % 5],
    jsonb_build_array(
        jsonb_build_object('partner_id', p.ids[1 + g % {n}], 'role', 'lead',
                           'kind', p.kinds[1 + g % {n}]),
        jsonb_build_object('partner_id', p.ids[1 + (g * 7 + 3) % {n}], 'role', 'implementing',
                           'kind', p.kinds[1 + (g * 7 + 3) % {n}])),
    jsonb_build_array(
        jsonb_build_object('code', ($4::text[])[1 + g % 20], 'role', 'origin'),
        jsonb_build_object('code', ($4::text[])[1 + (g * 3 + 1) % 20], 'role', 'destination')),
    '[]'::jsonb,
    ARRAY[($5::text[])[1 + g % 6], ($5::text[])[1 + (g / 6 + 1) % 6]],
    ARRAY[]::text[],
    ARRAY[1 + g % 23],
    ARRAY['10.7'],
    ARRAY[($4::text[])[1 + g % 20], ($4::text[])[1 + (g * 3 + 1) % 20]],
    ARRAY[p.ids[1 + g % {n}], p.ids[1 + (g * 7 + 3) % {n}]],
    0,
    now() - make_interval(secs => g), now() - make_interval(secs => g)
FROM generate_series($6::int, $7::int) AS g, p
"""


async def load(dsn: str, rows: int) -> dict[str, float]:
    conn = await asyncpg.connect(dsn)
    try:
        await conn.executemany(
            "INSERT INTO partners (id, name, kind, country) VALUES ($1, $2, $3, $4)",
            [
                (f"p{index:04d}", f"Partner {index}", KINDS[index % 4], COUNTRIES[index % 20])
                for index in range(PARTNERS)
            ],
        )
        indexes = await conn.fetch(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'partnerships'"
            " AND indexname <> 'partnerships_pkey'"
        )
        for index in indexes:
            await conn.execute(f'DROP INDEX "{index["indexname"]}"')
        await conn.execute("SET maintenance_work_mem = '256MB'")
        started = time.perf_counter()
        chunk = 200_000
        for first in range(1, rows + 1, chunk):
            await conn.execute(
                LOAD.format(n=PARTNERS),
                STATUSES,
                WORDS,
                LEVELS,
                COUNTRIES,
                THEMES,
                first,
                min(rows, first + chunk - 1),
                timeout=1800,
            )
        loaded = time.perf_counter()
        for index in indexes:
            await conn.execute(index["indexdef"], timeout=1800)
        indexed = time.perf_counter()
        # Settle as a live table is: hint bits and the visibility map set, statistics taken,
        # and the load's WAL checkpointed, so no page read is timed against that write-back.
        await conn.execute("VACUUM (ANALYZE) partnerships", timeout=1800)
        await conn.execute("CHECKPOINT", timeout=1800)
        settled = time.perf_counter()
    finally:
        await conn.close()
    return {
        "insert_s": round(loaded - started, 1),
        "index_s": round(indexed - loaded, 1),
        "settle_s": round(settled - indexed, 1),
    }


def filters(partner: str) -> list[dict[str, Any]]:
    return [
        {},
        {"status": "implementing"},
        {"theme": "data_cooperation"},
        {"country": "SN"},
        {"gcm_objective": 7},
        {"partner": partner},
        {"q": "remittances"},
        # Two filters or more: none match; dense (~3 %); sparse (~0.4 %); with free text.
        {"status": "adopted", "country": "MX", "theme": "human_rights"},
        {"status": "implementing", "theme": "data_cooperation"},
        {"country": "SN", "gcm_objective": 7},
        {"partner": partner, "status": "adopted"},
        {"q": "remittances", "country": "GT"},
    ]


SQL_OF: dict[str, str] = {
    "status": "status = $%d",
    "theme": "themes @> ARRAY[$%d]::text[]",
    "country": "country_codes @> ARRAY[$%d]::text[]",
    "gcm_objective": "gcm_objectives @> ARRAY[$%d::int]",
    "partner": "partner_ids @> ARRAY[$%d]::text[]",
    "q": "search @@ plainto_tsquery('simple', $%d)",
}


Statement = tuple[str, list[Any]]


def page_sql(query: dict[str, Any], owner: str, cursor: str | None) -> Statement:
    """The page query the API sends for a partner (visibility — drafts, withdrawn drafts,
    restricted partnerships, invitations — filters, cursor, order); with two filters or more, the
    filter values' newest entries merged and, if the page does not fill there, an intersection,
    in one statement."""
    visible = (
        "((NOT (status = 'draft' OR (status = 'withdrawn' AND NOT EXISTS (SELECT 1 FROM"
        " partnership_transitions t WHERE t.partnership_id = partnerships.id AND t.action = 'propose')))"
        " AND (classification = 'public' OR partner_ids @> ARRAY[$1]::text[]))"
        " OR owner_organisation_id = $1"
        " OR (partner_ids @> ARRAY[$1]::text[] AND EXISTS (SELECT 1 FROM partnership_invitations i"
        " WHERE i.partnership_id = partnerships.id AND i.partner_id = $1"
        " AND i.status IN ('open', 'accepted'))))"
    )
    args: list[Any] = [owner]

    def bind(value: Any) -> int:
        args.append(value)
        return len(args)

    after = after_entry = "TRUE"
    if cursor:
        at, last_id = decode_cursor(cursor)
        at_n, id_n = bind(at), bind(last_id)
        after = f"(created_at, id) < (${at_n}, ${id_n})"
        after_entry = f"(created_at, partnership_id) < (${at_n}, ${id_n})"
    # Only fixed fragments are joined; every value is a bind parameter.
    order = " ORDER BY created_at DESC, id DESC LIMIT 51"
    conditions = {name: SQL_OF[name] % bind(value) for name, value in query.items()}
    where = " AND ".join([visible, *conditions.values()])
    if len(query) < 2:
        return (f"SELECT * FROM partnerships WHERE {where} AND {after}{order}", args)  # noqa: S608
    # As services/registry/listing.py, in one statement: the filter values' newest entries
    # merged, then (only if the page did not fill there) one scan of filter_tokens.
    tokens = sorted(f"{name}:{value}" for name, value in query.items() if name != "q")
    windows = [
        f"(SELECT created_at, partnership_id AS id FROM partnership_filter_entries"  # noqa: S608
        f" WHERE token = ${bind(token)} AND {after_entry}"
        f" ORDER BY created_at DESC, partnership_id DESC LIMIT {WINDOW_ENTRIES}) AS w{index}"
        for index, token in enumerate(tokens)
    ]
    merged = windows[0] + "".join(
        f" JOIN {window} USING (created_at, id)" for window in windows[1:]
    )
    matching = [visible, after, f"filter_tokens @> ${bind(tokens)}::text[]"]
    if "q" in query:
        matching.append(conditions["q"])
    combined = (
        "WITH in_window AS MATERIALIZED (SELECT partnerships.created_at, partnerships.id"  # noqa: S608
        f" FROM {merged} JOIN partnerships ON partnerships.id = w0.id WHERE {where}"
        " ORDER BY w0.created_at DESC, w0.id DESC LIMIT 51),"
        " matching AS MATERIALIZED (SELECT created_at, id FROM partnerships"
        f" WHERE (SELECT count(*) FROM in_window) <= 50 AND {' AND '.join(matching)})"
        " SELECT * FROM partnerships WHERE id IN (SELECT id FROM in_window"
        " WHERE (SELECT count(*) FROM in_window) > 50"
        f" UNION ALL (SELECT id FROM matching{order})){order}"
    )
    return (combined, args)


async def fetch_page(
    conn: asyncpg.Connection | PoolConnectionProxy, statement: Statement
) -> list[asyncpg.Record]:
    sql, args = statement
    return await conn.fetch(sql, *args)


async def run(servers: Servers, rows: int, pages: int) -> Result:
    async with fresh_database(servers, "registry") as url:
        dsn = asyncpg_dsn(url)
        load_figures = await load(dsn, rows)
        with registry_apis(servers, url, workers=1) as base:
            per_page, raw, per_filter, cold = await _walk(base, dsn, pages)
    p50, p99 = ms(percentile(per_page, 50)), ms(percentile(per_page, 99))
    raw_p50, raw_p99 = ms(percentile(raw, 50)), ms(percentile(raw, 99))
    return Result(
        name="reads",
        figures={
            "rows": rows,
            "load": load_figures,
            "pages_fetched": len(per_page),
            "page_size": 50,
            "p50_ms": p50,
            "p99_ms": p99,
            "p99_ms_by_filter_api_vs_asyncpg": per_filter,
            "cold_walk_slowest_page_ms_by_filter": cold,
        },
        baseline={"asyncpg_same_query_p50_ms": raw_p50, "asyncpg_same_query_p99_ms": raw_p99},
        ratio=round(raw_p99 / p99, 3) if p99 else None,
        target="p99 ≤ 20 ms (cache warm)",
        met=p99 <= 20,
        headline={
            f"GET /partnerships page p50/p99 ms ({rows} rows)": f"{p50}/{p99}",
            "load insert/index s": f"{load_figures['insert_s']}/{load_figures['index_s']}",
        },
        baseline_headline={"asyncpg page p50/p99 ms": f"{raw_p50}/{raw_p99}"},
        notes=[
            "as a partner organisation (drafts: own only); ratio = asyncpg p99 / API p99",
            "figures from a second walk of each filter set; the first (cold cache) apart",
        ],
    )


@contextlib.contextmanager
def registry_apis(servers: Servers, url: str, workers: int) -> Iterator[str]:
    """`workers` registry API processes on one port (SO_REUSEPORT, as `make run REPLICAS=N`
    runs them) over the database at `url`; yields their base URL once every one listens."""
    port = free_port()
    env = registry_api_env(servers, url, port)
    argv = ["-m", "services.registry", "api", "--port", str(port), "--shared-port"]
    with tempfile.TemporaryDirectory(prefix="alianza-bench-") as logs:
        log = Path(logs) / "registry-api.log"
        apis = [start(argv, env, log) for _ in range(workers)]
        try:
            deadline = time.monotonic() + 90
            while listeners(port) < workers:
                if time.monotonic() > deadline or any(api.poll() is not None for api in apis):
                    raise RuntimeError(f"{workers} registry APIs did not all start listening")
                time.sleep(0.2)
            yield f"http://127.0.0.1:{port}"
        except Exception:
            print(log.read_text()[-3000:])
            raise
        finally:
            for api in apis:
                terminate(api)


def registry_api_env(servers: Servers, url: str, port: int) -> dict[str, str]:
    """The environment of a registry API on `port` over the database at `url`."""
    return {
        "REGISTRY_DATABASE_URL": url,
        "REGISTRY_BOOTSTRAP_CLIENT_ID": ADMIN_ID,
        "REGISTRY_BOOTSTRAP_CLIENT_SECRET": ADMIN_SECRET,
        "ALIANZA_JWKS_URL": f"http://127.0.0.1:{port}/.well-known/jwks.json",
        "ALIANZA_KAFKA_BOOTSTRAP": servers.kafka_bootstrap,
    }


def listeners(port: int) -> int:
    """How many sockets listen on `port` (one per API process sharing it)."""
    return sum(1 for s in tcp_sockets() if s.local_port == port and s.state == LISTEN)


async def _walk(
    base: str, dsn: str, pages: int
) -> tuple[list[float], list[float], dict[str, Any], dict[str, Any]]:
    async with httpx.AsyncClient(timeout=30) as http:
        admin = await login(http, base, ADMIN_ID, ADMIN_SECRET)
        partner = await enrol(admin, base, ["partner"], "p0001")
        headers = {"Authorization": f"Bearer {partner.token}"}
        # The timed pages go through the lean client: httpx's own CPU per request (~1 ms on
        # the two cores the API shares) is the client's, not the API's overhead.
        lean = LeanClient(base)
        per_page: list[float] = []
        raw: list[float] = []
        per_filter: dict[str, Any] = {}
        cold: dict[str, Any] = {}
        conn = await connect(dsn)  # the services' session settings (timeouts, no JIT)
        freeze_heap()  # this process's own collections would count as a page's latency
        try:
            for query in filters("p0042"):
                name = ",".join(f"{k}={v}" for k, v in query.items()) or "(none)"
                # A first walk reads the pages from disk into the cache; it is timed apart
                # (`cold`), and the figures are the second walk's, as a live registry serves.
                cold_pages = await _walk_filter(lean, headers, query, pages)
                cold[name] = ms(max(elapsed for elapsed, _ in cold_pages))
                mine: list[float] = []
                theirs: list[float] = []
                for elapsed, cursor in await _walk_filter(lean, headers, query, pages):
                    mine.append(elapsed)
                    statement = page_sql(query, "p0001", cursor)
                    start = time.perf_counter()
                    await fetch_page(conn, statement)
                    theirs.append(time.perf_counter() - start)
                per_page += mine
                raw += theirs
                # API / asyncpg, p99 of each
                per_filter[name] = f"{ms(percentile(mine, 99))} / {ms(percentile(theirs, 99))}"
        finally:
            await conn.close()
            await lean.aclose()
    return per_page, raw, per_filter, cold


async def _walk_filter(
    http: LeanClient, headers: dict[str, str], query: dict[str, Any], pages: int
) -> list[tuple[float, str | None]]:
    """Up to `pages` pages of one filter set, following the cursor: each page's time and the
    cursor it was asked with."""
    walked: list[tuple[float, str | None]] = []
    cursor: str | None = None
    for _ in range(pages):
        params = {**query, **({"cursor": cursor} if cursor else {})}
        start = time.perf_counter()
        reply = await http.get("/partnerships", params, headers)
        walked.append((time.perf_counter() - start, cursor))
        if reply.status != 200:
            raise RuntimeError(f"GET /partnerships {params}: {reply.status} {reply.body[:300]!r}")
        cursor = reply.json()["next_cursor"]
        if cursor is None:
            break
    return walked
