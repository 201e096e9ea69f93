"""Nothing in an article or an entry becomes live markup, and the pages' Content-Security-Policy
lets the browser run only the site's own scripts and styles, checked in a real browser."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import make_root, run_cli
from generator.render.templates import markdown_safe
from pages_server import PagesServer


# Each payload would set window.__pwned (and raise a dialog) if it ever ran.
PAYLOADS = [
    "<script>window.__pwned='script';alert(1)</script>",
    "<img src=x onerror=\"window.__pwned='img';alert(2)\">",
    "[click me](javascript:window.__pwned='mdlink';alert(3))",
    "[data link](data:text/html;base64,PHNjcmlwdD5hbGVydCg0KTwvc2NyaXB0Pg==)",
    "[entity link](&#106;avascript:window.__pwned='entity')",
    "[spaced link]( JaVaScRiPt:window.__pwned='case')",
    "<a href=\"javascript:window.__pwned='raw-a'\">raw link</a>",
    "<svg onload=\"window.__pwned='svg'\"></svg>",
    "<iframe src=\"javascript:window.__pwned='iframe'\"></iframe>",
    "<javascript:window.__pwned='autolink'>",
    "[ref link][r]\n\n[r]: javascript:window.__pwned='reflink'",
    "![picture](javascript:window.__pwned='mdimg')",
    "<style>body{display:none}</style>",
    "\"><script>window.__pwned='breakout'</script><p title=\"",
    "</script><script>window.__pwned='jsonld'</script>",
    "# Heading {: onclick=\"window.__pwned='attr-list'\" }",
    "![picture](/static/style.css){: onerror=\"window.__pwned='attr-img'\" }",
]
MARKDOWN = "\n\n".join(PAYLOADS)
ONE_LINE = " ".join(p.replace("\n\n", " ") for p in PAYLOADS)
SEED = (f"Court hears case {PAYLOADS[0]} {PAYLOADS[13]}\n\n"
        + "\n\n".join(f"Phnom Penh, the opposition said on Monday that {p} was unacceptable. "
                      f"“We will not accept this {p},” said Kem Sokha."
                      for p in PAYLOADS) + "\n")
DANGEROUS_SCHEMES = ("javascript:", "vbscript:", "data:")
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "srcset", "poster", "data", "xlink:href")


@pytest.fixture(scope="module")
def hostile_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A site whose article, sidecar, entries and settings all carry payloads."""
    root = make_root(tmp_path_factory.mktemp("hostile"), [])
    (root / "seeds" / "payload.txt").write_text(SEED, encoding="utf-8")
    (root / "seeds" / "payload.yaml").write_text(
        f"publisher: {json.dumps(ONE_LINE)}\nrights: full\nurl: https://example.org/article\n", encoding="utf-8")
    content = root / "content"
    for kind in ("actors", "topics", "sources"):
        (content / kind).mkdir(parents=True)
    (content / "actors" / "payload-actor.md").write_text(
        f"---\nid: payload-actor\nname: {json.dumps(PAYLOADS[0] + ' Kem Sokha')}\ntype: person\n"
        f"aliases: [Kem Sokha, {json.dumps(PAYLOADS[1])}]\n---\n{MARKDOWN}\n", encoding="utf-8")
    (content / "topics" / "payload-topic.md").write_text(
        f"---\nid: payload-topic\nname: {json.dumps(PAYLOADS[1] + ' opposition')}\n"
        f"keywords: [opposition, unacceptable]\n---\n{MARKDOWN}\n", encoding="utf-8")
    (content / "sources" / "payload.md").write_text(
        f"---\nid: payload\nseed: payload.txt\ntitle: {json.dumps(ONE_LINE)}\n---\n{MARKDOWN}\n",
        encoding="utf-8")
    (root / "site.yaml").write_text(f"title: {json.dumps('Facts ' + PAYLOADS[0])}\n"
                                    f"description: {json.dumps(ONE_LINE)}\n", encoding="utf-8")
    result = run_cli("build", "--root", str(root))
    assert result.returncode == 0, result.stderr
    return root


