"""The open data a long-lived Builder writes after edits, each source's quotes kept as one piece
and the events taken out and put in by source (render/data.py, DataMemo), must be the bytes
`open_data` writes of the same site from nothing."""
from __future__ import annotations

from pathlib import Path

from helpers import built_site, cut_seed
from test_incremental import rewrite_entry
from generator.render.data import DataMemo, open_data


def dated_sentence(seed: Path, words: str) -> set[Path]:
    seed.write_text(seed.read_text(encoding="utf-8").rstrip("\n") + f" {words}\n", encoding="utf-8")
    return {seed}


def test_open_data_by_difference_is_the_open_data_of_the_whole_site(tmp_path: Path) -> None:
    _root, builder, seeds, sources = built_site(tmp_path / "site")
    edits = [
        lambda: dated_sentence(seeds[1], "The ministry declined to comment on 2 March 2021."),
        lambda: dated_sentence(seeds[3], '"We will not accept this," said Kem Sokha on 4 March 2019.'),
        lambda: cut_seed(seeds[0]),
        lambda: (rewrite_entry(sources[2], lambda m: m.__setitem__("title", "An editor's title")), {sources[2]})[1],
        lambda: dated_sentence(seeds[2], "On 1 January 2000 nothing happened, and on 1 January 2030 nothing will."),
    ]
    for edit in edits:
        memo: DataMemo = builder._pages_memo.data
        kept_events = memo.events
        result = builder.build(edit(), search=False, write=False)
        assert memo.events is not None and memo.events is not kept_events
        clean = open_data(builder._site)
        for name, data in clean.items():
            assert result.files[name] == data, name
