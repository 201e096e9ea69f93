"""Who owns a field: the machine rewrites `extracted:`, the editor's words are never lost."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import yaml

from helpers import SEEDS, make_root, run_cli

SEED = sorted(SEEDS.glob("*.txt"))[2]      # a long article with many quotes and actors


def front(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])


def build(root: Path, *extra: str) -> str:
    result = run_cli("build", "--root", str(root), *extra)
    assert result.returncode == 0, result.stderr
    return result.stderr


def quotes(root: Path) -> list[dict]:
    return json.loads((root / "output" / "data" / "quotes.json").read_text())


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_same_seeds_give_byte_identical_content(tmp_path: Path) -> None:
    a, b = make_root(tmp_path / "a"), make_root(tmp_path / "b")
    build(a)
    build(b)
    assert tree(a / "content") == tree(b / "content")
    before = tree(a / "content")
    build(a)
    assert tree(a / "content") == before, "a second ingest of the same seeds changes nothing"


def test_editor_fields_and_body_survive_reingest(tmp_path: Path) -> None:
    root = make_root(tmp_path, [SEED])
    build(root)
    actor = sorted((root / "content" / "actors").glob("*.md"))[0]
    text = actor.read_text(encoding="utf-8")
    edited = (text.replace("reviewed: false", "reviewed: true  # checked against the article")
              + "\nA summary the editor wrote.\n")
    edited = edited.replace("aliases: []", "aliases:\n- Another Name")
    actor.write_text(edited, encoding="utf-8")
    build(root)
    after = actor.read_text(encoding="utf-8")
    editor_part = lambda t: t.split("extracted:")[0] + t.split("\n---\n", 1)[1]
    assert editor_part(after) == editor_part(edited)
    page = (root / "output" / "actors" / actor.stem / "index.html").read_text(encoding="utf-8")
    assert "A summary the editor wrote." in page


def test_quote_corrections_apply_on_every_build(tmp_path: Path) -> None:
    root = make_root(tmp_path, [SEED])
    build(root)
    entry = next((root / "content" / "sources").glob("*.md"))
    meta = front(entry)
    extracted = meta["extracted"]["quotes"]
    assert len(extracted) >= 2
    moved, hidden = extracted[0], extracted[1]
    target = sorted(a for a in meta["extracted"]["actors"] if a != moved["speaker"])[0]
    text = entry.read_text(encoding="utf-8").replace(
        "  quotes: {}\n",
        f"  quotes:\n    {moved['id']}:\n      speaker: {target}\n    {hidden['id']}:\n      hidden: true\n")
    entry.write_text(text, encoding="utf-8")
    for _ in range(2):   # the correction survives re-ingest
        build(root)
        by_id = {q["id"].split("/")[-1]: q for q in quotes(root)}
        assert by_id[moved["id"]]["speaker"] == target
        assert hidden["id"] not in by_id
    assert entry.read_text(encoding="utf-8") == text


def test_hand_edit_of_machine_block_is_kept_and_reported(tmp_path: Path) -> None:
    root = make_root(tmp_path, [SEED])
    build(root)
    entry = next((root / "content" / "sources").glob("*.md"))
    text = entry.read_text(encoding="utf-8")
    meta = front(entry)
    title = meta["extracted"]["title"]
    edited = text.replace(f"title: {title}", "title: A title typed by hand", 1)
    if edited == text:   # the title was quoted in YAML
        edited = text.replace(yaml.safe_dump(title).split("\n")[0], "A title typed by hand", 1)
    assert edited != text
    entry.write_text(edited, encoding="utf-8")
    stderr = build(root)
    assert entry.read_text(encoding="utf-8") == edited, "the person's version is kept"
    assert f"{entry.relative_to(root).as_posix()}:" in stderr and "edited by hand" in stderr
    assert (root / ".cache" / "proposed" / entry.relative_to(root)).is_file()


def test_same_as_merges_two_actors(tmp_path: Path) -> None:
    root = make_root(tmp_path, [SEED])
    build(root)
    data = quotes(root)
    speakers = sorted({q["speaker"] for q in data if q["speaker"]})
    assert len(speakers) >= 2
    keep, merge = speakers[0], speakers[1]
    path = root / "content" / "actors" / f"{merge}.md"
    path.write_text(path.read_text(encoding="utf-8").replace("same_as: null", f"same_as: {keep}"),
                    encoding="utf-8")
    build(root)
    merged = quotes(root)
    assert not any(q["speaker"] == merge for q in merged)
    assert sum(q["speaker"] == keep for q in merged) == sum(q["speaker"] in (keep, merge) for q in data)
    assert not (root / "output" / "actors" / merge).exists()
    assert merge not in {a["id"] for a in json.loads((root / "output/data/actors.json").read_text())}


def test_alias_links_a_new_article_to_an_existing_actor(tmp_path: Path) -> None:
    root = make_root(tmp_path, [])
    (root / "seeds" / "a.txt").write_text(
        "Minister Pledges Reform\n\nInterior Minister Dara Vannak said on Monday that the "
        "ministry would act.\n\n“We will reform the police,” Dara Vannak told reporters.\n",
        encoding="utf-8")
    build(root)
    actors = {front(p)["name"]: p for p in (root / "content" / "actors").glob("*.md")}
    assert "Dara Vannak" in actors
    path = actors["Dara Vannak"]
    path.write_text(path.read_text(encoding="utf-8").replace("aliases: []", "aliases:\n- Vannak Dara"),
                    encoding="utf-8")
    (root / "seeds" / "b.txt").write_text(
        "Police Reform Delayed\n\nThe reform was delayed, Minister Vannak Dara said on Friday.\n\n"
        "“There is no money for it this year,” Vannak Dara said.\n", encoding="utf-8")
    build(root)
    names = sorted(front(p)["name"] for p in (root / "content" / "actors").glob("*.md"))
    assert "Vannak Dara" not in names
    sources = front(path)["extracted"]["sources"]
    assert sources == ["a", "b"]


def test_spelling_variants_are_proposed_not_merged(tmp_path: Path) -> None:
    root = make_root(tmp_path, [])
    (root / "seeds" / "a.txt").write_text(
        "Talks in Washington\n\nSecretary of State Antony Blinken met the minister on Monday.\n\n"
        "“We discussed human rights,” Blinken said.\n", encoding="utf-8")
    (root / "seeds" / "b.txt").write_text(
        "More Talks\n\nSecretary of State Anthony Blinken met the minister again on Friday.\n\n"
        "“We discussed trade,” Blinken said.\n", encoding="utf-8")
    stderr = build(root)
    ids = sorted(p.stem for p in (root / "content" / "actors").glob("*.md"))
    assert "antony-blinken" in ids and "anthony-blinken" in ids, "never merged silently"
    assert "may be the same actor" in stderr and "blinken" in stderr


def test_changed_seed_marks_facts_stale_until_reingested(tmp_path: Path) -> None:
    root = make_root(tmp_path, [SEED])
    build(root)
    seed = root / "seeds" / SEED.name
    seed.write_text(seed.read_text(encoding="utf-8") + "\nOne more paragraph was added later.\n",
                    encoding="utf-8")
    result = run_cli("build", "--root", str(root), "--no-ingest")
    assert result.returncode == 0
    assert "changed since these facts were extracted" in result.stderr
    sid = next((root / "content" / "sources").glob("*.md")).stem
    page = (root / "output" / "sources" / sid / "index.html").read_text(encoding="utf-8")
    assert "changed since these facts were read" in page
    stderr = build(root)
    assert "changed since" not in stderr
    shutil.rmtree(root / "output")
