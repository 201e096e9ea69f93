"""What a reader sees, in a real browser (Debian's Chromium through Playwright), with the site
served under a subpath as on GitHub Pages."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from site_fixture import ACTORS

PAGE_TYPES = {
    "home": "",
    "actors": "actors/",
    "actor": "actors/hun-sen/",
    "topics": "topics/",
    "topic": "topics/democracy/",
    "sources": "sources/",
    "quotes": "quotes/",
    "timeline": "timeline/",
    "about": "about/",
    "search": "search/?q=Sokha",
    "404": "no-such-page/",
}


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.errors = []
    page.requests = []
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("request", lambda r: page.requests.append(r.url))
    yield page
    context.close()


def test_every_page_type_loads_without_console_errors_or_foreign_requests(page, base_url):
    host = urlsplit(base_url).netloc
    for kind, path in PAGE_TYPES.items():
        page.errors.clear()
        response = page.goto(base_url + path)
        page.wait_for_load_state("networkidle")
        assert response.status == (404 if kind == "404" else 200), kind
        expected = [e for e in page.errors if kind == "404" and "404" in e]
        assert page.errors == expected, f"{kind}: {page.errors}"
        assert page.locator("h1").count() == 1, kind
    foreign = [u for u in page.requests if urlsplit(u).netloc != host]
    assert foreign == [], "requests to other hosts"


def test_a_citation_click_lands_on_the_cited_paragraph(page, base_url):
    page.goto(base_url + "actors/hun-sen/")
    quote = page.locator("section[aria-labelledby=said] figure.quote").first
    words = quote.locator("blockquote").inner_text().strip("“” \n")
    quote.locator(".cite a").click()
    page.wait_for_url(re.compile(r"/sources/[^/]+/#p\d+$"))
    anchor = urlsplit(page.url).fragment
    target = page.locator(f"#{anchor}")
    assert target.evaluate("el => el.matches(':target')")
    assert words in " ".join(target.inner_text().split())
    box = target.bounding_box()
    assert -2 <= box["y"] < page.viewport_size["height"], "the cited paragraph is scrolled into view"


@pytest.fixture(scope="session")
def paragraph_words(site_root):
    """(source id, paragraph number) -> the paragraph's words, from the entries the site was built from."""
    from generator.config import Settings
    from generator.content.loader import load
    site = load(site_root, Settings())
    return {(sid, n): " ".join(text.split()) for sid, s in site.sources.items()
            for n, text in enumerate(s.paragraphs, 1)}


def _cited(link) -> tuple[str, int]:
    sid, n = re.search(r"/sources/([^/]+)/#p(\d+)$", link.get_attribute("href")).groups()
    return sid, int(n)


def test_a_citation_shows_the_cited_words_on_hover_and_on_keyboard_focus(browser, base_url, paragraph_words):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    fetched = []
    page.on("request", lambda r: fetched.append(urlsplit(r.url).path) if "/sources/" in r.url else None)
    page.goto(base_url + "topics/democracy/")
    cite = page.locator("figure.quote .cite").first
    link = cite.locator("a")
    sid, n = _cited(link)
    words = paragraph_words[(sid, n)]
    tip = cite.locator(".tip")
    assert tip.count() == 0, "the sheet carries no copy of the paragraph"
    link.hover()
    tip.wait_for(state="visible")
    page.wait_for_function("([el, w]) => el.textContent.includes(w)", arg=[tip.element_handle(), words[-40:]])
    assert " ".join(tip.locator(".tip-text").inner_text().split()) == words
    assert f"¶{n}" in tip.locator(".tip-where").inner_text()
    assert link.get_attribute("aria-describedby") == tip.get_attribute("id")
    assert tip.get_attribute("role") == "tooltip"
    page.keyboard.press("Escape")
    assert not tip.is_visible(), "Escape dismisses the note"
    page.mouse.move(0, 0)
    assert not tip.is_visible()
    # by keyboard: Tab until the citation has focus
    page.locator("body").click(position={"x": 1, "y": 1})
    for _ in range(80):
        page.keyboard.press("Tab")
        if link.evaluate("el => el === document.activeElement"):
            break
    else:
        pytest.fail("the citation cannot be reached with the Tab key")
    assert tip.is_visible()
    assert " ".join(tip.locator(".tip-text").inner_text().split()) == words
    # another citation of the same source: its words come from the page already read
    same = page.locator(f".cite a[href*='/sources/{sid}/#p']").last
    same.hover()
    other = same.locator("xpath=..").locator(".tip")
    other.wait_for(state="visible")
    page.wait_for_function("el => !el.textContent.includes('Reading')", arg=other.element_handle())
    assert " ".join(other.locator(".tip-text").inner_text().split()) == paragraph_words[_cited(same)]
    assert fetched.count(urlsplit(base_url).path + f"sources/{sid}/") == 1
    assert page.locator(".tip", has_text="could not be read").count() == 0
    context.close()


