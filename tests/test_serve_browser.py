"""Live reload as an editor sees it: Chromium on the preview while the test saves files."""
from __future__ import annotations

import time
from pathlib import Path

import pytest
from playwright.sync_api import Error as PlaywrightError, Page, expect

from test_serve import Preview, site_copy

ACTOR = "content/actors/seung-senkarona.md"
OVERLAY = "#generator-overlay [role=alert]"   # inside the overlay's shadow root


def actor_entry(summary: str) -> str:
    """An editor's own actor entry: a spokesman the seeds quote, with a summary as its body."""
    return ("---\nid: seung-senkarona\nname: Seung Senkarona\ntype: person\n---\n\n"
            f"{summary}\n")


@pytest.fixture(scope="module")
def preview(built_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Preview:
    root = site_copy(built_root, tmp_path_factory.mktemp("browser") / "site")
    (root / ACTOR).parent.mkdir(parents=True, exist_ok=True)
    (root / ACTOR).write_text(actor_entry("Spokesman for the rights group Adhoc."), encoding="utf-8")
    running = Preview(root)
    running.settled()
    yield running
    running.stop()


@pytest.fixture
def page(browser, preview: Preview) -> Page:
    preview.settled()                    # no build left over from the previous test
    context = browser.new_context()
    tab = context.new_page()
    tab.goto(preview.url + "actors/seung-senkarona/")
    until(tab, "document.documentElement.dataset.preview === 'live'", 10)
    yield tab
    context.close()


def until(page: Page, expression: str, seconds: float) -> None:
    """Polls from outside: the pages' Content-Security-Policy forbids wait_for_function's eval."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            if page.evaluate(expression):
                return
        except PlaywrightError:          # the page is reloading itself: ask the new one
            pass
        assert time.monotonic() < deadline, f"not within {seconds} s: {expression}"
        time.sleep(0.02)


def save(preview: Preview, rel: str, text: str) -> None:
    (preview.root / rel).write_text(text, encoding="utf-8")


def test_an_edited_entry_shows_without_a_manual_reload(page: Page, preview: Preview) -> None:
    main = page.locator("main")
    expect(main).to_contain_text("Spokesman for the rights group Adhoc.")
    save(preview, ACTOR, actor_entry("Spokesman for Adhoc; quoted on the EU's trade preferences."))
    expect(main).to_contain_text("quoted on the EU's trade preferences", timeout=2000)


def test_a_broken_entry_shows_an_overlay_over_the_last_good_page(page: Page, preview: Preview) -> None:
    save(preview, ACTOR, actor_entry("Last good summary."))
    main = page.locator("main")
    expect(main).to_contain_text("Last good summary.", timeout=10000)

    save(preview, ACTOR, actor_entry("Never shown.").replace("type: person", "type: [person"))
    overlay = page.locator(OVERLAY)
    expect(overlay).to_be_visible(timeout=2000)
    expect(overlay).to_contain_text(f"{ACTOR}:")
    expect(overlay).to_contain_text("not valid YAML")
    expect(main).to_contain_text("Last good summary.")
    expect(main).not_to_contain_text("Never shown.")

    save(preview, ACTOR, actor_entry("Fixed summary."))
    expect(main).to_contain_text("Fixed summary.", timeout=10000)
    expect(overlay).to_have_count(0)


def test_a_page_opened_while_broken_shows_the_overlay(browser, preview: Preview) -> None:
    save(preview, ACTOR, actor_entry("Before the break.").replace("type: person", "type: [person"))
    preview.wait_until(lambda s: not s["ok"])
    context = browser.new_context()
    try:
        tab = context.new_page()
        tab.goto(preview.url + "actors/seung-senkarona/")
        expect(tab.locator(OVERLAY)).to_contain_text(ACTOR, timeout=2000)
        tab.locator(OVERLAY).get_by_role("button", name="Hide").click()
        expect(tab.locator(OVERLAY)).to_have_count(0)
    finally:
        context.close()
        save(preview, ACTOR, actor_entry("Spokesman for the rights group Adhoc."))
        preview.wait_until(lambda s: s["ok"])


def test_a_stylesheet_change_is_swapped_in_place(page: Page, preview: Preview) -> None:
    page.evaluate("window.stillTheSamePage = true")
    css = preview.root / "templates" / "static" / "style.css"
    original = css.read_text(encoding="utf-8")
    try:
        css.write_text(original + "\nmain { outline: 3px solid rgb(1, 2, 3); }\n", encoding="utf-8")
        until(page, "getComputedStyle(document.querySelector('main')).outlineColor === 'rgb(1, 2, 3)'", 2)
        assert page.evaluate("window.stillTheSamePage === true"), "the page was not reloaded"
    finally:
        css.write_text(original, encoding="utf-8")
