"""After an edit, a long-lived Builder keeps the views of the sheets the edited articles' facts do
not concern (render/touched.py): each kept view must be the view made afresh from a clean Index,
as another entry's sheet shows it, and each actor sheet's network record what the site now draws."""
from __future__ import annotations

import dataclasses
from pathlib import Path

from helpers import built_site, cut_seed
from test_incremental import rewrite_entry
from generator.model import Source
from generator.render.inbound import inbound
from generator.render.pages import PagesMemo
from generator.render.svg import network_key
from generator.render.touched import _LISTED, Touched, touch
from generator.render.views import Index, actor_view, source_view, topic_view


def shown(value: object) -> object:
    """A view's context as pages show it: a source by what lists of sources show of it (its
    paragraphs and mentions only on its own page, which is always made again)."""
    if isinstance(value, Source):
        return ("source", tuple(getattr(value, f) for f in _LISTED))
    if isinstance(value, (list, tuple)):
        return [shown(x) for x in value]
    if isinstance(value, dict):
        return {k: shown(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (type(value).__name__, *(shown(getattr(value, f.name)) for f in dataclasses.fields(value)))
    return value


def fresh_view(ix: Index, key: tuple[str, str]):
    kind, ident = key
    site = ix.site
    if kind == "actors":
        return actor_view(ix, site.actors[ident])
    if kind == "topics":
        return topic_view(ix, ident)
    return source_view(ix, site.sources[ident])


def dated_sentence(seed: Path, words: str) -> set[Path]:
    seed.write_text(seed.read_text(encoding="utf-8").rstrip("\n") + f" {words}\n", encoding="utf-8")
    return {seed}


def correct_a_speaker(entry: Path, hide: bool = False) -> set[Path]:
    """An editor's correction in a source entry: its first quote with a speaker given to another
    actor the article names (or hidden); the article's names and tags stay as they were."""
    def change(meta: dict) -> None:
        quote = next(q for q in meta["extracted"]["quotes"] if q.get("speaker"))
        other = next(a for a in meta["extracted"]["actors"] if a != quote["speaker"])
        fix = {"hidden": True} if hide else {"speaker": other}
        meta.setdefault("corrections", {}).setdefault("quotes", {})[quote["id"]] = fix
    rewrite_entry(entry, change)
    return {entry}


def test_sheets_kept_over_an_edit_are_the_sheets_made_afresh(tmp_path: Path) -> None:
    _root, builder, seeds, sources = built_site(tmp_path / "site")
    edits = [
        lambda: dated_sentence(seeds[1], "The ministry declined to comment on 2 March 2021."),
        lambda: dated_sentence(seeds[1], "Hun Sen spoke about the election on 3 March 2021."),
        lambda: dated_sentence(seeds[3], '"We will not accept this," said Kem Sokha on 4 March 2021.'),
        lambda: cut_seed(seeds[0]),
        lambda: (rewrite_entry(sources[2], lambda m: m.__setitem__("title", "An editor's title")), {sources[2]})[1],
        lambda: dated_sentence(seeds[2], "Nothing else was said."),
        lambda: correct_a_speaker(sources[3]),
        lambda: correct_a_speaker(sources[0], hide=True),
    ]
    kept_named = 0           # kept sheets of actors the edited article names: what the rule saves
    kept_lists = 0           # lists of "What links here" kept from the last build
    for edit in edits:
        memo: PagesMemo = builder._pages_memo
        before, old_site, old_table = dict(memo.views), builder._site, memo.inbound
        builder.build(edit(), search=False, write=False)
        whole = inbound(memo.views)                     # "What links here" from every view
        assert memo.inbound.origins == whole.origins
        assert {k: v[1] for k, v in memo.inbound.targets.items()} == {k: v[1] for k, v in whole.targets.items()}
        kept_lists += sum(1 for k, v in memo.inbound.origins.items() if v is old_table.origins.get(k))
        site = builder._site
        edited = [sid for sid, s in site.sources.items() if old_site.sources.get(sid) is not s]
        assert len(edited) == 1
        kept = [key for key, view in memo.views.items() if before.get(key) is view]
        assert kept, "an edit of one article keeps most sheets"
        kept_named += sum(1 for kind, ident in kept
                          if kind == "actors" and ident in site.sources[edited[0]].actors)
        clean = Index.build(site)
        for key in kept:
            view, fresh = memo.views[key], fresh_view(clean, key)
            assert shown(view.context) == shown(fresh.context), key
            assert view.deps == fresh.deps, key
            assert [view.links.actors, view.links.topics, view.links.sources] == \
                [fresh.links.actors, fresh.links.topics, fresh.links.sources], key
        for (kind, ident), made in memo.pages.items():
            if kind == "actors":
                assert made[-1].reads == network_key(site, ident), ident
    assert kept_named, "sheets of actors an edited article names are kept when their facts are the same"
    assert kept_lists, "what links to a sheet is kept by difference"


def test_what_an_edit_touches_holds_every_sheet_whose_facts_changed(tmp_path: Path) -> None:
    """`touch` against its definition: a sheet is touched when a view of it made from the site
    before the edit differs from one made from the site after it."""
    _root, builder, seeds, sources = built_site(tmp_path / "site")
    edits = [
        lambda: correct_a_speaker(sources[3]),
        lambda: correct_a_speaker(sources[0], hide=True),
        lambda: dated_sentence(seeds[1], "Hun Sen met Kem Sokha on 3 March 2021."),
        lambda: dated_sentence(seeds[4], '"This is not over," said Hun Sen on 5 March 2021.'),
        lambda: cut_seed(seeds[2]),
    ]
    for edit in edits:
        old = Index.build(builder._site)
        builder.build(edit(), search=False, write=False)
        new = Index.build(builder._site)
        touched = Touched(set(), set(), set())
        for sid in new.shares:
            if old.shares[sid][0] is not new.shares[sid][0]:
                touch(old.shares[sid], new.shares[sid], touched)
        changed = {("actors", a) for a in new.site.actors
                   if shown(fresh_view(old, ("actors", a)).context) != shown(fresh_view(new, ("actors", a)).context)}
        changed |= {("topics", t) for t in new.site.topics
                    if shown(fresh_view(old, ("topics", t)).context) != shown(fresh_view(new, ("topics", t)).context)}
        assert changed, "the edit changes some sheet"
        assert changed <= {("actors", a) for a in touched.actors} | {("topics", t) for t in touched.topics}


def corpus_site(tmp: Path, n: int = 160):
    """The benchmark's synthetic articles, enough of them for listings of several pages (a
    quote listing past 100 quotes, a sheet's events past 20), built by a long-lived Builder."""
    from bench.corpus import articles, write_seeds
    from generator.build import Builder
    from generator.config import Paths, load_settings

    write_seeds(tmp / "seeds", articles(n))
    paths = Paths(tmp)
    builder = Builder(paths, load_settings(paths.settings))
    builder.build(None)
    return builder, sorted((tmp / "seeds").glob("*.txt")), sorted((tmp / "content" / "sources").glob("*.md"))


def test_pages_after_edits_are_the_pages_of_a_clean_render(tmp_path: Path) -> None:
    """Every page a long-lived Builder holds after each edit (views, "What links here", each
    listing's deps kept from earlier builds) is the page `pages` makes of the site from nothing:
    the same fields, deps and reads, and a context that shows the same."""
    from generator.render.pages import pages

    builder, seeds, sources = corpus_site(tmp_path / "site")
    listings = [p for p in builder._pages if "/page/" in p]
    assert len(listings) > 20, "the site has listings of several pages"
    edits = [
        lambda: dated_sentence(seeds[10], "The ministry declined to comment on 2 March 2021."),
        lambda: dated_sentence(seeds[20], "Hun Sen spoke about the election on 3 March 2021."),
        lambda: correct_a_speaker(sources[30]),
        lambda: cut_seed(seeds[40]),
        lambda: dated_sentence(seeds[10], "Nothing else was said on 5 March 2021."),
        lambda: (rewrite_entry(sources[50], lambda m: m.__setitem__("title", "An editor's title")), {sources[50]})[1],
        lambda: dated_sentence(seeds[60], '"We will see," said Kem Sokha on 6 March 2015.'),
    ]
    kept_listings = 0        # listing pages handed back as the very objects (render/listed.py)
    for edit in edits:
        before = dict(builder._pages)
        builder.build(edit(), search=False, write=False)
        site = builder._site
        kept_listings += sum(1 for path, page in builder._pages.items()
                             if "/page/" in path and before.get(path) is page)
        clean = {p.path: p for p in pages(site, builder.settings, Index.build(site))}
        assert clean.keys() == builder._pages.keys()
        for path, page in builder._pages.items():
            assert page == clean[path], path
            assert page.reads == clean[path].reads, path
            assert shown(page.context) == shown(clean[path].context), path
    assert kept_listings, "listing pages of the same items are kept"


def retitle(entry: Path, title: str) -> set[Path]:
    rewrite_entry(entry, lambda meta: meta.__setitem__("title", title))
    return {entry}


def test_sheets_listing_a_retitled_source_are_the_sheets_made_afresh(tmp_path: Path) -> None:
    """An editor's new title changes only what lists show of the source: the sheets listing it
    keep their views with the new Source swapped in (render/pages.py, `_swapped`), each of which
    must be the view made afresh, holding the site's own objects."""
    _root, builder, seeds, sources = built_site(tmp_path / "site")
    edits = [
        lambda: retitle(sources[2], "An editor's title"),
        lambda: retitle(sources[0], "Another title"),
        lambda: retitle(sources[2], "An editor's second title"),
        lambda: retitle(sources[1], "A title with a sentence") | dated_sentence(seeds[3], "Nothing was said on 2 March 2021."),
        lambda: retitle(sources[0], "Another title, again"),
        # sheets the sentence leaves kept hold the source's object from before it (equal in what
        # they show): the title must reach those too
        lambda: dated_sentence(seeds[4], "Nothing was said on 3 March 2021."),
        lambda: retitle(sources[4], "A title after an edit"),
        lambda: correct_a_speaker(sources[3]),
        lambda: retitle(sources[3], "A title after a correction"),
    ]
    swapped_seen = 0
    for edit in edits:
        memo: PagesMemo = builder._pages_memo
        before = dict(memo.views)
        old_site = builder._site
        builder.build(edit(), search=False, write=False)
        site = builder._site
        retitled = {sid for sid, s in site.sources.items() if old_site.sources[sid].title != s.title}
        swapped = [key for key, view in memo.views.items()
                   if key in before and view is not before[key] and view.links is before[key].links]
        swapped_seen += len(swapped)
        clean = Index.build(site)
        for key in swapped:
            view, fresh = memo.views[key], fresh_view(clean, key)
            assert shown(view.context) == shown(fresh.context), key
            assert all(s is site.sources[s.id] for s in view.context["sources"] if s.id in retitled), key
            assert view.deps == fresh.deps, key
            assert [view.links.actors, view.links.topics, view.links.sources] == \
                [fresh.links.actors, fresh.links.topics, fresh.links.sources], key
    assert swapped_seen, "a new title keeps the views of the sheets listing the source"
