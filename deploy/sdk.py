"""Generates the Python SDK (`sdk/<service>/`) from the committed OpenAPI documents.

    python -m deploy.sdk          # rewrite sdk/registry, sdk/commitments, sdk/notifications

One installable package per service (`alianza_registry_client`, ...): each service has its own
base URL and its own document, so an integrator installs only what they call. The generator is
openapi-python-client, run in its own locked environment (`sdk/generator/`, see its
pyproject.toml for why). The input is `contracts/openapi/`, which `make contracts` derives from
the code, so the chain is code -> contracts -> sdk and a test holds each link.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from deploy.contracts import CONTRACTS, REPO, SERVICES

SDK = REPO / "sdk"
GENERATOR = SDK / "generator"
# The generator's own formatting pass: without a cache, so the output folder holds only code.
_POST_HOOKS = [
    "ruff check --no-cache --fix-only --extend-select=I .",
    "ruff format --no-cache .",
]
# Left behind by installing or running the packages, never by the generator.
_NOT_GENERATED = frozenset(
    {"__pycache__", ".ruff_cache", ".mypy_cache", ".venv", "build", "dist", ".pytest_cache"}
)


def package_name(service: str) -> str:
    return f"alianza_{service}_client"


def _uv() -> str:
    """The project's pinned uv (`make install` puts it under .local), else the one on PATH."""
    pinned = REPO / ".local" / "tools" / "bin" / "uv"
    found = str(pinned) if pinned.exists() else shutil.which("uv")
    if found is None:
        raise RuntimeError("uv is needed to run the SDK generator: run `make install` first")
    return found


def _generate(service: str, into: Path, scratch: Path) -> None:
    config = scratch / f"{service}.json"  # YAML is a superset of JSON: the generator reads it
    config.write_text(
        json.dumps(
            {
                "project_name_override": f"alianza-{service}-client",
                "package_name_override": package_name(service),
                "post_hooks": _POST_HOOKS,
                # The IATI export answers XML: the client hands it over as bytes (`File`).
                "content_type_overrides": {"application/xml": "application/octet-stream"},
            }
        )
    )
    env = {**os.environ, "UV_PROJECT_ENVIRONMENT": str(GENERATOR / ".venv")}
    env.pop("VIRTUAL_ENV", None)  # the project's own venv must not stand in for the generator's
    result = subprocess.run(
        [
            _uv(),
            "run",
            "--quiet",
            "--frozen",
            "--project",
            str(GENERATOR),
            "openapi-python-client",
            "generate",
            "--path",
            str(CONTRACTS / "openapi" / f"{service}.json"),
            "--meta",
            "uv",
            "--config",
            str(config),
            "--output-path",
            str(into),
            "--fail-on-warning",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(
            f"openapi-python-client failed for {service}:\n{result.stdout}\n{result.stderr}"
        )


def files_under(root: Path) -> dict[str, bytes]:
    """Every generated file below `root` (relative path -> bytes), caches and builds left out."""
    files = {}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        left_behind = _NOT_GENERATED & set(relative.parts[:-1]) or relative.suffix == ".pyc"
        if path.is_file() and not left_behind:
            files[relative.as_posix()] = path.read_bytes()
    return files


def render(services: tuple[str, ...] = SERVICES) -> dict[str, dict[str, bytes]]:
    """Each service's package as generated now from contracts/openapi: service -> its files."""
    rendered = {}
    with tempfile.TemporaryDirectory(prefix="alianza-sdk-") as tmp:
        scratch = Path(tmp)
        for service in services:
            _generate(service, scratch / service, scratch)
            rendered[service] = files_under(scratch / service)
    return rendered


def committed(services: tuple[str, ...] = SERVICES) -> dict[str, dict[str, bytes]]:
    return {service: files_under(SDK / service) for service in services}


def write(rendered: dict[str, dict[str, bytes]]) -> None:
    for service, files in rendered.items():
        target = SDK / service
        if target.exists():
            shutil.rmtree(target)
        for name, content in files.items():
            path = target / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)


def main() -> None:
    rendered = render()
    write(rendered)
    count = sum(len(files) for files in rendered.values())
    print(f"[sdk] wrote {count} files under {SDK.relative_to(REPO)}/ ({', '.join(rendered)})")


if __name__ == "__main__":
    main()
