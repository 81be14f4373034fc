"""The kit every service shares: events and their catalogue, the outbox and its relay, the
consumer, the unit of work, the web layer, authentication and settings."""

import sys

# `import httpx` also imports httpx's command-line client and with it click, rich and pygments
# (installed here for the tools): ~3 MiB of resident memory (measured) in every service process,
# for a program none of them runs. A None entry in sys.modules makes that one import fail as if
# those packages were missing, which httpx expects (`httpx.main` is then a stub).
if "httpx._main" not in sys.modules:
    sys.modules["httpx._main"] = None  # type: ignore[assignment]
