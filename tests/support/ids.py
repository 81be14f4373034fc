"""Random references, so tests never collide with each other or with a running stack."""

import uuid


def random_suffix() -> str:
    return uuid.uuid4().hex[:10]


def random_prefix() -> str:
    return f"test{random_suffix()}"
