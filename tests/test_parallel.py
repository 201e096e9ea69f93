"""pmap: the same results as a plain loop, in order, with this process working beside its forked
workers; a worker that dies costs time, never a result, and an error reads as it was raised."""
from __future__ import annotations

import os
import time

import pytest

from generator import parallel

PARENT = os.getpid()


def square(x: int) -> int:
    return x * x


def pid(_: int) -> int:
    return os.getpid()


def dies_in_a_worker(x: int) -> int:
    time.sleep(0.0002)              # slow enough that the worker takes spans of its own
    if os.getpid() != PARENT and x % 100 == 7:
        os._exit(3)                 # as the kernel's out-of-memory killer would end it
    return x + 1


def fails_on_one(x: int) -> int:
    if x == 555:
        raise ValueError(f"item {x} is bad")
    return x


pytestmark = pytest.mark.skipif(parallel.workers() < 2, reason="needs two cores")


def test_results_come_in_item_order() -> None:
    assert parallel.pmap(square, list(range(1000))) == [x * x for x in range(1000)]


def test_this_process_works_and_forks_one_worker_fewer_than_the_cores() -> None:
    seen = set(parallel.pmap(pid, list(range(5000))))
    assert PARENT in seen
    assert len(seen) <= parallel.workers()


def test_the_items_of_a_lost_worker_are_worked_here() -> None:
    assert parallel.pmap(dies_in_a_worker, list(range(3000))) == [x + 1 for x in range(3000)]


def test_an_error_in_a_worker_is_raised_as_it_was() -> None:
    with pytest.raises(ValueError, match="item 555 is bad"):
        parallel.pmap(fails_on_one, list(range(1000)))


def test_few_items_stay_in_this_process() -> None:
    assert set(parallel.pmap(pid, list(range(10)))) == {PARENT}
