"""JSON log lines that carry the correlation id, so one request can be followed everywhere.

Every line passes through `redact` on its way out: whatever a library or a careless call puts in
a message, an exception or an `extra=` field, credentials do not reach the log.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import UTC, datetime
from typing import Any

from shared.context import causation_id, correlation_id

MASK = "[redacted]"

# Order matters: whole tokens first, then the places secrets sit in (URLs, headers, fields).
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # JSON Web Tokens (access tokens), wherever they appear.
    (re.compile(r"eyJ[\w-]+\.[\w-]+\.[\w-]*"), MASK),
    # Standard Webhooks signing secrets.
    (re.compile(r"whsec_[\w+/=-]+"), "whsec_" + MASK),
    # `Authorization: Bearer …` / `Basic …` and bare bearer tokens.
    (re.compile(r"(?i)\b(bearer|basic)\s+[\w.~+/=-]+"), r"\1 " + MASK),
    (
        re.compile(
            r"""(?i)((?:proxy-)?authorization|(?:set-)?cookie)(["']?\s*[:=]\s*["']?)[^"'\n]+"""
        ),
        r"\1\2" + MASK,
    ),
    # Credentials in forms, JSON, reprs: client_secret=…, "secret": "…", password=…, token=….
    (
        re.compile(
            r"""(?i)\b((?:client_)?secret|password|passwd|access_token|refresh_token|api_key|token)"""
            r"""(["']?\s*[:=]\s*["']?)[^\s"'&,;)}\]]+"""
        ),
        r"\1\2" + MASK,
    ),
    # URL userinfo (scheme://user:password@host) and query strings (tokens ride there).
    (re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/\s@\"']+@"), r"\1" + MASK + "@"),
    (re.compile(r"(?i)\b(https?://[^\s?#\"']+)\?[^\s#\"']*"), r"\1?" + MASK),
    # SQL parameters: SQLAlchemy's `[parameters: …]` and asyncpg's key details and arguments.
    (re.compile(r"\[parameters: .*?\](?=\s*(?:\(|$|\n))", re.DOTALL), "[parameters: " + MASK + "]"),
    (re.compile(r"(Key \([^)]*\)=)\((?:[^()]|\([^()]*\))*\)"), r"\1(" + MASK + ")"),
    (re.compile(r"(query argument \$\d+: ).*"), r"\1" + MASK),
)

# Field names whose value is a secret whatever it looks like.
_SECRET_KEYS = re.compile(r"(?i)secret|password|token|authorization|cookie|credential")


def redact(text: str) -> str:
    """`text` with credentials, tokens, URL secrets and SQL parameters masked."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def redact_value(key: str, value: Any) -> Any:
    """A field of a log line, masked whole if its name says it is a secret, else redacted."""
    if _SECRET_KEYS.search(key) and value is not None:
        return MASK
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {str(k): redact_value(str(k), v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [redact_value(key, item) for item in value]
    if isinstance(value, int | float | bool) or value is None:
        return value
    return redact(str(value))


_STANDARD = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime", "color_message"}


class JsonFormatter(logging.Formatter):
    def __init__(self, service: str) -> None:
        super().__init__()
        self.service = service

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname,
            "service": self.service,
            "logger": record.name,
            "message": redact(record.getMessage()),
        }
        if (corr := correlation_id.get()) is not None:
            line["correlation_id"] = corr
        if (cause := causation_id.get()) is not None:
            line["causation_id"] = cause
        # Anything passed with `extra=` joins the line as its own field.
        for key, value in record.__dict__.items():
            if key not in _STANDARD and not key.startswith("_"):
                line[key] = redact_value(key, value)
        if record.exc_info:
            line["exception"] = redact(self.formatException(record.exc_info))
        elif record.exc_text:
            line["exception"] = redact(record.exc_text)
        return json.dumps(line, default=str)


def configure_logging(service: str, level: str = "INFO") -> None:
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(JsonFormatter(service))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # Uvicorn's access log repeats what our middleware logs, without the correlation id.
    logging.getLogger("uvicorn.access").handlers[:] = []
    logging.getLogger("uvicorn.access").propagate = False
    logging.getLogger("aiokafka").setLevel(logging.WARNING)
    # httpx logs every request's full URL at INFO (webhook credentials and query tokens
    # included); the dispatcher records outcomes itself. Warnings still pass, redacted.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
