"""The preview server as an editor meets it: a real `python -m generator serve` on a free port.

Every test talks HTTP to the real process; pages are compared with what `build` writes.
"""
from __future__ import annotations

import http.client
import json
import queue
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from helpers import REPO, make_root

SCRIPT_TAG = re.compile(rb'<script src="/__generator/reload\.js"[^>]*></script>')


class Preview:
    """One running preview process; its output is drained so it can never block on a full pipe."""

    def __init__(self, root: Path, *args: str):
        self.root = root
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "generator", "serve", "--root", str(root), "--port", "0", *args],
            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.stdout: list[str] = []
        self.stderr: list[str] = []
        self._lines: queue.Queue = queue.Queue()
        for stream, sink in ((self.proc.stdout, self.stdout), (self.proc.stderr, self.stderr)):
            threading.Thread(target=self._drain, args=(stream, sink), daemon=True).start()
        self.url = self._wait_for_url()
        parts = urlsplit(self.url)
        self.host, self.port, self.base = parts.hostname, parts.port, parts.path

    def _drain(self, stream, sink: list[str]) -> None:
        for line in stream:
            sink.append(line)
            self._lines.put(line)

    def _wait_for_url(self) -> str:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                line = self._lines.get(timeout=0.5)
            except queue.Empty:
                if self.proc.poll() is not None:
                    break
                continue
            found = re.search(r"http://\S+", line)
            if found:
                return found.group(0)
        raise AssertionError("the preview did not start:\n" + "".join(self.stdout + self.stderr))

    def request(self, target: str, method: str = "GET") -> tuple[int, dict, bytes]:
        """The raw request target goes out as written: no client-side clean-up of `..`."""
        conn = http.client.HTTPConnection(self.host, self.port, timeout=10)
        try:
            conn.request(method, target)
            resp = conn.getresponse()
            return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
        finally:
            conn.close()

    def status(self) -> dict:
        code, _, body = self.request("/__generator/status")
        assert code == 200
        return json.loads(body)

    def wait_until(self, condition, timeout: float = 10.0) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            state = self.status()
            if condition(state):
                return state
            time.sleep(0.05)
        raise AssertionError(f"gave up waiting; last status: {state}")

    def settled(self, quiet: float = 0.5) -> dict:
        """The status once a good build is in and no other build came for `quiet` seconds
        (the first build's ingest writes content/, which the preview sees as one more change)."""
        state = self.wait_until(lambda s: s["ok"] and not s["building"], timeout=60)
        while True:
            time.sleep(quiet)
            now = self.wait_until(lambda s: not s["building"], timeout=60)
            if now["builds"] == state["builds"]:
                return now
            state = now

    def stop(self, sig: int = signal.SIGINT) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            return self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            raise AssertionError("the preview did not stop within 15 s")


def site_copy(built: Path, dest: Path) -> Path:
    """A copy of a built site root, with its own copy of the default theme, as an editor's clone."""
    shutil.copytree(built, dest, ignore=shutil.ignore_patterns("output", ".cache"))
    shutil.copytree(REPO / "templates", dest / "templates")
    return dest


def unscripted(body: bytes) -> bytes:
    assert len(SCRIPT_TAG.findall(body)) == 1, "a served page carries exactly one reload script"
    return SCRIPT_TAG.sub(b"", body)


def person(pid: str, name: str, summary: str) -> str:
    """An editor's own actor entry, its summary as the Markdown body."""
    return f"---\nid: {pid}\nname: {name}\ntype: person\n---\n\n{summary}\n"


SECRET = "not-part-of-the-site-7f3c"


