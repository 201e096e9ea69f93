"""What the command line keeps between runs never makes its build differ from a clean one.

`python -m generator build` starts with nothing in memory; it finds in `.cache/` every page's
fingerprint and digest as last rendered (`pages.pickle`), each entry's schema problems
(`schema-checks.pickle`) and each article's topics (`topic-tags.pickle`), each under a hash of
what the step reads. After each kind of change those keys must see (a seed edited or deleted, a
template edited, a topic's keywords edited), and with each table damaged, swapped or gone, a build
in a fresh process must give the same content/ and output/ as a clean build of the same inputs.
"""
from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import yaml

from helpers import make_root
from test_incremental import clean_build, rewrite_entry, tree
from generator.build import build
from generator.cache import generator_hash
from generator.config import Paths, load_settings
from generator.render import DEFAULT_THEME

TABLES = ("pages.pickle", "schema-checks.pickle", "topic-tags.pickle", "actor-pairs.pickle")


def cli(root: Path):
    """A build as the command line runs it: a fresh Builder, which finds only what is on disk."""
    paths = Paths(root)
    return build(paths, load_settings(paths.settings), looked=True)


def assert_clean(root: Path, scratch: Path) -> None:
    content, output, error = clean_build(root, scratch)
    assert error is None
    assert tree(root / "content") == content
    mine = tree(root / "output")
    assert mine.keys() == output.keys()
    assert [p for p in mine if mine[p] != output[p]] == []


def edit_a_seed(root: Path, words: str) -> Path:
    seed = sorted((root / "seeds").glob("*.txt"))[0]
    seed.write_text(seed.read_text(encoding="utf-8").rstrip("\n") + f" {words}\n", encoding="utf-8")
    return seed


def test_a_fresh_process_renders_only_what_changed_and_builds_the_clean_site(tmp_path: Path) -> None:
    root = make_root(tmp_path / "site")
    shutil.copytree(DEFAULT_THEME, root / "templates")
    first = cli(root)
    for table in TABLES:
        assert (root / ".cache" / table).is_file()

    # an article's new sentence: its own page alone renders, in a process that knew nothing
    edit_a_seed(root, "The hearing room was small and crowded.")
    result = cli(root)
    assert result.pages_rendered == 1
    assert_clean(root, tmp_path / "clean")

    # a template edited: every page made from it renders again
    template = root / "templates" / "source.html"
    template.write_text(template.read_text(encoding="utf-8").replace(
        "{% endblock %}", "<p>An edited template.</p>{% endblock %}", 1), encoding="utf-8")
    result = cli(root)
    sources = len(list((root / "content" / "sources").glob("*.md")))
    assert result.pages_rendered >= sources
    assert "An edited template." in (root / "output" / "sources" / sorted(
        (root / "content" / "sources").glob("*.md"))[0].stem / "index.html").read_text(encoding="utf-8")
    assert_clean(root, tmp_path / "clean")

    # a topic's keywords edited: the articles are tagged again, not taken from the kept tags
    def edited_source() -> dict:
        seed = sorted((root / "seeds").glob("*.txt"))[0].name
        for f in (root / "content" / "sources").glob("*.md"):
            meta = yaml.safe_load(f.read_text(encoding="utf-8").split("---\n")[1])
            if meta["seed"] == seed:
                return meta["extracted"]
        raise AssertionError("no source entry for the edited seed")

    before = edited_source()
    hearing = next(n for n, p in enumerate(before["paragraphs"], 1) if "hearing room" in p)
    topic = next(f for f in sorted((root / "content" / "topics").glob("*.md"))
                 if hearing not in before["topics"].get(f.stem, []))
    rewrite_entry(topic, lambda m: m.update(keywords=[*(m.get("keywords") or []), "hearing room"]))
    cli(root)
    assert hearing in edited_source()["topics"].get(topic.stem, [])
    assert_clean(root, tmp_path / "clean")

    # a seed deleted
    sorted((root / "seeds").glob("*.txt"))[-1].unlink()
    cli(root)
    assert_clean(root, tmp_path / "clean")
    assert first.pages_written > 0


