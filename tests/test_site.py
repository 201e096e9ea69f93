"""The built site, parsed: every page type's structure, citations, cross-links, camps, the
excerpt rule, pictures, feeds and metadata, the subpath, and two identical builds.

Most tests read a reviewed site (tests/site_fixture.py: the real seeds, ingested, then reviewed
as an editor would); the last ones read the five seeds as the extractor alone leaves them.
"""
from __future__ import annotations

import filecmp
from collections import Counter
import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup
from site_fixture import ACTORS, FULL_TEXT, SEED, reviewed_root, run_cli

from generator.config import Settings
from generator.content.loader import load
from generator.linkcheck import check_links
from generator.model import CAMPS, default_camp
from generator.render.pages import ACTOR_GROUPS, pages
from generator.render.templates import read_accuracy

SUBPATH = "https://user.github.io/repo/"


def build(root: Path, *args: str) -> Path:
    result = run_cli("build", "--no-ingest", "--root", str(root), *args)
    assert result.returncode == 0, result.stderr
    return root / "output"


@pytest.fixture(scope="module")
def root(tmp_path_factory) -> Path:
    root = reviewed_root(tmp_path_factory.mktemp("reviewed"))
    build(root)
    return root


@pytest.fixture(scope="module")
def out(root: Path) -> Path:
    return root / "output"


@pytest.fixture(scope="module")
def site(root: Path):
    return load(root, Settings())


def soup(out: Path, path: str) -> BeautifulSoup:
    file = out / path / "index.html" if not path.endswith(".html") else out / path
    return BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser")


def html_pages(out: Path) -> list[Path]:
    return sorted(p for p in out.rglob("*.html") if "pagefind" not in p.parts)


def internal(href: str) -> str:
    return urlsplit(href).path


# every page -------------------------------------------------------------------------------

def test_every_page_has_the_bones_a_reader_and_a_crawler_need(out: Path) -> None:
    kinds = {p.relative_to(out).parts[0] for p in html_pages(out)}
    assert {"index.html", "actors", "topics", "sources", "quotes", "timeline", "about", "search",
            "404.html"} <= kinds
    for file in html_pages(out):
        page = BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser")
        where = file.relative_to(out).as_posix()
        assert page.html.get("lang"), where
        assert page.title and page.title.get_text(strip=True), where
        assert len(page.select("h1")) == 1, where
        assert page.select_one("main#main"), where
        assert page.select_one("a.skip")["href"] == "#main", where
        assert page.select_one("form[role=search] input[name=q]"), where
        og = {m["property"]: m["content"] for m in page.select("meta[property^='og:']")}
        assert {"og:title", "og:type", "og:url", "og:site_name"} <= set(og), where
        canonical = page.select_one("link[rel=canonical]")
        if where not in ("404.html", "search/index.html"):
            assert canonical and canonical["href"] == og["og:url"], where
            assert page.select_one("meta[name=description]")["content"], where
        # no request to another host: stylesheets, scripts, images and icons are all local
        for tag in page.select("link[href], script[src], img[src], iframe, source[src]"):
            ref = tag.get("href") or tag.get("src") or ""
            if tag.name == "link" and tag.get("rel") in (["canonical"], ["alternate"]):
                continue
            assert not urlsplit(ref).netloc, f"{where}: {ref}"


def test_every_internal_link_and_anchor_resolves(out: Path) -> None:
    assert check_links(out) == []


def test_the_theme_asks_nothing_of_another_host(out: Path) -> None:
    css = (out / "static" / "style.css").read_text(encoding="utf-8")
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", css)
    assert "@import" not in css
    assert "prefers-color-scheme: dark" in css and "@media print" in css and "A4" in css


# citations --------------------------------------------------------------------------------

def paragraphs_of(root: Path) -> dict[str, list[str]]:
    result = {}
    for f in (root / "content" / "sources").glob("*.md"):
        meta = yaml.safe_load(f.read_text(encoding="utf-8").split("\n---\n")[0].removeprefix("---\n"))
        result[meta["id"]] = [str(p) for p in meta["extracted"]["paragraphs"]]
    return result


def test_every_citation_is_numbered_and_links_a_paragraph_its_source_page_shows_in_full(root: Path, out: Path) -> None:
    """A mark carries no copy of its paragraph (static/cite.js reads it from the source page the
    mark links to, and without a script the link leads there): so every linked #pN must be on
    that page, holding the paragraph's very words."""
    paragraphs = paragraphs_of(root)
    shown: dict[str, dict[int, str]] = {}
    for sid in paragraphs:
        page = soup(out, f"sources/{sid}")
        shown[sid] = {int(p["id"][1:]): p.get_text("").strip() for p in page.select("p.para[id^=p]")}
    cited = sheets = 0
    for file in html_pages(out):
        page = BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser")
        numbers: dict[tuple[str, str], str] = {}
        for cite in page.select("main .cite"):
            link = cite.select_one("a")
            assert cite.select_one(".tip") is None, "the paragraph is read from its source page"
            sid, n = re.fullmatch(r".*/sources/([^/]+)/#p(\d+)", link["href"]).groups()
            number = re.fullmatch(r"\[source (\d+)\]", link.get_text(""))
            assert number, link
            assert numbers.setdefault((sid, n), number.group(1)) == number.group(1), "one number per paragraph"
            assert shown[sid][int(n)] == f"¶{n} {paragraphs[sid][int(n) - 1]}", (file, sid, n)
            cited += 1
        if numbers:
            assert sorted(int(k) for k in numbers.values()) == list(range(1, len(numbers) + 1))
            notes = [li["id"] for li in page.select("section.notes li")]
            # A sheet closes with its numbered sources (what a printed sheet cites by); a source
            # page's marks point at its own paragraphs and a listing's at theirs, without one.
            where = file.relative_to(out).as_posix()
            if re.fullmatch(r"(actors|topics)/[^/]+/index\.html|index\.html", where):
                assert notes == [f"note-{k}" for k in range(1, len(numbers) + 1)], file
                sheets += 1
            else:
                assert notes == [], file
    assert cited >= 30 and sheets >= 10


