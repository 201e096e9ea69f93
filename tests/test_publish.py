"""Publishing on GitHub Pages: a site built with --base-url works under /REPO/, every page and
asset reachable from the home page is there, and the workflow builds it with the README's command."""
from __future__ import annotations

import re
import subprocess
import urllib.error
import urllib.request
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit, urlunsplit

import pytest
import yaml

from helpers import REPO, SEEDS, make_root, run_cli
from pages_server import PagesServer

BASE_URL = "https://editors.github.io/fact-sheets/"
PREFIX = "/fact-sheets/"
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))   # loopback, never a proxy
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")
ABSOLUTE = re.compile(r"https?://[^\s<>\"']+")


class _Refs(HTMLParser):
    """Every address a page asks the browser to fetch or offers to follow."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.refs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        for name in ("href", "src", "action", "poster", "data"):
            if a.get(name) and not (tag == "base"):
                self.refs.append(a[name])
        if a.get("srcset"):
            self.refs += [part.strip().split()[0] for part in a["srcset"].split(",") if part.strip()]
        if tag == "meta" and (a.get("property") or "").startswith("og:") and (a.get("content") or "").startswith("http"):
            self.refs.append(a["content"])


def fetch(url: str) -> tuple[int, str, bytes]:
    try:
        with OPENER.open(url, timeout=10) as r:
            return r.status, r.headers.get("Content-Type", ""), r.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers.get("Content-Type", ""), err.read()


def references(url: str, kind: str, body: bytes) -> list[str]:
    text = body.decode("utf-8", errors="replace")
    if "html" in kind:
        parser = _Refs()
        parser.feed(text)
        return parser.refs
    if "css" in kind:
        return CSS_URL.findall(text)
    if "xml" in kind or url.endswith((".xml", ".txt", ".json")):
        return ABSOLUTE.findall(text)
    return []


def crawl(server: PagesServer, start: list[str]) -> tuple[dict[str, int], list[str]]:
    """Fetch every page and asset reachable from `start`; (status by URL, links that leave the base)."""
    seen: dict[str, int] = {}
    outside: list[str] = []
    todo = deque(start)
    while todo:
        url = todo.popleft()
        if url in seen:
            continue
        status, kind, body = fetch(url)
        seen[url] = status
        if status != 200:
            continue
        for ref in references(url, kind, body):
            ref = ref.strip()
            if ref.startswith(BASE_URL):
                ref = server.url + ref[len(BASE_URL):]
            target = urlsplit(urljoin(url, ref))
            if target.scheme in ("mailto", "tel", "data"):
                continue
            if target.scheme in ("http", "https") and target.netloc != urlsplit(server.url).netloc:
                assert not ref.startswith(("https://editors.github.io", "//editors.github.io")), \
                    f"{url}: {ref} points at the published host but not under {BASE_URL}"
                continue                                  # an article's own address, elsewhere
            if not target.path.startswith(PREFIX):
                outside.append(f"{url} → {ref}")
                continue
            todo.append(urlunsplit(target._replace(fragment="")))
    return seen, outside


@pytest.fixture(scope="module")
def subpath_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_root(tmp_path_factory.mktemp("pages"))
    result = run_cli("build", "--root", str(root), "--base-url", BASE_URL)
    assert result.returncode == 0, result.stderr
    return root


def test_every_page_and_asset_is_found_under_the_repository_path(subpath_root: Path) -> None:
    out = subpath_root / "output"
    with PagesServer(out, PREFIX) as server:
        seen, outside = crawl(server, [server.url])
        missing = {u: s for u, s in seen.items() if s != 200}
        assert not missing, f"not found under {PREFIX}: {sorted(missing)[:20]}"
        assert not outside, f"links that leave {PREFIX}: {outside[:20]}"
        assert server.url + "static/style.css" in seen
        # every page of the site is reachable from the home page
        pages = {server.url + p.relative_to(out).as_posix().removesuffix("index.html")
                 for p in out.rglob("*.html") if p.name != "404.html"}
        assert pages <= set(seen), f"pages no link leads to: {sorted(pages - set(seen))[:10]}"


def test_a_missing_page_gets_the_sites_404_page_whose_links_work(subpath_root: Path) -> None:
    with PagesServer(subpath_root / "output", PREFIX) as server:
        status, _, body = fetch(server.url + "actors/nobody-of-that-name/")
        assert status == 404
        assert body == (subpath_root / "output" / "404.html").read_bytes()
        parser = _Refs()
        parser.feed(body.decode())
        assert parser.refs, "the 404 page links back into the site"
        # links on the 404 page must work from any depth: they are absolute paths under the base
        deep = server.url + "a/b/c/nothing-here"
        seen, outside = crawl(server, [urljoin(deep, r) for r in parser.refs
                                       if not r.startswith(("http", "mailto:", "#"))])
        assert not outside
        assert all(s == 200 for s in seen.values()), {u: s for u, s in seen.items() if s != 200}


def test_feed_sitemap_and_page_addresses_name_the_published_host(subpath_root: Path) -> None:
    out = subpath_root / "output"
    absolute = [u for f in out.rglob("*") if f.is_file() and f.suffix in (".xml", ".html", ".txt")
                for u in ABSOLUTE.findall(f.read_text(encoding="utf-8"))
                if "github.io" in u]
    assert absolute, "the feed, sitemap or canonical links give absolute addresses"
    assert all(u.startswith(BASE_URL) for u in absolute), [u for u in absolute if not u.startswith(BASE_URL)][:5]


def test_search_loads_its_index_under_the_repository_path(subpath_root: Path, browser) -> None:
    """What a reader's browser fetches for a search, under /REPO/: nothing missing, nothing outside."""
    word = "Sokha"
    with PagesServer(subpath_root / "output", PREFIX) as server:
        page = browser.new_page()
        responses: list[tuple[int, str]] = []
        page.on("response", lambda r: responses.append((r.status, r.url)))
        page.goto(server.url + f"search/?q={word}")
        page.wait_for_selector("#search-results li a", timeout=15000)
        hrefs = page.eval_on_selector_all("#search-results li a", "els => els.map(e => e.href)")
        page.close()
        found = {h: fetch(h)[0] for h in hrefs}
    bad = [(s, u) for s, u in responses if s >= 400 or not urlsplit(u).path.startswith(PREFIX)]
    assert not bad, bad
    assert any("pagefind" in u for _, u in responses), "the search index was fetched"
    assert found and all(urlsplit(h).path.startswith(PREFIX) and s == 200 for h, s in found.items()), found


