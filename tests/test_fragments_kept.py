"""A long-lived Builder's pieces (render/fragments.py) keep what they wrote of every source that is
the same object after an edit: each quote and event must come out as a fresh render writes it."""
from __future__ import annotations

from pathlib import Path

from helpers import built_site, cut_seed
from test_incremental import rewrite_entry
from generator.render.fragments import Fragments
from generator.render.templates import Notes, show_date


def dated_sentence(seed: Path, words: str) -> set[Path]:
    seed.write_text(seed.read_text(encoding="utf-8").rstrip("\n") + f" {words}\n", encoding="utf-8")
    return {seed}


def test_pieces_kept_over_edits_are_the_pieces_written_afresh(tmp_path: Path) -> None:
    root, builder, seeds, sources = built_site(tmp_path / "site")
    actor = sorted((root / "content" / "actors").glob("*.md"))[0]
    edits = [
        lambda: dated_sentence(seeds[1], "Hun Sen spoke about the election on 3 March 2021."),
        lambda: cut_seed(seeds[0]),
        lambda: (rewrite_entry(sources[2], lambda m: m.__setitem__("title", "An editor's title")), {sources[2]})[1],
        lambda: (rewrite_entry(actor, lambda m: m.__setitem__("name", "A Renamed Actor")), {actor})[1],
        lambda: dated_sentence(seeds[3], '"We will not accept this," said Kem Sokha on 4 March 2021.'),
    ]
    carried = 0
    for edit in edits:
        last = builder._pages_memo.fragments[1]
        builder.build(edit(), search=False, write=False)
        _settings, kept = builder._pages_memo.fragments
        carried += sum(1 for sid, got in kept._items.items() if got is last._items.get(sid))
        site = builder._site
        fresh = Fragments(site, kept.url, kept.refs, show_date)
        for q in site.quotes:
            for how in ((True, None, None), (False, q.speaker, None), (True, None, (q.topics or (None,))[0])):
                assert kept.quote(Notes(), q, *how) == fresh.quote(Notes(), q, *how), q.id
        for e in site.events:
            skip = (e.actors or (None,))[0]
            assert kept.event_item(Notes(), e, skip) == fresh.event_item(Notes(), e, skip)
            assert kept.event_item(Notes(), e) == fresh.event_item(Notes(), e)
        for sid, source in site.sources.items():
            assert kept.notes([(1, sid, 1)]) == fresh.notes([(1, sid, 1)])
            assert kept.source_item(source) == fresh.source_item(source)
    assert carried, "pieces are carried from one render to the next"
