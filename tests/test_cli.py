"""The command line as a user meets it: help, exit statuses, --root."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import SEEDS, make_root, run_cli


@pytest.mark.parametrize("command", ["build", "ingest", "check", "serve"])
def test_every_subcommand_has_help(command: str) -> None:
    result = run_cli(command, "--help")
    assert result.returncode == 0
    assert "--root" in result.stdout


def test_no_command_is_a_usage_error() -> None:
    result = run_cli()
    assert result.returncode == 2
    assert "build" in result.stdout


def test_unknown_option_is_a_usage_error() -> None:
    result = run_cli("build", "--no-such-option")
    assert result.returncode == 2
    assert "unrecognized arguments" in result.stderr


def test_missing_root_is_a_usage_error(tmp_path: Path) -> None:
    result = run_cli("build", "--root", str(tmp_path / "nowhere"))
    assert result.returncode == 2
    assert "no such folder" in result.stderr


def test_root_with_one_seed_builds_a_site(tmp_path: Path) -> None:
    root = make_root(tmp_path, [sorted(SEEDS.glob("*.txt"))[2]])
    result = run_cli("build", "--root", str(root))
    assert result.returncode == 0, result.stderr
    assert (root / "output" / "index.html").is_file()
    assert len(list((root / "content" / "sources").glob("*.md"))) == 1
    assert list((root / "content" / "actors").glob("*.md")), "the article's actors get entries"
    assert "Built" in result.stdout


def test_bad_content_exits_1_naming_the_file(tmp_path: Path) -> None:
    root = make_root(tmp_path, [sorted(SEEDS.glob("*.txt"))[0]])
    (root / "content" / "actors").mkdir(parents=True)
    (root / "content" / "actors" / "broken.md").write_text("---\nname: [unclosed\n---\n")
    result = run_cli("build", "--root", str(root))
    assert result.returncode == 1
    assert "content/actors/broken.md:" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (root / "output").exists(), "no half-built site"


def test_bad_settings_exit_1(tmp_path: Path) -> None:
    root = make_root(tmp_path, [])
    (root / "site.yaml").write_text("title: [oops\n")
    result = run_cli("build", "--root", str(root))
    assert result.returncode == 1
    assert result.stderr.startswith("site.yaml:")


def test_settings_file_is_used(tmp_path: Path) -> None:
    root = make_root(tmp_path, [sorted(SEEDS.glob("*.txt"))[1]])
    (root / "site.yaml").write_text("title: Rights Watch Fact Sheets\nlanguage: en-GB\n")
    assert run_cli("build", "--root", str(root)).returncode == 0
    html = (root / "output" / "index.html").read_text()
    assert "Rights Watch Fact Sheets" in html
    assert 'lang="en-GB"' in html


def _build_and_report_what_loaded(root: Path) -> tuple[str, set[str]]:
    """`python -m generator build` in a fresh process: its summary line and which parts of the
    generator it had to load."""
    import subprocess
    import sys
    code = ("import sys, io, contextlib; from generator.cli import main; out = io.StringIO()\n"
            "with contextlib.redirect_stdout(out): status = main(['build', '--root', sys.argv[1]])\n"
            "print(out.getvalue().strip()); print(status)\n"
            "print(' '.join(m for m in sys.modules if m.startswith(('generator.', 'jinja2'))))")
    done = subprocess.run([sys.executable, "-c", code, str(root)], capture_output=True, text=True, timeout=300)
    summary, status, loaded = done.stdout.strip().splitlines()[-3:]
    assert status == "0", done.stderr
    return summary, set(loaded.split())


def test_a_build_with_nothing_to_do_answers_without_loading_the_generator(tmp_path: Path) -> None:
    """Nothing changed: the command line says so from the last build's record, without loading the
    extractor or the templates (which took longer than the look at the files on a large site);
    a changed article is still seen and built."""
    root = make_root(tmp_path, sorted(SEEDS.glob("*.txt"))[:2])
    first, loaded = _build_and_report_what_loaded(root)
    assert "generator.ingest" in loaded and "jinja2" in loaded
    again, loaded = _build_and_report_what_loaded(root)
    assert again.startswith("Built ") and "(0 written," in again, again
    assert not any(m.startswith(("generator.ingest", "generator.render", "jinja2")) for m in loaded), sorted(
        m for m in loaded if m.startswith(("generator.ingest", "generator.render", "jinja2")))
    seed = sorted((root / "seeds").glob("*.txt"))[0]
    seed.write_text(seed.read_text(encoding="utf-8") + "\nThe council met again on Monday.\n", encoding="utf-8")
    edited, loaded = _build_and_report_what_loaded(root)
    assert "generator.ingest" in loaded and "(0 written," not in edited, edited
