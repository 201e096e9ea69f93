"""The Site's back-references made by difference after an edit are link_back's of the whole site:
the same lists in the same order (the sheets' sorts keep it among equal keys), the same counts."""
from __future__ import annotations

from pathlib import Path

from helpers import built_site, cut_seed
from test_incremental import rewrite_entry
from generator.content.backrefs import link_back, link_back_by_difference
from generator.model import Site

TABLES = ("actor_sources", "topic_sources", "quotes_by", "quotes_about", "topic_quotes", "co_mentions")


def bare(site: Site) -> Site:
    return Site(site.sources, site.actors, site.topics, site.quotes, site.events, site.roles)


def test_back_references_after_edits_are_those_of_the_whole_site(tmp_path: Path) -> None:
    _root, builder, seeds, sources = built_site(tmp_path / "site")

    def add(seed: Path, words: str) -> set[Path]:
        seed.write_text(seed.read_text(encoding="utf-8").rstrip("\n") + f"\n\n{words}\n", encoding="utf-8")
        return {seed}

    def repeat(seed: Path) -> set[Path]:       # a paragraph pasted twice: new facts, no new names
        paragraphs = seed.read_text(encoding="utf-8").rstrip("\n").split("\n\n")
        quoted = [p for p in paragraphs if "said" in p] or paragraphs
        seed.write_text("\n\n".join([*paragraphs, quoted[len(quoted) // 2]]) + "\n", encoding="utf-8")
        return {seed}

    edits = [
        lambda: repeat(seeds[1]),
        lambda: repeat(seeds[4]),
        lambda: add(seeds[1], '"The vote was not fair," Kem Sokha said of Hun Sen on 3 March 2021.'),
        lambda: add(seeds[3], "Hun Sen and the National Election Committee met in Phnom Penh."),
        lambda: (rewrite_entry(sources[2], lambda m: m.__setitem__("title", "An editor's title")), {sources[2]})[1],
        lambda: cut_seed(seeds[0]),
    ]
    taken = 0
    for edit in edits:
        old = builder._site
        builder.build(edit(), search=False, write=False)
        site = builder._site
        whole = bare(site)
        link_back(whole)
        for name in TABLES:
            assert getattr(site, name) == getattr(whole, name), name
        for name in TABLES[:-1]:                # lists in the very order link_back gives them
            assert [(k, getattr(site, name)[k]) for k in getattr(whole, name)] == list(getattr(whole, name).items())
        again = bare(site)
        if link_back_by_difference(again, old):
            taken += 1
            for name in TABLES:
                assert getattr(again, name) == getattr(whole, name), name
    assert taken >= 3, "edits that add no name to a table are made by difference"
