"""Starts and stops the local stack (real PostgreSQL and Kafka, then the services) without Docker.

Everything lives under the state folder (`.local/` by default, `ALIANZA_STATE_DIR` to move it):
`kafka/libs` (the broker's jars from Maven Central), `kafka/data`, `pg/` (a private PostgreSQL
cluster owned by the `postgres` user, because PostgreSQL refuses to run as root), `logs/` and
`pids/`. Every start is idempotent: what already runs is left alone.

Kafka is one plain broker unless `ALIANZA_KAFKA_BROKERS` (`make run KAFKA_BROKERS=3`) asks for
more nodes, or `ALIANZA_KAFKA_SECURITY_PROTOCOL=SASL_SSL` (`KAFKA_SECURITY=SASL_SSL`) for a
secured cluster: TLS, a SCRAM user per service plus `ops` and `admin`, and the ACLs of
shared/catalogue/access.py. Each process is then given its own Kafka credentials, `prepare`
the admin's. See deploy/local/kafka.py.

`ALIANZA_REPLICAS=3` (`make run REPLICAS=3`) runs every service process three times, named
`registry-api-1` … `-3`: the APIs share their port (SO_REUSEPORT), one relay per service leads
and the others stand by, the consumers of a service share its group, the dispatchers claim
deliveries with row locks, and a sweep's notice is unique per commitment and due date.

    python -m deploy.local.stack infra      # PostgreSQL + Kafka + databases + topics + migrations
    python -m deploy.local.stack kafka      # only the Kafka nodes that are not running
    python -m deploy.local.stack services   # the services' processes on infra already prepared
    python -m deploy.local.stack up         # infra, then the three services' processes
    python -m deploy.local.stack down       # stop everything this folder started
    python -m deploy.local.stack status
    python -m deploy.local.stack scale registry-consume 1   # of the REPLICAS it started with

Ports can be moved, so a second stack can run beside the first (with its own
`ALIANZA_STATE_DIR`): `ALIANZA_PG_PORT`, `ALIANZA_KAFKA_PORT`, `ALIANZA_KAFKA_CONTROLLER_PORT`,
`ALIANZA_KAFKA_INTERNAL_PORT`, `ALIANZA_REGISTRY_PORT`, `ALIANZA_COMMITMENTS_PORT`,
`ALIANZA_NOTIFICATIONS_PORT`, `ALIANZA_OPS_METRICS_PORT`, `ALIANZA_OPS_CONSOLE_PORT`,
`ALIANZA_SUPERVISOR_PORT`, `ALIANZA_PROMETHEUS_PORT`.

The service and ops processes run under one supervisor (deploy/local/supervisor.py), which
restarts any that dies; `down` stops the supervisor, which stops them. Prometheus (Debian's
`prometheus` binary, when installed) scrapes them all with the repository's alert rules; its
configuration and data live in `prometheus/` (see deploy/prometheus/config.py).
"""

from __future__ import annotations

import argparse
import asyncio
import glob
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from deploy.local import acls, supervisor
from deploy.local.kafka import KafkaCluster, layout
from deploy.local.state import LOGS as LOGS
from deploy.local.state import PIDS as PIDS
from deploy.local.state import REPO as REPO
from deploy.local.state import STATE as STATE
from deploy.local.state import log as log
from deploy.local.state import pid_alive as pid_alive
from deploy.local.state import port_open as port_open
from deploy.local.state import read_pid as read_pid
from deploy.local.state import spawn as spawn
from deploy.local.state import stop_process as stop_process
from deploy.local.state import stop_together
from deploy.local.state import wait_for_port as wait_for_port
from deploy.local.supervisor import Program
from deploy.prometheus import config as prometheus_config
from shared.catalogue.access import PRINCIPALS
from shared.kafka import SecurityProtocol

