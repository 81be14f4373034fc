"""sdk/ is what the generator makes of contracts/openapi today, and it type-checks.

A contract change without `make sdk` fails here, as a code change without `make contracts` fails
tests/contract/test_contracts.py: together they hold code -> contracts -> sdk.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from deploy import sdk
from deploy.contracts import REPO, SERVICES


def test_committed_sdk_matches_the_openapi_documents() -> None:
    rendered, on_disk = sdk.render(), sdk.committed()
    drift = {}
    for service in SERVICES:
        now, then = rendered[service], on_disk[service]
        changed = sorted(name for name in set(now) & set(then) if now[name] != then[name])
        missing, stale = sorted(set(now) - set(then)), sorted(set(then) - set(now))
        if changed or missing or stale:
            drift[service] = {"changed": changed, "missing": missing, "no longer made": stale}
    assert not drift, f"sdk/ has drifted from contracts/openapi; run `make sdk`: {drift}"


def test_the_sdk_type_checks_strictly(tmp_path: Path) -> None:
    # The project's mypy run leaves sdk/ out (it is generated); this run holds it to --strict on
    # its own, without the project's configuration.
    packages = [arg for service in SERVICES for arg in ("-p", sdk.package_name(service))]
    cache = str(REPO / ".mypy_cache" / "sdk")
    mypy = [sys.executable, "-m", "mypy", "--config-file", "", "--strict", "--cache-dir", cache]
    result = subprocess.run(
        [*mypy, *packages],
        cwd=tmp_path,  # so no configuration file of the project is found
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    checked = re.search(r"Success: no issues found in (\d+) source files", result.stdout)
    assert checked and int(checked[1]) > 100, result.stdout  # every module, not just the roots
