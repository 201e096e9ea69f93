"""Incremental builds never differ from a clean build: a random run of edits, checked byte for byte.

One site is edited step by step (seeds edited, added and deleted; actor, topic and source entries
edited, added and deleted; a template edited) and rebuilt incrementally after every step, in
turn by a long-lived Builder (as the preview does, with and without the list of changed files)
and by a fresh `build` that may find the last build's state on disk (as the command line does).
After every step, a copy of the same inputs is built from scratch, with no cache, and content/
and output/ must be the same files with the same bytes; a build that fails must fail the same way.
"""
from __future__ import annotations

import random
import re
import shutil
from pathlib import Path

import yaml
from bs4 import BeautifulSoup

from helpers import SEEDS, make_root
from generator.build import Builder, build
from generator.config import Paths, load_settings
from generator.errors import SiteError
from generator.render import DEFAULT_THEME

STEPS = 14


# Pagefind's bundle is not compared: two runs of Pagefind over the same pages do not always give
# the same bytes (its entry file is now and then written empty), whatever the build did before.
NOT_COMPARED = "pagefind/"


def tree(folder: Path) -> dict[str, bytes]:
    if not folder.is_dir():
        return {}
    return {rel: f.read_bytes() for f in sorted(folder.rglob("*"))
            if f.is_file() and not (rel := f.relative_to(folder).as_posix()).startswith(NOT_COMPARED)}


def clean_build(root: Path, scratch: Path) -> tuple[dict, dict, str | None]:
    """The same seeds, entries and templates built in a fresh folder with nothing cached."""
    if scratch.exists():
        shutil.rmtree(scratch)
    scratch.mkdir()
    for part in ("seeds", "content", "templates"):
        if (root / part).exists():
            shutil.copytree(root / part, scratch / part)
    paths = Paths(scratch)
    try:
        Builder(paths, load_settings(paths.settings)).build(None)
        error = None
    except SiteError as err:
        error = str(err)
    return tree(scratch / "content"), tree(scratch / "output"), error


def rewrite_entry(file: Path, change) -> None:
    """Change an entry's front matter as an editor would, keeping its body."""
    text = file.read_text(encoding="utf-8")
    _, head, body = text.split("---\n", 2)
    meta = yaml.safe_load(head)
    change(meta)
    file.write_text("---\n" + yaml.safe_dump(meta, sort_keys=False, allow_unicode=True) + "---\n" + body,
                    encoding="utf-8")


def pick(rng: random.Random, folder: Path, pattern: str) -> Path | None:
    files = sorted(folder.glob(pattern))
    return rng.choice(files) if files else None


