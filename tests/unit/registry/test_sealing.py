"""Private signing keys are sealed with the KEK: they open only with it, and only on their row."""

from __future__ import annotations

import base64
import os

import pytest

from services.registry.sealing import KeyEncryptionKey, SealError, decode_kek


def random_kek() -> KeyEncryptionKey:
    return KeyEncryptionKey(os.urandom(32))


def test_a_sealed_key_opens_with_its_kek_and_context() -> None:
    kek = random_kek()
    sealed = kek.seal(b"-----BEGIN PRIVATE KEY-----", context="kid-1")
    assert b"PRIVATE KEY" not in sealed.encode()
    assert kek.open(sealed, context="kid-1") == b"-----BEGIN PRIVATE KEY-----"


def test_another_kek_cannot_open_it() -> None:
    sealed = random_kek().seal(b"secret", context="kid-1")
    with pytest.raises(SealError):
        random_kek().open(sealed, context="kid-1")


def test_a_sealed_value_copied_to_another_key_id_does_not_open() -> None:
    kek = random_kek()
    sealed = kek.seal(b"secret", context="kid-1")
    with pytest.raises(SealError):
        kek.open(sealed, context="kid-2")


def test_a_tampered_value_does_not_open() -> None:
    kek = random_kek()
    sealed = kek.seal(b"secret", context="kid-1")
    blob = bytearray(base64.b64decode(sealed[3:]))
    blob[-1] ^= 1
    with pytest.raises(SealError):
        kek.open("v1:" + base64.b64encode(bytes(blob)).decode(), context="kid-1")


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("not base64!", "base64"),
        (base64.b64encode(b"too short").decode(), "32 bytes"),
    ],
)
def test_an_unusable_kek_is_refused_saying_why(text: str, complaint: str) -> None:
    with pytest.raises(ValueError, match=complaint):
        decode_kek(text)


def test_the_kek_never_shows_in_its_repr() -> None:
    kek = KeyEncryptionKey(b"k" * 32)
    assert "kkkk" not in repr(kek)