def test_every_quote_on_a_page_is_a_passage_of_the_paragraph_it_cites(root: Path, out: Path) -> None:
    paragraphs = paragraphs_of(root)
    seen = 0
    for file in html_pages(out):
        page = BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser")
        for fig in page.select("figure.quote"):
            text = fig.select_one("blockquote").get_text("", strip=True).strip("“”")
            sid, n = re.search(r"/sources/([^/]+)/#p(\d+)", fig.select_one(".cite a")["href"]).groups()
            assert text in paragraphs[sid][int(n) - 1], f"{file}: {text}"
            seen += 1
    assert seen > 20


# actor pages ------------------------------------------------------------------------------

def test_an_actor_page_shows_who_they_are_what_they_said_and_with_whom(root: Path, out: Path, site) -> None:
    for aid, (name, type_, camp, aliases, reviewed, summary) in ACTORS.items():
        page = soup(out, f"actors/{aid}")
        assert page.select_one("h1").get_text(strip=True) == name
        assert bool(page.select(".badge")) == (not reviewed), aid
        if summary:
            assert summary in page.select_one(".summary").get_text()
        said = page.select("section[aria-labelledby=said] figure.quote")
        assert len(said) == len(site.quotes_by.get(aid, []))
        dates = [site.sources[re.search(r"/sources/([^/]+)/", f.select_one(".cite a")["href"]).group(1)].published
                 for f in said]
        assert dates == sorted(dates, reverse=True), f"{aid}: quotes are not newest first"
        related = page.select("section[aria-labelledby=related] ul.related li")
        expected = sorted(site.co_mentions.get(aid, {}).items(), key=lambda kv: (-kv[1], kv[0]))
        assert [(internal(li.a["href"]), int(li.select_one(".meta").get_text().split()[0])) for li in related] \
            == [(f"/actors/{b}/", n) for b, n in expected]
        if related:
            svg = page.select_one("section[aria-labelledby=related] svg[role=img]")
            labels = svg["aria-labelledby"].split()
            assert [page.find(id=i).name for i in labels] == ["title", "desc"]
            desc = svg.find("desc").get_text()
            assert all(li.a.get_text() in desc for li in related)
        assert sheet_sources(out, page) == {f"/sources/{s}/" for s in site.actor_sources.get(aid, [])}


def sheet_sources(out: Path, page: BeautifulSoup) -> set[str]:
    """The source pages a sheet's Sources section lists, with its listing when it holds some back."""
    section = page.select_one("section[aria-labelledby=sources]")
    found = {internal(a["href"]) for a in section.select("ul.sources a")}
    more = section.select_one("p.more a")
    if more:
        for listing in _walk(out, internal(more["href"])):
            found |= {internal(a["href"]) for a in listing.select("main ul.sources a")}
    return found


def roles_are_one_line_each_cited_where_first_and_last_stated(out: Path, site) -> int:
    """An actor's sheet gives each (title, organization) once, cited at its earliest and latest
    statement, with how many paragraphs and articles state it; the source page cites every one."""
    by_actor: dict[str, dict[tuple, list]] = {}
    for r in site.roles:
        by_actor.setdefault(r.actor, {}).setdefault((r.title, r.organization), []).append(r)
    repeated = 0
    for aid, groups in by_actor.items():
        page = soup(out, f"actors/{aid}")
        items = page.select("section[aria-labelledby=roles] li")
        assert len(items) == len(groups), aid
        for li in items:
            title = li.strong.get_text()
            org = li.select_one("a[href*='/actors/']")
            key = (title, internal(org["href"]).split("/")[2] if org else None)
            roles = sorted(groups[key], key=lambda r: (r.date or "", r.source, r.paragraph))
            cites = [re.search(r"/sources/([^/]+)/#p(\d+)$", a["href"]).groups() for a in li.select(".cite a")]
            first, last = roles[0], roles[-1]
            assert cites[0] == (first.source, str(first.paragraph)), key
            assert li.select_one(".meta").get_text().startswith("as of ")
            if len(roles) == 1:
                assert len(cites) == 1
                continue
            repeated += 1
            assert cites == [(first.source, str(first.paragraph)), (last.source, str(last.paragraph))]
            sources = len({r.source for r in roles})
            assert f"in {len(roles)} paragraphs of {sources} source" in li.get_text(" ")
    for r in site.roles:
        page = soup(out, f"sources/{r.source}")
        items = [li for li in page.select("section[aria-labelledby=facts] ul.roles li") if r.title in li.get_text()]
        assert any(li.select_one(f".cite a[href$='#p{r.paragraph}']") for li in items), r
    return repeated