PG_BIN = Path("/usr/lib/postgresql/15/bin")
PG_PORT = int(os.environ.get("ALIANZA_PG_PORT", "55432"))
PG_USER = "alianza"
PG_PASSWORD = "alianza"  # noqa: S105 - development-only cluster bound to 127.0.0.1
KAFKA_PORT = int(os.environ.get("ALIANZA_KAFKA_PORT", "9092"))
KAFKA_CONTROLLER_PORT = int(os.environ.get("ALIANZA_KAFKA_CONTROLLER_PORT", "9093"))
# `make run KAFKA_BROKERS=3 KAFKA_SECURITY=SASL_SSL`: how many nodes, and whether they demand
# TLS, SCRAM and ACLs (README, "Kafka: one broker, a cluster, a secured cluster").
KAFKA_BROKERS = int(os.environ.get("ALIANZA_KAFKA_BROKERS", "1"))
KAFKA_SECURITY = SecurityProtocol(os.environ.get("ALIANZA_KAFKA_SECURITY_PROTOCOL", "PLAINTEXT"))
# `make run REPLICAS=3`: every process of every service runs this many times (README, "Replicas").
REPLICAS = int(os.environ.get("ALIANZA_REPLICAS", "1"))
# Broker-to-broker listeners of a secured cluster: this port and the next ones.
KAFKA_INTERNAL_PORT = int(os.environ.get("ALIANZA_KAFKA_INTERNAL_PORT", "9192"))
# The secured cluster's SCRAM users: the super user, then one per row of the access table.
KAFKA_USERS = ("admin", *(found.name for found in PRINCIPALS))
TOPIC_PREFIX = os.environ.get("ALIANZA_TOPIC_PREFIX", "alianza")

# The bootstrap admin client `make run` creates in the registry; development values only.
DEV_ADMIN_CLIENT_ID = "alianza-admin"
DEV_ADMIN_CLIENT_SECRET = "alianza-admin-dev-secret"  # noqa: S105
# What Prometheus presents to read the services' /metrics; development value only.
DEV_SCRAPE_TOKEN = "alianza-metrics-dev-scrape-token"  # noqa: S105


@dataclass(frozen=True)
class Service:
    name: str
    port: int
    processes: tuple[str, ...]

    @property
    def env_prefix(self) -> str:
        return f"{self.name.upper()}_"


def _port(service: str, default: int) -> int:
    return int(os.environ.get(f"ALIANZA_{service.upper()}_PORT", str(default)))


SERVICES = (
    Service("registry", _port("registry", 8001), ("api", "relay", "consume")),
    Service("commitments", _port("commitments", 8002), ("api", "relay", "consume", "sweep")),
    Service("notifications", _port("notifications", 8003), ("api", "relay", "consume", "dispatch")),
)

# Processes beside the services, with no database of their own: the ops watcher (consumer lag
# and DLQ depth gauges on :8009/metrics, lag alerts as events; see ops/watch.py) and the
# operations console (the live page on :8010; see ops/console/).
OPS_METRICS_PORT = int(os.environ.get("ALIANZA_OPS_METRICS_PORT", "8009"))
OPS_CONSOLE_PORT = int(os.environ.get("ALIANZA_OPS_CONSOLE_PORT", "8010"))
SUPERVISOR_PORT = int(os.environ.get("ALIANZA_SUPERVISOR_PORT", str(supervisor.DEFAULT_PORT)))
SUPERVISOR_PROGRAMS = STATE / "supervisor-programs.json"
PROMETHEUS_PORT = int(os.environ.get("ALIANZA_PROMETHEUS_PORT", "9090"))
PROMETHEUS_HOME = STATE / "prometheus"
ALERT_RULES = REPO / "deploy" / "prometheus" / prometheus_config.RULE_FILE
# Longer than the supervisor gives its children, so it is never killed while stopping them.
SUPERVISOR_STOP_TIMEOUT = 45.0
EXTRAS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ops-watch", ("-m", "ops.watch")),
    ("ops-console", ("-m", "ops.console")),
)


# --------------------------------------------------------------------------- PostgreSQL


def postgres_url(database: str, user: str = PG_USER, password: str = PG_PASSWORD) -> str:
    return f"postgresql+asyncpg://{user}:{password}@127.0.0.1:{PG_PORT}/{database}"


