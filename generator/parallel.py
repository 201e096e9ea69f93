"""Both cores: a pure function mapped over many items in forked worker processes.

The function and the items reach the workers by fork (copy-on-write), not by pickling;
only the item positions go out and the results come back. Results keep the order of the
items, so the output is the same whatever the number of workers. The parent's objects are
frozen out of the garbage collector first: a collection in a worker would write to every
object it visits, copying the parent's memory page by page into that worker.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
from typing import Callable, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS = 200          # below this, starting processes costs more than it saves

_job: tuple[Callable, Sequence] | None = None     # what the forked workers inherit


def workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


class _Failed:
    """An item whose function raised in a worker: it runs again here, to raise the real error
    (some exceptions, such as Jinja's, do not survive the trip between processes)."""


def _run(span: tuple[int, int]) -> list:
    fn, items = _job
    out = []
    for i in range(*span):
        try:
            out.append(fn(items[i]))
        except Exception:
            out.append(_Failed())
    return out


def pmap(fn: Callable[[T], R], items: Sequence[T], progress: Callable[[int], None] | None = None,
         min_items: int | None = None) -> list[R]:
    """[fn(x) for x in items], over several processes when there are enough items and cores
    (`min_items`, by default MIN_ITEMS)."""
    count = workers()
    if len(items) < (MIN_ITEMS if min_items is None else min_items) or count < 2 or "fork" not in multiprocessing.get_all_start_methods():
        out = []
        for x in items:
            out.append(fn(x))
            if progress:
                progress(1)
        return out
    global _job
    _job = (fn, items)
    size = max(8, len(items) // (count * 16))        # small spans: even load, a lively progress bar
    spans = [(i, min(i + size, len(items))) for i in range(0, len(items), size)]
    out: list[R] = []
    gc.freeze()
    try:
        pool = multiprocessing.get_context("fork").Pool(count)
        try:
            for part in pool.imap(_run, spans):
                out.extend(part)
                if progress:
                    progress(len(part))
            pool.close()        # the workers finish and leave by themselves: no signal to race with
        except BaseException:
            pool.terminate()
            raise
        finally:
            pool.join()
    finally:
        _job = None
        gc.unfreeze()
    for i, got in enumerate(out):
        if isinstance(got, _Failed):
            out[i] = fn(items[i])
    return out
