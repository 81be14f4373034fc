"""Prometheus for Alianza: the scrape configuration, the alert rules and their unit tests."""