def app_role(service: str) -> str:
    """The role a service's processes log in as: reads and writes rows, owns nothing."""
    return f"{service}_app"


def owner_role(service: str) -> str:
    """The role that owns a service's schema and runs its migrations."""
    return f"{service}_owner"


def dev_password(role: str) -> str:
    """Development-only passwords for the local cluster, bound to 127.0.0.1."""
    return f"{role.replace('_', '-')}-dev-password"


def service_database_urls(service: str, database: str) -> tuple[str, str]:
    """(the app role's URL, the owner's URL) for one service's database on the local cluster."""
    app, owner = app_role(service), owner_role(service)
    return (
        postgres_url(database, app, dev_password(app)),
        postgres_url(database, owner, dev_password(owner)),
    )


def as_postgres(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["runuser", "-u", "postgres", "--", *argv], check=True, text=True, capture_output=True
    )


def start_postgres() -> None:
    data = STATE / "pg" / "data"
    if port_open(PG_PORT):
        log(f"PostgreSQL already answers on 127.0.0.1:{PG_PORT}")
        return
    # PostgreSQL runs as `postgres`, so its folders must be reachable by that user.
    for parent in [STATE, *STATE.parents]:
        if parent == Path("/"):
            break
        parent.chmod(parent.stat().st_mode | 0o001)
    (STATE / "pg").mkdir(parents=True, exist_ok=True)
    shutil.chown(STATE / "pg", "postgres", "postgres")
    LOGS.mkdir(parents=True, exist_ok=True)
    if not (data / "PG_VERSION").exists():
        log("initialising a private PostgreSQL cluster")
        pwfile = STATE / "pg" / "pwfile"
        pwfile.write_text(PG_PASSWORD)
        shutil.chown(pwfile, "postgres", "postgres")
        as_postgres(
            str(PG_BIN / "initdb"),
            "-D",
            str(data),
            "-U",
            PG_USER,
            f"--pwfile={pwfile}",
            "--auth=scram-sha-256",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
        )
        pwfile.unlink()
    pg_log = STATE / "pg" / "postgres.log"
    options = (
        f"-p {PG_PORT} -c listen_addresses=127.0.0.1 -c unix_socket_directories={STATE / 'pg'}"
        " -c max_connections=300 -c shared_buffers=256MB -c fsync=on"
    )
    as_postgres(
        str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(pg_log), "-o", options, "-w", "start"
    )
    wait_for_port(PG_PORT, 30, "PostgreSQL")
    log(f"PostgreSQL ready on 127.0.0.1:{PG_PORT} (log: {pg_log})")


def stop_postgres() -> None:
    data = STATE / "pg" / "data"
    if not (data / "postmaster.pid").exists():
        return
    subprocess.run(
        [
            "runuser",
            "-u",
            "postgres",
            "--",
            str(PG_BIN / "pg_ctl"),
            "-D",
            str(data),
            "-m",
            "fast",
            "stop",
        ],
        check=False,
        capture_output=True,
    )
    # pg_ctl gives up waiting after a minute while the server may still be shutting down; a
    # `make test` right after would find the port open, skip the start, and lose the server.
    deadline = time.monotonic() + 60
    while port_open(PG_PORT) and time.monotonic() < deadline:
        time.sleep(0.2)
    if port_open(PG_PORT):
        raise SystemExit(f"PostgreSQL still answers on 127.0.0.1:{PG_PORT} after stopping it")
    log("PostgreSQL stopped")


# --------------------------------------------------------------------------- Kafka


def local_kafka(
    brokers: int = KAFKA_BROKERS, security: SecurityProtocol = KAFKA_SECURITY
) -> KafkaCluster:
    """The cluster `make run` starts: one plain broker unless KAFKA_BROKERS / KAFKA_SECURITY say
    otherwise. Each shape keeps its own data folder, so switching between them loses nothing."""
    if security not in (SecurityProtocol.PLAINTEXT, SecurityProtocol.SASL_SSL):
        raise SystemExit("the local Kafka speaks PLAINTEXT or SASL_SSL")
    secured = security is SecurityProtocol.SASL_SSL
    if brokers == 1 and not secured:
        home = STATE / "kafka"
    else:
        home = STATE / f"kafka-{brokers}-{'sasl-ssl' if secured else 'plaintext'}"
    users = {user: kafka_dev_password(user) for user in KAFKA_USERS} if secured else None
    internal = KAFKA_INTERNAL_PORT if secured else None
    nodes = layout(brokers, KAFKA_PORT, KAFKA_CONTROLLER_PORT, internal)
    return KafkaCluster("kafka", home, nodes, users)