def test_roles_carry_their_date_and_citation(out: Path, site) -> None:
    roles_are_one_line_each_cited_where_first_and_last_stated(out, site)


def test_topic_chips_and_actor_names_link_to_their_pages(out: Path, site) -> None:
    page = soup(out, "actors/hun-sen")
    for fig in page.select("section[aria-labelledby=said] figure.quote"):
        for chip in fig.select(".chips a"):
            assert re.fullmatch(r"/topics/[^/]+/", internal(chip["href"]))
    chips = [a for a in page.select("figure.quote .chips a")]
    assert chips, "a quote on a topic shows its chip"
    # names of actors inside quoted and excerpted words link to their pages
    linked = 0
    for sid, source in site.sources.items():
        page = soup(out, f"sources/{sid}")
        for para in page.select("p.para"):
            n = int(para["id"][1:])
            names = {a.get_text(): internal(a["href"]) for a in para.select("a.actor-ref")}
            for aid, paras in source.actors.items():
                if n in paras:
                    assert f"/actors/{aid}/" in names.values(), f"{sid} ¶{n} does not link {aid}"
                    linked += 1
            for text, href in names.items():
                aid = href.split("/")[2]
                assert text in (site.actors[aid].name, *site.actors[aid].aliases)
    assert linked > 10


def test_every_actor_and_topic_page_lists_the_pages_that_link_to_it(out: Path, site) -> None:
    """'What links here' is checked against the links the sheets actually contain."""
    inbound: dict[str, set[str]] = {}
    for kind in ("actors", "topics", "sources"):
        for file in sorted((out / kind).glob("*/index.html")):
            here = f"/{kind}/{file.parent.name}/"
            page = BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser")
            body = page.select_one("main")
            for linked in body.select("section.linked-from"):
                linked.decompose()
            for a in body.select("a[href]"):
                target = internal(a["href"])
                if re.fullmatch(r"/(actors|topics)/[^/]+/", target) and target != here:
                    inbound.setdefault(target, set()).add(here)
    assert inbound
    summarised = 0
    for target, origins in inbound.items():
        page = soup(out, target.strip("/"))
        section = page.select_one("section.linked-from")
        listed = {internal(a["href"]) for a in section.select("a") if a["href"] != "#sources"}
        # Source pages the sheet's own Sources section lists are counted there, not listed again.
        own = sheet_sources(out, page) & origins
        assert listed == origins - own, target
        summary = section.select_one("a[href='#sources']")
        if own:
            assert summary.get_text() == f"the {len(own)} listed under Sources", target
            summarised += 1
        else:
            assert summary is None, target
    assert summarised


# topic pages ------------------------------------------------------------------------------

def test_topic_positions_are_grouped_by_the_speakers_camp(out: Path, site) -> None:
    order = [*CAMPS, "speaker not established"]
    grouped = 0
    for tid in site.topics:
        page = soup(out, f"topics/{tid}")
        camps = page.select(".camps section.camp")
        titles = [c.select_one("h3").get_text(strip=True).lower() for c in camps]
        assert titles == sorted(titles, key=order.index), tid
        for camp, section in zip(titles, camps):
            for fig in section.select("figure.quote"):
                speaker = fig.select_one("figcaption a[href*='/actors/']")
                if camp == "speaker not established":
                    assert speaker is None and "Speaker not established" in fig.get_text()
                    continue
                aid = internal(speaker["href"]).split("/")[2]
                name, type_, chosen, *_ = ACTORS[aid]
                assert camp == (chosen or default_camp(type_))
                grouped += 1
    assert grouped >= 5
    democracy = soup(out, "topics/democracy")
    assert len(democracy.select(".camps section.camp")) >= 3, "positions side by side"


def test_a_topic_page_has_its_timeline_actors_and_sources(out: Path, site) -> None:
    page = soup(out, "topics/democracy")
    assert page.select("section[aria-labelledby=involved] a[href*='/actors/']")
    assert page.select("section[aria-labelledby=sources] a[href*='/sources/']")
    events = page.select("section[aria-labelledby=events] li.event")
    if events:
        assert page.select_one("section[aria-labelledby=events] svg[role=img] desc")


# source pages -----------------------------------------------------------------------------

