"""Payloads of `ops.*` events: alerts the ops watcher raises for operations staff."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel


class ConsumerLagExceeded(BaseModel):
    """`ops.consumer_lag_exceeded`: a consumer group's lag stayed above the alert threshold.

    Published by the ops watcher (`python -m ops.watch`, source `/alianza/ops`); the event's
    subject (and Kafka key) is the consumer group.
    """

    group: str
    lag: int  # records behind, summed over the group's partitions under the topic prefix
    threshold: int
    above_for_seconds: float
    topics: dict[str, int]  # lag per topic
    detected_at: datetime


class ConsumerLagRecovered(BaseModel):
    """`ops.consumer_lag_recovered`: a group that raised `ops.consumer_lag_exceeded` caught up.

    Published by the ops watcher; the subject (and Kafka key) is the consumer group.
    """

    group: str
    lag: int
    threshold: int
    alerted_for_seconds: float
    recovered_at: datetime
