"""Turning the watcher's samples and the notifications service's buckets into chart series."""

from ops.console.trends import watcher_charts, webhook_chart


def test_rates_come_from_consecutive_samples_and_dead_letters_are_counted_per_minute() -> None:
    history = {
        "samples": [
            {"time": 100.0, "written": {"a.p": 10, "a.p.dlq": 0}, "lag": {"g": 5}, "dlq_depth": {}},
            {"time": 115.0, "written": {"a.p": 40, "a.p.dlq": 1}, "lag": {"g": 7}, "dlq_depth": {}},
            # The topic was recreated: its count fell, so no rate is made up for it.
            {"time": 130.0, "written": {"a.p": 3, "a.p.dlq": 1}, "lag": {"g": 0}, "dlq_depth": {}},
        ]
    }
    events, lag, dlq = watcher_charts(history)
    assert events.series == {"a.p": [(115.0, 2.0)]}
    assert dlq.series == {"a.p.dlq": [(115.0, 4.0), (130.0, 0.0)]}
    assert lag.series == {"g": [(100.0, 5.0), (115.0, 7.0), (130.0, 0.0)]}


def test_one_sample_gives_lag_but_no_rates() -> None:
    events, lag, dlq = watcher_charts(
        {"samples": [{"time": 1.0, "written": {"a.p": 3}, "lag": {"g": 2}, "dlq_depth": {}}]}
    )
    assert events.series == {} and dlq.series == {}
    assert lag.series == {"g": [(1.0, 2.0)]}


def test_webhook_success_is_a_percentage_per_bucket_with_attempts() -> None:
    chart = webhook_chart(
        {
            "buckets": [
                {"start": "2026-01-01T00:00:00+00:00", "attempts": 4, "succeeded": 1},
                {"start": "2026-01-01T00:01:00+00:00", "attempts": 2, "succeeded": 2},
            ]
        }
    )
    assert chart.series == {"success rate": [(1767225600.0, 25.0), (1767225660.0, 100.0)]}
    assert webhook_chart({"buckets": []}).series == {}