def test_source_pages_show_cited_paragraphs_only_unless_the_source_allows_full_text(root: Path, out: Path, site) -> None:
    paragraphs = paragraphs_of(root)
    cited: dict[str, set[int]] = {}
    for q in site.quotes:
        cited.setdefault(q.source, set()).add(q.paragraph)
    for e in site.events:
        cited.setdefault(e.source, set()).add(e.paragraph)
    for r in site.roles:
        cited.setdefault(r.source, set()).add(r.paragraph)
    full = {s.id for s in site.sources.values() if s.seed in {SEED[k] for k in FULL_TEXT}}
    assert full and len(full) < len(site.sources)
    for sid, source in site.sources.items():
        page = soup(out, f"sources/{sid}")
        shown = {int(p["id"][1:]): p for p in page.select("p.para")}
        expected = set(range(1, len(source.paragraphs) + 1)) if sid in full else cited.get(sid, set())
        assert set(shown) == expected, sid
        for n, p in shown.items():
            assert p.select_one("a.pnum")["href"] == f"#p{n}"
            assert p.get_text("").strip() == f"¶{n} {paragraphs[sid][n - 1]}"
        facts = page.select_one("dl.facts").get_text(" ", strip=True)
        assert "Published" in facts and "Publisher" in facts
        if source.published:
            assert f"precise to the {source.published_precision}" in facts
        mentions = {internal(a["href"]) for a in page.select("section[aria-labelledby=mentions] a")}
        assert {f"/actors/{a}/" for a in source.actors} | {f"/topics/{t}/" for t in source.topics} == mentions


# indexes ----------------------------------------------------------------------------------

def test_the_actors_index_groups_by_kind_with_counts(out: Path, site) -> None:
    page = soup(out, "actors")
    headings = [h.get_text(" ", strip=True) for h in page.select("main h2")]
    labels = [label for type_, label in ACTOR_GROUPS if any(a.type == type_ for a in site.actors.values())]
    assert [h.rsplit(" (", 1)[0] for h in headings] == labels
    for type_, label in ACTOR_GROUPS:
        section = page.select_one(f"section[aria-labelledby=group-{type_}]")
        members = {a.id for a in site.actors.values() if a.type == type_}
        if not members:
            assert section is None
            continue
        for li in section.select("li"):
            aid = internal(li.a["href"]).split("/")[2]
            assert aid in members
            meta = li.select_one(".meta").get_text()
            assert f"{len(site.quotes_by.get(aid, []))} quote" in meta
            assert f"{len(site.actor_sources.get(aid, []))} source" in meta


def test_the_quotes_page_lists_every_quote_under_its_speaker(out: Path, site) -> None:
    page = soup(out, "quotes")
    for q in site.quotes:
        anchor = f"speaker-{q.speaker}" if q.speaker else "speaker-unknown"
        section = page.select_one(f"section[aria-labelledby={anchor}]")
        texts = [b.get_text("", strip=True).strip("“”") for b in section.select("blockquote")]
        assert q.text in texts, q.id
    headings = [h.get_text(strip=True) for h in page.select("section[aria-labelledby^=speaker-] h2")]
    assert headings[-1] == "Speaker not established"


def timeline_is_whole_in_date_order_page_by_page(out: Path, site) -> int:
    """Every event once across the timeline's pages, in date order, headed by its year, never
    more precise than its source; each page's picture draws that page's events. → pages."""
    from generator.render.paging import EVENTS_PER_PAGE
    listing = _walk(out, "/timeline/")
    shown = []
    for page in listing:
        items = page.select("main ol.events li.event")
        assert 0 < len(items) <= EVENTS_PER_PAGE
        for section in page.select("main section[aria-labelledby^=y]"):
            year = section.h2["id"][1:]
            for when in section.select("li.event .when"):
                assert when.get_text().split("(")[0].strip().endswith(year)
        svg = page.select_one("svg.timeline-chart[role=img]")
        assert svg.find("title") and str(len(items)) in svg.find("desc").get_text()
        assert len(svg.select("circle, rect")) == len(items)
        shown += [li.select_one(".when") for li in items]
    dates = sorted(site.events, key=lambda e: e.date)
    assert [w["data-precision"] for w in shown] == [e.precision for e in dates]
    for when, e in zip(shown, dates):
        if e.precision != "day":
            assert f"{e.precision} only" in when.get_text()
        assert e.date[:4] in when.get_text()
    if len(listing) > 1:
        years = listing[0].select("nav[aria-label=Years] a")
        assert [a.get_text() for a in years] == sorted({e.date[:4] for e in site.events})
        for a in years:
            assert soup(out, internal(a["href"]).strip("/")).find(id=urlsplit(a["href"]).fragment)
    return len(listing)


def test_the_timeline_is_in_date_order_and_shows_each_dates_precision(out: Path, site) -> None:
    assert timeline_is_whole_in_date_order_page_by_page(out, site) == 1


def test_the_home_page_counts_and_leads_on(out: Path, site) -> None:
    page = soup(out, "")
    stats = page.select_one(".stats").get_text(" ", strip=True)
    for n, word in ((len(site.sources), "source"), (len(site.actors), "actor"), (len(site.topics), "topic"),
                    (len(site.quotes), "quote")):
        assert f"{n} {word}" in stats
    latest = [internal(a["href"]) for a in page.select("section[aria-labelledby=latest] li a")]
    newest = max(site.sources.values(), key=lambda s: s.published or "")
    assert latest[0] == f"/sources/{newest.id}/"
    assert page.select("section[aria-labelledby=most-actors] li a")
    assert page.select("section[aria-labelledby=recent] li.event")
    assert page.select_one("section[aria-labelledby=network] svg[role=img] desc")


