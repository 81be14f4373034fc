"""`alianza tail | lag | topics | dlq` against the real broker, on a fresh topic prefix."""

from __future__ import annotations

import asyncio

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition

from shared.catalogue import Stream, dlq_name, topic_name
from tests.integration.ops.support import alianza, dead_letter, event_record, json_lines
from tests.support.ids import random_suffix
from tests.support.infra import Infra
from tests.support.kafka import commit_offsets, produce, read_to_end

pytestmark = pytest.mark.integration


async def test_tail_prints_events_from_the_beginning_as_json_and_filters_them(
    infra: Infra, topic_prefix: str
) -> None:
    partnerships = topic_name(topic_prefix, Stream.PARTNERSHIPS)
    commitments = topic_name(topic_prefix, Stream.COMMITMENTS)
    await produce(
        infra.kafka_bootstrap,
        partnerships,
        [
            event_record("partnership.proposed", "p-1", correlation="corr-1"),
            event_record("partnership.adopted", "p-1", correlation="corr-2"),
            event_record("partnership.proposed", "p-2"),
        ],
    )
    await produce(
        infra.kafka_bootstrap,
        commitments,
        [event_record("commitment.registered", "p-1", source="/alianza/commitments")],
    )
    run = {"bootstrap": infra.kafka_bootstrap, "prefix": topic_prefix}

    everything = json_lines(
        await alianza("tail", "--json", "--from-beginning", "--max", "4", "--timeout", "30", **run)
    )
    assert len(everything) == 4
    assert {e["type"] for e in everything} == {
        "partnership.proposed",
        "partnership.adopted",
        "commitment.registered",
    }
    first = next(e for e in everything if e["correlationid"] == "corr-1")
    assert first["topic"] == partnerships
    assert first["subject"] == first["key"] == "p-1"
    assert first["source"] == "/alianza/registry"
    assert first["data"] == {"partnership_id": "p-1"}
    assert {"time", "partition", "offset", "id", "causationid"} <= set(first)
    # Within one partnership (one partition) the order is the publication order.
    p1 = [e["type"] for e in everything if e["topic"] == partnerships and e["key"] == "p-1"]
    assert p1 == ["partnership.proposed", "partnership.adopted"]

    about_p1 = json_lines(
        await alianza(
            "tail", "--json", "--from-beginning", "--partnership", "p-1", "--timeout", "5", **run
        )
    )
    assert sorted(e["type"] for e in about_p1) == [
        "commitment.registered",
        "partnership.adopted",
        "partnership.proposed",
    ]
    proposals = json_lines(
        await alianza(
            "tail",
            "--json",
            "--from-beginning",
            "--type",
            "partnership.pro*",
            "--timeout",
            "5",
            **run,
        )
    )
    assert sorted(e["subject"] for e in proposals) == ["p-1", "p-2"]
    from_commitments = json_lines(
        await alianza(
            "tail", "--json", "--from-beginning", "--service", "commitments", "--max", "1", **run
        )
    )
    assert [e["type"] for e in from_commitments] == ["commitment.registered"]
    only_topic = json_lines(
        await alianza(
            "tail", "--json", "--from-beginning", "--topic", "commitments", "--timeout", "5", **run
        )
    )
    assert [e["topic"] for e in only_topic] == [commitments]

    readable = await alianza("tail", "--from-beginning", "--max", "4", "--timeout", "30", **run)
    assert readable.exit_code == 0, readable.output
    assert "partnership.adopted" in readable.stdout
    assert "subject=p-1" in readable.stdout
    assert "corr=corr-2" in readable.stdout
    assert "source=/alianza/commitments" in readable.stdout


async def test_tail_live_sees_only_new_events(infra: Infra, topic_prefix: str) -> None:
    partnerships = topic_name(topic_prefix, Stream.PARTNERSHIPS)
    await produce(
        infra.kafka_bootstrap, partnerships, [event_record("partnership.proposed", "old")]
    )
    tailing = asyncio.ensure_future(
        alianza(
            "tail",
            "--json",
            "--max",
            "1",
            "--timeout",
            "30",
            bootstrap=infra.kafka_bootstrap,
            prefix=topic_prefix,
        )
    )
    await asyncio.sleep(3)  # the tail is positioned at the end by then
    await produce(infra.kafka_bootstrap, partnerships, [event_record("partnership.adopted", "new")])
    events = json_lines(await tailing)
    assert [(e["type"], e["subject"]) for e in events] == [("partnership.adopted", "new")]