def html_pages(root: Path) -> dict[str, BeautifulSoup]:
    out = root / "output"
    return {p.relative_to(out).as_posix(): BeautifulSoup(p.read_text(encoding="utf-8"), "html.parser")
            for p in sorted(out.rglob("*.html"))}


def test_payloads_reach_the_pages_as_text(hostile_root: Path) -> None:
    pages = html_pages(hostile_root)
    for rel in ("actors/payload-actor/index.html", "topics/payload-topic/index.html",
                "sources/payload/index.html"):
        text = pages[rel].get_text(" ")
        assert "<script>window.__pwned='script'" in text, f"{rel}: the payload was dropped, not escaped"
        assert "onerror=" in text, rel


def test_no_payload_becomes_markup(hostile_root: Path) -> None:
    for rel, page in html_pages(hostile_root).items():
        for script in page.find_all("script"):
            if script.get("type") == "application/ld+json":
                json.loads(script.string)     # still one whole JSON document: nothing broke out of it
                continue
            assert script.get("src") and not script.string, f"{rel}: inline script {str(script)[:80]}"
            assert script["src"].startswith("/static/"), f"{rel}: script from elsewhere {script['src']}"
        for tag in page.find_all(True):
            assert tag.name not in ("iframe", "object", "embed", "style", "base"), \
                f"{rel}: <{tag.name}> from content"
            for name, value in tag.attrs.items():
                assert not name.lower().startswith("on"), f"{rel}: <{tag.name} {name}=…>"
                if name.lower() in URL_ATTRIBUTES:
                    value = "".join(str(value).split()).lower()
                    assert not value.startswith(DANGEROUS_SCHEMES), f"{rel}: <{tag.name} {name}={value[:40]}>"
        assert "__pwned" not in " ".join(str(v) for t in page.find_all(True) for k, v in t.attrs.items()
                                         if k.lower() in URL_ATTRIBUTES), rel


def test_every_page_has_a_policy_that_allows_only_the_sites_own_scripts_and_styles(hostile_root: Path) -> None:
    for rel, page in html_pages(hostile_root).items():
        metas = page.find_all("meta", attrs={"http-equiv": "Content-Security-Policy"})
        assert len(metas) == 1, rel
        assert metas[0].find_parent("head") is not None, f"{rel}: the policy must be in <head>"
        policy = {d.split()[0]: d.split()[1:] for d in metas[0]["content"].split(";") if d.strip()}
        scripts = policy.get("script-src", policy.get("default-src"))
        styles = policy.get("style-src", policy.get("default-src"))
        assert scripts and set(scripts) <= {"'self'", "'wasm-unsafe-eval'"}, f"{rel}: script-src {scripts}"
        assert styles and set(styles) <= {"'self'"}, f"{rel}: style-src {styles}"
        assert policy.get("object-src") == ["'none'"] and policy.get("base-uri") in (["'none'"], ["'self'"])


SAFE_TAGS = {"p", "a", "em", "strong", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote",
             "code", "pre", "hr", "br", "img", "table", "thead", "tbody", "tr", "th", "td", "abbr", "dl",
             "dt", "dd", "sup", "div"}
SAFE_ATTRIBUTES = {"href", "src", "alt", "title", "id", "class", "align", "value"}
FRAGMENTS = st.sampled_from([
    "<", ">", "script", "<script>", "</script>", "onerror=", "onclick=", "javascript:", "JaVaScRiPt:",
    "data:text/html,", "vbscript:", "&#106;", "&#x6a;", "&colon;", "\t", " ", "\n", "\n\n", "[", "]", "(",
    ")", "![", "\"", "'", "`", "{:", "}", "#", "*", "_", "<img src=x ", "<a href=", "[x]: ", "http://",
    "/", "\\", "%0a", "<svg", "<!--", "-->", "<style>", "[^1]", "|", "---", ">", "    ", "~~~",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(FRAGMENTS, st.text(max_size=5)), max_size=30).map("".join))
