"""The HTTP side of the preview: the built site from memory, plus /__generator/ for the browser."""
from __future__ import annotations

import html
import json
import mimetypes
import queue
import socket
import sys
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from generator.serve.client import OVERLAY_CSS, PREFIX, RELOAD_JS, inject
from generator.serve.locate import NOT_FOUND_PAGE, Found, Missing, Redirect, locate
from generator.serve.state import Preview, Snapshot, message

TYPES = {
    ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8", ".json": "application/json",
    ".xml": "application/xml", ".txt": "text/plain; charset=utf-8", ".svg": "image/svg+xml",
    ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
    ".webp": "image/webp", ".ico": "image/x-icon", ".woff2": "font/woff2", ".csv": "text/csv; charset=utf-8",
    ".webmanifest": "application/manifest+json", ".pf_meta": "application/octet-stream",
}
KEEP_ALIVE_SECONDS = 15


def content_type(path: str) -> str:
    name = path.rsplit("/", 1)[-1]
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    return TYPES.get(suffix) or mimetypes.guess_type(name)[0] or "application/octet-stream"


class PreviewServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], preview: Preview):
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        self.preview = preview
        super().__init__(address, Handler)


class Handler(BaseHTTPRequestHandler):
    server: PreviewServer
    server_version = "generator-preview"

    def do_GET(self) -> None:
        self.answer(head=False)

    def do_HEAD(self) -> None:
        self.answer(head=True)

    def answer(self, head: bool) -> None:
        path = urlsplit(self.path).path
        if path.startswith(PREFIX):
            return self.tool(path[len(PREFIX):], head)
        snap = self.server.preview.snapshot
        if snap.good == 0:
            return self.not_built(snap, head)
        found = locate(snap.files, snap.base_path, self.path)
        if isinstance(found, Redirect):
            self.send_response(HTTPStatus.MOVED_PERMANENTLY)
            self.send_header("Location", found.location)
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif isinstance(found, Found):
            self.send(HTTPStatus.OK, snap.files[found.path], content_type(found.path), head,
                      pages=[found.path], build=snap.build)
        else:
            self.not_found(snap, found, head)

    def not_found(self, snap: Snapshot, missing: Missing, head: bool) -> None:
        if missing.outside:
            body = (f"<!DOCTYPE html><title>Not found</title><p>The site is served under "
                    f'<a href="{html.escape(snap.base_path)}">{html.escape(snap.base_path)}</a>.</p>').encode()
            return self.send(HTTPStatus.NOT_FOUND, body, TYPES[".html"], head)
        page = snap.files.get(NOT_FOUND_PAGE)
        if page is None:
            return self.send(HTTPStatus.NOT_FOUND, b"404 Not Found\n", TYPES[".txt"], head)
        self.send(HTTPStatus.NOT_FOUND, page, TYPES[".html"], head,
                  pages=[*missing.tried, NOT_FOUND_PAGE], build=snap.build)

    def not_built(self, snap: Snapshot, head: bool) -> None:
        """Before the first good build there is no site: say why, and reload once there is one."""
        items = "".join(f"<li><code>{html.escape(str(p))}</code></li>" for p in snap.problems)
        body = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Not built yet</title></head>"
                f"<body><h1>The site could not be built</h1><ul>{items}</ul></body></html>").encode()
        self.send(HTTPStatus.SERVICE_UNAVAILABLE, body, TYPES[".html"], head, pages=["*"],
                  build=snap.build)

    def tool(self, name: str, head: bool) -> None:
        preview = self.server.preview
        if name == "reload.js":
            self.send(HTTPStatus.OK, RELOAD_JS.encode(), TYPES[".js"], head)
        elif name == "overlay.css":
            self.send(HTTPStatus.OK, OVERLAY_CSS.encode(), TYPES[".css"], head)
        elif name == "status":
            body = json.dumps(preview.status(), indent=1).encode()
            self.send(HTTPStatus.OK, body, TYPES[".json"], head)
        elif name == "events" and not head:
            self.events()
        else:
            self.send(HTTPStatus.NOT_FOUND, b"404 Not Found\n", TYPES[".txt"], head)

    def events(self) -> None:
        """Server-Sent Events: the current state at once, then every build as it happens."""
        preview = self.server.preview
        listener = preview.subscribe()
        try:
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(b"retry: 1000\n\n" + message(preview.snapshot, [], hello=True))
            while True:
                try:
                    event = listener.get(timeout=KEEP_ALIVE_SECONDS)
                except queue.Empty:
                    event = b": still here\n\n"
                if event is None:
                    break
                self.wfile.write(event)
        except OSError:
            pass                   # the page went away
        finally:
            preview.unsubscribe(listener)
            self.close_connection = True

    def send(self, status: HTTPStatus, body: bytes, ctype: str, head: bool,
             pages: list[str] | None = None, build: str | None = None) -> None:
        # Only pages of the site get the reload script, stamped with the build they come from.
        if build is not None and ctype.startswith("text/html"):
            body = inject(body, build, pages or [])
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if not head:
            try:
                self.wfile.write(body)
            except OSError:
                pass

    def log_message(self, format: str, *args: object) -> None:
        pass                       # editors want build news, not one line per request

    def log_error(self, format: str, *args: object) -> None:
        print(f"preview: {format % args}", file=sys.stderr, flush=True)
