"""Benchmarks of the delivery kit and the services, each against a baseline measured in the same run.

`make bench` (or `python -m bench`) runs them against the local stack's PostgreSQL and Kafka, on
throwaway databases and randomly prefixed topics, prints a table and writes
`bench/results/<timestamp>-<commit>.json`. Nothing here is a test: no figure is asserted.
"""
