"""Renders contracts/asyncapi.yaml as browsable HTML (contracts/asyncapi-html/) with the official
AsyncAPI CLI and its HTML template, which `make asyncapi-cli` installs under .local/.

The page loads nothing from elsewhere (its scripts and styles are files beside it), so the
registry serves it as it is at `/docs/events`. `RENDERED_FROM` records a digest of the document
and payload schemas it was rendered from: a test compares it with the committed contracts, so
the page cannot silently fall behind the document without running the CLI in every test.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CONTRACTS = REPO / "contracts"
HTML_DIR = CONTRACTS / "asyncapi-html"
RENDERED_FROM = "rendered-from.txt"
DEFAULT_CLI = REPO / ".local" / "asyncapi-cli" / "node_modules" / ".bin" / "asyncapi"


def source_digest(contracts: Path = CONTRACTS) -> str:
    """sha256 over the AsyncAPI document and every payload schema it refers to."""
    digest = hashlib.sha256()
    for path in [contracts / "asyncapi.yaml", *sorted((contracts / "schemas").glob("*.json"))]:
        digest.update(path.relative_to(contracts).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def rendered_from_line(digest: str) -> str:
    return f"sha256:{digest} of contracts/asyncapi.yaml and contracts/schemas/\n"


def cli_path() -> Path:
    """`ALIANZA_ASYNCAPI_CLI` (relative to the repository, as the Makefile gives it) or the default."""
    return REPO / os.environ.get("ALIANZA_ASYNCAPI_CLI", str(DEFAULT_CLI))


def render(cli: Path, contracts: Path = CONTRACTS, into: Path = HTML_DIR) -> None:
    """Run the CLI on `contracts/asyncapi.yaml`; replace `into` with what it made."""
    if not cli.exists():
        raise FileNotFoundError(f"{cli} is missing: `make asyncapi-cli` installs it")
    template = cli.resolve().parents[2] / "html-template"  # .../@asyncapi/cli/bin/run_bin
    tools = cli.parents[2]
    # The CLI reports usage to a remote service unless its settings file says not to.
    settings = tools / "analytics.json"
    settings.write_text(json.dumps({"analyticsEnabled": "false", "infoMessageShown": "true"}))
    env = {
        **os.environ,
        "ASYNCAPI_METRICS_CONFIG_PATH": str(settings),
        "SUPPRESS_NO_CONFIG_WARNING": "1",
    }
    with tempfile.TemporaryDirectory(prefix="alianza-asyncapi-html-") as tmp:
        out = Path(tmp) / "html"
        document = str(contracts / "asyncapi.yaml")
        generate = [str(cli), "generate", "fromTemplate", document, str(template)]
        result = subprocess.run(
            [*generate, "--output", str(out), "--force-write", "--no-interactive"],
            cwd=tools,  # the CLI looks for a `config/` folder in its working directory
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        if result.returncode != 0 or not (out / "index.html").exists():
            raise RuntimeError(f"the AsyncAPI CLI failed:\n{result.stdout}\n{result.stderr}")
        (out / RENDERED_FROM).write_text(rendered_from_line(source_digest(contracts)))
        shutil.rmtree(into, ignore_errors=True)
        shutil.copytree(out, into)
