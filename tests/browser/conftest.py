"""One reviewed site, built once under a subpath, served on a loopback port, read by one browser."""
from __future__ import annotations

import functools
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from site_fixture import reviewed_root, run_cli  # noqa: E402

HERE = Path(__file__).resolve().parent
AXE = HERE / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = HERE.parent.parent / "test-artifacts"
BASE_PATH = "/repo/"          # as on GitHub Pages: https://user.github.io/repo/


class _Handler(SimpleHTTPRequestHandler):
    """Serves output/ under BASE_PATH only, and 404.html for anything missing, as Pages does."""

    def log_message(self, *args: object) -> None:
        pass

    def translate_path(self, path: str) -> str:
        clean = path.split("?", 1)[0].split("#", 1)[0]
        if not clean.startswith(BASE_PATH):
            return str(Path(self.directory) / "\0missing")
        return super().translate_path("/" + path[len(BASE_PATH):])

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@pytest.fixture(scope="session")
def site_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = reviewed_root(tmp_path_factory.mktemp("browser-site"))
    result = run_cli("build", "--no-ingest", "--root", str(root), "--base-url", BASE_PATH)
    assert result.returncode == 0, result.stderr
    return root


@pytest.fixture(scope="session")
def base_url(site_root: Path):
    server = ThreadingHTTPServer(("127.0.0.1", 0),
                                 functools.partial(_Handler, directory=str(site_root / "output")))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}{BASE_PATH}"
    server.shutdown()
    server.server_close()


def _serve(output: Path):
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Handler, directory=str(output)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="session")
def long_base_url(tmp_path_factory: pytest.TempPathFactory):
    """40 synthetic articles (bench/corpus.py), enough quotes for the paginated listings."""
    sys.path.insert(0, str(HERE.parent.parent))
    from bench.corpus import articles, write_seeds
    root = tmp_path_factory.mktemp("browser-long")
    write_seeds(root / "seeds", articles(40))
    result = run_cli("build", "--root", str(root), "--base-url", BASE_PATH)
    assert result.returncode == 0, result.stderr
    server = _serve(root / "output")
    yield f"http://127.0.0.1:{server.server_port}{BASE_PATH}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def axe_source() -> str:
    assert AXE.is_file(), f"{AXE} is missing: run `npm ci` in tests/browser (make test does)"
    return AXE.read_text(encoding="utf-8")