async def test_lag_shows_what_a_group_has_not_consumed(infra: Infra, topic_prefix: str) -> None:
    partnerships = topic_name(topic_prefix, Stream.PARTNERSHIPS)
    group = f"ops-test-{random_suffix()}"
    tps = [TopicPartition(partnerships, p) for p in range(3)]
    await commit_offsets(infra.kafka_bootstrap, group, dict.fromkeys(tps, 0))
    await produce(
        infra.kafka_bootstrap,
        partnerships,
        [event_record("partnership.proposed", f"p-{i}") for i in range(7)],
    )
    run = {"bootstrap": infra.kafka_bootstrap, "prefix": topic_prefix}

    rows = json_lines(await alianza("lag", "--json", **run))
    mine = [r for r in rows if r["group"] == group]
    assert sorted(r["partition"] for r in mine) == [0, 1, 2]
    assert {r["topic"] for r in mine} == {partnerships}
    assert all(r["committed"] == 0 and r["lag"] == r["end"] for r in mine)
    assert sum(r["lag"] for r in mine) == 7

    table = await alianza("lag", "--group", group, **run)
    assert table.exit_code == 0, table.output
    assert group in table.stdout and f"{group}: total lag 7" in table.stdout

    ends = {TopicPartition(r["topic"], r["partition"]): r["end"] for r in mine}
    await commit_offsets(infra.kafka_bootstrap, group, ends)
    caught_up = json_lines(await alianza("lag", "--json", "--group", group, **run))
    assert [r["lag"] for r in caught_up] == [0, 0, 0]


async def test_lag_shows_a_live_group_that_has_committed_nothing_yet(
    infra: Infra, topic_prefix: str
) -> None:
    commitments = topic_name(topic_prefix, Stream.COMMITMENTS)
    await produce(
        infra.kafka_bootstrap,
        commitments,
        [
            event_record("commitment.overdue", f"p-{i}", source="/alianza/commitments")
            for i in range(4)
        ],
    )
    group = f"ops-idle-{random_suffix()}"
    member = AIOKafkaConsumer(
        bootstrap_servers=infra.kafka_bootstrap, group_id=group, enable_auto_commit=False
    )
    await member.start()
    try:
        member.subscribe([commitments])
        await member.getmany(timeout_ms=2000)  # joins the group; commits nothing
        run = {"bootstrap": infra.kafka_bootstrap, "prefix": topic_prefix}
        rows = json_lines(await alianza("lag", "--json", "--group", group, **run))
    finally:
        await member.stop()
    assert {r["topic"] for r in rows} == {commitments}
    assert all(r["committed"] is None for r in rows)
    assert sum(r["lag"] for r in rows) == 4, "from the beginning, where the group would start"


async def test_topics_lists_partitions_counts_and_retention(
    infra: Infra, topic_prefix: str
) -> None:
    partnerships = topic_name(topic_prefix, Stream.PARTNERSHIPS)
    await produce(
        infra.kafka_bootstrap,
        partnerships,
        [event_record("partnership.proposed", f"p-{i}") for i in range(5)],
    )
    run = {"bootstrap": infra.kafka_bootstrap, "prefix": topic_prefix}
    found = {t["name"]: t for t in json_lines(await alianza("topics", "--json", **run))}
    assert set(found) == {topic_name(topic_prefix, s) for s in Stream} | {
        dlq_name(topic_name(topic_prefix, s)) for s in Stream
    }
    assert found[partnerships]["records"] == 5
    assert found[topic_name(topic_prefix, Stream.COMMITMENTS)]["records"] == 0
    assert all(t["partitions"] == 3 for t in found.values())
    assert all(t["retention_ms"] for t in found.values())

    table = await alianza("topics", **run)
    assert table.exit_code == 0, table.output
    assert partnerships in table.stdout