def edit(rng: random.Random, root: Path, step: int) -> set[Path]:
    """One random edit of the site's inputs; returns the files it touched."""
    seeds, content, theme = root / "seeds", root / "content", root / "templates"
    kind = rng.choice(["edit seed", "add seed", "delete seed", "edit actor", "delete actor",
                       "edit topic", "add topic", "edit source", "edit template", "write a body",
                       "set a camp", "mark reviewed"])
    if kind == "edit seed" and (seed := pick(rng, seeds, "*.txt")):
        paragraphs = seed.read_text(encoding="utf-8").split("\n\n")
        n = rng.randrange(1, len(paragraphs))
        paragraphs[n] = paragraphs[n].replace(" the ", " the the ", 1) + f" (Updated on March {step + 1}, 2021.)"
        seed.write_text("\n\n".join(paragraphs), encoding="utf-8")
        return {seed}
    if kind == "add seed":
        base = rng.choice(sorted(SEEDS.glob("*.txt"))).read_text(encoding="utf-8").split("\n\n")
        body = base[1:]
        rng.shuffle(body)
        new = seeds / f"9{step:02d}_added.txt"
        new.write_text("\n\n".join([f"A Second Look, Part {step}", *body]), encoding="utf-8")
        return {new}
    if kind == "delete seed" and len(list(seeds.glob("*.txt"))) > 2:
        seed = pick(rng, seeds, "*.txt")
        seed.unlink()
        return {seed}
    if kind == "edit actor" and (actor := pick(rng, content / "actors", "*.md")):
        def change(meta: dict) -> None:
            meta["name"] = f"{meta['name']} {step}"
            meta["aliases"] = [*(meta.get("aliases") or []), f"Alias {step}"]
        rewrite_entry(actor, change)
        with actor.open("a", encoding="utf-8") as f:
            f.write(f"\nA summary written at step {step}.\n")
        return {actor}
    if kind == "delete actor" and (actor := pick(rng, content / "actors", "*.md")):
        actor.unlink()          # ingest brings back an actor that articles still name
        return {actor}
    if kind == "edit topic" and (topic := pick(rng, content / "topics", "*.md")):
        def change(meta: dict) -> None:
            meta["name"] = f"{meta['name']} ({step})"
            meta["keywords"] = [*(meta.get("keywords") or []), rng.choice(["Hun Sen", "Geneva", "ASEAN"])]
        rewrite_entry(topic, change)
        return {topic}
    if kind == "add topic":
        topic = content / "topics" / f"added-{step}.md"
        topic.parent.mkdir(parents=True, exist_ok=True)
        topic.write_text(f"---\nid: added-{step}\nname: Added topic {step}\nkeywords:\n- democracy\n"
                         f"- {rng.choice(['election', 'rights', 'trade'])}\n---\n\nA topic added at step {step}.\n",
                         encoding="utf-8")
        return {topic}
    if kind == "edit source" and (source := pick(rng, content / "sources", "*.md")):
        rewrite_entry(source, lambda meta: meta.__setitem__("title", f"An editor's title, step {step}"))
        return {source}
    if kind == "write a body":          # an editor's summary or notes: the body alone changes
        entry = pick(rng, content / rng.choice(["actors", "topics", "sources"]), "*.md")
        with entry.open("a", encoding="utf-8") as f:
            f.write(f"\nNotes written at step {step}, with a [link](../) and *emphasis*.\n")
        return {entry}
    if kind == "set a camp" and (actor := pick(rng, content / "actors", "*.md")):
        rewrite_entry(actor, lambda meta: meta.__setitem__("camp", rng.choice(["opposition", "analysts"])))
        return {actor}
    if kind == "mark reviewed" and (actor := pick(rng, content / "actors", "*.md")):
        rewrite_entry(actor, lambda meta: meta.__setitem__("reviewed", not meta.get("reviewed")))
        return {actor}
    template = pick(rng, theme, "*.html")
    if kind == "edit template" and template is not None:
        text = template.read_text(encoding="utf-8")
        marked, count = re.subn(r"</h1>", f"</h1><!-- edited at step {step} -->", text, count=1)
        template.write_text(marked if count else text + f"\n<!-- edited at step {step} -->\n", encoding="utf-8")
        return {template}
    style = theme / "static" / "style.css"
    style.parent.mkdir(parents=True, exist_ok=True)
    with style.open("a", encoding="utf-8") as f:
        f.write(f"\n/* step {step} */\n")
    return {style}


def test_random_edits_build_the_same_site_as_clean_builds(tmp_path: Path) -> None:
    rng = random.Random(20240611)
    root = make_root(tmp_path / "site")
    shutil.copytree(DEFAULT_THEME, root / "templates")
    paths = Paths(root)
    builder = Builder(paths, load_settings(paths.settings))
    builder.build(None)
    kinds_seen = 0
    for step in range(STEPS):
        touched = edit(rng, root, step)
        kinds_seen += bool(touched)
        way = step % 3
        try:
            if way == 0:
                builder.build(touched)               # the preview, told what changed
            elif way == 1:
                builder.build(None)                  # the preview, not told
            else:
                build(paths, load_settings(paths.settings))   # the command line, with saved state
            error = None
        except SiteError as err:
            error = str(err)
        content, output, clean_error = clean_build(root, tmp_path / "clean")
        assert error == clean_error, f"step {step}: the incremental and the clean build disagree"
        if error is None:
            assert tree(root / "content") == content, f"step {step}: content/ differs from a clean build"
            mine = tree(root / "output")
            assert mine.keys() == output.keys(), f"step {step}: output/ has other files than a clean build"
            differing = [p for p in mine if mine[p] != output[p]]
            assert not differing, f"step {step}: these files differ from a clean build: {differing[:5]}"
        # a no-change rebuild right after changes nothing
        if error is None and way != 2:
            before = tree(root / "output")
            again = builder.build(set())
            after = tree(root / "output")
            assert after == before, f"step {step}: a rebuild with no change changed " \
                f"{sorted(set(after.items()) ^ set(before.items()))[:3]}"
    assert kinds_seen == STEPS


