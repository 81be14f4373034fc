"""The one error ops commands raise for anything the operator must fix; printed without a traceback."""

from __future__ import annotations


class OpsError(Exception):
    """Something the operator can act on: the stack is down, a record does not exist, ..."""
