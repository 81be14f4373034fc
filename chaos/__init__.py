"""The chaos harness: a private whole system under load while faults are injected, then reconciled."""
