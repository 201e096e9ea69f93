"""Where a build's memory goes: `python -m bench.memory ROOT [--every SECONDS] [--keep-output]`.

Runs `python -m generator build --root ROOT` (output/ removed first, so that every page renders; the
ingest cache is kept) and prints, every few seconds, the proportional set size of the build process,
of each forked worker and of the Pagefind indexer, then the peak of the whole tree and the wall time.
The peak is the figure bench/RESULTS.md reports; the trace says which stage makes it.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

from bench.__main__ import REPO, _pss_kb, _tree


def _name(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/comm") as f:
            return f.read().strip()
    except OSError:
        return "?"


def trace(root: Path, every: float, keep_output: bool) -> tuple[float, float]:
    """(peak MB of the process tree, wall seconds), printing the trace as it goes."""
    if not keep_output:
        shutil.rmtree(root / "output", ignore_errors=True)
    (root / ".cache" / "build-state.pickle").unlink(missing_ok=True)
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "generator", "build", "--root", str(root)],
                            cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak, shown = 0, 0.0
    while proc.poll() is None:
        pids = _tree(proc.pid)
        sizes = [(_name(p), _pss_kb(p) // 1024) for p in pids]
        total = sum(mb for _, mb in sizes)
        peak = max(peak, total)
        now = time.perf_counter() - started
        if now - shown >= every:
            parts = "  ".join(f"{name} {mb}" for name, mb in sizes[1:])
            print(f"{now:7.1f} s  {total:6d} MB  build {sizes[0][1]}  {parts}", flush=True)
            shown = now
        time.sleep(0.02)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"the build failed ({proc.returncode}):\n{proc.stderr.read()[-2000:]}")
    return peak, seconds


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.memory", description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--every", type=float, default=5.0, help="seconds between lines (default 5)")
    parser.add_argument("--keep-output", action="store_true", help="build over the existing output/")
    args = parser.parse_args()
    peak, seconds = trace(args.root.resolve(), args.every, args.keep_output)
    print(f"peak {peak} MB (PSS of the process tree), wall {seconds:.1f} s")


if __name__ == "__main__":
    main()
