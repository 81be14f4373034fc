"""A webhook receiver's answer, read within bounds and kept as printable text, whatever it sent.

Receivers are not trusted: an answer may be huge, compressed far beyond its size, binary, or
carry NUL bytes (which a PostgreSQL `text` column refuses). Only the first KiB is kept, so only
a little is read off the network, only a little is inflated, and what is kept is text that any
column, log line or JSON document can hold.
"""

from __future__ import annotations

import re
import zlib

# Bytes read off the network at most; the rest of the answer is never received.
MAX_READ_BYTES = 64 * 1024
# Bytes a compressed answer may inflate to at most (a gzip bomb stops here).
MAX_INFLATED_BYTES = 16 * 1024
# UTF-8 bytes of the answer kept on the attempt: "the first KiB".
MAX_KEPT_BYTES = 1024

# C0 and C1 control characters and DEL, except tab, line feed and carriage return.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

# zlib's window bits: 16 + 15 reads gzip; 32 + 15 detects a zlib or gzip header by itself.
_WINDOW_BITS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": 32 + 15}


def printable(text: str) -> str:
    """`text` without NUL and other control characters (tab and line breaks stay)."""
    return _CONTROL.sub("", text)


def first_kib(text: str) -> str:
    """The longest prefix of `text` whose UTF-8 encoding fits `MAX_KEPT_BYTES`."""
    return text.encode()[:MAX_KEPT_BYTES].decode("utf-8", errors="ignore")


class ReplyBody:
    """Collects an answer chunk by chunk as it arrives off the network (still encoded).

    `feed` says when enough has come in; `text()` is what is kept, at any moment, so an answer
    cut short by the attempt's deadline still leaves what had arrived.
    """

    def __init__(self, content_encoding: str | None) -> None:
        encoding = (content_encoding or "identity").strip().lower()
        self._unreadable = encoding not in _WINDOW_BITS and encoding != "identity"
        self._encoding = encoding
        self._inflater = (
            zlib.decompressobj(_WINDOW_BITS[encoding]) if encoding in _WINDOW_BITS else None
        )
        self._received = 0
        self._kept = bytearray()
        self._broken = False

    def feed(self, chunk: bytes) -> bool:
        """Take the next chunk; True when nothing more needs to be read."""
        self._received += len(chunk)
        room = MAX_INFLATED_BYTES - len(self._kept)
        if self._unreadable or self._broken or room <= 0:
            return True
        if self._inflater is None:
            self._kept += chunk[:room]
        else:
            try:
                # max_length bounds the output; input beyond it is left unread in the inflater.
                self._kept += self._inflater.decompress(chunk, room)
            except zlib.error:
                self._broken = True
                return True
        return len(self._kept) >= MAX_INFLATED_BYTES or self._received >= MAX_READ_BYTES

    def text(self) -> str:
        """The first KiB of the answer as printable text."""
        if self._unreadable:
            return f"(a {printable(self._encoding)[:40]}-encoded answer, not shown)"
        shown = printable(bytes(self._kept).decode("utf-8", errors="replace"))
        if self._broken and not shown:
            return f"(a {self._encoding} answer that does not inflate, not shown)"
        return first_kib(shown)
