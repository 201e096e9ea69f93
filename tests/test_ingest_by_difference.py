"""After an edit, a long-lived Builder links only the edited articles (content/relink.py) and plans
only the files the edit concerns (content/replan.py): each must give what linking and planning
every article gives, writes, notes and proposals in the same order."""
from __future__ import annotations

from pathlib import Path

import pytest

import generator.build as build_module
from helpers import built_site, cut_seed
from test_incremental import rewrite_entry
from generator.content import relink as relink_module, replan as replan_module
from generator.content.writer import plan
from generator.ingest.link import link


def dated_sentence(seed: Path, words: str) -> set[Path]:
    seed.write_text(seed.read_text(encoding="utf-8").rstrip("\n") + f" {words}\n", encoding="utf-8")
    return {seed}


def hand_edit(entry: Path) -> set[Path]:
    """An editor's change inside the machine's `extracted:` block: the file is kept, the machine's
    version proposed beside it, with a note."""
    rewrite_entry(entry, lambda m: m["extracted"].__setitem__("title", "A title typed into the block"))
    return {entry}


def test_linking_and_planning_by_difference_give_the_whole_site_s(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    root, builder, seeds, sources = built_site(tmp_path / "site")
    compared = {"link": 0, "plan": 0}
    afresh = {"link": 0, "plan": 0}
    relink, replan, full_link, full_plan = build_module.relink, build_module.replan, link, plan

    def checked_relink(extractions, actors, topics, memo):
        got = relink(extractions, actors, topics, memo)
        assert got == full_link(extractions, actors, topics)
        compared["link"] += 1
        return got

    def checked_replan(linked, sidecars, existing, memo):
        got = replan(linked, sidecars, existing, memo)
        assert got == full_plan(linked, sidecars, existing)
        compared["plan"] += 1
        return got

    def counting(name, function):
        def counted(*args):
            afresh[name] += 1
            return function(*args)
        return counted

    monkeypatch.setattr(build_module, "relink", checked_relink)
    monkeypatch.setattr(build_module, "replan", checked_replan)
    monkeypatch.setattr(relink_module, "link", counting("link", link))
    monkeypatch.setattr(replan_module, "_afresh", counting("plan", replan_module._afresh))
    actor = sorted((root / "content" / "actors").glob("*.md"))[0]
    edits = [
        lambda: dated_sentence(seeds[1], "The ministry declined to comment on 2 March 2021."),
        lambda: dated_sentence(seeds[2], "Hun Sen spoke about the election on 3 March 2021."),
        lambda: cut_seed(seeds[0]),                          # actors lose forms and sources
        lambda: hand_edit(sources[3]),                       # a note and a proposal, kept build to build
        lambda: dated_sentence(seeds[4], "Nothing else was said."),
        lambda: dated_sentence(seeds[1], "Zorblat Quennivar of the Xylophone Guild said nothing."),  # a new actor
        lambda: dated_sentence(seeds[3], "The court sat again on 5 March 2021."),
        lambda: (rewrite_entry(actor, lambda m: m.__setitem__("aliases", ["A New Alias"])), {actor})[1],
        lambda: dated_sentence(seeds[2], "The court sat on 6 March 2021."),
    ]
    for edit in edits:
        builder.build(edit(), search=False, write=False)
        assert not builder.seed_problems
    assert compared == {"link": len(edits), "plan": len(edits)}
    assert afresh["link"] < len(edits) - 3 and afresh["plan"] < len(edits) - 3, \
        "most edits are linked and planned by difference"
    assert builder.notes, "the hand-edited block's note is still given"
