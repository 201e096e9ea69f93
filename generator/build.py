"""The pipeline: seeds → content/ → Site → output/, stopping before any damage on a problem."""
from __future__ import annotations

import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from generator.check import strict_problems, template_problem, theme_of
from generator.config import Paths, Settings
from generator.content.entries import Entry, write_if_changed
from generator.content.loader import read_entries, load
from generator.content.writer import plan
from generator.errors import Problem, SiteError
from generator.ingest import extract
from generator.ingest.link import KnownActor, KnownTopic, link, probable_duplicates
from generator.model import Site
from generator.render import render_site
from generator.seeds import read_seeds

STARTER_TOPICS = Path(__file__).parent / "starter" / "topics"


@dataclass
class BuildResult:
    pages_written: int = 0
    pages_unchanged: int = 0
    entries_written: int = 0
    seconds: float = 0.0
    warnings: list[Problem] = field(default_factory=list)
    site: Site | None = None
    files: dict[str, bytes] = field(default_factory=dict)   # the site as written to output/

    def summary(self) -> str:
        return (f"Built {self.pages_written + self.pages_unchanged} files "
                f"({self.pages_written} written, {self.pages_unchanged} unchanged), "
                f"{self.entries_written} entries updated, {len(self.warnings)} warnings "
                f"in {self.seconds:.2f} s")


def known_actors(entries: list[Entry]) -> list[KnownActor]:
    actors = []
    for e in entries:
        m = e.meta
        if not isinstance(m.get("name"), str) or not isinstance(m.get("type"), str):
            continue
        ex = m.get("extracted") if isinstance(m.get("extracted"), dict) else {}
        names = [m["name"], *(m.get("aliases") or []), *(ex.get("forms") or [])]
        actors.append(KnownActor(str(m.get("id") or Path(e.path).stem), m["name"], m["type"],
                                 tuple(str(n) for n in names if n),
                                 m.get("same_as") or None,
                                 tuple(str(x) for x in m.get("distinct_from") or ())))
    return actors


def known_topics(entries: list[Entry]) -> list[KnownTopic]:
    return [KnownTopic(str(e.meta.get("id") or Path(e.path).stem),
                       tuple(str(k) for k in e.meta.get("keywords") or ()))
            for e in entries]


def ingest(paths: Paths) -> tuple[dict[str, str], list[Problem]]:
    """Seeds → content/. Returns the seeds' checksums and notes for the editor."""
    seeds, sidecars, problems = read_seeds(paths.seeds)
    if problems:
        raise SiteError(problems)
    if not paths.content.exists() and STARTER_TOPICS.is_dir():
        shutil.copytree(STARTER_TOPICS, paths.content / "topics")
    entries, problems = read_entries(paths.root)
    if problems:
        raise SiteError(problems)
    extractions = [extract(s.text, s.name) for s in seeds]
    linked = link(extractions, known_actors(entries["actors"]), known_topics(entries["topics"]))
    existing = {e.path: e for kind in entries.values() for e in kind}
    writes, notes, proposals = plan(linked, sidecars, existing)
    for item in writes:
        write_if_changed(paths.root / item.path, item.text)
    for item in proposals:
        write_if_changed(paths.cache / "proposed" / item.path, item.text)
    entries, _ = read_entries(paths.root)
    for a, b, score in probable_duplicates(known_actors(entries["actors"])):
        notes.append(Problem(f"content/actors/{a}.md", f"may be the same actor as '{b}' "
                             f"(names {score:.0%} alike): if so, set same_as: {b}; if not, "
                             f"set distinct_from: [{b}]", warning=True))
    return {s.name: s.checksum for s in seeds}, notes


def write_output(files: dict[str, bytes], output: Path) -> tuple[int, int]:
    """Write the site beside output/ and swap it in whole; unchanged files keep their inode."""
    parent = output.parent
    if not output.exists():
        # a build killed between its two renames below: bring the previous site back first
        for old in sorted(parent.glob(f".{output.name}-old-*"))[:1]:
            old.rename(output)
    for old in parent.glob(f".{output.name}-*"):
        shutil.rmtree(old, ignore_errors=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{output.name}-new-", dir=parent))
    written = unchanged = 0
    try:
        for rel, data in sorted(files.items()):
            target = tmp / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            previous = output / rel
            if previous.is_file() and not previous.is_symlink() and previous.read_bytes() == data:
                os.link(previous, target)
                unchanged += 1
            else:
                target.write_bytes(data)
                written += 1
        tmp.chmod(0o755)
        if output.exists():
            trash = parent / f".{output.name}-old-{os.getpid()}"
            output.rename(trash)
            tmp.rename(output)
            shutil.rmtree(trash, ignore_errors=True)
        else:
            tmp.rename(output)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return written, unchanged


def build(paths: Paths, settings: Settings, do_ingest: bool = True, strict: bool = False) -> BuildResult:
    """`strict`: warnings and broken links stop the build before output/ is touched."""
    started = time.perf_counter()
    result = BuildResult()
    if do_ingest:
        checksums, notes = ingest(paths)
        result.warnings.extend(notes)
    else:
        seeds, _, problems = read_seeds(paths.seeds)
        if problems:
            raise SiteError(problems)
        checksums = {s.name: s.checksum for s in seeds}
    site = load(paths.root, settings, checksums)
    result.warnings.extend(site.warnings)
    templates = paths.templates if paths.templates.is_dir() else None
    try:
        files = render_site(site, settings, templates)
    except jinja2.TemplateError as err:
        raise SiteError([template_problem(err, theme_of(paths), paths.root)]) from None
    if strict and (problems := strict_problems(result.warnings, files, settings, paths)):
        raise SiteError(problems)
    result.pages_written, result.pages_unchanged = write_output(files, paths.output)
    result.site = site
    result.files = files
    result.seconds = time.perf_counter() - started
    return result


class Builder:
    """A site that is built again and again, as by `serve`: keeps what it can between builds.

    `build(changed)` takes the paths that changed since the last build (None: unknown,
    rebuild everything) and returns the result; on a problem it raises SiteError and the
    previous output stays in place.
    """

    def __init__(self, paths: Paths, settings: Settings):
        self.paths = paths
        self.settings = settings

    def build(self, changed: set[Path] | None = None) -> BuildResult:
        do_ingest = changed is None or any(self.paths.seeds in p.parents or p == self.paths.seeds
                                           for p in changed)
        return build(self.paths, self.settings, do_ingest=do_ingest or changed is None)