def test_an_edited_summary_renders_only_its_sheet(tmp_path: Path) -> None:
    """The commonest save while editing, an actor's summary, re-renders that actor's page alone,
    and the site is still the same as a clean build's."""
    root = make_root(tmp_path / "site")
    paths = Paths(root)
    builder = Builder(paths, load_settings(paths.settings))
    builder.build(None)
    actor = sorted((root / "content" / "actors").glob("*.md"))[0]
    with actor.open("a", encoding="utf-8") as f:
        f.write("\nA summary with *emphasis*, written while the preview runs.\n")
    result = builder.build({actor}, search=False, write=False)
    assert result.pages_rendered == 1
    sheet = f"actors/{actor.stem}/index.html"
    assert b"<em>emphasis</em>, written while the preview runs." in result.files[sheet]
    builder.build(set())                       # the search index and output/ catch up
    content, output, error = clean_build(root, tmp_path / "clean")
    assert error is None and tree(root / "output") == output and tree(root / "content") == content

    # marking the actor reviewed shows on its sheet and in the actors index, nowhere else
    actor.write_text(actor.read_text(encoding="utf-8").replace("reviewed: false", "reviewed: true", 1),
                     encoding="utf-8")
    result = builder.build({actor}, search=False, write=False)
    assert result.pages_rendered == 2
    assert b"unreviewed" not in BeautifulSoup(result.files[sheet], "html.parser").find("main").encode()
    builder.build(set())
    content, output, error = clean_build(root, tmp_path / "clean")
    assert error is None and tree(root / "output") == output and tree(root / "content") == content


def test_a_build_repairs_output_changed_by_hand(tmp_path: Path) -> None:
    """Nothing changed in the inputs, but output/ did: the next build puts the site back."""
    root = make_root(tmp_path / "site")
    paths = Paths(root)
    build(paths, load_settings(paths.settings))
    good = tree(root / "output")
    pages = sorted(p for p in good if p.endswith(".html"))
    (root / "output" / pages[0]).write_text("edited by hand", encoding="utf-8")
    (root / "output" / pages[1]).unlink()
    (root / "output" / pages[2]).unlink()
    (root / "output" / pages[2]).symlink_to(root / "output" / pages[3])
    build(paths, load_settings(paths.settings))
    assert tree(root / "output") == good
    assert not (root / "output" / pages[2]).is_symlink()


