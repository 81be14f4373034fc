"""How the consumer groups a fetch's claimed events for their handlers: consecutive events of one
`Batched` handler form one run, in order; any other event is applied on its own."""

from __future__ import annotations

from shared.consumer import Batched, handler_runs
from shared.events import Event
from shared.uow import UnitOfWork


def event(number: int) -> Event:
    return Event(source="/test", type="partner.registered", subject=f"s-{number}", data={})


async def one_at_a_time(uow: UnitOfWork, event: Event) -> None:
    raise AssertionError("not called")


async def many(uow: UnitOfWork, events: list[Event]) -> None:
    raise AssertionError("not called")


def shape(items: list[tuple[Event, object]]) -> list[tuple[list[str], object]]:
    return [([e.subject for e in run], handler) for run, handler in handler_runs(items)]  # type: ignore[arg-type]


def test_consecutive_events_of_one_batched_handler_form_one_run_in_order() -> None:
    batched = Batched(many)
    events = [event(n) for n in range(4)]
    assert shape([(e, batched) for e in events]) == [(["s-0", "s-1", "s-2", "s-3"], batched)]


def test_another_handler_in_between_ends_the_run_and_order_is_kept() -> None:
    batched = Batched(many)
    e = [event(n) for n in range(6)]
    items = [
        (e[0], batched),
        (e[1], batched),
        (e[2], one_at_a_time),
        (e[3], batched),
        (e[4], one_at_a_time),
        (e[5], one_at_a_time),
    ]
    assert shape(items) == [
        (["s-0", "s-1"], batched),
        (["s-2"], one_at_a_time),
        (["s-3"], batched),
        (["s-4"], one_at_a_time),
        (["s-5"], one_at_a_time),
    ]


def test_two_batched_handlers_never_share_a_run() -> None:
    first, second = Batched(many), Batched(many)
    e = [event(n) for n in range(3)]
    assert shape([(e[0], first), (e[1], second), (e[2], second)]) == [
        (["s-0"], first),
        (["s-1", "s-2"], second),
    ]


def test_plain_handlers_are_never_grouped() -> None:
    e = [event(n) for n in range(2)]
    assert shape([(e[0], one_at_a_time), (e[1], one_at_a_time)]) == [
        (["s-0"], one_at_a_time),
        (["s-1"], one_at_a_time),
    ]


async def test_a_batched_handler_called_for_one_event_gets_a_run_of_one() -> None:
    seen: list[list[str]] = []

    async def record(uow: UnitOfWork, events: list[Event]) -> None:
        seen.append([e.subject for e in events])

    await Batched(record)(None, event(7))  # type: ignore[arg-type]
    assert seen == [["s-7"]]
