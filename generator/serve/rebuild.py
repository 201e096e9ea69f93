"""Builds on demand and publishes each result to the preview: the new site, or why it failed.

A save is shown as soon as its pages are rendered. What no open page waits for, the search
index over the changed pages and the copy of the site in output/, is done by the Settler once
the saves have stopped for a moment, in the background, and never delays the next save's build.
"""
from __future__ import annotations

import gc
import sys
import threading
import time
import traceback
from dataclasses import replace
from pathlib import Path

from generator.build import Builder
from generator.config import Paths, Settings, load_settings
from generator.errors import Problem, SiteError
from generator.render.search import FOLDER as SEARCH
from generator.serve.state import Preview, changed_files


def with_base_path(settings: Settings, base_path: str) -> Settings:
    """Settings whose base URL has `base_path` as its path, so the pages' links match how they are served."""
    if settings.base_path == base_path:
        return settings
    return replace(settings, base_url=settings.absolute_base + base_path)


class Rebuilder:
    """Owns the Builder; only one thread calls `build`."""

    def __init__(self, paths: Paths, settings: Settings, preview: Preview,
                 base_path: str | None = None, base_url: str | None = None):
        self.paths = paths
        self.preview = preview
        self.fixed_base_path = base_path      # --base-path wins over site.yaml
        self.base_url = base_url              # --base-url, kept when site.yaml is read again
        self.settings = self._with_base(settings)
        self.builder = Builder(paths, self.settings)
        self._unbuilt: set[Path] = set()      # changes a failed build has not yet turned into a site
        self.lock = threading.Lock()          # one build, or one settling step, at a time
        self.settler = Settler(self)

    def _with_base(self, settings: Settings) -> Settings:
        return with_base_path(settings, self.fixed_base_path or settings.base_path)

    def already_built(self, changed: set[Path]) -> bool:
        """True when every changed path is an entry whose text is what the last build read:
        the echo of ingest's own writes into content/, or a save that changed nothing."""
        entries = getattr(self.builder, "entries", None)
        if self._unbuilt or not isinstance(entries, dict) or not self.preview.snapshot.good:
            return False
        for path in changed:
            try:
                rel = path.relative_to(self.paths.root).as_posix()
                known = entries.get(rel)
                if known is None or not rel.startswith("content/"):
                    return False
                text = path.read_text(encoding="utf-8")
            except (ValueError, OSError, UnicodeDecodeError):
                return False
            text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")   # as parse() does
            if text != getattr(known, "text", None):
                return False
        return True

    def build(self, changed: set[Path] | None, settle_now: bool = False) -> None:
        """Build and publish. `settle_now` (the first build): index and write output/ before returning."""
        if changed is not None and self.already_built(changed):
            return
        with self.lock:
            self.preview.building = True
            try:
                self._build(changed, settle_now)
            finally:
                self.preview.building = False
        if settle_now:
            self.settler.settle()
        else:
            self.settler.poke()

    def _build(self, changed: set[Path] | None, whole: bool = False) -> None:
        """`whole`: index and write output/ in the build itself (the first build, before the
        settling thread runs): the pages go to disk as they render, rather than all into memory."""
        started = time.perf_counter()
        before = self.preview.snapshot
        if changed is not None:
            changed = changed | self._unbuilt
        try:
            if changed is not None and self.paths.settings in changed:
                self.settings = self._with_base(load_settings(self.paths.settings, base_url=self.base_url))
                self.builder = Builder(self.paths, self.settings)
                changed = None
            result = self.builder.build(changed, search=whole, write=whole)
        except SiteError as err:
            self._failed(before, changed, err.problems, started)
            return
        except Exception as err:          # a bug must not take the preview down either
            frame = traceback.extract_tb(err.__traceback__)[-1]
            self._failed(before, changed, [Problem(f"{Path(frame.filename).name}", "internal error of the "
                                                   f"generator: {type(err).__name__}: {err}", frame.lineno)],
                         started)
            return
        self._unbuilt = set()
        files = result.files              # immutable: the next build makes new files
        changed_paths = changed_files(before.files, files)
        seconds = time.perf_counter() - started
        after = replace(before, good=before.good + 1, files=files, base_path=self.settings.base_path,
                        problems=(), builds=before.builds + 1, seconds=seconds)
        self.preview.publish(after, changed_paths)
        for w in result.warnings:
            if changed is None:
                print(w, file=sys.stderr, flush=True)
        stages = ", ".join(f"{k} {v * 1000:.0f}" for k, v in (getattr(result, "timings", None) or {}).items())
        print(f"Build {after.builds}: {len(files)} files, {len(changed_paths)} changed, "
              f"in {seconds * 1000:.0f} ms" + (f" ({stages} ms)" if stages else ""), flush=True)

    def _failed(self, before, changed: set[Path] | None, problems: list[Problem], started: float) -> None:
        if changed is None:
            self._unbuilt = set()
            self.builder = Builder(self.paths, self.settings)   # start afresh next time
        else:
            self._unbuilt = set(changed)
        seconds = time.perf_counter() - started
        after = replace(before, problems=tuple(problems), builds=before.builds + 1, seconds=seconds)
        self.preview.publish(after, [])
        shown = "still showing the last good site" if after.good else "nothing to show until it is fixed"
        print(f"Build {after.builds} failed; {shown}:", file=sys.stderr, flush=True)
        for p in problems:
            print(f"  {p}", file=sys.stderr, flush=True)


class Settler:
    """Brings the search index and output/ up to date with the last good build, off the path of a save.

    It waits until no build has come for `quiet` seconds, indexes the pages a build left unindexed
    (outside the build lock, at a low priority), publishes the index if no newer build came
    meanwhile, and writes output/ as `build` would. Only this thread writes output/ after start-up.
    """

    def __init__(self, rebuilder: Rebuilder, quiet: float = 1.0):
        self.rebuilder = rebuilder
        self.quiet = quiet
        self._cond = threading.Condition()
        self._last = 0.0
        self._due = False
        self._closed = False
        self._thread: threading.Thread | None = None

    def poke(self) -> None:
        """A build happened: settle once the builds stop."""
        with self._cond:
            self._last = time.monotonic()
            self._due = True
            if self._thread is None and not self._closed:
                self._thread = threading.Thread(target=self._run, name="settle", daemon=True)
                self._thread.start()
            self._cond.notify_all()

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._closed and not self._due:
                    self._cond.wait()
                while not self._closed and (wait := self._last + self.quiet - time.monotonic()) > 0:
                    self._cond.wait(wait)
                if self._closed:
                    return
                self._due = False
            try:
                self.settle()
            except Exception as err:        # the preview goes on; `build` will say the same
                print(f"The search index or output/ could not be updated: {err}", file=sys.stderr, flush=True)

    def settle(self) -> None:
        rebuilder = self.rebuilder
        with rebuilder.lock:
            builder, snapshot = rebuilder.builder, rebuilder.preview.snapshot
            pending = builder.search_pending
        if not snapshot.good or snapshot.problems:
            return
        if pending is not None:
            index = builder.search_later(pending)
            with rebuilder.lock:
                if rebuilder.builder is not builder or builder.search_pending is not pending:
                    return                  # a newer build came: its own settling will follow
                builder.searched(pending, index)
                snapshot = rebuilder.preview.snapshot
                files = snapshot.files.updated(index, drop_prefix=f"{SEARCH}/")
                changed = changed_files(snapshot.files, files)
                snapshot = replace(snapshot, files=files)
                rebuilder.preview.publish(snapshot, changed)
        builder.write(snapshot.files)
        gc.collect()            # held off during the builds (generator/build.py): now, while nobody waits