def test_a_page_renders_again_exactly_when_what_it_shows_changed(tmp_path: Path) -> None:
    """A long-lived Builder reuses a page when its context and what it reads beyond it are as
    before. An article's new sentence shows on its own page alone: that page is the only one
    rendered. A source's date and title set by an editor leave every quote object as it was, yet
    show beside its quotes on speakers' sheets and in the quotes listing: those pages must render
    again, and the site must equal a clean build's."""
    root = make_root(tmp_path / "site")
    paths = Paths(root)
    builder = Builder(paths, load_settings(paths.settings))
    builder.build(None)
    entry = max((root / "content" / "sources").glob("*.md"),
                key=lambda f: len(yaml.safe_load(f.read_text(encoding="utf-8").split("---\n")[1])
                                  ["extracted"].get("quotes") or []))
    meta = yaml.safe_load(entry.read_text(encoding="utf-8").split("---\n")[1])
    seed = root / "seeds" / meta["seed"]

    text = seed.read_text(encoding="utf-8").rstrip("\n")
    seed.write_text(text + " The hearing room was small and crowded.\n", encoding="utf-8")
    result = builder.build({seed})
    assert result.pages_rendered == 1
    page = BeautifulSoup(result.files[f"sources/{entry.stem}/index.html"], "html.parser")
    assert "The hearing room was small and crowded." in page.get_text() or not meta.get("rights")
    content, output, error = clean_build(root, tmp_path / "clean")
    assert error is None and tree(root / "output") == output and tree(root / "content") == content

    def redate(m: dict) -> None:
        m["published"] = "1999-02-03"
        m["title"] = "A title set by an editor"
    rewrite_entry(entry, redate)
    result = builder.build({entry})
    assert result.pages_rendered > 1
    listing = result.files["quotes/index.html"].decode()
    assert "3 February 1999" in listing
    speakers = {q["speaker"] for q in meta["extracted"]["quotes"] if q.get("speaker")}
    for speaker in speakers:
        sheet = BeautifulSoup(result.files[f"actors/{speaker}/index.html"], "html.parser")
        assert "A title set by an editor" in sheet.get_text()
    content, output, error = clean_build(root, tmp_path / "clean")
    assert error is None
    mine = tree(root / "output")
    assert [p for p in mine if mine[p] != output.get(p)] == [] and mine.keys() == output.keys()


def test_ingest_and_load_memos_follow_what_each_article_is_made_of(tmp_path: Path) -> None:
    """Ingest keeps each article's machine block, and load each article's co-mentions, while what
    they are made of is the same: a sidecar's publisher and date (which reorders the lists sorted
    newest first), a topic's keywords and a seed's text each change that, and each must show in
    content/, output/ and the co-mention counts as a clean build has them."""
    root = make_root(tmp_path / "site")
    paths = Paths(root)
    builder = Builder(paths, load_settings(paths.settings))
    builder.build(None)
    seed = sorted((root / "seeds").glob("*.txt"))[1]
    source = root / "content" / "sources" / f"{seed.stem.replace('_', '-')}.md"
    assert source.is_file(), sorted(p.name for p in (root / "content" / "sources").iterdir())

    sidecar = seed.with_suffix(".yaml")
    topic = root / "content" / "topics" / "elections.md"
    edits = [(sidecar, lambda: sidecar.write_text(
                 "publisher: The Sidecar Gazette\npublished: '1999-01-02'\n", encoding="utf-8")),
             (topic, lambda: rewrite_entry(topic, lambda meta: meta["keywords"].append("said"))),
             (seed, lambda: seed.write_text(seed.read_text(encoding="utf-8") + "\nHun Sen met Freedom House "
                                            "and Licadho on March 3, 2021.\n",
                                            encoding="utf-8"))]
    for step, (changed, change) in enumerate(edits):
        before = source.read_text(encoding="utf-8")
        change()
        builder.build({changed})
        assert source.read_text(encoding="utf-8") != before, changed.name
        clean = tmp_path / f"clean{step}"
        content, output, error = clean_build(root, clean)
        assert error is None and tree(root / "content") == content and tree(root / "output") == output
        # counted afresh from the articles (a clean build in this process shares the memos)
        expected: dict[str, dict[str, int]] = {}
        for src in builder._site.sources.values():
            by_para: dict[int, set[str]] = {}
            for aid, paras in src.actors.items():
                for n in paras:
                    by_para.setdefault(n, set()).add(aid)
            for names in by_para.values():
                for a in names:
                    for b in names - {a}:
                        expected.setdefault(a, {})[b] = expected.get(a, {}).get(b, 0) + 1
        assert builder._site.co_mentions == expected
    assert "The Sidecar Gazette" in source.read_text(encoding="utf-8")