def test_the_about_page_states_the_measured_accuracy_or_that_it_is_not_yet_measured(out: Path) -> None:
    page = soup(out, "about")
    rows = page.select("table.accuracy tbody tr")
    figures = read_accuracy()
    assert len(rows) == 5
    keys = ["quote_recall", "speaker_precision", "attribution_rate", "actor_recall", "actor_precision"]
    for key, row in zip(keys, rows):
        cell = row.select("td")[0].get_text(strip=True)
        expected = "not yet measured" if figures[key] is None else f"{figures[key] * 100:.0f}%"
        assert cell == expected, key
    text = page.get_text(" ")
    assert "speaker not established" in text and "Send a correction" in text and "Limits" in text


def test_the_about_page_reads_its_figures_from_the_data_file(tmp_path: Path) -> None:
    figures = tmp_path / "accuracy.yaml"
    figures.write_text("quote_recall: 0.91\nspeaker_precision: null\narticles: 5\n", encoding="utf-8")
    read = read_accuracy(figures)
    assert read["quote_recall"] == 0.91 and read["speaker_precision"] is None and read["articles"] == 5
    assert read["actor_recall"] is None


# feeds and metadata -----------------------------------------------------------------------

def test_feed_sitemap_and_robots(out: Path, site) -> None:
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.parse(out / "feed.xml").getroot()
    entries = feed.findall(f"{atom}entry")
    assert len(entries) == len(site.sources)
    for entry in entries:
        href = entry.find(f"{atom}link").get("href")
        assert (out / internal(href).strip("/") / "index.html").is_file()
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT00:00:00Z", entry.find(f"{atom}updated").text)
    ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    locs = [u.find(f"{ns}loc").text for u in ET.parse(out / "sitemap.xml").getroot()]
    assert len(locs) == len(set(locs)) >= len(site.actors) + len(site.topics) + len(site.sources)
    assert "/404.html" not in locs and "/search/" not in locs
    assert "User-agent: *" in (out / "robots.txt").read_text()


def test_json_ld_describes_people_organisations_articles_and_quotations(out: Path, site) -> None:
    def graph(path: str) -> list[dict]:
        script = soup(out, path).select_one("script[type='application/ld+json']")
        return json.loads(script.string)["@graph"]

    types = {n["@type"] for aid in site.actors for n in graph(f"actors/{aid}")}
    assert {"Person", "Quotation", "NGO", "Country"} <= types
    quotations = [n for n in graph("actors/hun-sen") if n["@type"] == "Quotation"]
    assert len(quotations) == len(site.quotes_by["hun-sen"])
    assert all(q["creator"]["name"] == "Hun Sen" and q["isBasedOn"]["@type"] == "NewsArticle" for q in quotations)
    for sid, source in site.sources.items():
        (article,) = graph(f"sources/{sid}")
        assert article["@type"] == "NewsArticle" and article["headline"] == source.title


def test_text_from_entries_is_escaped(root: Path, tmp_path: Path) -> None:
    copy = tmp_path / "site"
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns("output"))
    entry = copy / "content" / "actors" / "adhoc.md"
    text = entry.read_text(encoding="utf-8").replace("name: Adhoc", "name: Adhoc <img src=x onerror=alert(1)>")
    entry.write_text(text + "\n<script>alert(2)</script>\n", encoding="utf-8")
    out = build(copy)
    for file in html_pages(out):
        html = file.read_text(encoding="utf-8")
        assert "<img src=x" not in html and "<script>alert" not in html, file
    assert "Adhoc &lt;img" in (out / "actors" / "adhoc" / "index.html").read_text(encoding="utf-8")


# the incremental contract -----------------------------------------------------------------

def test_a_pages_deps_name_every_entry_it_shows(root: Path, site) -> None:
    """A page that names an actor, topic or source must list its entry, or a rebuild that
    renders only changed pages would leave a stale name or paragraph behind."""
    for page in pages(site, Settings()):
        if "*" in page.deps or not page.path.startswith(("actors/", "topics/", "sources/")):
            continue
        html = BeautifulSoup(
            (root / "output" / page.path).read_text(encoding="utf-8"), "html.parser").select_one("main")
        shown = set()
        for a in html.select("a[href]"):
            m = re.fullmatch(r"/(actors|topics|sources)/([^/]+)/", internal(a["href"]))
            if m:
                kind, eid = m.groups()
                shown.add(getattr(site, kind)[eid].path)
        assert shown <= page.deps, (page.path, shown - page.deps)


# base path, determinism, the extractor's own output ---------------------------------------

@pytest.fixture(scope="module")
def subpath_out(root: Path, tmp_path_factory) -> Path:
    copy = tmp_path_factory.mktemp("subpath") / "site"
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns("output"))
    return build(copy, "--base-url", SUBPATH)


def test_under_a_subpath_every_link_stays_inside_it(subpath_out: Path) -> None:
    assert check_links(subpath_out, "/repo/") == []
    for file in html_pages(subpath_out):
        page = BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser")
        for tag in page.select("[href], [src], form[action]"):
            ref = tag.get("href") or tag.get("src") or tag.get("action")
            if ref.startswith("/"):
                assert ref.startswith("/repo/"), f"{file}: {ref}"
        assert page.select_one("meta[property='og:url']")["content"].startswith(SUBPATH)
    locs = ET.parse(subpath_out / "sitemap.xml").getroot()
    assert all(u[0].text.startswith(SUBPATH) for u in locs)
    assert f"Sitemap: {SUBPATH}sitemap.xml" in (subpath_out / "robots.txt").read_text()