def kafka_dev_password(user: str) -> str:
    """Development-only SCRAM passwords for the secured local cluster, bound to 127.0.0.1."""
    return f"{user}-kafka-dev-password"


def start_kafka(
    name: str = "kafka",
    port: int = KAFKA_PORT,
    controller_port: int = KAFKA_CONTROLLER_PORT,
    home: Path | None = None,
) -> int | None:
    """Start a single-node KRaft broker and wait until it accepts connections.

    Returns its pid, or None when a broker this folder did not start already answers there.
    """
    pid = read_pid(name)
    if pid is not None:
        log(f"{name} already running (pid {pid})")
        return pid
    if port_open(port):
        log(f"a broker already answers on 127.0.0.1:{port}; using it")
        return None
    cluster = KafkaCluster(name, home or STATE / "kafka", layout(1, port, controller_port))
    [pid] = cluster.start()
    log(f"{name} ready on 127.0.0.1:{port} (pid {pid})")
    return pid


def start_local_kafka() -> None:
    """Start the local cluster `make run` asked for; a secured one also gets its ACLs."""
    cluster = local_kafka()
    if len(cluster.nodes) == 1 and not cluster.secured:
        start_kafka()
        return
    started = time.monotonic()
    cluster.start()
    shape = "SASL_SSL" if cluster.secured else "PLAINTEXT"
    log(
        f"{len(cluster.nodes)} Kafka node(s) ({shape}) ready on {cluster.bootstrap} "
        f"in {time.monotonic() - started:.1f}s"
    )
    if cluster.secured:
        granted = asyncio.run(
            acls.grant(cluster.bootstrap, cluster.security(), acls.catalogue_rules(TOPIC_PREFIX))
        )
        log(f"granted {granted} ACLs from shared/catalogue/access.py (prefix {TOPIC_PREFIX!r})")


# --------------------------------------------------------------------------- services


def external_or_local() -> dict[str, str]:
    """The environment the services get: servers from the caller's environment, else ours."""
    env: dict[str, str] = {}
    # prepare creates topics as the secured cluster's super user; each process gets its own.
    env.update(kafka_identity("admin"))
    for service in SERVICES:
        key = f"{service.env_prefix}DATABASE_URL"
        migration_key = f"{service.env_prefix}MIGRATION_DATABASE_URL"
        app_url, owner_url = service_database_urls(service.name, f"alianza_{service.name}")
        env[key] = os.environ.get(key, app_url)
        # A database URL from outside keeps migrating with its own credentials unless told.
        env[migration_key] = os.environ.get(migration_key, os.environ.get(key, owner_url))
    # prepare creates the databases, and the roles the URLs above name, on this superuser's
    # server (a database URL naming another server is left as it is).
    env["ALIANZA_POSTGRES_ADMIN_URL"] = os.environ.get(
        "ALIANZA_POSTGRES_ADMIN_URL", postgres_url("postgres")
    )
    env.setdefault(
        "REGISTRY_BOOTSTRAP_CLIENT_ID",
        os.environ.get("REGISTRY_BOOTSTRAP_CLIENT_ID", DEV_ADMIN_CLIENT_ID),
    )
    env.setdefault(
        "REGISTRY_BOOTSTRAP_CLIENT_SECRET",
        os.environ.get("REGISTRY_BOOTSTRAP_CLIENT_SECRET", DEV_ADMIN_CLIENT_SECRET),
    )
    env.setdefault("ALIANZA_ENVIRONMENT", os.environ.get("ALIANZA_ENVIRONMENT", "development"))
    env.setdefault(
        "ALIANZA_METRICS_SCRAPE_TOKEN",
        os.environ.get("ALIANZA_METRICS_SCRAPE_TOKEN", DEV_SCRAPE_TOKEN),
    )
    # Every service verifies tokens against the registry's published keys.
    env.setdefault(
        "ALIANZA_JWKS_URL",
        os.environ.get("ALIANZA_JWKS_URL", f"{service_url('registry')}/.well-known/jwks.json"),
    )
    # Development webhooks go to receivers on this machine, which the SSRF guard refuses otherwise.
    env.setdefault(
        "NOTIFICATIONS_ALLOW_HOSTS",
        os.environ.get("NOTIFICATIONS_ALLOW_HOSTS", "127.0.0.1,localhost"),
    )
    return env


