"""Bad input never hurts: one clear line naming the file (and line), exit status 1, no
traceback, the previous site untouched, and not one byte of the editor's files changed.

Each case starts from a copy of a site that built cleanly, breaks one thing the way a person
might, and runs `python -m generator build` as the editor would.
"""
from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from helpers import REPO, SEEDS, make_root, run_cli
from generator.content.entries import dump, parse

PROBLEM_LINE = re.compile(r"^(?P<path>[^\s:]+)(?::(?P<line>\d+))?: (?P<message>\S.*)$")
ACTOR = "content/actors/editor-added.md"
TOPIC = "content/topics/land-rights.md"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {f.relative_to(folder).as_posix(): f.read_bytes()
            for f in sorted(folder.rglob("*")) if f.is_file()} if folder.is_dir() else {}


@pytest.fixture(scope="module")
def good_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two real articles, an actor and a topic written by an editor, built once."""
    root = make_root(tmp_path_factory.mktemp("good"), sorted(SEEDS.glob("*.txt"))[:2])
    (root / ACTOR).parent.mkdir(parents=True)
    (root / ACTOR).write_text("---\nid: editor-added\nname: Cambodian Center for Human Rights\n"
                              "type: ngo\naliases: [CCHR]\n---\nA rights group in Phnom Penh.\n")
    (root / TOPIC).parent.mkdir(parents=True)
    (root / TOPIC).write_text("---\nid: land-rights\nname: Land rights\nkeywords: [land, eviction]\n---\n")
    result = run_cli("build", "--root", str(root))
    assert result.returncode == 0, result.stderr
    return root


def edit_entry(root: Path, rel: str, change: Callable[[dict], None]) -> None:
    entry = parse((root / rel).read_text(encoding="utf-8"), rel)
    change(entry.meta)
    (root / rel).write_text(dump(entry.meta, entry.body), encoding="utf-8")


def first_source(root: Path) -> str:
    return sorted(p.relative_to(root).as_posix() for p in (root / "content" / "sources").glob("*.md"))[0]


def write(rel: str, text: str | bytes) -> Callable[[Path], None]:
    def apply(root: Path) -> None:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        data = text if isinstance(text, bytes) else text.encode("utf-8")
        (root / rel).write_bytes(data)
    return apply


def break_template(name: str, change: Callable[[str], str]) -> Callable[[Path], None]:
    def apply(root: Path) -> None:
        shutil.copytree(REPO / "templates", root / "templates", dirs_exist_ok=True)
        file = root / "templates" / name
        new = change(file.read_text(encoding="utf-8"))
        if new is None:
            file.unlink()
        else:
            file.write_text(new, encoding="utf-8")
    return apply


def unknown_topic(root: Path) -> None:
    edit_entry(root, first_source(root),
               lambda m: m["extracted"].setdefault("topics", {}).update({"no-such-topic": [1]}))


def unknown_source(root: Path) -> None:
    edit_entry(root, ACTOR, lambda m: m["extracted"]["sources"].append("no-such-source"))


def seed_path_escape(root: Path) -> None:
    rel = first_source(root)
    text = (root / rel).read_text(encoding="utf-8")
    (root / rel).write_text(re.sub(r"(?m)^seed: .*$", "seed: ../../etc/passwd", text, count=1),
                            encoding="utf-8")


def ten_megabytes(root: Path) -> None:
    paragraph = "The court adjourned the hearing until next month, lawyers said. " * 20 + "\n\n"
    (root / "seeds" / "huge.txt").write_text(paragraph * (10 * 1024 * 1024 // len(paragraph) + 1))


BAD_ACTOR = "content/actors/broken.md"
# id: (how to break the site, the file the message must name, its line or None, words it must hold)
CASES: dict[str, tuple[Callable[[Path], None], str | Callable[[Path], str], int | None, str]] = {
    "malformed YAML": (write(BAD_ACTOR, "---\nid: broken\nname: [unclosed\ntype: person\n---\n"),
                       BAD_ACTOR, 3, "not valid YAML"),
    "front matter not a mapping": (write(BAD_ACTOR, "---\n- just\n- a list\n---\n"),
                                   BAD_ACTOR, 2, "must be a mapping"),
    "no front matter at all": (write(BAD_ACTOR, "Kem Sokha is an opposition leader.\n"),
                               BAD_ACTOR, 1, "front matter"),
    "missing required key": (write(BAD_ACTOR, "---\nid: broken\nname: Someone\n---\n"),
                             BAD_ACTOR, None, "missing required key 'type'"),
    "wrong type": (write(BAD_ACTOR, "---\nid: broken\nname: Someone\ntype: person\naliases: Sam\n---\n"),
                   BAD_ACTOR, 5, "'aliases' must be a list"),
    "value not allowed": (write(BAD_ACTOR, "---\nid: broken\nname: Someone\ntype: persn\n---\n"),
                          BAD_ACTOR, 4, "'type' must be one of person"),
    "unknown actor id": (write(BAD_ACTOR, "---\nid: broken\nname: Someone\ntype: person\n"
                                          "same_as: nobody-known\n---\n"),
                         BAD_ACTOR, 5, "unknown actor 'nobody-known'"),
    "unknown topic id": (unknown_topic, first_source, None, "unknown topic 'no-such-topic'"),
    "unknown source id": (unknown_source, ACTOR, None, "unknown source 'no-such-source'"),
    "duplicate ids": (write("content/actors/zz-copy.md", "---\nid: editor-added\nname: CCHR\ntype: ngo\n---\n"),
                      "content/actors/zz-copy.md", 2, "duplicate id 'editor-added'"),
    "id with a slash": (write(BAD_ACTOR, "---\nid: people/broken\nname: Someone\ntype: person\n---\n"),
                        BAD_ACTOR, 2, "'id' must be lowercase letters"),
    "id with ..": (write(BAD_ACTOR, "---\nid: ../../outside\nname: Someone\ntype: person\n---\n"),
                   BAD_ACTOR, 2, "no '/', '..' or absolute path"),
    "id an absolute path": (write(BAD_ACTOR, "---\nid: /etc/passwd\nname: Someone\ntype: person\n---\n"),
                            BAD_ACTOR, 2, "no '/', '..' or absolute path"),
    "slug of a reference with ..": (write(BAD_ACTOR, "---\nid: broken\nname: Someone\ntype: person\n"
                                                     "same_as: ../editor-added\n---\n"),
                                    BAD_ACTOR, 5, "'same_as' must be lowercase letters"),
    "seed path leaves seeds/": (seed_path_escape, first_source, None, "'seed' must be a file name"),
    "seed not UTF-8": (write("seeds/latin1.txt", "Phnom Penh\n\nLe café de la rue 240 a fermé.\n".encode("latin-1")),
                       "seeds/latin1.txt", 3, "not UTF-8"),
    "seed empty": (write("seeds/empty.txt", b""), "seeds/empty.txt", None, "is empty"),
    "seed only blank lines": (write("seeds/blank.txt", "\n \n\t\n"), "seeds/blank.txt", None, "no text"),
    "seed binary": (write("seeds/photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))),
                    "seeds/photo.txt", None, "binary"),
    "seed of 10 MB": (ten_megabytes, "seeds/huge.txt", None, "MB"),
    "seeds that make one id": (write("seeds/000 9d4a23b47af02cda.txt", "Title\n\nA paragraph.\n"),
                               "seeds/000_9d4a23b47af02cda.txt", None, "same source id"),
    "sidecar malformed YAML": (write("seeds/000_9d4a23b47af02cda.yaml", "url: https://x.org\npublished: [2019\n"),
                               "seeds/000_9d4a23b47af02cda.yaml", 2, "not valid YAML"),
    "sidecar javascript: url": (write("seeds/000_9d4a23b47af02cda.yaml", "publisher: VOA\nurl: javascript:alert(1)\n"),
                                "seeds/000_9d4a23b47af02cda.yaml", 2, "must be a web address"),
    "template syntax error": (break_template("about.html", lambda t: t.replace("{% endblock %}", "{% endblok %}", 1)),
                              "templates/about.html", None, "template syntax error"),
    "template missing": (break_template("about.html", lambda t: None),
                         "templates/about.html", None, "not found"),
    "template includes a missing one": (
        break_template("base.html", lambda t: t.replace("<main", '{% include "nowhere.html" %}\n<main', 1)),
        "templates/base.html", None, "'nowhere.html' not found"),
    "settings not valid": (write("site.yaml", "title: Fact sheets\nbase_url: javascript:alert(1)\n"),
                           "site.yaml", 2, "'base_url' must be"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input_gets_one_line_and_changes_nothing(case: str, good_root: Path, tmp_path: Path) -> None:
    breakage, where, line, words = CASES[case]
    root = tmp_path / "site"
    shutil.copytree(good_root, root)
    breakage(root)
    where = where(root) if callable(where) else where
    before = {name: snapshot(root / name) for name in ("content", "seeds", "templates", "output")}
    settings_before = (root / "site.yaml").read_bytes() if (root / "site.yaml").exists() else None

    result = run_cli("build", "--root", str(root))

    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    errors = [ln for ln in result.stderr.splitlines() if ": warning: " not in ln]
    assert len(errors) == 1, errors
    match = PROBLEM_LINE.match(errors[0])
    assert match, errors[0]
    assert match["path"] == where, errors[0]
    if line is not None:
        assert match["line"] == str(line), errors[0]
    assert words in match["message"], errors[0]
    if case.startswith("template syntax"):
        # the line of the broken tag, counted in the template file itself
        text = (root / where).read_text(encoding="utf-8").splitlines()
        assert "endblok" in text[int(match["line"]) - 1], errors[0]
    for name, files in before.items():
        assert snapshot(root / name) == files, f"{name}/ changed after a failed build"
    assert ((root / "site.yaml").read_bytes() if (root / "site.yaml").exists() else None) == settings_before
    assert not [p.name for p in root.iterdir() if p.name.startswith(".output")], "a temporary folder is left"


def test_a_failed_first_build_leaves_no_site_at_all(tmp_path: Path) -> None:
    root = make_root(tmp_path, sorted(SEEDS.glob("*.txt"))[:1])
    (root / "seeds" / "empty.txt").write_bytes(b"")
    result = run_cli("build", "--root", str(root))
    assert result.returncode == 1
    assert result.stderr.strip() == "seeds/empty.txt: is empty"
    assert not (root / "output").exists()
    assert not (root / "content").exists(), "nothing ingested from a set of seeds with a bad one"
    assert [p.name for p in root.iterdir()] == ["seeds"]


def test_crlf_line_endings_simply_work(good_root: Path, tmp_path: Path) -> None:
    """Seeds and entries saved with Windows line endings build the same site, raise no
    warning, and the editor's file keeps its line endings and every word."""
    root = tmp_path / "crlf"
    shutil.copytree(good_root, root, ignore=shutil.ignore_patterns("output"))
    for f in [*(root / "seeds").glob("*.txt"), *(root / "content").rglob("*.md")]:
        f.write_bytes(f.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    actor_before = (root / ACTOR).read_bytes()

    result = run_cli("build", "--root", str(root))

    assert result.returncode == 0, result.stderr
    assert "warning" not in result.stderr, result.stderr
    assert snapshot(root / "output") == snapshot(good_root / "output")
    actor_after = (root / ACTOR).read_bytes()
    assert b"\r\n" in actor_after and b"\n" not in actor_after.replace(b"\r\n", b"")
    assert actor_after == actor_before, "an editor's CRLF file is rewritten only when its facts change"
    assert "A rights group in Phnom Penh." in (root / "output" / "actors" / "editor-added" / "index.html").read_text()


def test_an_article_the_extractor_fails_on_is_named_and_nothing_is_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    """A fault of the extractor on one article (it happened: a Turkish dotless i) stops the build
    with one line naming that article, and leaves content/ and output/ unwritten."""
    import generator.build
    from generator.cli import main
    root = make_root(tmp_path / "site")
    real = generator.build.extract

    def failing(text: str, name: str):
        if name == sorted(SEEDS.glob("*.txt"))[1].name:
            raise TypeError("argument of type 'NoneType' is not iterable")
        return real(text, name)

    monkeypatch.setattr(generator.build, "extract", failing)
    assert main(["build", "--root", str(root)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"seeds/{sorted(SEEDS.glob('*.txt'))[1].name}: the extractor failed on this article "
                   "(TypeError: argument of type 'NoneType' is not iterable); please report it with the article"]
    assert not (root / "output").exists()
    assert not list((root / "content" / "sources").glob("*.md"))