def test_without_javascript_a_citation_leads_to_its_words(browser, base_url, paragraph_words):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "topics/democracy/")
    link = page.locator("figure.quote .cite a").first
    sid, n = _cited(link)
    link.hover()
    assert page.locator(".tip").count() == 0
    link.click()
    page.wait_for_url(re.compile(rf"/sources/{re.escape(sid)}/#p{n}$"))
    target = page.locator(f"#p{n}")
    assert target.evaluate("el => el.matches(':target')")
    assert " ".join(target.inner_text().split()) == f"¶{n} {paragraph_words[(sid, n)]}"
    assert target.bounding_box()["y"] < page.viewport_size["height"]
    context.close()


def test_search_for_an_actor_lists_the_actors_page(page, base_url):
    name = ACTORS["prak-sokhonn"][0]
    page.goto(base_url)
    page.get_by_label("Search the fact sheets").fill(name)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q="))
    results = page.locator("#search-results a")
    results.first.wait_for(timeout=10000)
    hrefs = results.evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert urlsplit(base_url).path + "actors/prak-sokhonn/" in hrefs
    assert "found for" in page.locator("#search-status").inner_text()
    results.filter(has_text=name).first.click()
    page.wait_for_url("**/actors/prak-sokhonn/")
    assert page.locator("h1").inner_text() == name
    assert page.errors == []


def test_search_finds_a_quote_on_its_source_page_and_its_speakers_sheet_only(page, base_url):
    """Lists that repeat a quote (topic positions, what others said, the quotes listing) are
    left out of the index: the words lead to where the quote is primary."""
    from site_fixture import QUOTES
    seed, words, speaker, topics = QUOTES[0]
    page.goto(base_url + "search/?q=" + words.replace(" ", "+"))
    results = page.locator("#search-results a")
    results.first.wait_for(timeout=10000)
    found = {urlsplit(h).path.removeprefix(urlsplit(base_url).path)
             for h in results.evaluate_all("els => els.map(e => e.getAttribute('href'))")}
    sources = {f for f in found if f.startswith("sources/")}
    assert len(sources) == 1 and f"actors/{speaker}/" in found, found
    assert found == sources | {f"actors/{speaker}/"}, found
    page.goto(base_url + sources.pop())
    assert words in page.locator("section[aria-labelledby=facts]").inner_text()
    assert page.errors == []


def test_the_skip_link_is_the_first_stop_and_moves_focus_to_the_content(page, base_url):
    page.goto(base_url + "actors/hun-sen/")
    page.keyboard.press("Tab")
    skip = page.locator("a.skip")
    assert skip.evaluate("el => el === document.activeElement")
    assert skip.is_visible() and skip.bounding_box()["y"] >= 0
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_accessibility_violation_on_any_page_type(browser, base_url, axe_source, scheme):
    # The pages forbid inline scripts; the checker is injected past that rule, for the test only.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme,
                                  bypass_csp=True)
    page = context.new_page()
    paths = dict(PAGE_TYPES)
    page.goto(base_url + "actors/prak-sokhonn/")
    source = urlsplit(page.locator("section[aria-labelledby=sources] a").first.get_attribute("href")).path
    paths["source"] = source.removeprefix(urlsplit(base_url).path)
    found = {}
    for kind, path in paths.items():
        page.goto(base_url + path)
        page.wait_for_load_state("networkidle")
        page.add_script_tag(content=axe_source)
        result = page.evaluate("async () => (await axe.run(document)).violations.map("
                               "v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))")
        if result:
            found[kind] = result
    context.close()
    assert found == {}


