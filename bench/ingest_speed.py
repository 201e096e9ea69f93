"""Extraction speed on one core: `python -m bench.ingest_speed [--articles N] [--runs R]`.

Prints milliseconds of generator.ingest.extract per 1,000 words of raw article text, for the
synthetic corpus (bench/corpus.py) and for the hand-annotated gold articles and seeds (the
scored sets tests/test_blind.py lists, tests/gold/unseen/ and seeds/; never a held-out set). Each run
is a forked child of one process that has imported the extractor but extracted nothing, so every
run starts with the same empty caches and sees each article once, as a cold build does; the
figure is the median over runs. Time is the child's CPU time (one process, one core), which other
work on the machine disturbs far less than wall time. Words are whitespace-separated tokens of the
raw text.
"""
from __future__ import annotations

import argparse
import ast
import os
import statistics
import struct
import time
from pathlib import Path

from bench.corpus import articles
from generator import ingest
from generator.ingest import extract

REPO = Path(__file__).resolve().parent.parent


def _scored_sets() -> tuple[str, ...]:
    """The gold folders tests/test_blind.py scores (its SETS), read without importing the test.

    A held-out set still being written, or not yet scored by hand, is not in that list and must
    not be read by any tool before its first scoring, so the benchmark never opens it."""
    tree = ast.parse((REPO / "tests" / "test_blind.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "SETS" for t in node.targets):
            return tuple(ast.literal_eval(node.value))
    raise SystemExit("tests/test_blind.py: no SETS tuple naming the scored gold sets")


def _gold() -> list[tuple[str, str]]:
    folders = [*_scored_sets(), "unseen"]
    paths = [p for f in folders for p in sorted((REPO / "tests" / "gold" / f).glob("*.txt"))]
    paths += sorted(REPO.glob("seeds/*.txt"))
    return [(p.name, p.read_text(encoding="utf-8")) for p in paths]


# The steps of extract(), as generator.ingest names them, for --steps.
STEPS = ("clean", "build_actors", "extract_quotes", "guard", "infer_published", "infer_publisher",
         "extract_events")


def _timed_in_child(items: list[tuple[str, str]], steps: bool = False) -> tuple[float, ...]:
    """CPU seconds one fresh forked child spends extracting every item once, then (with steps)
    the seconds spent inside each of STEPS."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:                      # the child: measure, report, leave without cleanup
        os.close(read)
        spent = dict.fromkeys(STEPS, 0.0) if steps else {}
        for step in spent:            # (only this child's module is wrapped)
            setattr(ingest, step, _timing(getattr(ingest, step), step, spent))
        started = time.process_time()
        for name, text in items:
            extract(text, name)
        total = time.process_time() - started
        os.write(write, struct.pack(f"{1 + len(spent)}d", total, *spent.values()))
        os._exit(0)
    os.close(write)
    size = 8 * (1 + (len(STEPS) if steps else 0))
    data = b""
    while len(data) < size:
        chunk = os.read(read, size - len(data))
        if not chunk:
            break
        data += chunk
    os.close(read)
    os.waitpid(pid, 0)
    return struct.unpack(f"{size // 8}d", data)


def _timing(fn, step: str, spent: dict):
    def timed(*args, **kwargs):
        started = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[step] += time.process_time() - started
    return timed


def ms_per_kword(items: list[tuple[str, str]], runs: int, steps: bool = False) -> tuple[float, int] | tuple[float, int, dict]:
    """Median ms per 1,000 words over runs; with steps, also each step's median ms per 1,000 words."""
    words = sum(len(text.split()) for _, text in items)
    per_k = 1000 / (words / 1000)
    results = [_timed_in_child(items, steps) for _ in range(runs)]
    ms = statistics.median(r[0] for r in results) * per_k
    if not steps:
        return ms, words
    return ms, words, {s: statistics.median(r[1 + i] for r in results) * per_k for i, s in enumerate(STEPS)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=300, help="synthetic articles (default 300)")
    ap.add_argument("--runs", type=int, default=5, help="runs per figure, median kept (default 5)")
    ap.add_argument("--steps", action="store_true",
                    help="also each step of extract() (page cleaning, actors, quotes, ...) per 1,000 words")
    args = ap.parse_args()
    for label, items in (("synthetic corpus", [(a.name, a.text) for a in articles(args.articles)]),
                         ("gold articles and seeds", _gold())):
        ms, words, *split = ms_per_kword(items, args.runs, args.steps)
        print(f"{label:24} {len(items):4} articles, {words:7,} words: "
              f"{ms:5.2f} ms per 1,000 words (one core, median of {args.runs})")
        if split:
            print("    " + ", ".join(f"{step} {v:.2f}" for step, v in split[0].items()))


if __name__ == "__main__":
    main()
