"""The benchmark: `python -m bench` (N = 1,000 and 10,000) or `python -m bench --quick` (N = 1,000).

For each N, the synthetic corpus (bench/corpus.py) is built in fresh processes, each figure the
median of several runs: a cold build (empty content/, no cache, no output/) with its wall time and
peak memory (proportional set size of the build's whole process tree, sampled every 20 ms), a
build from cached ingest (output/ removed), a no-change rebuild and a one-article edit from the
command line, and the same from a long-lived Builder as the preview uses it. Pelican (PyPI) and
Hugo (Debian's `hugo`) build the same articles as Markdown in the same run. Results are printed
and written to bench/RESULTS.md with the date and the machine.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from bench.corpus import articles, kept_as_they_are, write_hugo, write_pelican, write_seeds

REPO = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
CORPUS_VERSION = "2"      # 2: made afresh once, without the edits earlier runs left in it

PELICAN_CONF = """AUTHOR = "Bench"
SITENAME = "Bench"
SITEURL = ""
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
DEFAULT_PAGINATION = 20
RELATIVE_URLS = True
SLUGIFY_SOURCE = "basename"      # headlines repeat in the synthetic corpus; file names do not
"""
HUGO_CONF = 'baseURL = "/"\ntitle = "Bench"\ndisableKinds = ["RSS"]\n'
HUGO_SINGLE = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title>'
               '</head><body><h1>{{ .Title }}</h1><p>{{ .Date.Format "2 January 2006" }}</p>'
               '{{ .Content }}</body></html>\n')
HUGO_LIST = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title>'
             '</head><body><h1>{{ .Title }}</h1><ul>{{ range .Paginator.Pages }}'
             '<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n')


# --- measuring a process ------------------------------------------------------------------------

def _tree(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except OSError:
            pass
    return found


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def run(cmd: list[str], cwd: Path = REPO) -> tuple[float, float, str]:
    """Wall seconds, peak memory (MB, the process tree's PSS) and stdout of one command."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0]

    def sample() -> None:
        while proc.poll() is None:
            peak[0] = max(peak[0], sum(_pss_kb(p) for p in _tree(proc.pid)))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - started
    sampler.join()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-3000:]}")
    return seconds, peak[0] / 1024, out


def median(values: list[float]) -> float:
    return statistics.median(values)


# --- the corpus on disk -------------------------------------------------------------------------

def prepare(work: Path, n: int) -> Path:
    """work/N/: seeds/ for us, pelican/ and hugo/ with the same articles as Markdown."""
    base = work / str(n)
    marker = base / ".corpus"
    if marker.is_file() and marker.read_text() == CORPUS_VERSION:
        return base
    shutil.rmtree(base, ignore_errors=True)
    items = articles(n)
    write_seeds(base / "site" / "seeds", items)
    write_pelican(base / "pelican" / "content", items)
    (base / "pelican" / "pelicanconf.py").write_text(PELICAN_CONF)
    write_hugo(base / "hugo" / "content" / "posts", items)
    (base / "hugo" / "hugo.toml").write_text(HUGO_CONF)
    layouts = base / "hugo" / "layouts" / "_default"
    layouts.mkdir(parents=True)
    (layouts / "single.html").write_text(HUGO_SINGLE)
    (layouts / "list.html").write_text(HUGO_LIST)
    marker.write_text(CORPUS_VERSION)
    return base


def reset(site: Path, keep_ingest: bool) -> None:
    for part in ("output",) + (() if keep_ingest else ("content", ".cache")):
        shutil.rmtree(site / part, ignore_errors=True)
    (site / ".cache" / "build-state.pickle").unlink(missing_ok=True)


# --- the figures --------------------------------------------------------------------------------

