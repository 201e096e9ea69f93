"""End to end: the five real seeds in, a parsed and link-checked site out."""
from __future__ import annotations

import json
from pathlib import Path

import yaml
from bs4 import BeautifulSoup

from generator.linkcheck import check_links


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def entries(root: Path, kind: str) -> dict[str, dict]:
    result = {}
    for f in sorted((root / "content" / kind).glob("*.md")):
        head = f.read_text(encoding="utf-8").split("---\n")[1]
        result[f.stem] = yaml.safe_load(head)
    return result


def test_ingest_writes_an_entry_per_source_actor_and_topic(built_root: Path) -> None:
    sources = entries(built_root, "sources")
    assert len(sources) == 5
    assert {s["seed"] for s in sources.values()} == {p.name for p in (built_root / "seeds").glob("*.txt")}
    assert len(entries(built_root, "actors")) >= 10
    assert entries(built_root, "topics"), "a new site starts with topic entries"


def test_every_page_type_is_written(built_root: Path) -> None:
    out = built_root / "output"
    assert (out / "index.html").is_file()
    for kind in ("sources", "actors", "topics"):
        for entry in entries(built_root, kind):
            assert (out / kind / entry / "index.html").is_file(), f"{kind}/{entry}"


def test_every_internal_link_and_anchor_resolves(built_root: Path) -> None:
    assert check_links(built_root / "output") == []


def test_actor_and_topic_pages_link_to_their_sources(built_root: Path) -> None:
    out = built_root / "output"
    sources = {f"/sources/{s}/" for s in entries(built_root, "sources")}
    for kind in ("actors", "topics"):
        for entry in entries(built_root, kind):
            page = soup(out / kind / entry / "index.html")
            hrefs = {a["href"].split("#")[0] for a in page.select("main a[href]")}
            if kind == "actors" or hrefs & sources:
                assert hrefs & sources, f"{kind}/{entry} links to no source"


def test_source_pages_link_to_their_actors_and_topics(built_root: Path) -> None:
    out = built_root / "output"
    for sid, meta in entries(built_root, "sources").items():
        page = soup(out / "sources" / sid / "index.html")
        hrefs = {a["href"] for a in page.select("main a[href]")}
        for aid in meta["extracted"]["actors"]:
            assert f"/actors/{aid}/" in hrefs, f"{sid} does not link to {aid}"
        for tid in meta["extracted"]["topics"]:
            assert f"/topics/{tid}/" in hrefs, f"{sid} does not link to topic {tid}"


def test_pages_say_only_what_the_articles_say(built_root: Path) -> None:
    """Every quote on the quotes page is a passage of its cited source paragraph."""
    out = built_root / "output"
    quotes = json.loads((out / "data" / "quotes.json").read_text())
    sources = entries(built_root, "sources")
    for q in quotes:
        paragraph = sources[q["source"]]["extracted"]["paragraphs"][q["paragraph"] - 1]
        assert q["text"] in paragraph
    shown = {b.get_text(" ", strip=True) for b in soup(out / "quotes" / "index.html").select("blockquote p")}
    assert len(shown) == len({q["text"] for q in quotes})


def test_titles_come_from_the_articles(built_root: Path) -> None:
    out = built_root / "output"
    for sid, meta in entries(built_root, "sources").items():
        page = soup(out / "sources" / sid / "index.html")
        title = page.select_one("h1").get_text(strip=True)
        seed_text = (built_root / "seeds" / meta["seed"]).read_text(encoding="utf-8")
        assert title in seed_text
