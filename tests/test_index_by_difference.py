"""After an edit, the Index of look-ups is made from the last one by difference (the edited
articles' facts taken out and put back in); it must be the Index a clean render makes, list
order included, since the sheets' sorts keep that order among equal keys."""
from __future__ import annotations

import shutil
from pathlib import Path

from helpers import built_site, cut_seed
from test_incremental import rewrite_entry
from generator.model import CAMPS
from generator.render.views import UNKNOWN_CAMP, Index, by_publication_year, Links, actor_view, camp_of, quotes_by_speaker, topic_view

TABLES = ("roles_by", "events_by_actor", "events_by_topic", "events_by_source", "quotes_by_source",
          "roles_by_source", "positions", "topic_actors", "actor_topics", "cited")


def assert_same_index(made: Index, clean: Index) -> None:
    for name in TABLES:
        a, b = getattr(made, name), getattr(clean, name)
        assert a.keys() == b.keys(), name
        for key in b:
            if isinstance(b[key], dict):        # counts: a zero shows on a sheet, and Counters equal it to none
                assert sorted(a[key].items()) == sorted(b[key].items()), (name, key)
            else:
                assert a[key] == b[key], (name, key)
    assert made.shares.keys() == clean.shares.keys()


def test_the_index_after_edits_is_the_index_of_a_clean_render(tmp_path: Path) -> None:
    _root, builder, seeds, sources = built_site(tmp_path / "site")

    def sidecar(seed: Path, text: str) -> set[Path]:
        side = seed.with_suffix(".yaml")
        side.write_text(text, encoding="utf-8")
        return {side}

    def dated_sentence(seed: Path, words: str) -> set[Path]:
        seed.write_text(seed.read_text(encoding="utf-8").rstrip("\n") + f" {words}\n", encoding="utf-8")
        return {seed}

    edits = [
        lambda: cut_seed(seeds[0]),
        lambda: dated_sentence(seeds[1], "Hun Sen spoke about the election on 3 March 2021."),
        lambda: dated_sentence(seeds[3], '"We will not accept this," said Kem Sokha on 4 March 2021.'),
        lambda: (rewrite_entry(sources[2], lambda m: m.__setitem__("title", "An editor's title")), {sources[2]})[1],
        lambda: dated_sentence(seeds[1], "The ministry declined to comment."),
        lambda: sidecar(seeds[2], "published: 2001-02-03\n"),       # a new date: a new order newest first
    ]
    kept_order = spliced = 0
    for edit in edits:
        before = Index.build(builder._site)
        before.site_events_by_date()                # the timeline, kept for the next Index
        oldest = before.oldest_first()              # the order oldest first, kept while the dates are
        for table in (before.events_by_actor, before.events_by_topic):
            for events in table.values():           # each sheet's events by date, kept
                before.events_by_date_kept(events)
        before.topic_sources("")                    # which sources have a part in each topic
        builder.build(edit(), search=False, write=False)
        site = builder._site
        following = Index.build(site, before)
        assert following.by_topic is not None, "which sources each topic has is made by difference"
        fresh = Index.build(site)
        assert {t: following.topic_sources(t) for t in site.topics} == {t: fresh.topic_sources(t) for t in site.topics}
        for table in (following.events_by_actor, following.events_by_topic):
            for events in table.values():
                spliced += id(events) in following.spliced and id(events) not in before.by_date
                assert following.events_by_date_kept(events) == following.events_by_date(events)
        kept_order += following.oldest_first() is oldest
        assert following.oldest_first() == Index(site).oldest_first()
        listed = list(site.sources.values())[::-1]
        assert by_publication_year(listed, following.oldest_first()) == by_publication_year(listed)
        made = Index(site)
        assert made._by_difference(before), "an edit of one article is taken by difference"
        assert made.timeline is not None, "the timeline is made by difference too"
        assert made.timeline == Index(site).events_by_date(site.events)
        assert made._ranks() == Index(site)._ranks()
        assert_same_index(made, Index.build(site))
        assert_same_index(Index.build(site, before), Index.build(site))
    assert kept_order, "the order oldest first is kept over edits that keep every date"
    assert spliced, "a sheet's events by date are made by difference"