async def test_dlq_list_show_and_replay(infra: Infra, topic_prefix: str) -> None:
    partnerships = topic_name(topic_prefix, Stream.PARTNERSHIPS)
    dlq = dlq_name(partnerships)
    original = event_record("partnership.adopted", "p-dead", data={"partnership_id": "p-dead"})
    other = event_record("partnership.proposed", "p-other")
    await produce(
        infra.kafka_bootstrap,
        dlq,
        [
            dead_letter(original, original_topic=partnerships),
            dead_letter(other, original_topic=partnerships, reason="invalid_payload"),
        ],
    )
    run = {"bootstrap": infra.kafka_bootstrap, "prefix": topic_prefix}

    listed = json_lines(await alianza("dlq", "list", "--json", **run))
    assert len(listed) == 2
    dead = next(row for row in listed if row["key"] == "p-dead")
    assert dead["topic"] == dlq
    assert dead["type"] == "partnership.adopted"
    assert dead["reason"] == "handler_failed"
    assert "boom" in dead["error"]
    assert dead["original_topic"] == partnerships
    assert (dead["original_partition"], dead["original_offset"]) == (1, 7)
    assert dead["consumer_group"] == "commitments"
    only_invalid = json_lines(
        await alianza("dlq", "list", "--json", "--reason", "invalid_payload", **run)
    )
    assert [row["key"] for row in only_invalid] == ["p-other"]
    table = await alianza("dlq", "list", "--topic", "partnerships", **run)
    assert table.exit_code == 0, table.output
    assert "handler_failed" in table.stdout and "2 dead letter(s)" in table.stdout

    where = ["partnerships.dlq", str(dead["partition"]), str(dead["offset"])]
    shown = json_lines(await alianza("dlq", "show", *where, "--json", **run))[0]
    assert shown["payload"] == {"partnership_id": "p-dead"}
    assert shown["headers"]["dlq_reason"] == "handler_failed"
    assert shown["headers"]["ce_type"] == "partnership.adopted"
    readable = await alianza("dlq", "show", *where, **run)
    assert readable.exit_code == 0, readable.output
    assert "p-dead" in readable.stdout and "boom" in readable.stdout

    replayed = await alianza("dlq", "replay", *where, **run)
    assert replayed.exit_code == 0, replayed.output
    assert "replayed 1 record(s)" in replayed.stdout
    # Read to the end: one record replayed, not one at least.
    back = await read_to_end(infra.kafka_bootstrap, partnerships)
    assert len(back) == 1
    assert back[0].key == original[0] and back[0].value == original[1]
    assert list(back[0].headers) == original[2]  # the original headers, without dlq_*

    dry = await alianza("dlq", "replay", "--all", "--type", "partnership.*", "--dry-run", **run)
    assert dry.exit_code == 0, dry.output
    assert "would replay 2 record(s)" in dry.stdout
    everything = await alianza("dlq", "replay", "--all", "--reason", "invalid_payload", **run)
    assert "replayed 1 record(s)" in everything.stdout
    again = await read_to_end(infra.kafka_bootstrap, partnerships)
    assert sorted(r.key for r in again) == [b"p-dead", b"p-other"]


async def test_dlq_show_of_a_missing_record_is_a_clear_error(
    infra: Infra, topic_prefix: str
) -> None:
    result = await alianza(
        "dlq",
        "show",
        "partnerships.dlq",
        "0",
        "42",
        bootstrap=infra.kafka_bootstrap,
        prefix=topic_prefix,
    )
    assert result.exit_code == 1
    assert "no record at offset 42" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "args",
    [["lag"], ["topics"], ["tail", "--max", "1"], ["dlq", "list"], ["timeline", "p-1"]],
    ids=lambda a: a[0],
)
async def test_a_stack_that_is_down_gives_a_clear_error(args: list[str]) -> None:
    result = await alianza(
        *args,
        bootstrap="127.0.0.1:1",
        prefix="nothing",
        registry_url="http://127.0.0.1:1",
        commitments_url="http://127.0.0.1:1",
        notifications_url="http://127.0.0.1:1",
        request_timeout="2",
    )
    assert result.exit_code == 1, result.output
    assert "not reachable" in result.stderr
    assert "Traceback" not in result.output
