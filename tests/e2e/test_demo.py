"""`make demo` against a whole system of its own (the three services as processes): it tells the
concept note's story — a proposal returned and revised, adopted with a reason, a joint commitment
reported by both holders, a missed quarter turning overdue, an amendment scaling it up, a review
concluded, a replication elsewhere — with a webhook receiver and partners' inboxes printed, then
the reports, a review round and its report, and an IATI export valid against the 2.03 schema."""

from __future__ import annotations

import asyncio
import os
import re
import sys
from pathlib import Path

import pytest
from lxml import etree

from tests.support.system import ADMIN_ID, ADMIN_SECRET, System

pytestmark = pytest.mark.e2e

SCHEMA_PATH = Path(__file__).parents[1] / "support" / "iati" / "iati-activities-schema.xsd"


async def test_the_demo_ends_with_reports_and_a_valid_iati_file(
    isolated_system: System, tmp_path: Path
) -> None:
    # Its own system: the demo's review round takes in every in-scope partnership there is.
    system = isolated_system
    env = {
        **os.environ,
        **system.env,
        "ALIANZA_REGISTRY_URL": system.url("registry"),
        "ALIANZA_COMMITMENTS_URL": system.url("commitments"),
        "ALIANZA_NOTIFICATIONS_URL": system.url("notifications"),
        "REGISTRY_BOOTSTRAP_CLIENT_ID": ADMIN_ID,
        "REGISTRY_BOOTSTRAP_CLIENT_SECRET": ADMIN_SECRET,
        "ALIANZA_STATE_DIR": str(tmp_path / "state"),
    }
    demo = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "deploy.demo",
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    output, _ = await asyncio.wait_for(demo.communicate(), timeout=240)
    text = output.decode()
    print(text)  # shown when an assertion below fails
    assert demo.returncode == 0, text
    for line in (
        "returned for revision: Add a quarterly commitment",
        "joint commitment reported by both holders (120 of 300 + 40 of 100): 160 of 400",
        "quarterly arrival support, first quarter missed -> overdue",
        "amendment approved: Guatemala joins",
        "the commitments service tracks the new target (600 workers)",
        "replicated elsewhere: Guatemala drafts",
        "restricted: subscribers get its events without title",
    ):
        assert line in text, (line, text)
    assert re.search(r"adopt +-> adopted", text) and re.search(
        r"conclude-review +-> implementing", text
    )
    webhooks = text.split("Webhooks the receiver verified about the first partnership", 1)[1]
    for event_type in ("partnership.returned_for_revision", "partnership.amended"):
        assert event_type in webhooks.split("\n", 2)[1], text
    assert "[proposal_returned] Proposal returned for revision: Fair recruitment" in text
    assert "[amendment_approved] Amendment approved: Fair recruitment" in text
    assert "by GCM objective" in text and "objective  6: Facilitate fair and ethical" in text
    assert "Commitment results in" in text
    assert "Round report ({'partnerships': 2, 'awaiting_dossier': 0, 'dossier_compiled': 0," in text
    assert "good practice: Canal público de contratación sin cuotas." in text
    found = re.search(r"IATI 2\.03 export of the first partnership: (\S+)", text)
    assert found, text
    document = etree.parse(found.group(1))
    etree.XMLSchema(etree.parse(str(SCHEMA_PATH))).assertValid(document)
    assert document.getroot().find("iati-activity/result") is not None