def plain_topic_view(ix: Index, topic_id: str) -> tuple:
    """A topic's sheet by its definition: every quote on it newest first (source, then paragraph
    and id), split by the speaker's camp; every actor, topic and source its quotes and events link to."""
    site = ix.site
    positions = sorted(ix.positions.get(topic_id, []), key=lambda q: (ix._ranks()[q.source], q.paragraph, q.id))
    by_camp: dict = {}
    for q in positions:
        by_camp.setdefault(camp_of(site, q), []).append(q)
    camps = [(camp, by_camp[camp]) for camp in (*CAMPS, UNKNOWN_CAMP) if camp in by_camp]
    events = ix.events_by_date(ix.events_by_topic.get(topic_id, []))
    links = Links(ix)
    for q in positions:
        links.quote(q)
    for e in events:
        links.event(e)
    return positions, camps, links.actors, links.topics - {topic_id}, links.sources


def test_topic_sheets_put_together_from_their_sources_parts_are_the_sheets_by_definition(tmp_path: Path) -> None:
    _root, builder, seeds, _sources = built_site(tmp_path / "site")
    seed = seeds[2]
    for n in range(3):           # each edit leaves the other sources' parts as they were
        seed.write_text(seed.read_text(encoding="utf-8").rstrip("\n")
                        + f'\n\n"The election was not free," Kem Sokha said on {n + 1} March 2021.\n', encoding="utf-8")
        builder.build({seed}, search=False, write=False)
        ix = builder._pages_memo.ix
        assert ix.parts, "the parts are kept from build to build"
        for tid in builder._site.topics:
            view = topic_view(ix, tid)
            positions, camps, actors, topics, sources = plain_topic_view(ix, tid)
            assert view.context["positions"] == positions
            assert view.context["camps"] == camps
            assert view.links.actors == actors | {a.id for a, _ in view.context["involved"]}
            assert view.links.topics == topics
            assert sources <= view.links.sources
            fresh = topic_view(Index.build(builder._site), tid)        # from no kept part at all
            assert (view.context, view.deps) == (fresh.context, fresh.deps)
            assert [view.links.actors, view.links.topics, view.links.sources] == \
                [fresh.links.actors, fresh.links.topics, fresh.links.sources]


def test_actor_sheets_from_their_sources_runs_are_the_sheets_by_definition(tmp_path: Path) -> None:
    _root, builder, seeds, _sources = built_site(tmp_path / "site")
    seed = seeds[1]
    for n in range(3):
        seed.write_text(seed.read_text(encoding="utf-8").rstrip("\n")
                        + f'\n\n"We will see," Hun Sen said of Kem Sokha on {n + 1} March 2021.\n', encoding="utf-8")
        builder.build({seed}, search=False, write=False)
        ix, site = builder._pages_memo.ix, builder._site
        assert ix.runs, "the runs are kept from build to build"
        unknown = [q for q in site.quotes if not q.speaker]
        assert unknown and quotes_by_speaker(ix)[-1] == (None, ix.newest_first(unknown))
        for aid, actor in site.actors.items():
            view = actor_view(ix, actor)
            quotes, about = site.quotes_by.get(aid, []), site.quotes_about.get(aid, [])
            assert view.context["quotes"] == ix.newest_first(quotes)
            assert view.context["about"] == ix.newest_first(about)
            plain = Links(ix)                   # the links as the sheet's definition gathers them
            plain.quotes(quotes, show_speaker=False, skip=aid)
            plain.quotes(about, skip=aid)
            for r in ix.roles_by.get(aid, []):
                plain.sources.add(r.source)
                if r.organization:
                    plain.actors.add(r.organization)
            plain.events(view.context["events"], skip=aid)
            plain.actors.update(a.id for a, _ in view.context["related"])
            plain.topics.update(t.id for t, _ in view.context["topics"])
            plain.sources.update(s.id for s in view.context["sources"])
            plain.actors.discard(aid)
            assert [plain.actors, plain.topics, plain.sources] == \
                [view.links.actors, view.links.topics, view.links.sources]
            fresh = actor_view(Index.build(site), actor)                # from no kept run at all
            assert (view.context, view.deps) == (fresh.context, fresh.deps)
            assert [view.links.actors, view.links.topics, view.links.sources] == \
                [fresh.links.actors, fresh.links.topics, fresh.links.sources]