def test_damaged_foreign_or_wrong_tables_are_not_trusted(tmp_path: Path) -> None:
    root = make_root(tmp_path / "site")
    first = cli(root)
    cache = root / ".cache"

    # damaged: garbage, a cut pickle, the wrong shape
    good = {t: (cache / t).read_bytes() for t in TABLES}
    for n, damage in enumerate((lambda b: b"garbage", lambda b: b[:len(b) // 2],
                                lambda b: pickle.dumps(["not", "a", "table"]))):
        for table in TABLES:
            (cache / table).write_bytes(damage(good[table]))
        edit_a_seed(root, f"A sentence added at step {n}.")
        cli(root)
        assert_clean(root, tmp_path / "clean")

    # every page's digest swapped with another page's, under this generator's stamp: the bytes
    # output/ holds are checked against the digest before a file is linked, so pages render again
    stamp, table = pickle.loads((cache / "pages.pickle").read_bytes())
    assert stamp[0] == generator_hash()
    paths_ = sorted(table)
    swapped = {p: (table[p][0], table[paths_[(i + 1) % len(paths_)]][1]) for i, p in enumerate(paths_)}
    (cache / "pages.pickle").write_bytes(pickle.dumps((stamp, swapped)))
    edit_a_seed(root, "Another sentence added.")
    cli(root)
    assert_clean(root, tmp_path / "clean")

    # a table from another generator (its stamp) is not read at all
    stamp, table = pickle.loads((cache / "pages.pickle").read_bytes())
    (cache / "pages.pickle").write_bytes(pickle.dumps((("another generator", *stamp[1:]), table)))
    edit_a_seed(root, "One more sentence.")
    result = cli(root)
    assert result.pages_rendered >= len(table)
    assert_clean(root, tmp_path / "clean")

    # output/ gone while the tables say what its pages were: they render again, all of them in the
    # render stage (over both cores), not one by one as the files are placed
    shutil.rmtree(root / "output")
    (cache / "build-state.pickle").unlink(missing_ok=True)
    edit_a_seed(root, "And the last one.")
    result = cli(root)
    assert result.pages_rendered == first.pages_rendered
    assert_clean(root, tmp_path / "clean")


def test_a_fingerprint_follows_what_the_page_shows() -> None:
    """Equal data gives the same fingerprint whatever objects it shares; an article's text counts
    on its own page only; what cannot be written down leaves the page without a fingerprint."""
    from dataclasses import replace

    from generator.model import Site, Source
    from generator.render.pages import Page
    from generator.render.reuse import Fingerprints

    def source(text: str) -> Source:
        return Source("a", "content/sources/a.md", "a.txt", "c1", "A title", None, "", "2020", "year", "",
                      None, False, (text,), (), None, {"x": (1,)}, {}, False, "")

    def prints(s: Source) -> Fingerprints:
        return Fingerprints(Site(sources={s.id: s}, actors={}, topics={}, quotes=[], events=[], roles=[]))

    one, other = source("First text."), source("Other text.")
    shared = ["words"] * 3
    apart = ["".join(["wo", "rds"]) for _ in range(3)]
    listing = lambda s, items: Page("sources/index.html", "sources.html", "Sources",
                                     {"sources": [s], "items": items}, frozenset({s.path}))
    own = lambda s: Page("sources/a/index.html", "source.html", "A", {"source": s}, frozenset({s.path}))
    assert prints(one).page(listing(one, shared), "t") == prints(one).page(listing(one, apart), "t")
    # another page lists the source without its text; its own page shows it
    assert prints(one).page(listing(one, shared), "t") == prints(other).page(listing(other, shared), "t")
    assert prints(one).page(own(one), "t") != prints(other).page(own(other), "t")
    # what other pages show of it (its title) counts everywhere, and so does the template
    retitled = replace(one, title="Another title")
    assert prints(one).page(listing(one, shared), "t") != prints(retitled).page(listing(retitled, shared), "t")
    assert prints(one).page(listing(one, shared), "t") != prints(one).page(listing(one, shared), "t2")
    assert prints(one).page(Page("x.html", "x.html", "X", {"f": print}), "t") is None
