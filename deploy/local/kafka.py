"""The local Kafka: one KRaft broker, or a cluster of several on one machine, plain or secured.

Every node runs the same Maven jars as its own JVM and is both a broker and a controller
(combined mode): with three nodes the controller quorum is the same three (static voters), so
losing any one node keeps both a metadata majority and, with replication factor 3 and
`min.insync.replicas=2`, every partition writable.

A secured cluster speaks SASL_SSL to clients, with SCRAM-SHA-512 users written into the metadata
when the storage is formatted (`--add-scram`, so they exist before the first start) and the
`StandardAuthorizer` refusing whatever no ACL allows. The brokers' own traffic (broker to
broker, broker to controller) is TLS with a certificate both sides must show (principal
`User:broker`); `admin` is the other super user, the one that creates topics and ACLs.

A node's files live in `<home>/node-<id>/` (the single plain broker keeps `<home>/data` and
`<home>/server.properties`, as it always has); its log and pid go where the stack keeps them
(deploy/local/state.py), named `<name>-<id>` (just `<name>` for a single node).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import os
import signal
import subprocess
import threading
import time
import uuid
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from aiokafka.admin import AIOKafkaAdminClient
from pydantic import SecretStr

from deploy.local.state import (
    REPO,
    STATE,
    log,
    pid_alive,
    port_open,
    read_pid,
    spawn,
    stop_together,
    wait_for_port,
)
from deploy.local.tls import BROKER_NAME, BrokerTls, broker_tls
from shared.kafka import KafkaSecurity, SecurityProtocol

KAFKA_HEAP = os.environ.get("ALIANZA_KAFKA_HEAP", "512m")
SCRAM = "SCRAM-SHA-512"
# The super user that creates topics and ACLs on a secured cluster (and nothing else uses).
ADMIN_USER = "admin"
# Kafka 4.x KRaft: the authorizer that keeps ACLs in the metadata log.
AUTHORIZER = "org.apache.kafka.metadata.authorizer.StandardAuthorizer"


def fetch_jars() -> Path:
    """The broker's jars from Maven Central, copied once into the state folder."""
    libs = STATE / "kafka" / "libs"
    marker = libs / ".complete"
    if marker.exists():
        return libs
    log("fetching the Kafka broker jars from Maven Central (cached in ~/.m2 for next time)")
    libs.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            "mvn",
            "-B",
            "-q",
            "-f",
            str(REPO / "deploy" / "local" / "pom.xml"),
            "dependency:copy-dependencies",
            f"-DoutputDirectory={libs}",
            "-DincludeScope=runtime",
        ],
        check=True,
    )
    marker.touch()
    return libs


@dataclass(frozen=True)
class Node:
    node_id: int
    port: int  # clients
    controller_port: int
    # Broker to broker, on a secured cluster (mTLS); a plain cluster uses the client listener.
    internal_port: int | None = None


