"""The watcher's in-memory hour: samples older than the window fall off, the order is kept."""

from ops.watch_history import History, Sample


def sample(at: float, lag: int) -> Sample:
    return Sample(time=at, written={"alianza.partnerships": lag}, lag={"g": lag}, dlq_depth={})


def test_samples_older_than_the_window_fall_off() -> None:
    history = History(window_seconds=60)
    for at in (0.0, 30.0, 60.0, 90.0, 125.0):
        history.add(sample(at, int(at)))
    kept = history.as_json()["samples"]
    assert [s["time"] for s in kept] == [90.0, 125.0]
    assert kept[-1]["lag"] == {"g": 125}


def test_a_sample_exactly_a_window_old_is_kept() -> None:
    history = History(window_seconds=60)
    history.add(sample(0.0, 1))
    history.add(sample(60.0, 2))
    assert len(history.as_json()["samples"]) == 2
