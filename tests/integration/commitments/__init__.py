"""Integration tests of the commitments service against real PostgreSQL and Kafka."""
