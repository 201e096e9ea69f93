"""Watching the site's sources: seeds/, content/, templates/ and the settings file.

File events arrive one by one; a Debouncer turns a burst of them (many files saved at once, a
`git checkout`) into one set of changed paths, hence one rebuild.
"""
from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Callable

from watchdog.events import (DirCreatedEvent, DirDeletedEvent, DirMovedEvent, FileCreatedEvent,
                             FileDeletedEvent, FileModifiedEvent, FileMovedEvent, FileSystemEvent,
                             FileSystemEventHandler)
from watchdog.observers import Observer
from watchdog.observers.polling import PollingObserver

from generator.config import Paths

# Writes, not reads: the build itself opens every entry, and that must not start another build.
EVENTS = [FileCreatedEvent, FileModifiedEvent, FileDeletedEvent, FileMovedEvent,
          DirCreatedEvent, DirDeletedEvent, DirMovedEvent]
FOLDERS = ("seeds", "content", "templates")
POLL_SECONDS = 0.25


def is_scratch(name: str) -> bool:
    """Editors' and our own temporary files: `.x.md.tmp`, `x.md~`, `.x.md.swp`, `#x.md#`, vim's `4913`."""
    return (name.startswith((".", "#", "~")) or name.endswith(("~", ".swp", ".swx", ".tmp", ".part"))
            or name == "4913")


def relevant(path: Path, paths: Paths) -> bool:
    """Does a change at `path` change the site?"""
    if path == paths.settings:
        return True
    for folder in (paths.seeds, paths.content, paths.templates):
        if path == folder:
            return True
        if folder in path.parents:
            rel = path.relative_to(folder)
            return not any(is_scratch(part) for part in rel.parts)
    return False


class Debouncer:
    """Collects changed paths; `next_batch` returns them once no new one came for `quiet` seconds."""

    def __init__(self, quiet: float = 0.03, longest: float = 1.0):
        self.quiet, self.longest = quiet, longest
        self._pending: set[Path] = set()
        self._first = self._last = 0.0
        self._closed = False
        self._cond = threading.Condition()

    def add(self, path: Path) -> None:
        with self._cond:
            now = time.monotonic()
            if not self._pending:
                self._first = now
            self._pending.add(path)
            self._last = now
            self._cond.notify()

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify()

    def next_batch(self) -> set[Path] | None:
        """Blocks until a burst is over; None once closed."""
        with self._cond:
            while not self._pending and not self._closed:
                self._cond.wait()
            while not self._closed:
                # A long burst (a big checkout) still gets a build every `longest` seconds.
                left = min(self._last + self.quiet, self._first + self.longest) - time.monotonic()
                if left <= 0:
                    break
                self._cond.wait(left)
            if self._closed:
                return None
            batch, self._pending = self._pending, set()
            return batch


class _Handler(FileSystemEventHandler):
    def __init__(self, watcher: "Watcher"):
        self.watcher = watcher

    def on_any_event(self, event: FileSystemEvent) -> None:
        for raw in (event.src_path, getattr(event, "dest_path", "")):
            if raw:
                self.watcher.saw(Path(raw.decode() if isinstance(raw, bytes) else raw),
                                 created_dir=isinstance(event, DirCreatedEvent))


class Watcher:
    """watchdog's native observer, or polling where native file events are unavailable."""

    def __init__(self, paths: Paths, on_change: Callable[[Path], None], poll: bool = False):
        self.paths = paths
        self.on_change = on_change
        self.polling = poll
        self._watches: dict[Path, object] = {}
        self._handler = _Handler(self)
        self._observer = PollingObserver(timeout=POLL_SECONDS) if poll else Observer()

    def start(self) -> None:
        try:
            self._schedule_all()
            self._observer.start()
        except OSError:
            # inotify limits reached, or a file system without events: poll instead.
            self._observer = PollingObserver(timeout=POLL_SECONDS)
            self.polling = True
            self._watches.clear()
            self._schedule_all()
            self._observer.start()

    def stop(self) -> None:
        self._observer.stop()
        self._observer.join(timeout=5)

    def _schedule_all(self) -> None:
        root = self.paths.root
        # The root itself, not recursively: site.yaml, and folders that appear later.
        self._observer.schedule(self._handler, str(root), recursive=False, event_filter=EVENTS)
        for name in FOLDERS:
            self._watch_folder(root / name)

    def _watch_folder(self, folder: Path) -> None:
        if not folder.is_dir() or folder.is_symlink():
            return
        old = self._watches.pop(folder, None)
        if old is not None:
            try:
                self._observer.unschedule(old)
            except KeyError:
                pass
        self._watches[folder] = self._observer.schedule(self._handler, str(folder), recursive=True,
                                                        event_filter=EVENTS)

    def saw(self, path: Path, created_dir: bool = False) -> None:
        if created_dir:
            # An empty new folder changes nothing; the files put in it have events of their own.
            if path.parent == self.paths.root and path.name in FOLDERS:
                self._watch_folder(path)   # content/ deleted and made again, e.g. by git
            return
        if relevant(path, self.paths):
            self.on_change(path)
