"""Both cores: a pure function mapped over many items, in this process and forked ones.

The function and the items reach the workers by fork (copy-on-write), not by pickling;
only the item positions go out and the results come back. Results keep the order of the
items, so the output is the same whatever the number of workers.

This process works too: with N cores it forks N - 1 workers and takes spans of items from the
same counter as they do, so it is never idle while they work. Each forked worker ends up
holding a copy of much of this process's memory (touching an object writes its reference
count, which copies its memory page), so one worker fewer is one such copy less. The parent's
objects are frozen out of the garbage collector first, for the same reason: a collection in a
worker would write to every object it visits.

A span whose result never arrives (a worker killed, say by the kernel when memory runs out)
is worked in this process at the end, so a lost worker costs time, never a result or a hang.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import queue
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


def _take(counter) -> int:
    """The next span's number, shared by every process of one map."""
    with counter.get_lock():
        n = counter.value
        counter.value = n + 1
    return n


def _worker(spans: list[tuple[int, int]], counter, results) -> None:
    """A forked worker: spans taken from the counter, each span's results put on the queue (sent
    by the queue's own thread, so a parent busy with its own span never holds this one up)."""
    try:
        while (n := _take(counter)) < len(spans):
            results.put((n, _run(spans[n])))
    except BaseException:            # an interrupt: the parent works whatever never arrived
        pass
    results.close()
    results.join_thread()


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
    done: dict[int, list] = {}

    def arrived(part: tuple[int, list]) -> None:
        done[part[0]] = part[1]
        if progress:
            progress(len(part[1]))

    ctx = multiprocessing.get_context("fork")
    counter = ctx.Value("q", 0)
    results = ctx.Queue()
    collecting = gc.isenabled()
    gc.freeze()
    # With what exists now frozen, a collection walks only what the map makes, which is cheap and
    # frees its cyclic garbage (a rendered page leaves some 85 objects in cycles): on here and in
    # the workers even while a build holds the collector off (generator/build.py).
    gc.enable()
    procs = []
    finished = False
    try:
        procs = [ctx.Process(target=_worker, args=(spans, counter, results), daemon=True)
                 for _ in range(count - 1)]
        for p in procs:
            p.start()
        while (n := _take(counter)) < len(spans):
            arrived((n, _run(spans[n])))
            while True:              # what the workers sent meanwhile, without waiting
                try:
                    arrived(results.get_nowait())
                except queue.Empty:
                    break
        while len(done) < len(spans):
            try:
                arrived(results.get(timeout=0.05))
            except queue.Empty:
                if not any(p.is_alive() for p in procs) and results.empty():
                    break            # a worker left without sending all it took
        if len(done) < len(spans):
            for p in procs:
                p.join()
        # Else every span has arrived and each worker is on its way out: it is not waited for
        # (the next map's start, or the interpreter's exit, reaps it). A worker forked from a
        # 10,000-article site took 0.1 s to exit, which the preview's edits had waited for.
        finished = True
    finally:
        for p in procs:
            if not finished and p.is_alive():     # interrupted here: the workers stop too
                p.terminate()
                p.join()
        results.close()
        _job = None
        gc.unfreeze()
        if not collecting:
            gc.disable()
    out: list[R] = []
    for n, span in enumerate(spans):
        if n not in done:            # its worker was lost: worked here
            arrived((n, [fn(items[i]) for i in range(*span)]))
        out.extend(done[n])
    for i, got in enumerate(out):
        if isinstance(got, _Failed):
            out[i] = fn(items[i])
    return out
