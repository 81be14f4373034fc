"""The environment variable names each process reads, derived from its pydantic settings class.

A deployment file (docker-compose.yml, the Kubernetes base) that sets a name no settings class
reads configures nothing: pydantic-settings ignores it (`extra="ignore"`) and the process runs
on its default. The tests compare the files' names with these.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

from pydantic import AliasChoices
from pydantic_settings import BaseSettings

from ops.console.settings import ConsoleSettings
from ops.watch import WatchSettings
from shared.processes import ServiceProcesses

REPO = Path(__file__).resolve().parents[2]


def env_names(settings: type[BaseSettings]) -> frozenset[str]:
    """What pydantic-settings looks up: a field's validation alias (which replaces the prefix),
    else its alias, else `env_prefix` + its name; upper-cased (lookups ignore case)."""
    prefix = str(settings.model_config.get("env_prefix", ""))
    names: set[str] = set()
    for name, field in settings.model_fields.items():
        alias = field.validation_alias
        if isinstance(alias, str):
            names.add(alias)
        elif isinstance(alias, AliasChoices):
            names.update(choice for choice in alias.choices if isinstance(choice, str))
        elif field.alias:
            names.add(field.alias)
        else:
            names.add(prefix + name)
    return frozenset(name.upper() for name in names)


def service_settings(service: str) -> type[BaseSettings]:
    processes: ServiceProcesses = importlib.import_module(f"services.{service}.__main__").PROCESSES
    settings = processes.settings
    assert isinstance(settings, type) and issubclass(settings, BaseSettings)
    return settings


OPS_SETTINGS: dict[str, type[BaseSettings]] = {
    "ops.watch": WatchSettings,
    "ops.console": ConsoleSettings,
}


def settings_for_command(command: list[str]) -> type[BaseSettings]:
    """The settings class of `python -m <module> ...`: a service's process (or a step run for a
    service, which names it last), or an ops tool."""
    assert command[:2] == ["python", "-m"], command
    module = command[2]
    if module.startswith("services."):
        return service_settings(module.split(".")[1])
    if module.startswith("deploy."):
        return service_settings(command[-1])
    return OPS_SETTINGS[module]


def names_read_from_environ(path: Path) -> frozenset[str]:
    """Names a script reads with `os.environ[...]` / `os.environ.get(...)` rather than settings
    (`deploy/local/prepare.py`'s admin URL, for one); f-string names are left out."""
    text = path.read_text()
    return frozenset(re.findall(r"os\.environ(?:\.get\(|\[)\s*\"([A-Z0-9_]+)\"", text))