def test_nojekyll_always_and_cname_only_for_a_custom_domain(tmp_path: Path) -> None:
    root = make_root(tmp_path, sorted(SEEDS.glob("*.txt"))[:1])
    assert run_cli("build", "--root", str(root)).returncode == 0
    assert (root / "output" / ".nojekyll").is_file()
    assert not (root / "output" / "CNAME").exists()
    (root / "site.yaml").write_text("domain: facts.example.org\nbase_url: https://facts.example.org/\n")
    assert run_cli("build", "--root", str(root)).returncode == 0
    assert (root / "output" / "CNAME").read_text() == "facts.example.org\n"
    assert (root / "output" / ".nojekyll").is_file()


def test_a_domain_with_a_scheme_or_path_is_refused(tmp_path: Path) -> None:
    root = make_root(tmp_path, sorted(SEEDS.glob("*.txt"))[:1])
    (root / "site.yaml").write_text("domain: https://facts.example.org/\n")
    result = run_cli("build", "--root", str(root))
    assert result.returncode == 1
    assert result.stderr.startswith("site.yaml:1: 'domain' must be a host name")
    assert not (root / "output").exists()


def test_a_base_url_that_is_no_address_is_a_usage_error(tmp_path: Path) -> None:
    root = make_root(tmp_path, [])
    result = run_cli("build", "--root", str(root), "--base-url", "javascript:alert(1)//")
    assert result.returncode == 2
    assert "--base-url" in result.stderr and "Traceback" not in result.stderr


def test_the_workflow_builds_with_the_readme_command_and_the_pages_address() -> None:
    flow = yaml.safe_load((REPO / ".github" / "workflows" / "pages.yml").read_text())
    triggers = flow.get("on") or flow.get(True)            # YAML 1.1 reads a bare `on` as true
    assert triggers["push"]["branches"] == ["main"]
    assert flow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    steps = flow["jobs"]["build"]["steps"]
    uses = [s.get("uses", "").split("@")[0] for s in steps]
    configure = next(s for s in steps if s.get("uses", "").startswith("actions/configure-pages@"))
    build = next(s for s in steps if "make site" in s.get("run", ""))
    assert f"steps.{configure['id']}.outputs.base_url" in build["run"]
    assert build["run"].split()[:2] == ["make", "site"], "the README's build command"
    upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert upload["with"]["path"] == "output"
    assert uses.index("actions/configure-pages") < steps.index(build) < uses.index("actions/upload-pages-artifact")
    deploy = flow["jobs"]["deploy"]
    assert deploy["needs"] == "build" and deploy["environment"]["name"] == "github-pages"
    assert any(s.get("uses", "").startswith("actions/deploy-pages@") for s in deploy["steps"])
    readme = (REPO / "README.md").read_text()
    assert "make site" in readme and "Source: GitHub Actions" in readme


def test_make_site_passes_the_base_url_to_the_build() -> None:
    """What the workflow's `make site BASE_URL=…` runs (make -n prints without running)."""
    dry = subprocess.run(["make", "-n", "-W", "pyproject.toml", "site", f"BASE_URL={BASE_URL}"],
                         cwd=REPO, capture_output=True, text=True, timeout=60)
    assert dry.returncode == 0, dry.stderr
    build_line = [ln for ln in dry.stdout.splitlines() if "-m generator build" in ln]
    assert build_line and f'--base-url "{BASE_URL}"' in build_line[-1], dry.stdout
    plain = subprocess.run(["make", "-n", "site"], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert [ln for ln in plain.stdout.splitlines() if "-m generator build" in ln][-1].rstrip().endswith("generator build")
