"""A built site served on loopback the way GitHub Pages serves it: under /REPO/ (or /),
directories answered by their index.html, and 404.html for anything else."""
from __future__ import annotations

import threading
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit


class _Handler(SimpleHTTPRequestHandler):
    def __init__(self, *args, folder: Path, prefix: str, **kwargs):
        self.folder, self.prefix = folder, prefix
        super().__init__(*args, directory=str(folder), **kwargs)

    def translate_path(self, path: str) -> str:
        path = urlsplit(path).path
        if not path.startswith(self.prefix):
            return str(self.folder / ".not-published")
        return super().translate_path("/" + path[len(self.prefix):])

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = self.folder / "404.html"
        if code != HTTPStatus.NOT_FOUND or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(code)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


class PagesServer:
    """`with PagesServer(output, "/repo/") as server: server.url` → 'http://127.0.0.1:PORT/repo/'."""

    def __init__(self, folder: Path, prefix: str = "/"):
        self.prefix = prefix
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Handler, folder=folder, prefix=prefix))
        self.origin = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.url = self.origin + prefix

    def __enter__(self) -> PagesServer:
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
