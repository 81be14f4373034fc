"""Real headless Chromium (Debian's `chromium` and `chromedriver`, which `make test` installs),
driven by Selenium. No browser is downloaded: the machine's own binaries are used."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

CHROMIUM = os.environ.get("ALIANZA_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("ALIANZA_CHROMEDRIVER", "/usr/bin/chromedriver")

# As root Chromium needs --no-sandbox; the network flags stop it calling out to Google's hosts,
# which a closed build machine refuses many times per start.
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1400,1000",
)


@contextmanager
def chromium() -> Iterator[webdriver.Chrome]:
    for binary in (CHROMIUM, CHROMEDRIVER):
        if not (os.path.exists(binary) or shutil.which(binary)):
            pytest.fail(
                f"{binary} is missing: `make test` installs Debian's chromium and chromium-driver"
            )
    profile = tempfile.mkdtemp(prefix="alianza-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