def test_quote_lists_made_by_difference_are_the_lists_made_afresh(tmp_path: Path) -> None:
    """`Index.quotes_by_runs` of a named list from the last build's (`_RunList.following`): the
    edited sources' runs out and in, against sorting the whole list and gathering its links."""
    _root, builder, seeds, sources = built_site(tmp_path / "site")
    first = seeds[1].read_text(encoding="utf-8")
    edits = [
        lambda: seeds[1].write_text(first.rstrip("\n") + '\n\n"The CNRP will not come back," Hun Sen said '
                                    'on 1 March 2021.\n', encoding="utf-8"),
        lambda: seeds[1].write_text(first, encoding="utf-8"),      # what it linked, unlinked again
        lambda: cut_seed(seeds[0]),
        lambda: rewrite_entry(sources[2], lambda m: m.__setitem__("title", "An editor's title")),
        lambda: seeds[3].write_text(seeds[3].read_text(encoding="utf-8").rstrip("\n")
                                    + '\n\n"Not now," said Kem Sokha on 2 March 2021.\n', encoding="utf-8"),
    ]
    followed = 0
    for edit in edits:
        before = Index.build(builder._site)
        for aid in builder._site.actors:
            before.quotes_by_runs(builder._site.quotes_by.get(aid, []), False, ("said", aid))
            before.quotes_by_runs(builder._site.quotes_about.get(aid, []), True, ("about", aid))
        kept = dict(before.run_lists)
        edit()
        builder.build(None, search=False, write=False)
        site = builder._site
        ix = Index.build(site, before)
        assert ix.changed is not None, "the Index is made by difference"
        for aid in site.actors:
            for name, quotes, speakers in ((("said", aid), site.quotes_by.get(aid, []), False),
                                           (("about", aid), site.quotes_about.get(aid, []), True)):
                made = kept[(name, speakers)].following(ix, quotes, speakers, ix._ranks())
                if made is None:
                    continue
                followed += 1
                links = Links(ix)
                links.quotes(quotes, speakers)
                assert made.result == ix.newest_first(quotes), name
                assert (set(made.actors), set(made.topics), set(made.by_source)) == \
                    (links.actors, links.topics, links.sources), name
                assert ix.quotes_by_runs(quotes, speakers, name)[0] == made.result
    assert followed, "lists are made by difference"


def test_events_by_date_over_several_splices_are_the_events_sorted_afresh(tmp_path: Path) -> None:
    """A sheet whose view is kept over several edits has its list of events spliced each time
    without being sorted; when it is next asked for, `events_by_date_kept` goes back through the
    splices to the list sorted last. Against sorting the list afresh."""
    _root, builder, seeds, _sources = built_site(tmp_path / "site")
    first = Index.build(builder._site)
    for table in (first.events_by_actor, first.events_by_topic):
        for events in table.values():
            first.events_by_date_kept(events)
    ix = first
    for n, seed in enumerate((seeds[1], seeds[1], seeds[3])):
        seed.write_text(seed.read_text(encoding="utf-8").rstrip("\n")
                        + f"\n\nHun Sen met Kem Sokha in Phnom Penh on {n + 2} March 2021.\n", encoding="utf-8")
        builder.build({seed}, search=False, write=False)
        ix = Index.build(builder._site, ix)     # nothing sorted in between
    chained = 0
    for table in (ix.events_by_actor, ix.events_by_topic):
        for events in table.values():
            step = ix.spliced.get(id(events))
            chained += step is not None and id(step[1]) in ix.spliced and id(step[1]) not in ix.by_date
            assert ix.events_by_date_kept(events) == ix.events_by_date(events)
    assert chained, "lists spliced over several builds"
