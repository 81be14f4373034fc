"""Private signing keys sealed at rest with AES-256-GCM under a key-encryption key from settings.

The key-encryption key (KEK) lives only in the environment (`REGISTRY_KEY_ENCRYPTION_KEY`), never
in the database, so a copy of the database (a backup, a replica, a dump) holds no usable key.
"""

from __future__ import annotations

import base64
import binascii
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEK_BYTES = 32
NONCE_BYTES = 12
# A version tag in front of every sealed value, so a later scheme (or KEK) can be told apart.
SEALED_PREFIX = "v1:"


class SealError(Exception):
    """A sealed value could not be opened: another KEK sealed it, or it was tampered with."""


def decode_kek(text: str) -> bytes:
    """The 32 raw bytes of a base64 KEK; ValueError saying what is wrong otherwise."""
    if not text.strip():
        raise ValueError("is empty; set a base64-encoded 32-byte key")
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except binascii.Error:
        raise ValueError("is not valid base64") from None
    if len(raw) != KEK_BYTES:
        raise ValueError(f"must decode to {KEK_BYTES} bytes, not {len(raw)}")
    return raw


@dataclass(frozen=True)
class KeyEncryptionKey:
    raw: bytes

    def __repr__(self) -> str:
        return "KeyEncryptionKey(**********)"

    @classmethod
    def from_base64(cls, text: str) -> KeyEncryptionKey:
        return cls(decode_kek(text))

    def seal(self, plaintext: bytes, *, context: str) -> str:
        """`plaintext` encrypted and authenticated; `context` (the key id) is bound to it, so a
        sealed value copied onto another row does not open there."""
        nonce = os.urandom(NONCE_BYTES)
        sealed = AESGCM(self.raw).encrypt(nonce, plaintext, context.encode())
        return SEALED_PREFIX + base64.b64encode(nonce + sealed).decode()

    def open(self, sealed: str, *, context: str) -> bytes:
        if not sealed.startswith(SEALED_PREFIX):
            raise SealError("not a sealed value")
        try:
            blob = base64.b64decode(sealed[len(SEALED_PREFIX) :], validate=True)
            return AESGCM(self.raw).decrypt(
                blob[:NONCE_BYTES], blob[NONCE_BYTES:], context.encode()
            )
        except (binascii.Error, InvalidTag, ValueError):
            raise SealError("the sealed value does not open with this key-encryption key") from None