@pytest.fixture(scope="module")
def site(built_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Preview:
    """A preview of the five seeds, with a secret beside the site and symlinks pointing at it."""
    root = site_copy(built_root, tmp_path_factory.mktemp("serve") / "site")
    (root / "secret.txt").write_text(SECRET)
    (root / "templates" / "static" / "leak.txt").symlink_to(root / "secret.txt")
    preview = Preview(root)
    output = root / "output"
    if output.is_dir():                 # the preview never serves from output/ anyway
        (output / "leak.txt").symlink_to(root / "secret.txt")
    yield preview
    preview.stop()


def test_prints_a_loopback_url_and_serves_the_home_page(site: Preview) -> None:
    assert site.url.startswith("http://127.0.0.1:")
    code, headers, body = site.request("/")
    assert code == 200
    assert headers["content-type"].startswith("text/html")
    assert BeautifulSoup(body, "html.parser").find("a", href="/actors/") is not None


@pytest.mark.parametrize("page", ["index.html", "sources/index.html", "404.html"])
def test_served_pages_are_the_built_pages_plus_the_reload_script(site: Preview, built_root: Path,
                                                                 page: str) -> None:
    """Byte for byte what `build` wrote for the same seeds, but for one script tag."""
    built = (built_root / "output" / page).read_bytes()
    target = "/" + page.removesuffix("index.html") if page != "404.html" else "/no-such-page/"
    code, _, body = site.request(target)
    assert code == (404 if page == "404.html" else 200)
    assert unscripted(body) == built


def test_every_source_page_is_served(site: Preview, built_root: Path) -> None:
    sources = sorted((built_root / "output" / "sources").glob("*/index.html"))
    assert sources
    for page in sources:
        code, _, body = site.request(f"/sources/{page.parent.name}/")
        assert code == 200
        assert unscripted(body) == page.read_bytes()


def test_build_output_never_holds_the_reload_script(built_root: Path) -> None:
    files = [f for f in (built_root / "output").rglob("*") if f.is_file()]
    assert files
    assert not [f for f in files if b"__generator" in f.read_bytes()]


def test_the_previews_own_output_folder_has_no_reload_script(site: Preview) -> None:
    files = [f for f in (site.root / "output").rglob("*") if f.is_file() and not f.is_symlink()]
    assert files
    assert not [f for f in files if b"__generator" in f.read_bytes()]


def test_non_html_files_are_served_unchanged(site: Preview, built_root: Path) -> None:
    code, headers, body = site.request("/static/style.css")
    assert code == 200
    assert headers["content-type"].startswith("text/css")
    assert body == (built_root / "output" / "static" / "style.css").read_bytes()


def test_a_folder_without_its_slash_redirects_like_github_pages(site: Preview) -> None:
    code, headers, _ = site.request("/sources?x=1")
    assert code == 301
    assert headers["location"] == "/sources/"


def test_head_gets_headers_without_a_body(site: Preview) -> None:
    code, headers, body = site.request("/", method="HEAD")
    assert code == 200 and body == b"" and int(headers["content-length"]) > 0


@pytest.mark.parametrize("target", [
    "/no-such-page/",
    "/actors/nobody-at-all/",
    "/../secret.txt",
    "/../../../../etc/passwd",
    "/%2e%2e/secret.txt",
    "/%2e%2e%2fsecret.txt",
    "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
    "/static/..%2f..%2fsecret.txt",
    "/static/%2e%2e/%2e%2e/secret.txt",
    "/%252e%252e/secret.txt",
    "/..%5csecret.txt",
    "//secret.txt",
    "/static/leak.txt",
    "/leak.txt",
    "/secret.txt",
    "/seeds/",
    "/content/sources/",
])
def test_unknown_paths_and_traversal_get_the_sites_404(site: Preview, built_root: Path,
                                                       target: str) -> None:
    code, _, body = site.request(target)
    assert code == 404
    assert SECRET.encode() not in body and b"root:" not in body
    assert unscripted(body) == (built_root / "output" / "404.html").read_bytes()


def test_a_burst_of_20_saves_rebuilds_at_most_twice(built_root: Path, tmp_path: Path) -> None:
    """As a `git checkout` or "save all" does: twenty entries written at once."""
    root = site_copy(built_root, tmp_path / "site")
    actors = root / "content" / "actors"
    actors.mkdir(parents=True, exist_ok=True)
    preview = Preview(root)
    try:
        before = preview.settled()["builds"]
        for n in range(20):
            (actors / f"burst-person-{n}.md").write_text(
                person(f"burst-person-{n}", f"Burst Person {n}", f"Written in burst {n}."),
                encoding="utf-8")
        after = preview.wait_until(lambda s: s["builds"] > before and s["ok"] and not s["building"])
        after = preview.settled()               # anything still queued has shown up by now
        assert 1 <= after["builds"] - before <= 2, after
        for n in range(20):
            code, _, body = preview.request(f"/actors/burst-person-{n}/")
            assert code == 200 and f"Written in burst {n}.".encode() in body
    finally:
        assert preview.stop() == 0


@pytest.mark.parametrize("how", ["site.yaml", "--base-path"])
def test_serves_under_the_base_path_as_a_github_project_site(built_root: Path, tmp_path: Path,
                                                             how: str) -> None:
    root = site_copy(built_root, tmp_path / "site")
    if how == "site.yaml":
        (root / "site.yaml").write_text("base_url: https://someone.github.io/facts/\n")
        preview, base = Preview(root), "/facts/"
    else:
        preview, base = Preview(root, "--base-path", "/repo/"), "/repo/"
    try:
        assert preview.url.endswith(base)
        code, _, body = preview.request(base)
        assert code == 200
        links = [a["href"] for a in BeautifulSoup(body, "html.parser").find_all("a", href=True)]
        local = [h for h in links if h.startswith("/")]
        assert local and all(h.startswith(base) for h in local), local
        assert preview.request(base.rstrip("/"))[1]["location"] == base
        assert preview.request(base + "sources")[1]["location"] == base + "sources/"
        code, _, body = preview.request(base + "static/style.css")
        assert code == 200
        assert preview.request("/")[0] == 404
        assert preview.request("/sources/")[0] == 404
        code, _, body = preview.request(base + "no-such-page/")
        assert code == 404
        home = BeautifulSoup(body, "html.parser").find("a", href=base)
        assert home is not None, "the 404 page links home under the base path"
    finally:
        preview.stop()


def test_a_broken_entry_keeps_the_last_good_site_and_says_where(built_root: Path,
                                                                 tmp_path: Path) -> None:
    root = site_copy(built_root, tmp_path / "site")
    entry = root / "content" / "actors" / "seung-senkarona.md"
    entry.parent.mkdir(parents=True, exist_ok=True)
    good = person("seung-senkarona", "Seung Senkarona", "Spokesman for Adhoc.")
    entry.write_text(good, encoding="utf-8")
    preview = Preview(root)
    try:
        first = preview.settled()
        page = "/actors/seung-senkarona/"
        good_page = unscripted(preview.request(page)[2])
        assert b"Spokesman for Adhoc." in good_page
        entry.write_text(good.replace("type: person", "type: [person"), encoding="utf-8")
        broken = preview.wait_until(lambda s: not s["ok"])
        assert [p["path"] for p in broken["problems"]] == ["content/actors/seung-senkarona.md"]
        assert broken["problems"][0]["line"] == 4, "the problem names the line"
        assert broken["build"] == first["build"], "a failed build is not a new site"
        code, _, body = preview.request(page)
        assert code == 200 and unscripted(body) == good_page
        assert any("content/actors/seung-senkarona.md:4:" in line for line in preview.stderr)
        entry.write_text(good.replace("Adhoc.", "Adhoc, fixed."), encoding="utf-8")
        fixed = preview.wait_until(lambda s: s["ok"] and s["good_builds"] > broken["good_builds"])
        assert fixed["problems"] == []
        assert b"Spokesman for Adhoc, fixed." in preview.request(page)[2]
    finally:
        preview.stop()
    assert not any("Traceback" in line for line in preview.stderr)


def test_a_site_that_cannot_be_built_yet_is_still_served_and_recovers(built_root: Path,
                                                                       tmp_path: Path) -> None:
    root = site_copy(built_root, tmp_path / "site")
    entry = sorted((root / "content" / "sources").glob("*.md"))[0]
    good = entry.read_text(encoding="utf-8")
    entry.write_text("---\nid: [unclosed\n---\n", encoding="utf-8")
    preview = Preview(root)
    try:
        code, _, body = preview.request("/")
        assert code == 503
        assert f"content/sources/{entry.name}:2".encode() in body
        entry.write_text(good, encoding="utf-8")
        preview.wait_until(lambda s: s["ok"] and s["good_builds"] >= 1)
        assert preview.request("/")[0] == 200
    finally:
        preview.stop()


def test_first_ingest_writing_content_does_not_build_twice(tmp_path: Path) -> None:
    """Ingest writes content/, which the preview watches: it knows these writes are its own."""
    preview = Preview(make_root(tmp_path / "site"))
    try:
        state = preview.settled(quiet=1.0)
        assert list((preview.root / "content" / "sources").glob("*.md")), "ingest wrote entries"
        assert state["builds"] == 1, state
    finally:
        preview.stop()


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_stops_cleanly_even_with_a_page_listening(built_root: Path, tmp_path: Path,
                                                         sig: int) -> None:
    root = site_copy(built_root, tmp_path / "site")
    preview = Preview(root)
    listener = http.client.HTTPConnection(preview.host, preview.port, timeout=10)
    listener.request("GET", "/__generator/events")
    stream = listener.getresponse()
    assert stream.getheader("content-type") == "text/event-stream"
    hello = b""
    while b"\n\n" not in hello.split(b"retry: 1000\n\n", 1)[-1]:
        hello += stream.read1(4096)
    assert b'"hello": true' in hello
    started = time.monotonic()
    code = preview.stop(sig)
    assert code == 0
    assert time.monotonic() - started < 5
    assert not any("Traceback" in line for line in preview.stderr), "".join(preview.stderr)
    assert any("Stopped" in line for line in preview.stdout)
    listener.close()


def test_a_port_in_use_is_a_clear_error(site: Preview) -> None:
    result = subprocess.run([sys.executable, "-m", "generator", "serve", "--root", str(site.root),
                             "--port", str(site.port)], cwd=REPO, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 2
    assert f"127.0.0.1:{site.port}" in result.stderr and "Traceback" not in result.stderr


def test_a_template_change_reaches_every_page_that_uses_it(built_root: Path, tmp_path: Path) -> None:
    root = site_copy(built_root, tmp_path / "site")
    template = root / "templates" / "source.html"
    marker = "<p>Template edited while previewing.</p>"
    preview = Preview(root)
    try:
        before = preview.settled()
        template.write_text(template.read_text(encoding="utf-8").replace(
            "{% block main %}", "{% block main %}" + marker, 1), encoding="utf-8")
        preview.wait_until(lambda s: s["good_builds"] > before["good_builds"] and not s["building"])
        sources = sorted((root / "content" / "sources").glob("*.md"))
        assert sources
        for entry in sources:
            assert marker.encode() in preview.request(f"/sources/{entry.stem}/")[2]
        assert marker.encode() not in preview.request("/")[2]
    finally:
        preview.stop()


def test_a_saved_summary_shows_at_once_and_search_and_output_catch_up(built_root: Path,
                                                                      tmp_path: Path) -> None:
    """The page shows the save first; the search index and output/ follow once the saves stop."""
    root = site_copy(built_root, tmp_path / "site")
    actor = sorted((root / "content" / "actors").glob("*.md"))[0]
    page = f"/actors/{actor.stem}/"
    preview = Preview(root)
    try:
        preview.settled()
        entry_file = lambda: json.loads(preview.request("/pagefind/pagefind-entry.json")[2])
        index_before = entry_file()
        assert b"Quorvath" not in (root / "output" / "actors" / actor.stem / "index.html").read_bytes()
        with actor.open("a", encoding="utf-8") as f:
            f.write("\nAn editor's note naming Quorvath, a word no page held before.\n")
        deadline = time.monotonic() + 10
        while b"Quorvath" not in preview.request(page)[2]:
            assert time.monotonic() < deadline, "the save never reached the served page"
            time.sleep(0.05)
        deadline = time.monotonic() + 30
        while entry_file() == index_before or b"Quorvath" not in (
                root / "output" / "actors" / actor.stem / "index.html").read_bytes():
            assert time.monotonic() < deadline, "the search index or output/ never caught up"
            time.sleep(0.2)
        assert json.loads((root / "output" / "pagefind" / "pagefind-entry.json").read_bytes()) == entry_file()
        assert b"__generator" not in (root / "output" / "actors" / actor.stem / "index.html").read_bytes()
    finally:
        preview.stop()


def test_a_burst_of_events_is_one_batch() -> None:
    from generator.serve.watcher import Debouncer
    debouncer = Debouncer(quiet=0.05)
    batches: list = []
    worker = threading.Thread(target=lambda: batches.append(debouncer.next_batch()))
    worker.start()
    for n in range(20):
        debouncer.add(Path(f"/site/content/actors/a{n}.md"))
        time.sleep(0.002)
    worker.join(timeout=5)
    assert batches == [{Path(f"/site/content/actors/a{n}.md") for n in range(20)}]
    debouncer.close()
    assert debouncer.next_batch() is None


@pytest.mark.parametrize("poll", [False, True], ids=["native", "polling"])
def test_the_watcher_sees_a_save_natively_and_by_polling(tmp_path: Path, poll: bool) -> None:
    from generator.config import Paths
    from generator.serve.watcher import Watcher
    (tmp_path / "content" / "actors").mkdir(parents=True)
    seen: queue.Queue = queue.Queue()
    watcher = Watcher(Paths(tmp_path), seen.put, poll=poll)
    watcher.start()
    try:
        time.sleep(0.3)                           # the polling observer's first snapshot
        entry = tmp_path / "content" / "actors" / "x.md"
        entry.write_text("---\nid: x\n---\n", encoding="utf-8")
        (tmp_path / "output").mkdir()
        (tmp_path / "output" / "index.html").write_text("not watched")
        assert seen.get(timeout=5) == entry
        time.sleep(0.6)
        assert {seen.get_nowait() for _ in range(seen.qsize())} <= {entry}
    finally:
        watcher.stop()


def test_watching_skips_what_does_not_change_the_site() -> None:
    from generator.config import Paths
    from generator.serve.watcher import relevant
    paths = Paths(Path("/site"))
    yes = ["/site/site.yaml", "/site/content/actors/x.md", "/site/seeds/a.txt",
           "/site/templates/static/style.css", "/site/content"]
    no = ["/site/output/index.html", "/site/.cache/x", "/site/content/actors/.x.md.tmp",
          "/site/content/actors/x.md~", "/site/templates/.base.html.swp", "/site/README.md",
          "/site/content/actors/4913"]
    assert [relevant(Path(p), paths) for p in yes] == [True] * len(yes)
    assert [relevant(Path(p), paths) for p in no] == [False] * len(no)