def test_editor_markdown_never_yields_live_markup(text: str) -> None:
    """Any Markdown an editor may write comes out as a few plain tags, no handler, no script URL."""
    html = str(markdown_safe(text))
    for tag in BeautifulSoup(html, "html.parser").find_all(True):
        assert tag.name in SAFE_TAGS, (text, html)
        for name, value in tag.attrs.items():
            assert name in SAFE_ATTRIBUTES, (text, html)
            if name in ("href", "src"):
                value = "".join(str(value).split()).lower()
                assert not value.startswith(DANGEROUS_SCHEMES), (text, html)


def _open(page, url: str) -> dict:
    page.goto(url)
    page.wait_for_load_state("load")
    return page.evaluate("() => ({pwned: window.__pwned || null, csp: window.__csp || []})")


def _page(browser, dialogs: list[str]):
    page = browser.new_page()
    page.add_init_script("window.__csp = []; document.addEventListener('securitypolicyviolation',"
                         " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));")
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    return page


def test_in_a_browser_no_payload_runs_and_the_sites_own_files_are_allowed(hostile_root: Path, browser) -> None:
    out = hostile_root / "output"
    urls = sorted(p.relative_to(out).as_posix().removesuffix("index.html") for p in out.rglob("*.html"))
    dialogs: list[str] = []
    with PagesServer(out) as server:
        page = _page(browser, dialogs)
        for rel in urls:
            seen = _open(page, server.url + rel)
            assert seen["pwned"] is None, f"{rel}: {seen['pwned']} ran"
            assert seen["csp"] == [], f"{rel}: the page's own files are blocked by its policy: {seen['csp']}"
            # the stylesheet applied: the policy lets the site's own styles through
            assert page.evaluate("() => document.styleSheets.length >= 1 && "
                                 "[...document.styleSheets].every(s => s.cssRules.length > 0)"), rel
        # search results show words from the hostile pages: still nothing runs
        seen = _open(page, server.url + "search/?q=unacceptable")
        page.wait_for_timeout(1500)
        assert page.evaluate("() => window.__pwned || null") is None
        assert page.evaluate("() => document.querySelectorAll('#search-results [onerror], #search-results script').length") == 0
    assert dialogs == []


def test_in_a_browser_the_policy_blocks_what_escaping_might_miss(hostile_root: Path, browser, tmp_path: Path) -> None:
    """Markup slipped into a built page (as if escaping had failed) is stopped by the policy itself."""
    import shutil
    out = tmp_path / "site"
    shutil.copytree(hostile_root / "output", out)
    target = out / "about" / "index.html"
    injected = ("<script>window.__pwned='inline'</script>"
                "<img src=\"/no-such-image\" onerror=\"window.__pwned='handler'\">"
                "<a id=\"jslink\" href=\"javascript:window.__pwned='link'\">x</a>"
                "<script src=\"http://localhost:9/evil.js\"></script>"
                "<div style=\"display:none\" id=\"styled\">inline style</div>")
    target.write_text(target.read_text(encoding="utf-8").replace("<main", injected + "<main", 1), encoding="utf-8")
    dialogs: list[str] = []
    with PagesServer(out) as server:
        page = _page(browser, dialogs)
        seen = _open(page, server.url + "about/")
        page.click("#jslink")
        page.wait_for_timeout(300)
        seen = page.evaluate("() => ({pwned: window.__pwned || null, csp: window.__csp})")
        hidden = page.evaluate("() => getComputedStyle(document.getElementById('styled')).display")
    assert seen["pwned"] is None
    blocked = " ".join(seen["csp"])
    assert "script-src" in blocked and "inline" in blocked, seen["csp"]
    assert "localhost:9" in blocked, seen["csp"]
    assert hidden != "none", "an inline style attribute was applied"
    assert dialogs == []
