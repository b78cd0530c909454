"""The dump's helper threads (engine/database/pipe.py): items read ahead arrive in order, a producer's error
re-raises in the consumer, and a consumer that stops early closes the producer's generator on its thread
(where its cursor lives)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from backup_desk.engine.database.pipe import read_ahead


def test_items_arrive_in_order_produced_on_another_thread() -> None:
    threads: set[str] = set()

    def produce() -> Iterator[int]:
        for i in range(1000):
            threads.add(threading.current_thread().name)
            yield i

    assert list(read_ahead(produce(), depth=3)) == list(range(1000))
    assert threads == {"db-dump-reader"}


def test_a_producer_error_is_raised_in_the_consumer() -> None:
    def produce() -> Iterator[int]:
        yield 1
        raise ValueError("the server went away")

    got = []
    with pytest.raises(ValueError, match="the server went away"):
        for item in read_ahead(produce()):
            got.append(item)
    assert got == [1]


def test_stopping_early_closes_the_generator_on_its_thread() -> None:
    closed_on: list[str] = []

    def produce() -> Iterator[int]:
        try:
            yield from range(10_000)
        finally:
            closed_on.append(threading.current_thread().name)

    with pytest.raises(RuntimeError, match="disk full"):
        for item in read_ahead(produce()):
            if item == 5:
                raise RuntimeError("disk full")
    assert closed_on == ["db-dump-reader"]
