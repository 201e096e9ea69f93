"""What the preview shows right now, and who is listening for the next build.

Each build publishes a new immutable Snapshot; a request reads the current one once, so it never sees
a half-built site. Listeners (one queue per open page) receive every build as a JSON message.
"""
from __future__ import annotations

import json
import queue
import threading
from dataclasses import dataclass, field
from typing import Mapping

from generator.errors import Problem
from generator.sitefiles import SiteFiles, digest

# Above this many changed files the message just says "everything": every page reloads anyway.
MAX_LISTED = 2000


@dataclass(frozen=True)
class Snapshot:
    instance: str                        # this server process; a page from another one reloads
    good: int                            # good builds so far; 0 = nothing built yet
    files: Mapping[str, bytes]           # the last good build (a SiteFiles: bytes read on demand)
    base_path: str
    problems: tuple[Problem, ...] = ()   # why the latest build failed; empty when it succeeded
    builds: int = 0                      # every build attempt, good or not
    seconds: float = 0.0                 # how long the latest build took

    @property
    def build(self) -> str:
        return f"{self.instance}.{self.good}"

    def status(self) -> dict:
        return {"build": self.build, "builds": self.builds, "good_builds": self.good,
                "ok": not self.problems, "seconds": round(self.seconds, 4), "files": len(self.files),
                "base_path": self.base_path, "problems": [problem_json(p) for p in self.problems]}


def problem_json(p: Problem) -> dict:
    return {"path": p.path, "line": p.line, "message": p.message}


def changed_files(old: Mapping[str, bytes], new: Mapping[str, bytes]) -> list[str]:
    """Files added, removed or different, told by their digests (no file is read)."""
    before, after = _digests(old), _digests(new)
    changed = [k for k, v in after.items() if before.get(k) != v]
    changed.extend(k for k in before if k not in after)
    return sorted(changed)


def _digests(files: Mapping[str, bytes]) -> Mapping[str, bytes]:
    return files.digests if isinstance(files, SiteFiles) else {k: digest(v) for k, v in files.items()}


def message(snapshot: Snapshot, changed: list[str] | None, hello: bool = False) -> bytes:
    """One Server-Sent Event telling a page about a build."""
    if changed is not None and len(changed) > MAX_LISTED:
        changed = None
    data = {"build": snapshot.build, "hello": hello, "changed": changed,
            "problems": [problem_json(p) for p in snapshot.problems]}
    return b"event: build\ndata: " + json.dumps(data).encode() + b"\n\n"


@dataclass
class Preview:
    snapshot: Snapshot
    _listeners: set = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    closed: bool = False
    building: bool = False               # a build is running right now

    def status(self) -> dict:
        return {**self.snapshot.status(), "building": self.building}

    def publish(self, snapshot: Snapshot, changed: list[str] | None) -> None:
        event = None
        with self._lock:
            self.snapshot = snapshot
            listeners = list(self._listeners)
        for q in listeners:
            event = event or message(snapshot, changed)
            q.put(event)

    def subscribe(self) -> queue.Queue:
        q: queue.Queue = queue.Queue()
        with self._lock:
            if self.closed:
                q.put(None)
            self._listeners.add(q)
        return q

    def unsubscribe(self, q: queue.Queue) -> None:
        with self._lock:
            self._listeners.discard(q)

    def close(self) -> None:
        """Ends every open event stream, so that the server can stop."""
        with self._lock:
            self.closed = True
            listeners = list(self._listeners)
        for q in listeners:
            q.put(None)
