"""Save-to-reload: how long after an editor saves an entry the open pages are told to reload.

A real `python -m generator serve` runs on a free port; this script listens to its event stream as
a page does, appends a line to one entry's Markdown body, and times the moment the build event
naming the changed page arrives. The median of several saves is the figure.

    python -m bench.save_to_reload                  # the five seeds and a 1,000-article site
    python -m bench.save_to_reload --articles 0     # the seeds only
    python -m bench.save_to_reload --root DIR       # an existing site
"""
from __future__ import annotations

import argparse
import http.client
import json
import queue
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
PAUSE = 0.3            # between saves, so that each is a burst of its own


def _stop_with_parent() -> None:
    """Linux: the preview gets SIGTERM (a clean stop) if the benchmark itself is killed."""
    try:
        import ctypes
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)    # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


class _Server:
    def __init__(self, root: Path, startup_timeout: float):
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "generator", "serve", "--root", str(root), "--port", "0"],
            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            preexec_fn=_stop_with_parent)
        lines: queue.Queue = queue.Queue()
        threading.Thread(target=lambda: [lines.put(l) for l in self.proc.stdout], daemon=True).start()
        deadline = time.monotonic() + startup_timeout
        while True:
            if time.monotonic() > deadline or self.proc.poll() is not None:
                self.stop()
                raise RuntimeError(f"the preview of {root} did not start")
            try:
                found = re.search(r"http://\S+", lines.get(timeout=0.5))
            except queue.Empty:
                continue
            if found:
                break
        parts = urlsplit(found.group(0))
        self.host, self.port = parts.hostname, parts.port

    def status(self) -> dict:
        conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
        try:
            conn.request("GET", "/__generator/status")
            return json.loads(conn.getresponse().read())
        finally:
            conn.close()

    def settle(self, quiet: float = 1.0) -> None:
        """Waits out the builds that follow start-up (the first ingest writes content/)."""
        last = None
        while True:
            state = self.status()
            if not state["building"] and state["builds"] == last:
                return
            last = None if state["building"] else state["builds"]
            time.sleep(quiet)

    def events(self):
        """The event stream a page listens to, as parsed messages."""
        conn = http.client.HTTPConnection(self.host, self.port, timeout=600)
        conn.request("GET", "/__generator/events")
        stream = conn.getresponse()
        data = []
        for raw in stream:
            line = raw.decode().rstrip("\n")
            if line.startswith("data: "):
                data.append(line[6:])
            elif not line and data:
                yield json.loads("\n".join(data))
                data = []

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def _entry_to_edit(root: Path) -> Path:
    """An actor's entry if there is one (its summary is the page's), else a source's."""
    for kind in ("actors", "sources"):
        found = sorted((root / "content" / kind).glob("*.md"))
        if found:
            return found[0]
    raise RuntimeError(f"{root}/content has no entry to edit")


def measure(root: Path, runs: int = 5, startup_timeout: float = 3600) -> float:
    """Median seconds from saving one entry to the build event that names the changed page."""
    return statistics.median(timings(root, runs, startup_timeout)["total"])


def sheet_of(root: Path, entry: Path) -> str:
    """The page that shows an entry: content/actors/x.md → actors/x/index.html."""
    kind, name = entry.relative_to(root / "content").parts
    return f"{kind}/{name.removesuffix('.md')}/index.html"


def timings(root: Path, runs: int = 5, startup_timeout: float = 3600,
            pause: float = PAUSE) -> dict[str, list[float]]:
    """Per save: `total` (save → event) and `build` (the build alone, as the preview timed it).
    `pause` is the time between saves: past a second, the preview's background work (the search
    index, output/) runs between them, as it does while an editor writes."""
    server = _Server(Path(root), startup_timeout)
    entry = None
    try:
        server.settle()
        entry = _entry_to_edit(Path(root))
        original = entry.read_text(encoding="utf-8")
        stream = server.events()
        next(stream)                                    # the hello every page gets
        times: dict[str, list[float]] = {"total": [], "build": []}
        sheet = sheet_of(Path(root), entry)
        for n in range(runs):
            time.sleep(pause)
            started = time.perf_counter()
            entry.write_text(original.rstrip("\n") + f"\n\nBenchmark edit {n}.\n", encoding="utf-8")
            for event in stream:
                if event["problems"]:
                    raise RuntimeError(f"the edit broke the build: {event['problems']}")
                if event["changed"] is None or sheet in event["changed"]:
                    times["total"].append(time.perf_counter() - started)
                    times["build"].append(server.status()["seconds"])
                    break
        return times
    finally:
        if entry is not None:
            entry.write_text(original, encoding="utf-8")
        server.stop()


def synthetic_site(folder: Path, articles: int) -> Path:
    """A site of `articles` synthetic articles (bench/corpus.py), or copies of the seeds without it."""
    seeds = folder / "seeds"
    try:
        from bench.corpus import articles as make, write_seeds
        write_seeds(seeds, make(articles))
    except ImportError:
        seeds.mkdir(parents=True)
        originals = sorted((REPO / "seeds").glob("*.txt"))
        for i in range(articles):
            source = originals[i % len(originals)]
            (seeds / f"copy{i:05d}_{source.name}").write_text(
                source.read_text(encoding="utf-8") + f"\n\nCopy {i}.\n", encoding="utf-8")
    return folder


def seeds_site(folder: Path) -> Path:
    (folder / "seeds").mkdir(parents=True)
    for seed in sorted((REPO / "seeds").iterdir()):
        shutil.copy(seed, folder / "seeds" / seed.name)
    return folder


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.save_to_reload", description=__doc__.split("\n")[0])
    ap.add_argument("--root", type=Path, help="measure this site (it is edited and restored)")
    ap.add_argument("--articles", type=int, default=1000, help="synthetic site size (0: seeds only)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--pause", type=float, default=PAUSE, help="seconds between saves")
    args = ap.parse_args(argv)
    if args.root:
        report(str(args.root), timings(args.root, args.runs, pause=args.pause))
        return 0
    with tempfile.TemporaryDirectory(prefix="save-to-reload-") as tmp:
        sites = [("the five seeds", seeds_site(Path(tmp) / "seeds"))]
        if args.articles:
            sites.append((f"{args.articles:,} synthetic articles",
                          synthetic_site(Path(tmp) / "synthetic", args.articles)))
        for name, root in sites:
            report(name, timings(root, args.runs, pause=args.pause))
    return 0


def report(name: str, times: dict[str, list[float]]) -> None:
    total, build = statistics.median(times["total"]), statistics.median(times["build"])
    print(f"{name}: median save-to-reload {total * 1000:.0f} ms over {len(times['total'])} saves "
          f"(the build {build * 1000:.0f} ms, watching and notifying {(total - build) * 1000:.0f} ms)",
          flush=True)


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    sys.exit(main())
