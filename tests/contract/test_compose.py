"""docker-compose.yml describes the same stack `make run` starts: processes, ports and variables."""

from pathlib import Path

import yaml

from deploy.local import stack

COMPOSE = yaml.safe_load((Path(__file__).resolve().parents[2] / "docker-compose.yml").read_text())


def test_every_local_process_is_a_compose_service_with_the_same_command() -> None:
    services = COMPOSE["services"]
    for service in stack.SERVICES:
        for process in service.processes:
            name = f"{service.name}-{process}"
            assert name in services, f"{name} is started by make run but missing from compose"
            assert services[name]["command"] == [
                "python",
                "-m",
                f"services.{service.name}",
                process,
            ]


def test_the_processes_beside_the_services_are_compose_services_too() -> None:
    services = COMPOSE["services"]
    for name, argv in stack.EXTRAS:
        assert name in services, f"{name} is started by make run but missing from compose"
        assert services[name]["command"] == ["python", *argv]
    assert services["ops-console"]["ports"] == [
        f"127.0.0.1:{stack.OPS_CONSOLE_PORT}:{stack.OPS_CONSOLE_PORT}"
    ]
    assert (
        services["ops-console"]["environment"]["ALIANZA_REGISTRY_URL"] == "http://registry-api:8001"
    )


def test_api_ports_match_the_local_stack() -> None:
    for service in stack.SERVICES:
        ports = COMPOSE["services"][f"{service.name}-api"]["ports"]
        assert ports == [f"127.0.0.1:{service.port}:{service.port}"]


def test_every_published_port_binds_loopback_only() -> None:
    for name, service in COMPOSE["services"].items():
        for mapping in service.get("ports", []):
            assert str(mapping).startswith("127.0.0.1:"), (
                f"{name} publishes {mapping} to the network"
            )


def test_postgres_and_kafka_are_published_only_through_the_override_on_loopback() -> None:
    assert "ports" not in COMPOSE["services"]["postgres"]
    assert "ports" not in COMPOSE["services"]["kafka"]
    override = yaml.safe_load(
        (Path(stack.REPO) / "deploy" / "docker" / "publish-infrastructure.yml").read_text()
    )
    assert override["services"]["postgres"]["ports"] == ["127.0.0.1:55432:5432"]
    assert override["services"]["kafka"]["ports"] == ["127.0.0.1:29092:29092"]


def test_compose_sets_every_variable_the_local_stack_sets() -> None:
    local = stack.external_or_local()
    for service in stack.SERVICES:
        for process in service.processes:
            environment = COMPOSE["services"][f"{service.name}-{process}"]["environment"]
            assert set(local) <= set(environment), set(local) - set(environment)
            assert environment["ALIANZA_HTTP_HOST"] == "0.0.0.0"


def test_infrastructure_images_match_the_local_versions() -> None:
    assert COMPOSE["services"]["kafka"]["image"] == "apache/kafka:4.1.1"
    assert "4.1.1" in (Path(stack.REPO) / "deploy" / "local" / "pom.xml").read_text()
    assert COMPOSE["services"]["postgres"]["image"] == "postgres:15"
    assert COMPOSE["services"]["kafka"]["environment"]["KAFKA_PROCESS_ROLES"] == "broker,controller"


# Run once to create databases and topics; the services wait for it to complete, so it must not
# be restarted after it succeeds.
ONE_SHOT = {"prepare"}


def test_every_long_running_service_is_restarted_when_it_dies() -> None:
    for name, service in COMPOSE["services"].items():
        if name in ONE_SHOT:
            assert service.get("restart", "no") in {"no", "on-failure"}, name
        else:
            assert service.get("restart") in {"unless-stopped", "always", "on-failure"}, (
                f"{name} has no restart policy: nothing brings it back when it crashes"
            )


def test_every_process_the_supervisor_restarts_locally_is_restarted_by_compose() -> None:
    supervised = {program.name for program in stack.programs(stack.external_or_local())}
    assert supervised, "the local stack supervises its processes"
    for name in supervised:
        assert COMPOSE["services"][name]["restart"] == "unless-stopped", name