def ours(base: Path, n: int, runs: int) -> dict:
    site = base / "site"
    py = sys.executable
    fig: dict = {}
    cold, peaks, ingest_rates = [], [], []
    for _ in range(runs):
        reset(site, keep_ingest=False)
        seconds, peak, out = run([py, "-m", "bench.once", "build", str(site)])
        info = json.loads(out)
        cold.append(seconds)
        peaks.append(peak)
        ingest_rates.append(n / info["timings"]["ingest"])
        print(f"  cold build {seconds:.2f} s, peak {peak:.0f} MB, stages "
              + ", ".join(f"{k} {v:.2f}" for k, v in info["timings"].items()), flush=True)
    fig["cold"], fig["peak_mb"], fig["ingest_per_s"] = median(cold), max(peaks), median(ingest_rates)
    warm, render_rates = [], []
    for _ in range(runs):
        reset(site, keep_ingest=True)
        seconds, peak, out = run([py, "-m", "bench.once", "build", str(site)])
        info = json.loads(out)
        warm.append(seconds)
        render_rates.append(info["rendered"] / info["timings"]["render"])
        fig["pages"] = info["files"]
        print(f"  build from cached ingest {seconds:.2f} s, stages "
              + ", ".join(f"{k} {v:.2f}" for k, v in info["timings"].items()), flush=True)
    fig["warm"], fig["render_per_s"] = median(warm), median(render_rates)
    run([py, "-m", "generator", "build", "--root", str(site)])      # settle the saved state
    fig["cli_nochange"] = median([run([py, "-m", "generator", "build", "--root", str(site)])[0]
                                  for _ in range(runs)])
    edits = []
    with kept_as_they_are(site):
        for i in range(runs):
            seed = sorted((site / "seeds").glob("*.txt"))[(i * 41) % n]
            seed.write_text(seed.read_text(encoding="utf-8").rstrip("\n") + f" Edited {i}.\n", encoding="utf-8")
            edits.append(run([py, "-m", "generator", "build", "--root", str(site)])[0])
    fig["cli_edit"] = median(edits)
    print(f"  command line: no-change rebuild {fig['cli_nochange']:.2f} s, one-article edit "
          f"{fig['cli_edit']:.2f} s", flush=True)
    _, _, out = run([py, "-m", "bench.once", "builder", str(site), str(runs)])
    fig["builder"] = json.loads(out)
    print(f"  Builder: {fig['builder']}", flush=True)
    return fig


def seeds_cold(work: Path, runs: int) -> float:
    """Median wall seconds of a cold `python -m generator build` of this repository's own site
    (its seeds, content and templates, copied afresh: no .cache/, no output/)."""
    site = work / "seeds-site"
    times = []
    for _ in range(runs):
        shutil.rmtree(site, ignore_errors=True)
        for part in ("seeds", "content", "templates"):
            shutil.copytree(REPO / part, site / part)
        times.append(run([sys.executable, "-m", "generator", "build", "--root", str(site)])[0])
    print(f"  the five seeds: cold build {median(times):.2f} s (runs: "
          + ", ".join(f"{t:.2f}" for t in times) + ")", flush=True)
    return median(times)


def peers(base: Path, runs: int) -> dict:
    fig: dict = {}
    pelican = base / "pelican"
    (pelican / "pelicanconf.py").write_text(PELICAN_CONF)
    try:
        times = []
        for _ in range(runs):
            shutil.rmtree(pelican / "output", ignore_errors=True)
            times.append(run([sys.executable, "-m", "pelican", "content", "-o", "output",
                              "-s", "pelicanconf.py", "-q"], cwd=pelican)[0])
        fig["pelican"] = median(times)
        print(f"  Pelican {fig['pelican']:.2f} s", flush=True)
    except (RuntimeError, OSError) as err:
        print(f"  Pelican not measured: {str(err).splitlines()[0]} (pip install -e '.[bench]')", flush=True)
    hugo = base / "hugo"
    if shutil.which("hugo"):
        times = []
        for _ in range(runs):
            shutil.rmtree(hugo / "public", ignore_errors=True)
            times.append(run(["hugo", "--quiet", "-s", str(hugo), "-d", str(hugo / "public")], cwd=hugo)[0])
        fig["hugo"] = median(times)
        print(f"  Hugo {fig['hugo']:.2f} s", flush=True)
    else:
        print("  Hugo not measured: no `hugo` on PATH (apt-get install hugo, or `make bench`)", flush=True)
    return fig


def save_to_reload(base: Path) -> float | None:
    try:
        from bench.save_to_reload import measure
    except ImportError:
        return None
    try:
        return measure(base / "site")
    except Exception as err:       # a preview that cannot start must not lose the other figures
        print(f"  save-to-reload not measured: {err}", flush=True)
        return None


# --- the report ---------------------------------------------------------------------------------

def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        mem = int(Path("/proc/meminfo").read_text().split()[1]) / 1048576
    except (OSError, ValueError, IndexError):
        mem = 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{cpu}, {cores} cores, {mem:.0f} GB RAM, {platform.system()} {platform.release()}, " \
           f"Python {platform.python_version()}"


def versions() -> str:
    found = []
    try:
        import pelican
        found.append(f"Pelican {pelican.__version__}")
    except ImportError:
        pass
    if shutil.which("hugo"):
        out = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.split()
        found.append(f"Hugo {out[1] if len(out) > 1 else '?'}")
    return ", ".join(found) or "no peers installed"


