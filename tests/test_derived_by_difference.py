"""What a long-lived Builder records of each entry after an edit (`derived`, made from the last
record for the sources that are the same objects) must be what `derived` makes of the whole site."""
from __future__ import annotations

from pathlib import Path

from helpers import built_site, cut_seed
from test_incremental import rewrite_entry
from generator.build import derived


def test_what_each_entry_gave_after_edits_is_the_record_of_the_whole_site(tmp_path: Path) -> None:
    _root, builder, seeds, sources = built_site(tmp_path / "site")

    def dated_sentence(seed: Path, words: str) -> set[Path]:
        seed.write_text(seed.read_text(encoding="utf-8").rstrip("\n") + f" {words}\n", encoding="utf-8")
        return {seed}

    edits = [
        lambda: dated_sentence(seeds[1], '"We will not accept this," said Kem Sokha on 4 March 2021.'),
        lambda: cut_seed(seeds[0]),
        lambda: (rewrite_entry(sources[2], lambda m: m.__setitem__("title", "An editor's title")), {sources[2]})[1],
        lambda: dated_sentence(seeds[3], "The court sat on 5 March 2021."),
    ]
    for edit in edits:
        before = builder._derived
        builder.build(edit(), search=False, write=False)
        made = builder._derived
        assert made == derived(builder._site)
        assert any(made[p] is before.get(p) for p in made if p.startswith("content/sources/")), \
            "an unchanged source's record is kept"


def test_the_edited_sources_facts_as_load_made_them_are_the_sites(tmp_path: Path) -> None:
    """`Site.facts_of`, which the steps by difference (derived, the Index, the back-references)
    take the edited sources' facts from, against filtering the site's lists."""
    _root, builder, seeds, sources = built_site(tmp_path / "site")
    edits = [
        lambda: cut_seed(seeds[0]),
        lambda: (rewrite_entry(sources[2], lambda m: m.__setitem__("title", "An editor's title")), {sources[2]})[1],
        lambda: {seeds[3], *cut_seed(seeds[1])},
    ]
    for edit in edits:
        old = builder._site
        builder.build(edit(), search=False, write=False)
        site = builder._site
        assert site.facts.keys() == site.sources.keys()
        for sids in ({sid for sid, s in site.sources.items() if old.sources.get(sid) is not s},
                     set(list(site.sources)[::2]), set(site.sources)):
            made = site.facts_of(sids)
            assert made == tuple([x for x in items if x.source in sids]
                                 for items in (site.quotes, site.events, site.roles)), sids
            assert sum(map(len, made)), "the sources have facts"
