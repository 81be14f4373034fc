"""The producers' partitioner remembers each key's hash; it must pick the partition the default
one picks, or a key's events would change partition (and lose their order) across versions."""

from __future__ import annotations

from aiokafka.partitioner import DefaultPartitioner
from hypothesis import given
from hypothesis import strategies as st

from shared.kafka import keyed_partition


@given(key=st.binary(max_size=64), count=st.integers(min_value=1, max_value=64))
def test_a_key_lands_where_the_default_partitioner_puts_it_the_first_time_and_after(
    key: bytes, count: int
) -> None:
    partitions = list(range(count))
    expected = DefaultPartitioner()(key, partitions, partitions)
    assert keyed_partition(key, partitions, partitions) == expected
    assert keyed_partition(key, partitions, partitions) == expected  # from the remembered hash