def test_two_builds_of_the_same_inputs_are_byte_identical(root: Path, tmp_path: Path) -> None:
    copy = tmp_path / "again"
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns("output"))
    again = build(copy)
    first = sorted(p.relative_to(root / "output") for p in (root / "output").rglob("*") if p.is_file())
    second = sorted(p.relative_to(again) for p in again.rglob("*") if p.is_file())
    assert first == second
    assert any(p.parts[0] == "pagefind" for p in first), "the search index is part of the build"
    _, mismatch, errors = filecmp.cmpfiles(root / "output", again, [str(p) for p in first], shallow=False)
    assert mismatch == [] and errors == []


def test_the_extractors_own_site_is_whole(built_root: Path) -> None:
    """The five seeds as the extractor alone leaves them: every page well formed and linked."""
    out = built_root / "output"
    assert check_links(out) == []
    for file in html_pages(out):
        page = BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser")
        assert len(page.select("h1")) == 1, file
        for cite in page.select(".cite a"):
            assert re.search(r"/sources/[^/]+/#p\d+$", cite["href"])
    quotes = json.loads((out / "data" / "quotes.json").read_text(encoding="utf-8"))
    # get_text(""): a linked name inside a quote ("Cambodia’s") must read as it is written
    shown = " ".join(blockquote.get_text("") for blockquote in soup(out, "quotes").select("main blockquote"))
    assert all(" ".join(q["text"].split())[:60] in " ".join(shown.split()) for q in quotes)
    assert (out / "pagefind" / "pagefind.js").is_file() and (out / "feed.xml").is_file()


# long lists: a site with more quotes than a page holds ------------------------------------

@pytest.fixture(scope="module")
def big_root(tmp_path_factory) -> Path:
    """40 synthetic articles (bench/corpus.py): hundreds of quotes, more than one page holds."""
    from bench.corpus import articles, write_seeds
    root = tmp_path_factory.mktemp("big")
    write_seeds(root / "seeds", articles(40))
    result = run_cli("build", "--root", str(root))
    assert result.returncode == 0, result.stderr
    return root


@pytest.fixture(scope="module")
def big_site(big_root: Path):
    return load(big_root, Settings())


def _quote_key(fig) -> tuple[str, str, int]:
    text = " ".join(fig.select_one("blockquote").get_text().strip().strip("“”").split())
    sid, n = re.search(r"/sources/([^/]+)/#p(\d+)", fig.select_one(".cite a")["href"]).groups()
    return text, sid, int(n)


def _expected(quotes) -> Counter:
    return Counter((" ".join(q.text.split()), q.source, q.paragraph) for q in quotes)


def _walk(out: Path, first: str) -> list[BeautifulSoup]:
    """A listing's pages, in order, by following rel=next from its first page; checks that
    each page's rel=prev leads back and the numbered links name every page."""
    pages_, seen, path = [], [], first
    while path:
        assert path not in seen, f"{path}: rel=next loops"
        seen.append(path)
        page = soup(out, path.strip("/"))
        pages_.append(page)
        nav = page.select_one("nav[aria-label=Pages]")
        prev = page.select_one("a[rel=prev]")
        if len(seen) == 1:
            assert prev is None
        else:
            assert internal(prev["href"]) == seen[-2]
        nxt = page.select_one("a[rel=next]")
        path = internal(nxt["href"]) if nxt else None
        if nav is not None:
            assert nav.select_one("[aria-current=page]")["href"] == "/" + seen[-1].lstrip("/")
    if len(seen) > 1:
        numbered = [internal(a["href"]) for a in pages_[0].select("nav[aria-label=Pages] a:not([rel])")]
        assert numbered == ["/" + p.lstrip("/") for p in seen]
    return pages_