def ops_env(env: dict[str, str]) -> dict[str, str]:
    """The watcher's and the console's environment: the services' plus where this stack put things."""
    ops = dict(env)
    for service in SERVICES:
        ops[f"ALIANZA_{service.name.upper()}_URL"] = service_url(service.name)
    ops["ALIANZA_OPS_METRICS_PORT"] = str(OPS_METRICS_PORT)
    ops["ALIANZA_OPS_CONSOLE_PORT"] = str(OPS_CONSOLE_PORT)
    ops["ALIANZA_OPS_WATCH_METRICS_URL"] = f"http://127.0.0.1:{OPS_METRICS_PORT}/metrics"
    ops["ALIANZA_OPS_WATCH_TRENDS_URL"] = f"http://127.0.0.1:{OPS_METRICS_PORT}/trends"
    ops["ALIANZA_OPS_PROMETHEUS_URL"] = f"http://127.0.0.1:{PROMETHEUS_PORT}"
    ops["ALIANZA_SUPERVISOR_URL"] = f"http://127.0.0.1:{SUPERVISOR_PORT}/status"
    return ops


def service_url(name: str) -> str:
    port = next(service.port for service in SERVICES if service.name == name)
    return f"http://127.0.0.1:{port}"


def python() -> str:
    return sys.executable


def prepare(env: dict[str, str]) -> None:
    """Create each service's database, the topics, and apply every migration."""
    subprocess.run(
        [python(), "-m", "deploy.local.prepare"], check=True, env={**os.environ, **env}, cwd=REPO
    )


def infra_up() -> dict[str, str]:
    STATE.mkdir(parents=True, exist_ok=True)
    if "ALIANZA_KAFKA_BOOTSTRAP" not in os.environ:
        start_local_kafka()
    if not all(f"{s.env_prefix}DATABASE_URL" in os.environ for s in SERVICES):
        start_postgres()
    env = external_or_local()
    prepare(env)
    return env


def kafka_identity(user: str) -> dict[str, str]:
    """Where `user`'s processes find Kafka and, on a secured local cluster, who they are there.
    A cluster named by ALIANZA_KAFKA_BOOTSTRAP is the caller's: its settings pass through."""
    if "ALIANZA_KAFKA_BOOTSTRAP" in os.environ:
        return {"ALIANZA_KAFKA_BOOTSTRAP": os.environ["ALIANZA_KAFKA_BOOTSTRAP"]}
    return local_kafka().client_env(user)


def without_database_secrets(env: dict[str, str], keep: str | None = None) -> dict[str, str]:
    """The environment minus every database credential but `keep`'s app-role URL: a process
    sees neither the superuser, nor the schema owner, nor another service's database."""
    secret = {"ALIANZA_POSTGRES_ADMIN_URL"}
    for service in SERVICES:
        secret.add(f"{service.env_prefix}MIGRATION_DATABASE_URL")
        if service.name != keep:
            secret.add(f"{service.env_prefix}DATABASE_URL")
    return {key: value for key, value in env.items() if key not in secret}


def replica_names(process: str, replicas: int = REPLICAS) -> list[str]:
    """`registry-api` alone, or `registry-api-1` … `registry-api-N` when it runs N times."""
    if replicas == 1:
        return [process]
    return [f"{process}-{index}" for index in range(1, replicas + 1)]


