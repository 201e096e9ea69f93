"""Linking an article's names to the site's actors: exact, alias, never fuzzy."""
from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.extraction import Extraction, Mention, Paragraph, Role
from generator.ingest.link import (KnownActor, KnownTopic, default_camp, link, normalize,
                                   probable_duplicates, tag, topic_matchers)


def extraction(seed: str, *mentions: Mention, paragraphs: tuple[str, ...] = ("Text.",)) -> Extraction:
    return Extraction(seed=seed, checksum="0", title="T",
                      paragraphs=tuple(Paragraph(i, t) for i, t in enumerate(paragraphs, 1)),
                      mentions=mentions)


def person(name: str, *forms: str, roles: tuple[Role, ...] = ()) -> Mention:
    return Mention(key=name, type="person", forms=(name, *forms), paragraphs=(1,), roles=roles)


def test_normalize_ignores_dots_case_and_a_leading_the() -> None:
    assert normalize("the U.S.") == normalize("US") == "us"
    assert normalize("E.U.") == normalize("EU")


def test_existing_actor_is_matched_by_name_and_alias_new_one_is_created() -> None:
    known = [KnownActor("dara-vannak", "Dara Vannak", "person", ("Dara Vannak", "Vannak Dara"))]
    [linked] = link([extraction("a.txt", person("Vannak Dara"), person("Sok Lina"))], known, [])
    assert linked.actor_ids == {"Vannak Dara": "dara-vannak", "Sok Lina": "sok-lina"}
    assert [a.id for a in linked.new_actors] == ["sok-lina"]


def test_same_as_redirects_to_the_kept_actor() -> None:
    known = [KnownActor("a-one", "A One", "person", ("A One",)),
             KnownActor("a-uno", "A Uno", "person", ("A Uno",), same_as="a-one")]
    [linked] = link([extraction("a.txt", person("A Uno"))], known, [])
    assert linked.actor_ids == {"A Uno": "a-one"}


def test_short_forms_are_not_matched_across_articles() -> None:
    known = [KnownActor("kem-lina", "Kem Lina", "person", ("Kem Lina",))]
    [linked] = link([extraction("a.txt", person("Lina"))], known, [])
    assert linked.actor_ids["Lina"] != "kem-lina"


def test_new_ids_are_the_same_whatever_the_order_of_input() -> None:
    a = extraction("a.txt", person("Sok Lina"))
    b = extraction("b.txt", Mention("Sok Lina", "ngo", ("Sok Lina",), (1,)))
    first = link([a, b], [], [])
    second = link([b, a], [], [])
    assert [l.actor_ids for l in first] == [l.actor_ids for l in second]


def test_spelling_variants_are_proposed_only() -> None:
    actors = [KnownActor("antony-blinken", "Antony Blinken", "person", ()),
              KnownActor("anthony-blinken", "Anthony Blinken", "person", ()),
              KnownActor("chea-sok", "Chea Sok", "person", ()),
              KnownActor("chea-sam", "Chea Sam", "person", ())]
    pairs = {(a, b) for a, b, _ in probable_duplicates(actors)}
    assert pairs == {("anthony-blinken", "antony-blinken")}
    party = [KnownActor("cpp", "CPP", "party", ()), KnownActor("cambodian-peoples-party", "Cambodian People's Party", "party", ())]
    assert [(a, b) for a, b, _ in probable_duplicates(party)] == [("cambodian-peoples-party", "cpp")]
    actors[1] = KnownActor("anthony-blinken", "Anthony Blinken", "person", (),
                           distinct_from=("antony-blinken",))
    assert probable_duplicates(actors) == []


def test_topics_tag_paragraphs_by_whole_keyword() -> None:
    ex = extraction("a.txt", paragraphs=("Press freedom is shrinking.", "The pressing matter."))
    [linked] = link([ex], [], [KnownTopic("press-freedom", ("press freedom", "journalists"))])
    assert linked.paragraph_topics == {1: ("press-freedom",)}


def test_default_camp_comes_from_roles() -> None:
    ngo = Mention("Rights Group", "ngo", ("Rights Group",), (1,))
    worker = person("Sok Lina", roles=(Role("spokeswoman", "Rights Group", 1),))
    ex = extraction("a.txt", ngo, worker)
    assert default_camp(worker, ex) == "civil society"
    assert default_camp(person("X Y", roles=(Role("political analyst", None, 1),)), ex) == "analysts"
    assert default_camp(person("X Y", roles=(Role("Foreign Minister", None, 1),)), ex) == "government"
    party = Mention("People's Party", "party", ("People's Party", "PP"), (1,), acronym="PP")
    ruling = extraction("a.txt", party, paragraphs=("The ruling PP won the vote.",))
    assert default_camp(party, ruling) == "ruling party"


def test_a_party_member_stands_where_the_party_stands() -> None:
    party = Mention("Democratic Front", "party", ("Democratic Front", "DF"), (1,), acronym="DF")
    member = person("Lina Sok", roles=(Role("former DF official", None, 1),))
    ex = extraction("a.txt", party, member, paragraphs=("The opposition DF was dissolved.",))
    assert default_camp(member, ex) == "opposition"
    leader = person("Vann Dara", roles=(Role("U.S. President", None, 1),))
    assert default_camp(leader, ex) == "foreign governments"


# Letters that make case-blind matching, word edges or lower-casing differ from ASCII's.
_TRICKY = ["é", "’", "“", "İ", "ı", "ſ", "K", "Σ", "ß", "٣", "\u0301", "_", "-", ".", " ", "(", ")"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["human rights", "U.S.", "co-op", "(ngo)", "press", "a", "Rights", "é", "kite"]),
                min_size=1, max_size=3),
       st.lists(st.one_of(st.sampled_from(["human", "rights", "RIGHTS", "u.s.", "co", "op", "press",
                                           "presse", "ngo", "A", "x9", "preſs", "rıghts", "rİghts", "\u212aite"] + _TRICKY),
                          st.text(max_size=3)), max_size=12))
@example(["press"], ["preſs"])                 # letters case-blind matching folds to ASCII
@example(["kite"], ["\u212aite"])
@example(["Rights"], ["rıghts"])
@example(["human rights"], ["İ", "human rights"])
@example(["rights"], ["rightsé"])                # a word edge beyond ASCII
def test_topic_tags_are_whole_keyword_matches_whatever_the_letters(keywords: list[str], parts: list[str]) -> None:
    """Tagging gives what each topic's own case-blind whole-word pattern finds, on any text."""
    text = "".join(parts)
    matchers = topic_matchers([KnownTopic("t", tuple(keywords))])
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(k.strip()) for k in keywords if k.strip()) + r")\b", re.I)
    assert tag(text, matchers) == (("t",) if pattern.search(text) else ())
