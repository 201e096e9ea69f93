"""Helpers shared by the tests: the real seeds, the command line, new site roots."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """The generator as a user runs it: a separate process, its exit status and output."""
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd or REPO,
                          capture_output=True, text=True, timeout=300)


def make_root(tmp: Path, seeds: list[Path] | None = None) -> Path:
    """A site root holding nothing but seeds/."""
    (tmp / "seeds").mkdir(parents=True)
    for seed in seeds if seeds is not None else sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, tmp / "seeds" / seed.name)
    return tmp


def built_site(tmp: Path):
    """A site root of the five seeds, built once by a long-lived Builder (as the preview keeps one):
    (root, builder, its seeds, its source entries)."""
    from generator.build import Builder
    from generator.config import Paths, load_settings

    root = make_root(tmp)
    paths = Paths(root)
    builder = Builder(paths, load_settings(paths.settings))
    builder.build(None)
    return (root, builder, sorted((root / "seeds").glob("*.txt")),
            sorted((root / "content" / "sources").glob("*.md")))


def cut_seed(seed: Path) -> set[Path]:
    """An edit that removes the second half of a seed's paragraphs (some actors, counts and facts
    lose it): the set of files changed, as the Builder takes them."""
    paragraphs = seed.read_text(encoding="utf-8").split("\n\n")
    seed.write_text("\n\n".join(paragraphs[:len(paragraphs) // 2]) + "\n", encoding="utf-8")
    return {seed}


# Debian's Chromium, as root in a sandbox with no network: never a downloaded browser.
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def on_page(head: str, text: str, name: str = "page.txt"):
    """What the extractor makes of an invented article: `head` is the page above the story."""
    from generator.ingest import extract
    return extract(head + text.strip() + "\n", name)


def page(text: str):
    """What the extractor makes of a whole invented page."""
    return on_page("", text)


def body(extraction) -> list[str]:
    """The texts of the numbered body paragraphs."""
    return [p.text for p in extraction.paragraphs]


def paragraph_actor_types(*paragraphs: str) -> dict[str, str]:
    """{actor key: type} the actor finder makes of these body paragraphs alone."""
    from generator.ingest import actors
    return {m.key: m.type for m in actors.build(paragraphs).mentions}


def actor_types(extraction) -> dict[str, str]:
    """{actor key: type} of what the extractor found."""
    return {m.key: m.type for m in extraction.mentions}


def published(extraction) -> str | None:
    """The publication date found, as written in the open data ("2026-11-19"), or None."""
    return extraction.published.value if extraction.published else None


def quote_texts(extraction) -> list[str]:
    """The words of every quote found, in order."""
    return [q.text for q in extraction.quotes]


def speaker_of(extraction, start: str) -> str | None:
    """The speaker of the one quote that opens with these words."""
    found = [q for q in extraction.quotes if q.text.startswith(start)]
    assert len(found) == 1, [q.text for q in extraction.quotes]
    return found[0].speaker
