"""serve: build, serve the site on this machine, rebuild on every save and reload the open pages.

server.py answers requests from the last good build in memory; watcher.py turns file events into
batches; rebuild.py builds each batch and publishes it; client.py is what the browser runs.
"""
from __future__ import annotations

import multiprocessing
import os
import secrets
import signal
import sys
import threading

from generator.config import Paths, Settings
from generator.serve.locate import normalise_base_path
from generator.serve.rebuild import Rebuilder, with_base_path
from generator.serve.server import PreviewServer
from generator.serve.state import Preview, Snapshot
from generator.serve.watcher import Debouncer, Watcher

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def url_of(host: str, port: int, base_path: str) -> str:
    shown = "127.0.0.1" if host in ("", "0.0.0.0") else "[::1]" if host == "::" else host
    if ":" in shown and not shown.startswith("["):
        shown = f"[{shown}]"
    return f"http://{shown}:{port}{base_path}"


def serve(paths: Paths, settings: Settings, host: str = "127.0.0.1", port: int = 8000,
          base_path: str | None = None, base_url: str | None = None, poll: bool = False) -> int:
    """Runs until Ctrl-C; returns the exit status."""
    try:
        fixed = normalise_base_path(base_path) if base_path is not None else None
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    base = fixed or settings.base_path
    preview = Preview(Snapshot(secrets.token_hex(4), 0, {}, base))
    try:
        httpd = PreviewServer((host, port), preview)
    except OSError as err:
        print(f"error: cannot listen on {host}:{port}: {err.strerror or err}"
              + (" (try another --port)" if port else ""), file=sys.stderr)
        return 2
    # Ctrl-C stops the preview even when started from a shell that ignores it; SIGTERM does the same.
    stop = _stopper(os.getpid())
    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    debouncer = Debouncer()
    watcher = Watcher(paths, debouncer.add, poll=poll)
    rebuilder = Rebuilder(paths, settings, preview, fixed, base_url)
    worker = threading.Thread(target=_rebuild_forever, args=(debouncer, rebuilder),
                              name="rebuild", daemon=True)
    try:
        watcher.start()          # before the first build, so that no save is missed
        rebuilder.build(None, settle_now=True)
        worker.start()
        actual_port = httpd.server_address[1]
        print(f"Serving the site at {url_of(host, actual_port, preview.snapshot.base_path)}"
              f"{' (watching by polling)' if watcher.polling else ''} — press Ctrl-C to stop",
              flush=True)
        if host not in LOOPBACK:
            print(f"warning: --host {host} lets other machines on the network see the preview",
                  file=sys.stderr, flush=True)
        httpd.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        # A second Ctrl-C while stopping must not print a traceback either.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        debouncer.close()
        rebuilder.settler.close()
        watcher.stop()
        preview.close()
        httpd.server_close()
        if worker.is_alive():
            worker.join(timeout=1)
    print("Stopped.", flush=True)
    if worker.is_alive():
        # A build is still running, maybe waiting on forked workers that Ctrl-C has ended. Leaving
        # it is safe: ingest and output/ are both written by whole-file and whole-folder renames.
        for child in multiprocessing.active_children():
            child.terminate()
        sys.stderr.flush()
        os._exit(0)
    return 0


def _stopper(main_pid: int):
    def stop(signum: int, frame: object) -> None:
        if os.getpid() != main_pid:
            # A build's forked worker: Ctrl-C reaches the whole process group, and the main
            # process does the stopping; a worker just goes, without a traceback.
            os._exit(1)
        raise KeyboardInterrupt
    return stop


def _rebuild_forever(debouncer: Debouncer, rebuilder: Rebuilder) -> None:
    while (batch := debouncer.next_batch()) is not None:
        rebuilder.build(batch)


__all__ = ["serve", "with_base_path"]
