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
                    + f" The ministry declined to comment on March {n + 1}, 2021.\n", encoding="utf-8")
    return seed


def edit_source_entry(root: Path, n: int) -> Path:
    """An editor's correction in one source entry: its title."""
    entry = sorted((root / "content" / "sources").glob("*.md"))[n * 53 % 1000]
    text = entry.read_text(encoding="utf-8")
    text = text.replace("\nreviewed: false\n", f"\ntitle: Corrected title {n}\nreviewed: false\n", 1) \
        if f"title: Corrected title" not in text else text.replace("Corrected title", "Corrected title again", 1)
    entry.write_text(text, encoding="utf-8")
    return entry


def builder_runs(root: Path, runs: int) -> dict:
    paths = Paths(root)
    builder = Builder(paths, load_settings(paths.settings))
    builder.build(None)
    out: dict[str, list[float]] = {"nochange": [], "seed_edit": [], "entry_edit": []}
    rendered: dict[str, list[int]] = {"seed_edit": [], "entry_edit": []}
    for i in range(runs):
        t = time.perf_counter()
        builder.build(set())
        out["nochange"].append(time.perf_counter() - t)
    for i in range(runs):
        seed = edit_seed(root, 100 + i)
        t = time.perf_counter()
        r = builder.build({seed})
        out["seed_edit"].append(time.perf_counter() - t)
        rendered["seed_edit"].append(r.pages_rendered)
    for i in range(runs):
        entry = edit_source_entry(root, 200 + i)
        t = time.perf_counter()
        r = builder.build({entry})
        out["entry_edit"].append(time.perf_counter() - t)
        rendered["entry_edit"].append(r.pages_rendered)
    return {k: statistics.median(v) for k, v in out.items()} | {
        f"{k}_rendered": statistics.median(v) for k, v in rendered.items()}


def main() -> None:
    mode, root = sys.argv[1], Path(sys.argv[2])
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    print(json.dumps(one_build(root) if mode == "build" else builder_runs(root, runs)))


if __name__ == "__main__":
    main()