def report(results: dict[int, dict], runs: int, reload_s: float | None,
           seeds_s: float | None = None) -> str:
    def ratio(a: float | None, b: float | None) -> str:
        return f"{a / b:.2f}×" if a and b else "not measured"

    lines = [f"# Benchmark results", "",
             f"Measured {dt.datetime.now().strftime('%Y-%m-%d %H:%M')} on {machine()}; {versions()}.",
             f"Each figure is the median of {runs} runs in fresh processes (Builder: one process, "
             f"{runs} builds each). Re-run with `make bench` (or `python -m bench --quick`).", ""]
    if seeds_s is not None:
        lines += ["## The five seeds", "", "| figure | value | target |", "|---|---|---|",
                  f"| cold build, `python -m generator build` (no .cache/, no output/), wall | "
                  f"{seeds_s:.2f} s | < 1 s |", ""]
    for n, f in results.items():
        b = f["builder"]
        lines += [f"## {n:,} articles ({f['pages']:,} output files)", "",
                  "| figure | value | target |", "|---|---|---|",
                  f"| ingest | {f['ingest_per_s']:,.0f} articles/s | |",
                  f"| render | {f['render_per_s']:,.0f} pages/s | |",
                  f"| cold build (ingest + render), wall | {f['cold']:.2f} s | |",
                  f"| cold build, peak memory (PSS, all processes) | {f['peak_mb']:.0f} MB | < 1,024 MB |",
                  f"| build from cached ingest (output/ removed), wall | {f['warm']:.2f} s | |",
                  f"| no-change rebuild, `python -m generator build` | {f['cli_nochange']:.2f} s | < 1 s |",
                  f"| one-article edit, `python -m generator build` | {f['cli_edit']:.2f} s | |",
                  f"| no-change rebuild, Builder (preview) | {b['nochange'] * 1000:.0f} ms | < 1 s |",
                  f"| one-article (seed) edit, Builder (preview) | {b['seed_edit'] * 1000:.0f} ms "
                  f"({b['seed_edit_rendered']:.0f} pages rendered) | < 300 ms |",
                  f"| one source-entry edit (its title), Builder (preview) | {b['entry_edit'] * 1000:.0f} ms "
                  f"({b['entry_edit_rendered']:.0f} pages rendered) | |",
                  f"| one actor's summary edited, Builder (preview) | {b['summary_edit'] * 1000:.0f} ms "
                  f"({b['summary_edit_rendered']:.0f} pages rendered) | |",
                  f"| one actor's front matter edited (`reviewed`), Builder (preview) | "
                  f"{b['actor_meta_edit'] * 1000:.0f} ms ({b['actor_meta_edit_rendered']:.0f} pages rendered) | |",
                  f"| Pelican, same articles, wall | {f.get('pelican', 0):.2f} s | |",
                  f"| Hugo, same articles, wall | {f.get('hugo', 0):.2f} s | |",
                  f"| **Pelican ÷ our cold build** | **{ratio(f.get('pelican'), f['cold'])}** | ≥ 3× at 10,000 |",
                  f"| **our build from cached ingest ÷ Hugo** | **{ratio(f['warm'], f.get('hugo'))}** | ≤ 1.5× at 10,000 |",
                  ""]
    if reload_s is not None:
        lines += [f"Save-to-reload in the preview (bench/save_to_reload.py, 1,000 articles): "
                  f"{reload_s * 1000:.0f} ms (target ≤ 100 ms).", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="N = 1,000 only, for development")
    ap.add_argument("--sizes", type=int, nargs="+", help="corpus sizes (default: 1000 10000)")
    ap.add_argument("--runs", type=int, default=3, help="runs per figure (default 3)")
    ap.add_argument("--no-peers", action="store_true", help="skip Pelican and Hugo")
    ap.add_argument("--work", type=Path, default=REPO / ".cache" / "bench",
                    help="where the corpora are built (default .cache/bench)")
    ap.add_argument("--no-reload", action="store_true", help="skip the preview's save-to-reload figure")
    ap.add_argument("--no-seeds", action="store_true", help="skip the five seeds' cold build")
    ap.add_argument("--no-write", action="store_true", help="print only; leave bench/RESULTS.md alone")
    args = ap.parse_args(argv)
    sizes = args.sizes or ([1000] if args.quick else [1000, 10000])
    results: dict[int, dict] = {}
    reload_s = None
    seeds_s = None if args.no_seeds else seeds_cold(args.work, max(args.runs, 5))
    for n in sizes:
        print(f"{n:,} articles", flush=True)
        base = prepare(args.work, n)
        results[n] = ours(base, n, args.runs)
        if not args.no_peers:
            results[n].update(peers(base, args.runs))
        if n == 1000 and not args.no_reload:
            reload_s = save_to_reload(base)
    text = report(results, args.runs, reload_s, seeds_s)
    print("\n" + text)
    if not args.no_write:
        RESULTS.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