def programs(env: dict[str, str], replicas: int = REPLICAS) -> list[Program]:
    """Every long-running process of the stack, as the supervisor starts it: each process of
    each service `replicas` times (the ops watcher and console once: they only read)."""
    found = []
    for service in SERVICES:
        service_env = without_database_secrets(env, keep=service.name)
        service_env |= kafka_identity(service.name)
        for process in service.processes:
            command = [python(), "-m", f"services.{service.name}", process]
            if process == "api":
                command += ["--port", str(service.port)]
                if replicas > 1:
                    command.append("--shared-port")
            for name in replica_names(f"{service.name}-{process}", replicas):
                found.append(Program(name, tuple(command), service_env))
    for name, module in EXTRAS:
        ops = ops_env(without_database_secrets(env)) | kafka_identity("ops")
        found.append(Program(name, (python(), *module), ops))
    return found


# --------------------------------------------------------------------------- Prometheus


def prometheus_targets() -> list[prometheus_config.Target]:
    """Every /metrics this stack serves: the services' APIs (behind the scrape token), the
    watcher, the console and the supervisor."""
    Target = prometheus_config.Target
    return [
        *(Target(s.name, f"127.0.0.1:{s.port}", guarded=True) for s in SERVICES),
        Target("ops-watch", f"127.0.0.1:{OPS_METRICS_PORT}"),
        Target("ops-console", f"127.0.0.1:{OPS_CONSOLE_PORT}"),
        Target("supervisor", f"127.0.0.1:{SUPERVISOR_PORT}"),
    ]


def write_prometheus_config(
    home: Path,
    scrape_token: str,
    targets: list[prometheus_config.Target],
    scrape_interval: str = prometheus_config.SCRAPE_INTERVAL,
) -> Path:
    """The token file (owner-only) and the configuration naming it; returns the configuration."""
    home.mkdir(parents=True, exist_ok=True)
    token_file = home / "scrape-token"
    token_file.touch(mode=0o600)
    token_file.write_text(scrape_token)
    rendered = prometheus_config.render(
        targets, str(token_file), [str(ALERT_RULES)], scrape_interval
    )
    config = home / "prometheus.yml"
    config.write_text(prometheus_config.dump(rendered))
    return config


def prometheus_command(binary: str, config: Path, home: Path, port: int) -> list[str]:
    return [
        binary,
        f"--config.file={config}",
        f"--storage.tsdb.path={home / 'data'}",
        "--storage.tsdb.retention.time=15d",
        f"--web.listen-address=127.0.0.1:{port}",
    ]


def start_prometheus(env: dict[str, str]) -> int | None:
    """Start Prometheus on our configuration; None when it is not installed or the port is taken."""
    pid = read_pid("prometheus")
    if pid is not None:
        log(f"prometheus already running (pid {pid})")
        return pid
    binary = shutil.which("prometheus")
    if binary is None:
        log("prometheus is not installed (`make run` installs Debian's package); not started")
        return None
    if port_open(PROMETHEUS_PORT):
        log(f"something else answers on 127.0.0.1:{PROMETHEUS_PORT}; Prometheus not started")
        return None
    token = env["ALIANZA_METRICS_SCRAPE_TOKEN"]
    config = write_prometheus_config(PROMETHEUS_HOME, token, prometheus_targets())
    pid = spawn("prometheus", prometheus_command(binary, config, PROMETHEUS_HOME, PROMETHEUS_PORT))
    wait_for_port(PROMETHEUS_PORT, 60, "Prometheus")
    log(f"prometheus ready on 127.0.0.1:{PROMETHEUS_PORT} (pid {pid})")
    return pid


