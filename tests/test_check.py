"""`python -m generator check` and `build --strict`: every problem one line, `path:line: message`;
exit status 0 with none, 1 with some (warnings too under --strict), 2 on a usage error."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from helpers import REPO, run_cli
from generator.content.entries import dump, parse

PROBLEM_LINE = re.compile(r"^[^\s:]+(:\d+)?: \S.*$")


def tree(folder: Path) -> dict[str, bytes]:
    return {f.relative_to(folder).as_posix(): f.read_bytes() for f in sorted(folder.rglob("*"))
            if f.is_file()} if folder.is_dir() else {}


@pytest.fixture
def root(built_root: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "site"
    shutil.copytree(built_root, copy, ignore=shutil.ignore_patterns(".cache"))
    return copy


def add_to_template(root: Path, name: str, html: str) -> None:
    if not (root / "templates").is_dir():
        shutil.copytree(REPO / "templates", root / "templates")
    file = root / "templates" / name
    text = file.read_text(encoding="utf-8")
    file.write_text(text.replace("{% endblock %}", html + "\n{% endblock %}", 1), encoding="utf-8")


def lines(stderr: str) -> list[str]:
    found = stderr.splitlines()
    assert all(PROBLEM_LINE.match(ln) for ln in found), found
    assert "Traceback" not in stderr
    return found


def test_a_sound_site_checks_clean_and_check_writes_nothing(root: Path) -> None:
    before = {name: tree(root / name) for name in ("content", "output", "seeds")}
    result = run_cli("check", "--root", str(root))
    assert result.returncode == 0, result.stderr
    assert "No problems found." in result.stdout
    assert all(": warning: " in ln for ln in lines(result.stderr))
    assert {name: tree(root / name) for name in before} == before
    assert sorted(p.name for p in root.iterdir()) == ["content", "output", "seeds"]


def test_broken_links_and_anchors_are_found_with_their_line(root: Path) -> None:
    add_to_template(root, "about.html", '<p><a href="{{ url(\'actors/nobody-at-all/\') }}">gone</a> '
                                        '<a href="{{ url(\'sources/\') }}#no-such-anchor">anchor</a></p>')
    result = run_cli("check", "--root", str(root))
    assert result.returncode == 1
    found = lines(result.stderr)
    page = (root / "templates" / "about.html")
    assert any(re.match(r"output/about/index\.html:\d+: broken link /actors/nobody-at-all/$", ln) for ln in found), found
    assert any(re.match(r"output/about/index\.html:\d+: link /sources/#no-such-anchor: no #no-such-anchor", ln)
               for ln in found), found
    # the line is the line of the built page that holds the link
    built = run_cli("build", "--root", str(root))
    assert built.returncode == 0, "a plain build does not check links"
    n = int(next(ln for ln in found if "nobody-at-all" in ln).split(":")[1])
    assert "nobody-at-all" in (root / "output" / "about" / "index.html").read_text().splitlines()[n - 1]
    assert page.exists()


def test_strict_build_refuses_a_broken_link_and_keeps_the_previous_site(root: Path) -> None:
    before = tree(root / "output")
    add_to_template(root, "about.html", '<a href="{{ url(\'nowhere/\') }}">x</a>')
    result = run_cli("build", "--strict", "--root", str(root))
    assert result.returncode == 1
    assert any("broken link /nowhere/" in ln for ln in lines(result.stderr))
    assert tree(root / "output") == before


def test_warnings_pass_check_but_fail_strict(root: Path) -> None:
    actor = sorted((root / "content" / "actors").glob("*.md"))[0]
    entry = parse(actor.read_text(encoding="utf-8"), "x")
    actor.write_text(dump({**entry.meta, "nickname": "unknown key"}, entry.body), encoding="utf-8")
    rel = actor.relative_to(root).as_posix()

    plain = run_cli("check", "--root", str(root))
    assert plain.returncode == 0, plain.stderr
    assert any(ln.startswith(f"{rel}:") and ": warning: unknown key 'nickname'" in ln for ln in lines(plain.stderr))

    strict = run_cli("check", "--strict", "--root", str(root))
    assert strict.returncode == 1

    before = tree(root / "output")
    build = run_cli("build", "--strict", "--root", str(root))
    assert build.returncode == 1
    assert any(ln.startswith(f"{rel}:") and "unknown key 'nickname'" in ln for ln in lines(build.stderr))
    assert tree(root / "output") == before, "a strict build that fails writes nothing"
    assert run_cli("build", "--root", str(root)).returncode == 0


def test_references_and_paragraph_numbers_are_checked(root: Path) -> None:
    source = sorted((root / "content" / "sources").glob("*.md"))[0]
    entry = parse(source.read_text(encoding="utf-8"), "x")
    count = len(entry.meta["extracted"]["paragraphs"])
    actors = entry.meta["extracted"]["actors"]
    first = sorted(actors)[0]
    actors[first] = [count + 7]
    actors["no-such-actor"] = [1]
    source.write_text(dump(entry.meta, entry.body), encoding="utf-8")
    rel = source.relative_to(root).as_posix()
    result = run_cli("check", "--root", str(root))
    assert result.returncode == 1
    found = lines(result.stderr)
    assert any(ln.startswith(f"{rel}:") and f"cites paragraph {count + 7}, but the source has {count}" in ln
               for ln in found), found
    assert any(ln.startswith(f"{rel}:") and "unknown actor 'no-such-actor'" in ln for ln in found), found


def test_template_problems_even_in_a_template_no_page_uses(root: Path) -> None:
    shutil.copytree(REPO / "templates", root / "templates")
    (root / "templates" / "unused.html").write_text("<p>\n{% for x in y %}\n<p>\n")
    (root / "templates" / "partial.html").write_text('{% include "missing-part.html" %}\n')
    result = run_cli("check", "--root", str(root))
    assert result.returncode == 1
    found = lines(result.stderr)
    assert any(re.match(r"templates/unused\.html:\d+: template syntax error", ln) for ln in found), found
    assert "templates/partial.html:1: template 'missing-part.html' not found in templates/" in found


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run_cli("check", "--no-such-flag").returncode == 2
    result = run_cli("check", "--root", str(tmp_path / "missing"))
    assert result.returncode == 2 and "no such folder" in result.stderr
