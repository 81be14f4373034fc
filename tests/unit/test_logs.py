"""The log redactor: what it masks, what it leaves, and that the JSON formatter applies it."""

from __future__ import annotations

import json
import logging
import sys

import pytest

from shared.logs import MASK, JsonFormatter, redact

JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjbGkifQ.c2lnbmF0dXJlLXBhcnQ"


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("POST https://bob:hunter2@hooks.example/in -> 200", "hunter2"),
        ("POST https://bob:hunter2@hooks.example/in -> 200", "bob:"),
        ("HTTP Request: POST http://127.0.0.1:9/hook?token=q-tok-123&x=1", "q-tok-123"),
        ("headers {'Authorization': 'Bearer abc.def-ghi'}", "abc.def-ghi"),
        ("Authorization: Basic Y2xpOnNlY3JldA==", "Y2xpOnNlY3JldA=="),
        ("cookie: session=s3ss10n; other=1", "s3ss10n"),
        ("Set-Cookie: console=abcdef123; HttpOnly", "abcdef123"),
        (
            "grant_type=client_credentials&client_id=cli_1&client_secret=s3cr3t-v4lue",
            "s3cr3t-v4lue",
        ),
        ('{"client_secret": "s3cr3t-v4lue"}', "s3cr3t-v4lue"),
        ("signing with whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"),
        (f"token {JWT} refused", JWT),
        (f"token {JWT} refused", "eyJzdWIiOiJjbGkifQ"),
        (
            "(sqlalchemy.dialects.postgresql.asyncpg.IntegrityError) duplicate key\n"
            "[SQL: INSERT INTO api_clients (client_id, secret_hash) VALUES ($1, $2)]\n"
            "[parameters: ('cli_1', '$argon2id$v=19$m=65536$hashhash')]\n"
            "(Background on this error at: https://sqlalche.me/e/20/gkpj)",
            "hashhash",
        ),
        ("DETAIL:  Key (email)=(someone@example.org) already exists.", "someone@example.org"),
        ("invalid input for query argument $1: 'private value' (expected str)", "private value"),
    ],
)
def test_secrets_are_masked(text: str, secret: str) -> None:
    redacted = redact(text)
    assert secret not in redacted
    assert MASK in redacted


@pytest.mark.parametrize(
    "text",
    [
        "POST /partnerships/p-123/actions/propose -> 200",
        "issued an access token",
        "subscription 5b7c disabled: endpoint answered 410",
        "GET http://127.0.0.1:8001/.well-known/jwks.json",
        "[SQL: SELECT 1]",
    ],
)
def test_ordinary_lines_are_left_alone(text: str) -> None:
    assert redact(text) == text


def test_the_formatter_redacts_message_fields_and_exceptions() -> None:
    record = logging.LogRecord(
        "t", logging.ERROR, __file__, 1, "sent to %s", ("http://u:p@h/x?k=v",), None
    )
    record.client_secret = "field-secret"
    record.target = "https://user:pw@hooks.example/in?token=abc"
    record.nested = {"headers": {"Authorization": "Bearer xyz"}, "ok": 1}
    try:
        raise RuntimeError(f"boom with {JWT}")
    except RuntimeError:
        record.exc_info = sys.exc_info()
    line = JsonFormatter("test").format(record)
    for secret in ("u:p@", "k=v", "field-secret", "user:pw", "token=abc", "xyz", JWT):
        assert secret not in line, secret
    parsed = json.loads(line)
    assert parsed["nested"]["ok"] == 1
    assert parsed["target"].startswith("https://")
    assert "RuntimeError" in parsed["exception"]