def services_up(env: dict[str, str]) -> None:
    pid = read_pid("supervisor")
    if pid is not None:
        log(f"supervisor already running (pid {pid}); its processes are left alone")
    else:
        supervisor.write_programs(SUPERVISOR_PROGRAMS, programs(env))
        command = [python(), "-m", "deploy.local.supervisor"]
        command += ["--programs", str(SUPERVISOR_PROGRAMS), "--state-dir", str(STATE)]
        spawn("supervisor", command, {"ALIANZA_SUPERVISOR_PORT": str(SUPERVISOR_PORT)})
    wait_for_port(SUPERVISOR_PORT, 30, "the supervisor")
    if read_pid("supervisor") is None:  # something else holds its port, and it gave up
        raise SystemExit(f"the supervisor did not start; see {LOGS}/supervisor.log")
    for service in SERVICES:
        wait_ready(service)


def wait_ready(service: Service, timeout: float = 60.0 * REPLICAS) -> None:
    # Every process starts at once; with replicas there are N times as many on the same cores.
    url = f"http://127.0.0.1:{service.port}/readyz"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise SystemExit(
        f"{service.name} was not ready within {timeout:.0f}s; see "
        f"{LOGS}/{replica_names(f'{service.name}-api')[0]}.log"
    )


def print_summary(env: dict[str, str]) -> None:
    print()
    print("Alianza is up.")
    for service in SERVICES:
        print(
            f"  {service.name:<14} http://127.0.0.1:{service.port}  (docs: /docs, ready: /readyz)"
        )
    print(f"  ops watcher    http://127.0.0.1:{OPS_METRICS_PORT}/metrics  (lag, DLQ depth, alerts)")
    print(
        f"  ops console    http://127.0.0.1:{OPS_CONSOLE_PORT}/  (live events, lag, dead letters,"
        " webhooks, timelines; sign in with an ops or admin client)"
    )
    print("  ops command    uv run alianza --help  (tail, lag, dlq, timeline, topics)")
    if read_pid("prometheus") is not None:
        print(
            f"  prometheus     http://127.0.0.1:{PROMETHEUS_PORT}/  (scrapes every /metrics;"
            " alert rules from deploy/prometheus/alerts.yml: /alerts)"
        )
    else:
        print("  prometheus     not started (see the [stack] line above)")
    print(f"  kafka          {env['ALIANZA_KAFKA_BOOTSTRAP']}")
    if env.get("ALIANZA_KAFKA_SECURITY_PROTOCOL") == SecurityProtocol.SASL_SSL.value:
        print(
            f"                 SASL_SSL, SCRAM users {', '.join(KAFKA_USERS)} (password "
            f"<user>-kafka-dev-password), CA {env['ALIANZA_KAFKA_SSL_CAFILE']}"
        )
    print(
        f"  postgresql     127.0.0.1:{PG_PORT} (superuser {PG_USER}; services log in as"
        f" <service>_app, migrations as <service>_owner)"
    )
    print(
        f"  supervisor     http://127.0.0.1:{SUPERVISOR_PORT}/status  (restarts crashed"
        " processes; /metrics, make status)"
    )
    print(f"  logs           {LOGS}  (make logs)")
    print(
        f"  admin client   id={env['REGISTRY_BOOTSTRAP_CLIENT_ID']} "
        f"secret={env['REGISTRY_BOOTSTRAP_CLIENT_SECRET']}  (development values)"
    )
    print("Stop it with: make stop")


def down() -> None:
    # The supervisor stops its children; the loop after it catches any a killed supervisor left.
    stop_process("prometheus")
    stop_process("supervisor", timeout=SUPERVISOR_STOP_TIMEOUT)
    for name, _ in EXTRAS:
        stop_process(name)
    for name in reversed(service_process_names()):
        stop_process(name)
    stop_together(kafka_process_names(), timeout=30)
    stop_postgres()


def service_process_names() -> list[str]:
    """The services' processes that have pid files here, however many replicas ran."""
    names = []
    for service in SERVICES:
        for process in service.processes:
            base = f"{service.name}-{process}"
            replicas = sorted(
                Path(found).stem for found in glob.glob(str(PIDS / f"{base}-[0-9]*.pid"))
            )
            names += [base, *replicas]
    return names


