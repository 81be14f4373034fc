"""Operations tooling: the `alianza` command and the consumer-lag watcher (`python -m ops.watch`).

Ops reads Kafka directly (admin and plain consumers, never joining a service's consumer group)
and the services' REST APIs with an `ops`/`admin` token; services never import this package.
"""
