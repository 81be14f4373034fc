"""The database steps a cluster runs around the migrations, where no superuser is at hand.

    python -m deploy.kubernetes.schema grant <service>  # the migrate Job, as the schema owner
    python -m deploy.kubernetes.schema wait <service>   # each Deployment's init container, as the app role

On a cluster the operator (CloudNativePG) creates the roles and the database, owned by
`<service>_owner`; what `make run`'s superuser does next (deploy/local/roles.py) the owner can do
itself: take the `public` schema, let only its two roles connect, and give the app role DML on
every table, present and future. `grant` does that before the migrations run.

`wait` holds a process back until its database carries every migration its code knows, so the
Deployments applied together with the migrate Job start after it, and a new version's pods wait
for the new schema while the old ones keep serving.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import logging
import os
import time

import asyncpg
from alembic.script import ScriptDirectory

from deploy.local.roles import Login, database_name, hand_schema_to_owner, restrict_connect
from shared.db import asyncpg_dsn
from shared.migrations import alembic_config
from shared.processes import ServiceProcesses

logger = logging.getLogger(__name__)

SERVICES = ("registry", "commitments", "notifications")
WAIT_INTERVAL_SECONDS = 2.0
LOG_EVERY_SECONDS = 30.0


def _processes(service: str) -> ServiceProcesses:
    processes: ServiceProcesses = importlib.import_module(f"services.{service}.__main__").PROCESSES
    return processes


async def grant(database_url: str, migration_url: str) -> None:
    """As the owner (`migration_url`): own `public`, connect only as owner or app, app gets DML."""
    owner, app = Login.from_url(migration_url), Login.from_url(database_url)
    conn = await asyncpg.connect(asyncpg_dsn(migration_url))
    try:
        await restrict_connect(conn, database_name(migration_url), owner.role, app.role)
        await hand_schema_to_owner(conn, owner.role, app.role)
    finally:
        await conn.close()


def migration_scripts(service: str, database_url: str) -> ScriptDirectory:
    processes = _processes(service)
    config = alembic_config(processes.migrations, processes.models, database_url)
    return ScriptDirectory.from_config(config)


def carries(scripts: ScriptDirectory, applied: set[str]) -> bool:
    """Whether a database at `applied` has every migration this image's code needs.

    Alembic records only the current head, so "needs" means: each of the image's heads is an
    applied revision or one of its ancestors. A revision this image does not know was made by a
    newer image, whose migrations only ever add: the older code runs on it (a rollback, an old
    pod scaled up mid-rollout).
    """
    if not applied:
        return False
    known = {script.revision for script in scripts.walk_revisions()}
    if applied - known:
        return True
    reached = {
        script.revision
        for revision in applied
        for script in scripts.iterate_revisions(revision, "base")
    }
    return set(scripts.get_heads()) <= reached


async def applied_revisions(database_url: str) -> set[str]:
    """The revisions the database records; empty while it has none or the role may not look."""
    try:
        conn = await asyncpg.connect(asyncpg_dsn(database_url), timeout=10)
    except (OSError, asyncpg.PostgresError, TimeoutError):
        return set()
    try:
        rows = await conn.fetch("SELECT version_num FROM alembic_version")
    except (asyncpg.UndefinedTableError, asyncpg.InsufficientPrivilegeError):
        return set()
    finally:
        await conn.close()
    return {row["version_num"] for row in rows}


async def wait_for_schema(service: str, database_url: str) -> None:
    scripts = migration_scripts(service, database_url)
    heads = set(scripts.get_heads())
    last_log = 0.0
    while not carries(scripts, applied := await applied_revisions(database_url)):
        if time.monotonic() - last_log > LOG_EVERY_SECONDS:
            logger.info(
                "%s: waiting for migrations %s (database has %s)",
                service,
                sorted(heads - applied),
                sorted(applied) or "none",
            )
            last_log = time.monotonic()
        await asyncio.sleep(WAIT_INTERVAL_SECONDS)
    logger.info("%s: the database carries every migration (%s)", service, sorted(heads))


def _required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise SystemExit(f"{name} is not set: the Secret holding it is missing or misnamed")
    return value


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=["grant", "wait"])
    parser.add_argument("service", choices=SERVICES)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    prefix = args.service.upper()
    database_url = _required(f"{prefix}_DATABASE_URL")
    if args.step == "grant":
        asyncio.run(grant(database_url, _required(f"{prefix}_MIGRATION_DATABASE_URL")))
        logger.info("%s: schema owned by its owner, DML granted to its app role", args.service)
    else:
        asyncio.run(wait_for_schema(args.service, database_url))


if __name__ == "__main__":
    main()