@dataclass(frozen=True)
class KafkaCluster:
    name: str
    home: Path
    nodes: tuple[Node, ...]
    # SCRAM users and their passwords; None: a plain-text cluster with no authorization.
    users: Mapping[str, str] | None = None
    heap: str = field(default=KAFKA_HEAP)

    @property
    def secured(self) -> bool:
        return self.users is not None

    @property
    def bootstrap(self) -> str:
        return ",".join(f"127.0.0.1:{node.port}" for node in self.nodes)

    @property
    def tls(self) -> BrokerTls:
        return broker_tls(self.home / "tls")

    def security(self, user: str = ADMIN_USER, password: str | None = None) -> KafkaSecurity:
        """How `user` connects (with its own password unless another is given)."""
        if self.users is None:
            return KafkaSecurity()
        return KafkaSecurity(
            protocol=SecurityProtocol.SASL_SSL,
            sasl_mechanism=SCRAM,
            sasl_username=user,
            sasl_password=SecretStr(password if password is not None else self.users[user]),
            ssl_cafile=str(self.tls.ca),
        )

    def client_env(self, user: str) -> dict[str, str]:
        """How `user`'s processes reach the cluster, as the ALIANZA_KAFKA_* settings they read."""
        env = {"ALIANZA_KAFKA_BOOTSTRAP": self.bootstrap}
        if self.users is None:
            return env
        return env | {
            "ALIANZA_KAFKA_SECURITY_PROTOCOL": SecurityProtocol.SASL_SSL.value,
            "ALIANZA_KAFKA_SASL_MECHANISM": SCRAM,
            "ALIANZA_KAFKA_SASL_USERNAME": user,
            "ALIANZA_KAFKA_SASL_PASSWORD": self.users[user],
            "ALIANZA_KAFKA_SSL_CAFILE": str(self.tls.ca),
        }

    def process_name(self, node: Node) -> str:
        return self.name if len(self.nodes) == 1 else f"{self.name}-{node.node_id}"

    def node_home(self, node: Node) -> Path:
        # The single plain broker keeps the layout it has always had.
        if len(self.nodes) == 1 and not self.secured:
            return self.home
        return self.home / f"node-{node.node_id}"

    # ------------------------------------------------------------------------- configuration

    def properties(self, node: Node) -> str:
        brokers = len(self.nodes)
        replication, min_insync = str(min(3, brokers)), str(min(2, brokers))
        settings = {
            "process.roles": "broker,controller",
            "node.id": str(node.node_id),
            "controller.quorum.voters": ",".join(
                f"{n.node_id}@127.0.0.1:{n.controller_port}" for n in self.nodes
            ),
            **self._listeners(node),
            "log.dirs": str(self.node_home(node) / "data"),
            "num.partitions": "3",
            # The internal topics replicate like ours: on one node every default that assumes
            # three brokers comes down to one.
            "offsets.topic.replication.factor": replication,
            "offsets.topic.num.partitions": "1",
            "transaction.state.log.replication.factor": replication,
            "transaction.state.log.min.isr": min_insync,
            "share.coordinator.state.topic.replication.factor": replication,
            "share.coordinator.state.topic.min.isr": min_insync,
            "group.initial.rebalance.delay.ms": "0",
            "auto.create.topics.enable": "false",
            "log.retention.hours": "168",
        }
        if brokers > 1:
            settings["default.replication.factor"] = replication
            settings["min.insync.replicas"] = min_insync
        return "".join(f"{key}={value}\n" for key, value in settings.items())

    def _listeners(self, node: Node) -> dict[str, str]:
        if not self.secured:
            return {
                "listeners": (
                    f"PLAINTEXT://127.0.0.1:{node.port},CONTROLLER://127.0.0.1:{node.controller_port}"
                ),
                "advertised.listeners": f"PLAINTEXT://127.0.0.1:{node.port}",
                "controller.listener.names": "CONTROLLER",
                "inter.broker.listener.name": "PLAINTEXT",
                "listener.security.protocol.map": "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
            }
        tls = self.tls
        client = f"CLIENT://127.0.0.1:{node.port}"
        internal = f"INTERNAL://127.0.0.1:{node.internal_port}"
        return {
            "listeners": f"{client},{internal},CONTROLLER://127.0.0.1:{node.controller_port}",
            "advertised.listeners": f"{client},{internal}",
            "controller.listener.names": "CONTROLLER",
            "inter.broker.listener.name": "INTERNAL",
            "listener.security.protocol.map": "CLIENT:SASL_SSL,INTERNAL:SSL,CONTROLLER:SSL",
            "sasl.enabled.mechanisms": SCRAM,
            "listener.name.client.sasl.enabled.mechanisms": SCRAM,
            f"listener.name.client.{SCRAM.lower()}.sasl.jaas.config": (
                "org.apache.kafka.common.security.scram.ScramLoginModule required;"
            ),
            "ssl.keystore.type": "PEM",
            "ssl.keystore.location": str(tls.keystore),
            "ssl.truststore.type": "PEM",
            "ssl.truststore.location": str(tls.ca),
            # Brokers and controllers show each other the broker certificate; clients do not
            # need one (they authenticate with SCRAM).
            "listener.name.internal.ssl.client.auth": "required",
            "listener.name.controller.ssl.client.auth": "required",
            "ssl.principal.mapping.rules": "RULE:^CN=([^,]+)$/$1/,DEFAULT",
            "authorizer.class.name": AUTHORIZER,
            "super.users": f"User:{ADMIN_USER};User:{BROKER_NAME}",
            "allow.everyone.if.no.acl.found": "false",
        }

    # ------------------------------------------------------------------------- processes

    def java(self) -> list[str]:
        libs = fetch_jars()
        return ["java", f"-Xmx{self.heap}", f"-Xms{self.heap}", "-XX:+UseG1GC", "-cp", f"{libs}/*"]

    def format(self, node: Node) -> None:
        """Write the node's server.properties, and format its storage the first time."""
        home = self.node_home(node)
        (home / "data").mkdir(parents=True, exist_ok=True)
        config = home / "server.properties"
        config.write_text(self.properties(node))
        if (home / "data" / "meta.properties").exists():
            return
        scram = [
            argument
            for user, password in (self.users or {}).items()
            for argument in ("--add-scram", f"{SCRAM}=[name={user},password={password}]")
        ]
        subprocess.run(
            [
                *self.java(),
                "kafka.tools.StorageTool",
                "format",
                "-t",
                self.cluster_id(),
                "-c",
                str(config),
                "--ignore-formatted",
                *scram,
            ],
            check=True,
            capture_output=True,
        )

    def cluster_id(self) -> str:
        """The id every node of the cluster is formatted with, kept beside them.

        The nodes are formatted side by side, so several may ask first: the file is created
        exclusively and written whole, and whoever loses the race reads the winner's id (two
        ids would leave the controllers refusing each other's votes with
        INCONSISTENT_CLUSTER_ID, and no broker would ever start).
        """
        path = self.home / "cluster.id"
        path.parent.mkdir(parents=True, exist_ok=True)
        proposal = path.with_name(f"cluster.id.{os.getpid()}.{threading.get_ident()}")
        proposal.write_text(new_cluster_id())
        with contextlib.suppress(FileExistsError):
            os.link(proposal, path)  # atomic: the first link wins, the others find it there
        proposal.unlink()
        return path.read_text().strip()

    def start_node(self, node: Node) -> int:
        pid = read_pid(self.process_name(node))
        if pid is not None:
            return pid
        self.format(node)
        config = self.node_home(node) / "server.properties"
        argv = [*self.java(), "-Djava.awt.headless=true", "kafka.Kafka", str(config)]
        return spawn(self.process_name(node), argv)

    def start(self, timeout: float = 180.0) -> list[int]:
        """Start every node that is not running and wait until all are brokers of the cluster."""
        pids = self.start_processes(timeout)
        if len(self.nodes) > 1:
            asyncio.run(self.wait_for_brokers(timeout))
        return pids

    def start_processes(self, timeout: float = 180.0) -> list[int]:
        """Start every node that is not running and wait until each opens its client port.

        The nodes are started together: none of them opens its client port before a majority
        of the controllers has elected a leader.
        """
        for node in self.nodes:
            if read_pid(self.process_name(node)) is None and port_open(node.port):
                raise SystemExit(
                    f"something else answers on 127.0.0.1:{node.port}; stop it first (make stop)"
                )
        stopped = [node for node in self.nodes if read_pid(self.process_name(node)) is None]
        # Formatting is a JVM start per node: side by side, not one after another.
        with ThreadPoolExecutor(max_workers=len(self.nodes)) as pool:
            list(pool.map(self.format, stopped))
        pids = [self.start_node(node) for node in self.nodes]
        for node in self.nodes:
            wait_for_port(node.port, timeout, self.process_name(node))
        return pids

    async def wait_for_brokers(self, timeout: float = 180.0) -> None:
        """Until the cluster's metadata lists every node as a broker (a replication factor of
        three needs all three registered, not just a listening port)."""
        deadline = time.monotonic() + timeout
        while True:
            found = await self.broker_count()
            if found == len(self.nodes):
                return
            if time.monotonic() > deadline:
                raise SystemExit(f"{self.name}: {found} of {len(self.nodes)} brokers registered")
            await asyncio.sleep(0.5)

    async def broker_count(self) -> int:
        admin = AIOKafkaAdminClient(
            **self.security().client_options(),
            bootstrap_servers=self.bootstrap,
            request_timeout_ms=5000,
        )
        try:
            await asyncio.wait_for(admin.start(), 10)
            return len((await asyncio.wait_for(admin.describe_cluster(), 10))["brokers"])
        except Exception:
            return 0
        finally:
            with contextlib.suppress(Exception):
                await admin.close()

    def kill_node(self, node: Node) -> None:
        """SIGKILL, as a crashed machine would stop it: no controlled shutdown."""
        pid = read_pid(self.process_name(node))
        if pid is not None:
            os.killpg(pid, signal.SIGKILL)
            while pid_alive(pid):
                time.sleep(0.05)

    def stop(self, timeout: float = 15.0) -> None:
        stop_together([self.process_name(node) for node in self.nodes], timeout)


def new_cluster_id() -> str:
    """A random cluster id as `kafka-storage random-uuid` makes one: unpadded base64url of 16
    bytes, never starting with "-" (StorageTool would read it as an option)."""
    while True:
        found = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
        if not found.startswith("-"):
            return found


def layout(
    brokers: int, port: int, controller_port: int, internal_port: int | None = None
) -> tuple[Node, ...]:
    """`brokers` nodes with ids 1…n on consecutive pairs of ports (9092/9093, 9094/9095, …),
    and consecutive internal ports from `internal_port` when the cluster is secured."""
    return tuple(
        Node(
            node_id=index + 1,
            port=port + 2 * index,
            controller_port=controller_port + 2 * index,
            internal_port=None if internal_port is None else internal_port + index,
        )
        for index in range(brokers)
    )