def test_the_quotes_listing_pages_hold_every_quote_once_within_the_bound(big_root: Path, big_site) -> None:
    from generator.render.paging import QUOTES_PER_PAGE
    out = big_root / "output"
    listing = _walk(out, "/quotes/")
    assert len(listing) == -(-len(big_site.quotes) // QUOTES_PER_PAGE) > 1
    shown = Counter()
    for page in listing:
        figs = page.select("main figure.quote")
        assert 0 < len(figs) <= QUOTES_PER_PAGE
        shown.update(_quote_key(f) for f in figs)
    assert shown == _expected(big_site.quotes)
    # The first page indexes every speaker; a named speaker's entry leads to their sheet.
    index = listing[0].select("nav[aria-label=Speakers] li")
    named = {internal(a["href"]) for li in index for a in li.select("a[href*='/actors/']")}
    assert named == {f"/actors/{a}/" for a in big_site.quotes_by if a in big_site.actors}
    assert all(page.select_one("nav[aria-label=Speakers]") is None for page in listing[1:])


def test_a_topic_sheet_shows_the_newest_quotes_per_camp_and_links_to_all_of_them(big_root: Path, big_site) -> None:
    from generator.render.paging import QUOTES_PER_PAGE, TOPIC_CAMP_QUOTES
    from generator.render.views import Index
    out = big_root / "output"
    positions = Index.build(big_site).positions
    listed = 0
    for tid in big_site.topics:
        sheet = soup(out, f"topics/{tid}")
        more = sheet.select("section.camp p.more a")
        for camp in sheet.select("section.camp"):
            assert len(camp.select("figure.quote")) <= TOPIC_CAMP_QUOTES
        total = _expected(positions.get(tid, []))
        if not more:
            assert Counter(_quote_key(f) for f in sheet.select("section.camp figure.quote")) == total
            continue
        listed += 1
        for a in more:
            target = internal(a["href"])
            anchor = urlsplit(a["href"]).fragment
            assert soup(out, target.strip("/")).find(id=anchor) is not None, a["href"]
            assert target.startswith(f"/topics/{tid}/quotes/")
        shown = Counter()
        for page in _walk(out, f"/topics/{tid}/quotes/"):
            figs = page.select("main figure.quote")
            assert 0 < len(figs) <= QUOTES_PER_PAGE
            shown.update(_quote_key(f) for f in figs)
        assert shown == total
    assert listed, "some topic has more quotes in a camp than its sheet shows"


def test_an_actor_sheet_caps_what_others_said_and_links_to_the_rest(big_root: Path, big_site) -> None:
    from generator.render.paging import ACTOR_ABOUT_QUOTES, ACTOR_OWN_QUOTES
    out = big_root / "output"
    capped = 0
    for aid in big_site.actors:
        sheet = soup(out, f"actors/{aid}")
        for section, quotes, bound, sub in (("others", big_site.quotes_about.get(aid, []), ACTOR_ABOUT_QUOTES, "about"),
                                            ("said", big_site.quotes_by.get(aid, []), ACTOR_OWN_QUOTES, "quotes")):
            part = sheet.select_one(f"section[aria-labelledby={section}]")
            figs = part.select("figure.quote") if part else []
            assert len(figs) == min(len(quotes), bound)
            more = part.select_one("p.more a") if part else None
            if len(quotes) <= bound:
                assert more is None and not (out / "actors" / aid / sub).exists()
                continue
            capped += 1
            assert internal(more["href"]) == f"/actors/{aid}/{sub}/"
            shown = Counter(_quote_key(f) for p in _walk(out, f"/actors/{aid}/{sub}/")
                            for f in p.select("main figure.quote"))
            assert shown == _expected(quotes)
    assert capped, "some actor is quoted about more often than the sheet shows"


def test_every_listing_page_is_linked_whole_in_the_sitemap_and_honest_about_its_deps(big_root: Path, big_site) -> None:
    out = big_root / "output"
    assert check_links(out) == []
    ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    locs = {internal(u.find(f"{ns}loc").text) for u in ET.parse(out / "sitemap.xml").getroot()}
    listings = {"/" + str(p.parent.relative_to(out)) + "/" for p in out.rglob("index.html")
                if re.search(r"/(quotes|about|events|timeline|sources)(/page/\d+)?/index.html$", "/" + str(p.relative_to(out)))}
    assert "/quotes/page/2/" in listings and any(x.startswith("/topics/") for x in listings)
    assert "/timeline/page/2/" in listings and any(re.fullmatch(r"/actors/[^/]+/events/", x) for x in listings)
    assert any(re.fullmatch(r"/topics/[^/]+/sources/", x) for x in listings)
    assert listings <= locs
    for page in pages(big_site, Settings()):
        if "*" in page.deps or not page.path.startswith(("actors/", "topics/", "sources/")):
            continue
        html = BeautifulSoup((out / page.path).read_text(encoding="utf-8"), "html.parser").select_one("main")
        shown = set()
        for a in html.select("a[href]"):
            m = re.fullmatch(r"/(actors|topics|sources)/([^/]+)/", internal(a["href"]))
            if m:
                kind, eid = m.groups()
                shown.add(getattr(big_site, kind)[eid].path)
        assert shown <= page.deps, (page.path, shown - page.deps)


def test_a_long_timeline_pages_by_year_and_holds_every_event(big_root: Path, big_site) -> None:
    assert timeline_is_whole_in_date_order_page_by_page(big_root / "output", big_site) > 1


def test_a_sheet_shows_its_latest_events_and_links_to_all_of_them(big_root: Path, big_site) -> None:
    from generator.render.paging import EVENTS_PER_PAGE, SHEET_EVENTS
    from generator.render.views import Index
    out = big_root / "output"
    ix = Index.build(big_site)
    capped = set()
    sheets = [(f"actors/{a}", ix.events_by_actor.get(a, [])) for a in big_site.actors]
    sheets += [(f"topics/{t}", ix.events_by_topic.get(t, [])) for t in big_site.topics]
    for path, events in sheets:
        events = ix.events_by_date(events)
        key = [(e.source, e.paragraph, " ".join(e.text.split())) for e in events]
        sheet = soup(out, path)
        part = sheet.select_one("section[aria-labelledby=events]")
        items = part.select("li.event") if part else []

        def keys(lis):
            return [(*re.search(r"/sources/([^/]+)/#p(\d+)$", li.select_one(".cite a")["href"]).groups(),
                     " ".join(li.select_one(".what").get_text("").split())) for li in lis]
        assert [(s, int(n), t) for s, n, t in keys(items)] == key[-SHEET_EVENTS:], path
        more = part.select_one("p.more a") if part else None
        if len(events) <= SHEET_EVENTS:
            assert more is None and not (out / path / "events").exists()
            continue
        capped.add(path.split("/")[0])
        assert internal(more["href"]) == f"/{path}/events/" and str(len(events)) in more.get_text()
        listed = []
        for page in _walk(out, f"/{path}/events/"):
            lis = page.select("main li.event")
            assert 0 < len(lis) <= EVENTS_PER_PAGE
            listed += keys(lis)
        assert [(s, int(n), t) for s, n, t in listed] == key, path
    assert capped == {"actors", "topics"}, "some actor and some topic have more events than a sheet shows"


def test_a_sheet_gives_each_role_once(big_root: Path, big_site) -> None:
    assert roles_are_one_line_each_cited_where_first_and_last_stated(big_root / "output", big_site) > 0


def test_a_sheet_lists_its_newest_sources_and_links_to_all_of_them(big_root: Path, big_site) -> None:
    from generator.render.paging import SHEET_SOURCES, SOURCES_PER_PAGE
    from generator.render.views import Index
    out = big_root / "output"
    ix = Index.build(big_site)
    capped = set()
    sheets = [(f"actors/{a}", big_site.actor_sources.get(a, [])) for a in big_site.actors]
    sheets += [(f"topics/{t}", set(big_site.topic_sources.get(t, [])) | {q.source for q in ix.positions.get(t, [])})
               for t in big_site.topics]
    for path, ids in sheets:
        newest = [f"/sources/{s.id}/" for s in ix.sources_newest_first(ids)]
        sheet = soup(out, path)
        section = sheet.select_one("section[aria-labelledby=sources]")
        assert [internal(a["href"]) for a in section.select("ul.sources a")] == newest[:SHEET_SOURCES], path
        more = section.select_one("p.more a")
        if len(newest) <= SHEET_SOURCES:
            assert more is None and not (out / path / "sources").exists()
            continue
        capped.add(path.split("/")[0])
        assert internal(more["href"]) == f"/{path}/sources/" and str(len(newest)) in more.get_text()
        listed, years = [], []
        for page in _walk(out, f"/{path}/sources/"):
            links = page.select("main ul.sources a")
            assert 0 < len(links) <= SOURCES_PER_PAGE
            listed += [internal(a["href"]) for a in links]
            for h2 in page.select("main section h2"):
                years.append(h2["id"][1:])
        assert sorted(listed) == sorted(newest) and len(listed) == len(set(listed)), path
        dates = [big_site.sources[h.split("/")[2]].published or "" for h in listed]
        assert dates == sorted(dates), f"{path}: oldest first"
        assert [y for y in years] == sorted(years, key=lambda y: (y != "undated", y)), path
    assert capped == {"actors", "topics"}


def test_a_long_listing_links_the_first_the_last_and_the_pages_near_each_page(big_site) -> None:
    """Real pages of a listing far longer than PAGER_ALL (the big site's events, one per page),
    rendered by the theme and parsed: each pager is a few links, and following them reaches
    every page."""
    from generator.render import DEFAULT_THEME
    from generator.render.paging import PAGER_ALL, PAGER_WINDOW
    from generator.render.pages import listing_pages
    from generator.render.templates import environment, render_page
    from generator.render.views import Index, by_year

    ix = Index.build(big_site)
    events = ix.events_by_date(big_site.events)
    listing = listing_pages("timeline/", by_year(events), "Timeline", "Events.", frozenset(),
                            {"back": None, "back_name": None, "skip": None, "picture": False,
                             "groups": by_year(events)}, "timeline.html", size=1)
    count = len(listing)
    assert count > 4 * PAGER_ALL
    env = environment(DEFAULT_THEME, Settings(), big_site, {"timeline_svg": lambda *a: "", "all_pages": listing},
                      ix.refs)
    links: dict[int, set[int]] = {}
    for n, page in enumerate(listing, 1):
        nav = BeautifulSoup(render_page(env, page), "html.parser").select_one("nav[aria-label=Pages]")
        numbered = [int(a.get_text()) for a in nav.select("a:not([rel])")]
        near = {k for k in range(n - PAGER_WINDOW, n + PAGER_WINDOW + 1) if 1 <= k <= count}
        assert set(numbered) >= {1, count} | near and numbered == sorted(numbered)
        assert len(numbered) <= 2 * PAGER_WINDOW + 4          # the window, the ends, a single-number gap
        assert int(nav.select_one("[aria-current=page]").get_text()) == n
        gaps = [li for li in nav.select("li.gap")]
        assert all(li.get("aria-hidden") == "true" and li.get_text() == "…" for li in gaps)
        # a gap stands exactly where numbers are left out
        assert len(gaps) == sum(1 for a, b in zip(numbered, numbered[1:]) if b - a > 1)
        assert (nav.select_one("a[rel=prev]") is None) == (n == 1)
        assert (nav.select_one("a[rel=next]") is None) == (n == count)
        links[n] = set(numbered)
    reached, todo = {1}, [1]
    while todo:
        for m in links[todo.pop()] - reached:
            reached.add(m)
            todo.append(m)
    assert reached == set(range(1, count + 1))