def kafka_process_names() -> list[str]:
    """The local Kafka's nodes, whichever shape `make run` last started."""
    nodes = [Path(found).stem for found in glob.glob(str(PIDS / "kafka-[0-9]*.pid"))]
    return ["kafka", *sorted(nodes)]


def status() -> None:
    pid = read_pid("supervisor")
    state = supervisor.read_state(STATE)
    if pid is not None and state is not None:
        print(
            f"{'supervisor':<26} running (pid {pid}, http://127.0.0.1:{state['supervisor']['port']}/status)"
        )
        for line in supervisor.status_lines(state):
            print(line)
    else:
        print(f"{'supervisor':<26} stopped: nothing restarts the processes below")
        for name in service_process_names() + [name for name, _ in EXTRAS]:
            found = read_pid(name)
            if found is None and name[-1].isdigit():
                continue  # a replica of an earlier `REPLICAS=N` run, long gone
            print(f"{name:<26} {'running (pid ' + str(found) + ')' if found else 'stopped'}")
    prometheus = read_pid("prometheus")
    print(
        f"{'prometheus':<26} {'running (pid ' + str(prometheus) + ')' if prometheus else 'stopped'}"
    )
    running = [(name, read_pid(name)) for name in kafka_process_names()]
    for name, kafka in running:
        if kafka is not None:
            print(f"{name:<26} running (pid {kafka})")
    if not any(kafka for _, kafka in running):
        answers = port_open(KAFKA_PORT)
        print(f"{'kafka':<26} {'running (not started from here)' if answers else 'stopped'}")
    print(f"{'postgresql':<26} {'running' if port_open(PG_PORT) else 'stopped'}")


def scale(process: str, replicas: int) -> None:
    """Run `replicas` of the replicas `make run REPLICAS=N` started of `process` (for example
    `registry-consume`): the first `replicas` run, the others are stopped and stay stopped."""
    state = supervisor.read_state(STATE)
    if read_pid("supervisor") is None or state is None:
        raise SystemExit("the stack is not running (make run)")
    names = [found["name"] for found in state["processes"]]
    started = replica_indexes(process, names)
    if not started:
        raise SystemExit(f"{process} has no replicas to scale (make run REPLICAS=3 starts them)")
    if not 0 <= replicas <= len(started):
        raise SystemExit(f"{process} scales between 0 and {len(started)} replicas")
    for index in started:
        action = "start" if index <= replicas else "stop"
        url = f"http://127.0.0.1:{SUPERVISOR_PORT}/programs/{process}-{index}/{action}"
        with urllib.request.urlopen(urllib.request.Request(url, method="POST"), timeout=10):
            pass
    log(f"{process}: {replicas} of {len(started)} replicas running")


def replica_indexes(process: str, names: list[str]) -> list[int]:
    """The replica numbers of `process` among the supervised `names`, in order."""
    prefix = f"{process}-"
    return sorted(
        int(name[len(prefix) :])
        for name in names
        if name.startswith(prefix) and name[len(prefix) :].isdigit()
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = ["infra", "kafka", "services", "up", "down", "status", "env", "scale"]
    parser.add_argument("command", choices=commands)
    parser.add_argument("process", nargs="?", help="scale: the process, e.g. registry-consume")
    parser.add_argument("replicas", nargs="?", type=int, help="scale: how many should run")
    args = parser.parse_args()
    if args.command == "infra":
        infra_up()
    elif args.command == "kafka":
        start_local_kafka()
    elif args.command in ("services", "up"):
        # `services` skips PostgreSQL, Kafka and `prepare`: for a caller that has just run
        # `infra` itself (the chaos harness, which puts its proxies between the two).
        env = infra_up() if args.command == "up" else external_or_local()
        services_up(env)
        start_prometheus(env)
        print_summary(env)
    elif args.command == "down":
        down()
    elif args.command == "status":
        status()
    elif args.command == "scale":
        if args.process is None or args.replicas is None:
            parser.error("scale needs a process and a number: scale registry-consume 1")
        scale(args.process, args.replicas)
    elif args.command == "env":
        for key, value in external_or_local().items():
            print(f"export {key}={value}")


if __name__ == "__main__":
    main()
