"""The operations console: a live page of the event streams, lag, dead letters and webhooks.

    python -m ops.console      # serves on ALIANZA_OPS_CONSOLE_PORT (default 8010)

Operations staff sign in with an `ops` or `admin` client; the console trades the credentials for
a token at the registry and keeps it server-side; the browser holds only an opaque session id
(ops/console/session.py), and state-changing requests must come from the console's own pages
(ops/console/csrf.py). It reads Kafka itself (never as a
consumer group, so looking never moves a service's offsets) and calls the services' APIs with
the signed-in caller's own token.
"""
