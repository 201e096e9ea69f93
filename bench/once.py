"""One measured build in a fresh process: `python -m bench.once MODE ROOT` prints JSON.

MODE is `build` (a build as the command line runs it, with its stage timings) or `builder`
(a long-lived Builder, as the preview uses it: no-change rebuilds and one-article edits).
"""
from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

from bench.corpus import kept_as_they_are
from generator.build import Builder, build
from generator.config import Paths, load_settings
from generator.progress import Progress


def one_build(root: Path) -> dict:
    paths = Paths(root)
    started = time.perf_counter()
    result = build(paths, load_settings(paths.settings), progress=Progress(enabled=False))
    return {"seconds": time.perf_counter() - started, "timings": result.timings,
            "rendered": result.pages_rendered, "files": result.pages_written + result.pages_unchanged,
            "written": result.pages_written}


def edit_seed(root: Path, n: int) -> Path:
    """Append a sentence to one article, as an editor fixing a copy-paste would."""
    seed = sorted((root / "seeds").glob("*.txt"))[n * 37 % 1000]
    seed.write_text(seed.read_text(encoding="utf-8").rstrip("\n")
                    + f" The ministry declined to comment on March {n % 28 + 1}, 2021.\n", encoding="utf-8")
    return seed


def edit_source_entry(root: Path, n: int) -> Path:
    """An editor's correction in one source entry: its title."""
    entry = sorted((root / "content" / "sources").glob("*.md"))[n * 53 % 1000]
    text = entry.read_text(encoding="utf-8")
    text = text.replace("\nreviewed: false\n", f"\ntitle: Corrected title {n}\nreviewed: false\n", 1) \
        if f"title: Corrected title" not in text else text.replace("Corrected title", "Corrected title again", 1)
    entry.write_text(text, encoding="utf-8")
    return entry


def edit_actor(root: Path, n: int, front_matter: bool) -> Path:
    """An editor's save in one actor entry: a line of its summary, or its `reviewed` flag."""
    entry = sorted((root / "content" / "actors").glob("*.md"))[n * 7 % 50]
    text = entry.read_text(encoding="utf-8")
    if front_matter:
        flip = ("reviewed: false", "reviewed: true") if "reviewed: false" in text else ("reviewed: true", "reviewed: false")
        text = text.replace(*flip, 1)
    else:
        text = text.rstrip("\n") + f"\n\nA line of summary written at save {n}.\n"
    entry.write_text(text, encoding="utf-8")
    return entry


def builder_runs(root: Path, runs: int) -> dict:
    """A long-lived Builder as the preview drives it: edits are built without writing output/ or
    the search index, which the preview brings up to date once the saves stop."""
    paths = Paths(root)
    builder = Builder(paths, load_settings(paths.settings))
    builder.build(None)
    edits = {"seed_edit": lambda i: edit_seed(root, 100 + i),
             "entry_edit": lambda i: edit_source_entry(root, 200 + i),
             "summary_edit": lambda i: edit_actor(root, i, False),
             "actor_meta_edit": lambda i: edit_actor(root, i, True)}
    out: dict[str, list[float]] = {"nochange": [], **{k: [] for k in edits}}
    rendered: dict[str, list[int]] = {k: [] for k in edits}
    for i in range(runs):
        t = time.perf_counter()
        builder.build(set())
        out["nochange"].append(time.perf_counter() - t)
    with kept_as_they_are(root):
        for name, edit in edits.items():
            for i in range(runs):
                changed = edit(i)
                t = time.perf_counter()
                r = builder.build({changed}, search=False, write=False)
                out[name].append(time.perf_counter() - t)
                rendered[name].append(r.pages_rendered)
            builder.build(set())            # what the preview does once the saves stop
    return {k: statistics.median(v) for k, v in out.items()} | {
        f"{k}_rendered": statistics.median(v) for k, v in rendered.items()}


def main() -> None:
    mode, root = sys.argv[1], Path(sys.argv[2])
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    print(json.dumps(one_build(root) if mode == "build" else builder_runs(root, runs)))


if __name__ == "__main__":
    main()