def test_long_lists_page_by_page_without_errors_or_accessibility_violations(browser, long_base_url, axe_source):
    """quotes/page/2/, a topic's and an actor's quote listings, and the sheets that lead to them."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    page = context.new_page()
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(long_base_url + "quotes/")
    page.locator("nav[aria-label=Pages] a[rel=next]").click()
    page.wait_for_url("**/quotes/page/2/")
    visited = {"quotes page 2": page.url}
    page.goto(long_base_url + "timeline/")
    page.locator("nav[aria-label=Pages] a[rel=next]").click()
    page.wait_for_url("**/timeline/page/2/")
    visited["timeline page 2"] = page.url
    page.goto(long_base_url + "topics/")
    topics = [a.get_attribute("href") for a in page.locator("main a[href*='/topics/']").all()]
    for href in topics:
        page.goto(urlsplit(long_base_url)._replace(path=urlsplit(href).path).geturl())
        more = page.locator("section.camp p.more a")
        if more.count():
            visited["topic sheet"] = page.url
            more.first.click()
            page.wait_for_url(re.compile(r"/topics/[^/]+/quotes/(page/\d+/)?#camp-\d+$"))
            visited["topic quotes"] = page.url
            break
    page.goto(long_base_url + "quotes/")
    for href in [a.get_attribute("href") for a in page.locator("nav[aria-label=Speakers] a").all()]:
        page.goto(urlsplit(long_base_url)._replace(path=urlsplit(href).path).geturl())
        more = page.locator("section[aria-labelledby=others] p.more a")
        if more.count():
            visited["actor sheet"] = page.url
            more.click()
            page.wait_for_url(re.compile(r"/actors/[^/]+/about/$"))
            visited["actor about"] = page.url
            break
    page.goto(long_base_url + "quotes/")
    for href in [a.get_attribute("href") for a in page.locator("nav[aria-label=Speakers] a").all()]:
        page.goto(urlsplit(long_base_url)._replace(path=urlsplit(href).path).geturl())
        more = page.locator("section[aria-labelledby=events] p.more a")
        if more.count():
            more.click()
            page.wait_for_url(re.compile(r"/actors/[^/]+/events/$"))
            visited["actor events"] = page.url
            break
    page.goto(long_base_url + "topics/")
    for href in topics:
        page.goto(urlsplit(long_base_url)._replace(path=urlsplit(href).path).geturl())
        more = page.locator("section[aria-labelledby=sources] p.more a")
        if more.count():
            more.click()
            page.wait_for_url(re.compile(r"/topics/[^/]+/sources/$"))
            visited["topic sources"] = page.url
            break
    assert set(visited) == {"quotes page 2", "timeline page 2", "topic sheet", "topic quotes", "actor sheet",
                            "actor about", "actor events", "topic sources"}
    found = {}
    for kind, url in visited.items():
        page.goto(url)
        page.wait_for_load_state("networkidle")
        page.add_script_tag(content=axe_source)
        result = page.evaluate("async () => (await axe.run(document)).violations.map("
                               "v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))")
        if result:
            found[kind] = result
    context.close()
    assert found == {} and errors == []


@pytest.mark.parametrize("width", [375, 1280])
def test_fact_sheets_fit_the_screen_and_are_photographed(browser, base_url, artifacts, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(base_url + "actors/prak-sokhonn/")
    source = urlsplit(page.locator("section[aria-labelledby=sources] a").first.get_attribute("href")).path
    shots = {"actor": base_url + "actors/hun-sen/", "topic": base_url + "topics/democracy/",
             "source": f"http://{urlsplit(base_url).netloc}{source}"}
    for kind, path in {**{k: base_url + p for k, p in PAGE_TYPES.items()}, **shots}.items():
        page.goto(path)
        page.wait_for_load_state("networkidle")
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{kind} scrolls sideways by {overflow}px at {width}px"
        if kind in shots:
            page.screenshot(path=str(artifacts / f"{kind}-{width}.png"), full_page=True)
            assert (artifacts / f"{kind}-{width}.png").stat().st_size > 10_000
    context.close()


def test_a_fact_sheet_prints_on_a4_without_the_site_furniture(page, base_url, artifacts):
    page.goto(base_url + "actors/hun-sen/")
    page.emulate_media(media="print")
    for selector in (".site-header nav", ".site-search", ".site-footer", ".skip"):
        assert not page.locator(selector).first.is_visible(), selector
    assert page.locator("section.notes").is_visible()
    pdf = page.pdf(format="A4", path=str(artifacts / "actor-print.pdf"))
    assert pdf.startswith(b"%PDF")
