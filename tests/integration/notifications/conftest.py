"""Fixtures of the notification tests: every caller authenticates with a real registry token."""

from __future__ import annotations

import pytest

from tests.integration.notifications.support import use_issuer
from tests.support.issuer import Issuer


@pytest.fixture(autouse=True)
async def real_tokens(issuer: Issuer) -> None:
    await use_issuer(issuer)
