"""The pipeline: seeds → content/ → Site → output/, stopping before any damage on a problem.

Builds are incremental. A `Builder` keeps between builds what it read and made: seeds,
extractions, parsed entries, the Site and every rendered page's digest (its bytes are in output/,
or in memory until they are written there). A build looks at the
files (size, time, inode; content when the time is too recent to trust), re-extracts only
changed articles (and finds the others in the ingest cache, .cache/ingest/, when it starts
afresh), re-parses only changed entries, re-renders only pages whose entries or templates
changed, and leaves unchanged files of output/ untouched. A build that finds nothing changed
since the last one, in the same or another process, does no work at all.
"""
from __future__ import annotations

import gc
import hashlib
import os
import pickle
import re
import shutil
import stat
import tempfile
import time
from pathlib import Path

import jinja2
import jinja2.meta
import markdown
import markupsafe

from generator.cache import IngestCache, Kept
from generator.config import Paths, Settings
from generator.content import parsed as parsed_yaml
from generator.content.entries import Entry, head_of, needs_yaml, parse, read, remember, write_if_changed
from generator.check import strict_problems, template_problem
from generator.content.loader import KEPT as loader_kept, KINDS, load, validate_entries
from generator.content.relink import LinkMemo, relink
from generator.content.replan import PlanMemo, replan
from generator.content.writer import Sidecar
from generator.errors import Problem, SiteError
from generator.extraction import Extraction
from generator.ingest import extract
from generator.ingest.link import KEPT as link_kept, PAIRS, KnownActor, KnownTopic, probable_duplicates
from generator.model import Site
from generator.parallel import pmap
from generator.progress import QUIET, Progress
from generator.render import DEFAULT_THEME, render_site, searched
from generator.render.bodies import body_only, with_bodies
from generator.render.pages import Page, PagesMemo
from generator.render.reuse import Comparer, Fingerprints, visible_changes
from generator.render.search import FOLDER as SEARCH_FOLDER, search_index
from generator.render.templates import render_page
from generator.seeds import Seed, colliding_ids, read_seed, read_sidecar
from generator.sitefiles import Digest, SiteFiles, digest
from generator.state import (STATE_FILE, BuildResult, Sig, last_state, racy, scan, signature, state_key,
                             text_digest, trusted, unchanged_since_last)

STARTER_TOPICS = Path(__file__).parent / "starter" / "topics"

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


# What ingest reads of an entry (see known_actors, known_topics and content/writer.py's plan): an
# edit of anything else (a camp, a summary, a correction) does not run ingest again.
INGEST_KEYS = {
    "actors": ("id", "name", "type", "aliases", "same_as", "distinct_from", "extracted"),
    "topics": ("id", "keywords", "extracted"),
    "sources": ("extracted",),
}


def ingest_reads(entry: Entry) -> tuple:
    return tuple(entry.meta.get(k) for k in INGEST_KEYS[entry.path.split("/")[1]])


def known_topics(entries: list[Entry]) -> list[KnownTopic]:
    return [KnownTopic(str(e.meta.get("id") or Path(e.path).stem),
                       tuple(str(k) for k in e.meta.get("keywords") or ()))
            for e in entries]


# --- ingest -----------------------------------------------------------------------------------

def extract_all(seeds: list[Seed], cache: IngestCache, known: dict[str, Extraction],
                progress: Progress = QUIET) -> list[Extraction]:
    """Every seed's extraction: from memory, from the cache, or extracted (over all cores)."""
    found: dict[str, Extraction] = {}
    missing = []
    for s in seeds:
        ex = known.get(s.name)
        if ex is None or ex.checksum != s.checksum:
            ex = cache.get(s.name, s.checksum)
        if ex is None:
            missing.append(s)
        else:
            found[s.name] = ex
    if missing:
        progress.start("extract", len(missing))
        for ex in pmap(_extract_seed, missing, progress.advance):
            cache.put(ex)
            found[ex.seed] = ex
        progress.clear()
    return [found[s.name] for s in seeds]


def _extract_seed(seed: Seed) -> Extraction:
    try:
        return extract(seed.text, seed.name)
    except Exception as err:        # a fault of the extractor's: name the article, write nothing
        raise SiteError([Problem(f"seeds/{seed.name}", "the extractor failed on this article "
                                 f"({type(err).__name__}: {err}); please report it with the article")]) from None


def duplicate_notes(actor_entries: list[Entry]) -> list[Problem]:
    return duplicate_notes_of(known_actors(actor_entries))


def duplicate_notes_of(actors: list[KnownActor]) -> list[Problem]:
    return [Problem(f"content/actors/{a}.md", f"may be the same actor as '{b}' (names {score:.0%} "
                    f"alike): if so, set same_as: {b}; if not, set distinct_from: [{b}]",
                    warning=True)
            for a, b, score in probable_duplicates(actors)]


def ingest(paths: Paths, progress: Progress = QUIET) -> tuple[dict[str, str], list[Problem]]:
    """Seeds → content/. Returns the seeds' checksums and notes for the editor."""
    builder = Builder(paths, Settings(), progress)
    builder.scan_seeds()
    builder.ingest()
    return builder.checksums(), list(builder.notes)


# --- output -----------------------------------------------------------------------------------

class Staging:
    """The next output/, made beside it and swapped in whole by `commit`: a failed or killed build
    leaves the previous site as it was. A file that output/ already holds is hard-linked (same
    inode, same time) rather than written. Pages may be placed by forked workers as they render;
    the parent records what each placing did."""

    def __init__(self, output: Path, known: dict[str, tuple[Sig, Digest]]):
        """`known`: files of output/ with the signature they had when written and their bytes' digest;
        a file whose signature still holds is taken to hold those bytes without being read."""
        parent = output.parent
        if not output.exists():
            # a build killed between the two renames of `commit`: bring the previous site back first
            for old in sorted(parent.glob(f".{output.name}-old-*"))[:1]:
                old.rename(output)
        for old in parent.glob(f".{output.name}-*"):
            shutil.rmtree(old, ignore_errors=True)
        self.output = output
        self.known = known
        self.folder = Path(tempfile.mkdtemp(prefix=f".{output.name}-new-", dir=parent))
        self.sigs: dict[str, Sig] = {}
        self.written = self.unchanged = 0
        self._made: set[str] = set()

    def _target(self, rel: str) -> Path:
        folder = rel.rpartition("/")[0]
        if folder and folder not in self._made:
            (self.folder / folder).mkdir(parents=True, exist_ok=True)
            self._made.add(folder)
        return self.folder / rel

    def keep(self, rel: str, dg: Digest) -> Sig | None:
        """Link output/'s file when it is known to hold these bytes; its signature, or None."""
        known = self.known.get(rel)
        if known is None or known[1] != dg:
            return None
        previous = self.output / rel
        try:
            st = os.lstat(previous)
        except OSError:
            return None
        if not stat.S_ISREG(st.st_mode) or signature(st) != known[0]:
            return None
        os.link(previous, self._target(rel))
        return signature(st)

    def place(self, rel: str, data: bytes, dg: Digest) -> tuple[Sig, bool]:
        """Put these bytes at `rel`: (signature, written), linked when output/ holds them already."""
        sig = self.keep(rel, dg)
        if sig is not None:
            return sig, False
        target = self._target(rel)
        previous = self.output / rel
        try:
            st = os.lstat(previous)
        except OSError:
            st = None
        if (st is not None and stat.S_ISREG(st.st_mode) and st.st_size == len(data)
                and previous.read_bytes() == data):
            os.link(previous, target)
            return signature(st), False
        with open(target, "wb") as f:
            f.write(data)
            f.flush()
            return signature(os.fstat(f.fileno())), True

    def keep_checked(self, rel: str, dg: Digest) -> Sig | None:
        """Link output/'s file when it holds these bytes, read to make sure; its signature, or None."""
        previous = self.output / rel
        try:
            st = os.lstat(previous)
            if not stat.S_ISREG(st.st_mode) or digest(previous.read_bytes()) != dg:
                return None
            os.link(previous, self._target(rel))
        except OSError:
            return None
        return signature(st)

    def adopt(self, rel: str, dg: Digest) -> tuple[Sig, bool]:
        """A file something else wrote into the staging folder (the search index): linked from
        output/ instead when output/ holds the same bytes, so that it stays untouched."""
        target = self.folder / rel
        known = self.known.get(rel)
        if known is not None and known[1] == dg:
            previous = self.output / rel
            try:
                st = os.lstat(previous)
            except OSError:
                st = None
            if st is not None and stat.S_ISREG(st.st_mode) and signature(st) == known[0]:
                target.unlink()
                os.link(previous, target)
                return signature(st), False
        return signature(os.lstat(target)), True

    def record(self, rel: str, sig: Sig, written: bool) -> None:
        self.sigs[rel] = sig
        if written:
            self.written += 1
        else:
            self.unchanged += 1

    def commit(self) -> None:
        output, parent = self.output, self.output.parent
        self.folder.chmod(0o755)
        if output.exists():
            trash = parent / f".{output.name}-old-{os.getpid()}"
            output.rename(trash)
            self.folder.rename(output)
            shutil.rmtree(trash, ignore_errors=True)
        else:
            self.folder.rename(output)

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def place_all(staging: Staging, files: SiteFiles) -> None:
    """Every file not yet placed: linked when output/ holds it, else its bytes (from memory or disk)."""
    for rel in sorted(files):
        if rel in staging.sigs:
            continue
        dg = files.digests[rel]
        sig = staging.keep(rel, dg)
        if sig is not None:
            staging.record(rel, sig, False)
        else:
            staging.record(rel, *staging.place(rel, files[rel], dg))


# --- what the pages depend on -----------------------------------------------------------------

def template_hashes(env: jinja2.Environment, names: set[str]) -> dict[str, str]:
    """For each template, a hash of its text and of every template it extends, includes or imports."""
    direct: dict[str, tuple[str, set[str] | None]] = {}

    def visit(name: str) -> None:
        if name in direct:
            return
        try:
            source, _, _ = env.loader.get_source(env, name)
        except jinja2.TemplateNotFound:
            direct[name] = ("", set())
            return
        found = direct[name] = (source, referenced_templates(source))
        for r in found[1] or ():
            visit(r)

    for n in names:
        visit(n)
    everything = None
    result = {}
    for n in names:
        seen, todo, digest = set(), [n], hashlib.sha256()
        while todo:
            t = todo.pop()
            if t in seen:
                continue
            seen.add(t)
            source, refs = direct.get(t, ("", set()))
            if refs is None:
                if everything is None:
                    everything = _all_templates_hash(env)
                digest.update(everything.encode())
                refs = set()
            digest.update(t.encode() + b"\0" + source.encode() + b"\0")
            todo.extend(sorted(refs))
        result[n] = digest.hexdigest()
    return result


# The globals holding the whole site: a template reading them must say what it reads (Page.reads).
SITE_GLOBALS = frozenset({"site", "all_pages"})


_UNDECLARED: dict[str, frozenset[str]] = {}


def undeclared(env: jinja2.Environment, source: str) -> frozenset[str]:
    """The names a template's text reads from outside itself. Parsing the theme for them was a
    fifth of a small site's cold build, so they are kept by the text's hash, in the process and
    beside the compiled templates (render/templates.py, `compiled_templates`)."""
    key = hashlib.sha256(source.encode()).hexdigest()
    found = _UNDECLARED.get(key)
    if found is not None:
        return found
    folder = getattr(env.bytecode_cache, "directory", None)
    kept = Path(folder) / f"names-{key}.txt" if folder else None
    try:
        found = frozenset(kept.read_text(encoding="utf-8").split()) if kept else None
    except OSError:
        found = None
    if found is None:
        found = frozenset(jinja2.meta.find_undeclared_variables(env.parse(source)))
        if kept is not None:
            tmp = kept.with_name(f".{kept.name}.{os.getpid()}")
            try:
                tmp.write_text("\n".join(sorted(found)), encoding="utf-8")
                tmp.replace(kept)
            except OSError:
                tmp.unlink(missing_ok=True)
    _UNDECLARED[key] = found
    return found


def template_globals(env: jinja2.Environment, names: set[str]) -> dict[str, frozenset[str]]:
    """For each template, the names it and every template it extends, includes or imports read
    from outside themselves (context keys and globals); every template's when one is computed."""
    own: dict[str, frozenset[str]] = {}

    def read(name: str) -> frozenset[str]:
        if name not in own:
            try:
                own[name] = undeclared(env, env.loader.get_source(env, name)[0])
            except (jinja2.TemplateError, OSError):
                own[name] = frozenset(SITE_GLOBALS)     # unreadable: take it to read everything
        return own[name]

    result = {}
    for n in names:
        seen, todo, found = set(), [n], set()
        while todo:
            t = todo.pop()
            if t in seen:
                continue
            seen.add(t)
            found |= read(t)
            try:
                refs = referenced_templates(env.loader.get_source(env, t)[0])
            except (jinja2.TemplateError, OSError):
                refs = set()
            todo.extend(env.list_templates() if refs is None else sorted(refs))
        result[n] = frozenset(found)
    return result


# {% extends/include/import/from <names> %}: read from the text, without parsing the template
# (parsing every template a second time was a tenth of a small site's build).
_REFERENCE = re.compile(r"{%[-+]?\s*(?:extends|include|import|from)\s+(.*?)[-+]?%}", re.S)
_NAME = re.compile(r"""\s*(["'])([^"'{}]+)\1""")
_AFTER_NAME = re.compile(r"\s*(?:$|,|\]|(?:import|as|ignore|with|without)\b)")


def referenced_templates(source: str) -> set[str] | None:
    """The templates a template's text names; None when a name is computed at render time,
    so that it could be any template. A tag in a comment or a raw block only adds a dependency."""
    found: set[str] = set()
    for tag in _REFERENCE.finditer(source):
        expr = tag.group(1).strip()
        if expr.startswith("["):
            expr = expr[1:]
        pos = 0
        while True:
            name = _NAME.match(expr, pos)
            if name is None or not _AFTER_NAME.match(expr, name.end()):
                return None
            found.add(name.group(2))
            pos = name.end()
            rest = expr[pos:].lstrip()
            if not rest.startswith(","):
                break
            pos = expr.index(",", pos) + 1
    return found


def _all_templates_hash(env: jinja2.Environment) -> str:
    digest = hashlib.sha256()
    for name in sorted(env.list_templates()):
        digest.update(name.encode() + b"\0" + env.loader.get_source(env, name)[0].encode() + b"\0")
    return digest.hexdigest()


def derived(site: Site, before: tuple[Site, dict[str, tuple]] | None = None) -> dict[str, tuple]:
    """Per entry path, everything the loader made of that entry: to see what a change touched.
    `before`: the last site and what this gave of it; a source that is the same object comes
    with the same facts (load makes them together), so only the new ones' are gathered."""
    changed = None
    if before is not None and list(before[0].sources) == list(site.sources):
        old_sources = before[0].sources
        changed = {sid for sid, s in site.sources.items() if old_sources[sid] is not s}
        if len(changed) > max(8, len(site.sources) // 50):
            changed = None
    mine = (lambda x: x.source in changed) if changed is not None else None
    quotes: dict[str, list] = {}
    events: dict[str, list] = {}
    roles: dict[str, list] = {}
    if changed is not None and changed <= site.facts.keys():
        # the edited sources' facts as load made them, not found among all of the site's
        for sid in changed:
            for table, items in zip((quotes, events, roles), site.facts[sid]):
                if items:
                    table[sid] = list(items)
    else:
        for q in filter(mine, site.quotes):
            quotes.setdefault(q.source, []).append(q)
        for e in filter(mine, site.events):
            events.setdefault(e.source, []).append(e)
        for r in filter(mine, site.roles):
            roles.setdefault(r.source, []).append(r)
    out: dict[str, tuple] = {}
    for sid, s in site.sources.items():
        if changed is not None and sid not in changed:
            out[s.path] = before[1][s.path]
        else:
            out[s.path] = (s, quotes.get(sid, []), events.get(sid, []), roles.get(sid, []))
    if changed is not None:
        # the totals, as gathering every fact would have seen them
        facts = [sum(len(out[s.path][n]) for s in site.sources.values()) for n in (1, 2, 3)]
        if facts != [len(site.quotes), len(site.events), len(site.roles)]:
            return derived(site)
    for a in site.actors.values():
        out[a.path] = (a,)
    for t in site.topics.values():
        out[t.path] = (t,)
    return out


# Pure steps whose results are kept between runs, each by a hash of what it reads (cache.Kept).
KEPT_STEPS = (loader_kept, link_kept, PAIRS)


def _markupsafe_files() -> tuple:
    """MarkupSafe's files and their sizes: its version is only known through a slow look-up."""
    try:
        folder = Path(markupsafe.__file__).parent
        return tuple(sorted((f.name, f.stat().st_size) for f in folder.iterdir() if f.is_file()))
    except OSError:
        return ("unknown", time.time_ns())      # never the same twice: nothing kept is used


# What a page's bytes depend on besides its fingerprint, the generator's own source and Python:
# the libraries that write HTML.
PAGES_KEPT = ("1", jinja2.__version__, getattr(markdown, "__version__", ""), _markupsafe_files())


# --- the builder ------------------------------------------------------------------------------

class Builder:
    """A site that is built again and again, as by `serve`: keeps what it can between builds.

    `build(changed)` takes the paths that changed since the last build (None: unknown) and
    returns the result; on a problem it raises SiteError and the previous output stays in
    place. Files are always looked at, so a missed or wrong `changed` costs time, never
    correctness; the paths named in `changed` are read again even if they look the same.
    """

    def __init__(self, paths: Paths, settings: Settings, progress: Progress | None = None):
        self.paths = paths
        self.settings = settings
        self.progress = progress or QUIET
        self.cache = IngestCache(paths.cache)
        parsed_yaml.load(paths.cache)       # entries' front matter parsed by an earlier run
        for kept in KEPT_STEPS:             # and what pure steps made of them and of the seeds
            kept.load(paths.cache)
        self.seeds: dict[str, Seed] = {}
        self.sidecars: dict[str, Sidecar] = {}       # by the seed's name, as read_seeds gives them
        self.seed_problems: list[Problem] = []
        self._seed_sigs: dict[str, Sig] = {}
        self._seed_errors: dict[str, Problem] = {}
        self._sidecar_objs: dict[str, Sidecar] = {}   # by the sidecar's own file name
        self.extractions: dict[str, Extraction] = {}
        self.entries: dict[str, Entry] = {}           # content/<kind>/<name>.md → Entry
        self._entries_version = 0                     # counts the changes to `entries`
        self._by_kind: tuple | None = None            # (version, entries_by_kind then)
        self._actors_known: tuple | None = None       # (the actor entries' list, known_actors of it)
        self.entry_problems: dict[str, Problem] = {}
        self._entry_sigs: dict[str, Sig] = {}
        self.notes: list[Problem] = []                # the last ingest's notes, repeated while skipped
        self._changed_entries: set[str] = set()       # entry paths changed since the last render
        self._site: Site | None = None
        self._derived: dict[str, tuple] = {}
        self._checksums: dict[str, str] | None = None
        self._pages: dict[str, Page] = {}
        self._page_digests: dict[str, Digest] = {}
        self._held: dict[str, bytes] = {}            # pages rendered but maybe not in output/ yet
        self._page_templates: dict[str, str] = {}
        self._template_sigs: dict[str, Sig] | None = None
        self._template_hashes: dict[str, str] = {}
        self._rendered_settings: Settings | None = None
        self._rendered_accuracy: object = None
        self._template_globals: dict[str, frozenset[str]] = {}
        self._link_memo = LinkMemo()                 # the last linking, for the next one (content/relink.py)
        self._plan_memo = PlanMemo()                 # the last plan of content/ (content/replan.py)
        self._duplicates: tuple | None = None         # (known actors, the notes on likely duplicates)
        self._load_memo: dict = {}                   # what load made of each source entry
        self._pages_memo = PagesMemo()                # what the last render made of each sheet
        # every page's fingerprint and digest as last rendered, by this process or an earlier one
        self._kept_pages = Kept("pages", PAGES_KEPT).load(paths.cache)
        # pages the preview rendered without their fingerprints: path -> (how to write one, page, digest)
        self._unprinted: dict[str, tuple] = {}
        self._visible: set[str] | None = None       # entries changed in what other pages show of them
        self._reused: set[str] = set()               # the pages the last render reused
        self._files = SiteFiles({})                  # the last build's files
        self._written: dict[str, Digest] = {}        # the files output/ was last made to hold
        self._staging: Staging | None = None         # the next output/, while a build writes it
        self._collector_held = False                  # this build turned the cycle collector off
        self._write_now = True                       # this build writes output/
        self._output_sigs: dict[str, Sig] = {}
        self._forced: set[Path] = set()
        self._now = 0
        self._seeds_scanned = self._entries_scanned = self._theme_scanned = 0
        self._seeds_dirty = True                      # seeds changed since the last ingest
        self._since_ingest: set[str] = set()          # entries changed since the last ingest
        self._ingested: dict[str, Entry] | None = None
        self._changed_paths: set[str] = set()
        self._current_template_sigs: dict[str, Sig] = {}
        self._rendered_count = 0
        self._search_memo: tuple | None = None
        self._search_now = True                       # False: leave the index to `search_later`
        self.search_pending: tuple | None = None      # (pages, language) not yet indexed
        self._env: jinja2.Environment | None = None   # the last render's, kept for body edits
        self._loaded: dict[str, Entry] = {}           # the entries the Site was loaded from
        self._last_ok = False                         # the last build succeeded

    # -- seeds

    def checksums(self) -> dict[str, str]:
        return {name: s.checksum for name, s in self.seeds.items()}

    def _forced_rel(self, folder: Path) -> set[str]:
        return {p.relative_to(folder).as_posix() for p in self._forced if folder in p.parents}

    def scan_seeds(self) -> bool:
        """Read new and changed seeds and sidecars; True when anything changed."""
        folder = self.paths.seeds
        now = time.time_ns()
        sigs = scan(folder, ())
        forced = self._forced_rel(folder)
        changed = set(sigs) ^ set(self._seed_sigs)
        for name, sig in sigs.items():
            if name in forced or not trusted(self._seed_sigs.get(name), sig, self._seeds_scanned):
                changed.add(name)
        self._seed_sigs, self._seeds_scanned = sigs, now
        if not changed:
            return False
        touched = False
        for name in sorted(changed):
            file = folder / name
            if name.endswith(".txt"):
                old = self.seeds.get(name, self._seed_errors.get(name))
                self.seeds.pop(name, None)
                self._seed_errors.pop(name, None)
                if name in sigs:
                    got = read_seed(file)
                    if isinstance(got, Problem):
                        self._seed_errors[name] = got
                    else:
                        self.seeds[name] = got
                new = self.seeds.get(name, self._seed_errors.get(name))
                touched |= new != old
            elif name.endswith((".yaml", ".yml")):
                old = self._sidecar_objs.get(name, self._seed_errors.get(name))
                self._sidecar_objs.pop(name, None)
                self._seed_errors.pop(name, None)
                if name in sigs:
                    got = read_sidecar(file)
                    if isinstance(got, Problem):
                        self._seed_errors[name] = got
                    else:
                        self._sidecar_objs[name] = got
                new = self._sidecar_objs.get(name, self._seed_errors.get(name))
                touched |= new != old
        self.seeds = dict(sorted(self.seeds.items()))
        self.sidecars = {n.rsplit(".", 1)[0] + ".txt": c for n, c in sorted(self._sidecar_objs.items())}
        self.seed_problems = [self._seed_errors[n] for n in sorted(self._seed_errors)]
        self.seed_problems += colliding_ids(list(self.seeds.values()))
        self._seeds_dirty |= touched
        return touched

    # -- entries

    def scan_entries(self, only: set[str] | None = None) -> None:
        """Read new and changed entries of content/; note which ones changed. `only`: the files
        this build has just written, read again without looking at the others once more (they
        were looked at moments before; the written ones, too recent to trust, are compared by
        content on the next look)."""
        content = self.paths.content
        now = time.time_ns()
        if only is not None:
            sigs = dict(self._entry_sigs)
            for rel in only:
                try:
                    sigs[rel] = signature(os.stat(self.paths.root / rel))
                except OSError:
                    sigs.pop(rel, None)
            gone = {rel for rel in only if rel in self._entry_sigs and rel not in sigs}
            todo = [rel for rel in sorted(only) if rel in sigs]
            now = self._entries_scanned
        else:
            sigs = {}
            for kind in KINDS:
                for name, sig in scan(content / kind, (".md",)).items():
                    sigs[f"content/{kind}/{name}"] = sig
            forced = {f"content/{r}" for r in self._forced_rel(content)}
            gone = set(self._entry_sigs) - set(sigs)
            todo = [rel for rel, sig in sigs.items()
                    if rel in forced or not trusted(self._entry_sigs.get(rel), sig, self._entries_scanned)]
        for rel in gone:
            self._entries_version += 1
            self.entries.pop(rel, None)
            self.entry_problems.pop(rel, None)
            self._changed_entries.add(rel)
            self._since_ingest.add(rel)
        fresh = [rel for rel in todo if rel not in self.entries and rel not in self.entry_problems]
        parsed: dict[str, Entry | Problem] = {}
        if len(fresh) >= 200:
            # Entries whose front matter an earlier run kept (content/parsed.py) are read here: sending
            # them back from worker processes cost more than reading them (1,327 entries: 0.67 s
            # over two workers, 0.3 s in one process). Only YAML still to parse goes to the workers.
            texts: dict[str, str] = {}
            for rel in fresh:
                try:
                    texts[rel] = (self.paths.root / rel).read_text(encoding="utf-8")
                except (OSError, UnicodeDecodeError):
                    pass                # read again below, which names the problem
            slow = [rel for rel in fresh if rel in texts and needs_yaml(texts[rel])]
            if len(slow) >= 200:
                self.progress.start("read", len(slow))
                parsed = dict(zip(slow, pmap(self._read_entry, slow, self.progress.advance)))
                self.progress.clear()
                for got in parsed.values():
                    if isinstance(got, Entry):
                        remember(got)       # parsed in a worker: keep its data here too
            for rel, text in texts.items():
                if rel not in parsed:
                    parsed[rel] = parse(text, rel)
        for rel in todo:
            got = parsed.get(rel) or self._reread(rel)
            if got is None:
                continue            # same text as before
            self._entries_version += 1
            self.entries.pop(rel, None)
            self.entry_problems.pop(rel, None)
            if isinstance(got, Problem):
                self.entry_problems[rel] = got
            else:
                self.entries[rel] = got
            self._changed_entries.add(rel)
            self._since_ingest.add(rel)
        self._entry_sigs, self._entries_scanned = sigs, now

    def _read_entry(self, rel: str) -> Entry | Problem:
        return read(self.paths.root / rel, self.paths.root)

    def _reread(self, rel: str) -> Entry | Problem | None:
        """The entry as it is now, or None when its text is what we have already."""
        old = self.entries.get(rel)
        if old is not None:
            try:
                text = (self.paths.root / rel).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                return self._read_entry(rel)
            if text.replace("\r\n", "\n").lstrip("\ufeff") == old.text:
                return None
            return parse(text, rel)
        return self._read_entry(rel)

    def entries_by_kind(self) -> dict[str, list[Entry]]:
        """The entries by kind, each kind's by file name; the same lists while no entry changed
        (asked for several times a build; never changed in place by those who read them)."""
        if self._by_kind is not None and self._by_kind[0] == self._entries_version:
            return self._by_kind[1]
        found: dict[str, list[Entry]] = {k: [] for k in KINDS}
        for rel in sorted(self.entries, key=lambda r: (r.split("/")[1], r.split("/")[2])):
            found[rel.split("/")[1]].append(self.entries[rel])
        self._by_kind = (self._entries_version, found)
        return found

    def _known_actors(self) -> list[KnownActor]:
        """`known_actors` of the actor entries, again only when they changed."""
        actors = self.entries_by_kind()["actors"]
        if self._actors_known is None or self._actors_known[0] is not actors:
            self._actors_known = (actors, known_actors(actors))
        return self._actors_known[1]

    def _raise_entry_problems(self) -> None:
        if self.entry_problems:
            raise SiteError([self.entry_problems[r] for r in sorted(self.entry_problems)])

    # -- ingest

    def ingest(self) -> int:
        """Seeds → content/, when a seed or an entry ingest reads changed. Returns entries written."""
        if self.seed_problems:
            raise SiteError(self.seed_problems)
        if not self.paths.content.exists() and STARTER_TOPICS.is_dir():
            shutil.copytree(STARTER_TOPICS, self.paths.content / "topics")
        self.scan_entries()
        self._raise_entry_problems()
        if not self._needs_ingest():
            return 0
        entries = self.entries_by_kind()
        if problems := validate_entries(entries):
            raise SiteError(problems)           # before ingest writes a byte into content/
        extractions = extract_all(list(self.seeds.values()), self.cache, self.extractions,
                                  self.progress)
        self.extractions = {e.seed: e for e in extractions}
        linked = relink(extractions, self._known_actors(), known_topics(entries["topics"]),
                        self._link_memo)
        existing = dict(self.entries)
        writes, notes, proposals = replan(linked, self.sidecars, existing, self._plan_memo)
        written = 0
        for item in writes:
            written += write_if_changed(self.paths.root / item.path, item.text)
        for item in proposals:
            write_if_changed(self.paths.cache / "proposed" / item.path, item.text)
        if written:
            self.scan_entries({item.path for item in writes})
            self._raise_entry_problems()
        actors = self._known_actors()
        if self._duplicates is None or self._duplicates[0] != actors:
            self._duplicates = (actors, duplicate_notes_of(actors))
        self.notes = notes + self._duplicates[1]
        self._seeds_dirty, self._since_ingest, self._ingested = False, set(), dict(self.entries)
        return written

    def _needs_ingest(self) -> bool:
        """Ingest reads seeds, sidecars, actor and topic entries, which source entries exist and
        their machine blocks; an editor's key or correction in a source changes none of it."""
        if self._seeds_dirty or self._ingested is None:
            return True
        for rel in self._since_ingest:
            old, new = self._ingested.get(rel), self.entries.get(rel)
            if old is None or new is None or ingest_reads(old) != ingest_reads(new):
                return True
        return False

    # -- render

    def _render_pages(self, env: jinja2.Environment, pages: list[Page]) -> SiteFiles:
        """Reuse every page whose entries, templates and settings did not change; render the others.
        When many pages render for a build that writes output/, each goes straight to the staging
        copy of output/ as it renders, and only its digest comes back: the site's bytes are never
        all in memory at once."""
        self._env = env
        site_changed = self._changed_paths
        visible = self._visible
        names = {p.template for p in pages}
        if self._template_sigs != self._current_template_sigs or not names <= set(self._template_hashes):
            self._template_hashes = template_hashes(env, names)
            self._template_globals = template_globals(env, names)
            self._template_sigs = self._current_template_sigs
        hashes = self._template_hashes
        reads_site = {n for n, found in self._template_globals.items() if found & SITE_GLOBALS}
        accuracy = env.globals.get("accuracy")
        same_settings = self._rendered_settings == self.settings and self._rendered_accuracy == accuracy
        compare = Comparer()
        # What earlier builds, in this process or another, rendered: a page whose fingerprint is
        # kept there has the bytes kept with it (render/reuse.py, Fingerprints).
        kept = self._kept_pages
        prints = Fingerprints(env.globals["site"])
        stamp = hashlib.blake2b(repr((self.settings, accuracy)).encode(), digest_size=16).digest()

        def fingerprint(page: Page) -> bytes | None:
            if page.reads is None and page.template in reads_site:
                return None                 # reads the site without saying what: never kept
            found = prints.page(page, hashes[page.template])
            return None if found is None else stamp + found

        def touched(page: Page) -> bool:
            """Whether what the page reads beyond its context changed (see render/reuse.py)."""
            if visible is None:             # no earlier site to compare with: any change counts
                return bool(site_changed) and ("*" in page.deps or not site_changed.isdisjoint(page.deps))
            if page.reads is None and page.template in reads_site and site_changed:
                return True                 # a template that reads the site without saying what
            return bool(visible) and ("*" in page.deps or not visible.isdisjoint(page.deps))

        digests: dict[str, Digest] = {}
        todo: list[Page] = []
        reused: list[Page] = []
        fresh: dict[str, bytes] = {}           # the fingerprints of the pages to render
        others: list[Page] = []                 # the pages not reused from memory
        last_pages, last_digests, last_templates = self._pages, self._page_digests, self._page_templates
        for page in pages:
            path = page.path
            old = last_pages.get(path)
            if old is page:                     # the very page the memo kept: only what it reads
                reuse = (same_settings and path in last_digests
                         and last_templates.get(path) == hashes[page.template] and not touched(page))
            else:
                reuse = (same_settings and old is not None and old == page
                         and path in last_digests
                         and last_templates.get(path) == hashes[page.template]
                         and not touched(page) and not touched(old)
                         and (old.context is page.context        # a sheet's page the memo kept
                              or compare.same_context(old.context, page.context)))
            if reuse:
                digests[path] = last_digests[path]
                reused.append(page)
                if old is not page or path not in self._reused:
                    before = kept.get(path)      # its fingerprint then stands for these bytes still
                    if not (isinstance(before, tuple) and len(before) == 2 and before[1] == digests[path]):
                        kept.now.pop(path, None)
            else:
                others.append(page)
        # Pages reused as the very objects: their kept fingerprints were checked when first reused.
        self._reused = {p.path for p in reused}
        # The others' fingerprints, over both cores when there are many (in a fresh process, every
        # page: 1.1 s in one at 1,000 articles), looked up among what earlier builds rendered.
        # A kept fingerprint vouches for bytes only where they still are: a page neither memory nor
        # output/ holds (output/ removed) renders with the others, over both cores, rather than one
        # by one when the files are placed.
        output = self.paths.output

        def on_hand(rel: str) -> bool:
            return rel in self._held or os.path.isfile(output / rel)

        # A build that leaves output/ alone (the preview's) renders a page it rendered before without
        # first looking for its fingerprint: what is kept for the page is then nearly always that
        # render's, whose context differs (else the page would be reused above), and writing a
        # fingerprint down cost as much as rendering. It is written for the kept table when a build
        # next writes output/ (`_print_deferred`).
        defer = [] if self._write_now else [p for p in others if p.path in self._pages]
        if defer:
            deferred = {id(p) for p in defer}
            others = [p for p in others if id(p) not in deferred]
            for page in defer:
                kept.now.pop(page.path, None)
                todo.append(page)
        for page, fp in zip(others, pmap(fingerprint, others)):
            before = kept.get(page.path) if fp is not None else None
            if (isinstance(before, tuple) and len(before) == 2 and before[0] == fp
                    and isinstance(before[1], bytes) and len(before[1]) == 16 and on_hand(page.path)):
                digests[page.path] = before[1]
                reused.append(page)
            else:
                kept.now.pop(page.path, None)
                if fp is not None:
                    fresh[page.path] = fp
                todo.append(page)
        held: dict[str, bytes] = {}
        self.progress.start("render", len(todo))
        if self._write_now and len(todo) >= STAGE_PAGES:
            staging = self._staging = Staging(self.paths.output, self._known())
            placed = pmap(lambda p: _render_to(env, p, staging), todo, self.progress.advance)
            for page, (dg, sig, written) in zip(todo, placed):
                digests[page.path] = dg
                staging.record(page.path, sig, written)
            for page in reused:                 # from output/, from memory, or rendered again
                dg = digests[page.path]
                sig = staging.keep(page.path, dg)
                if sig is not None:
                    staging.record(page.path, sig, False)
                elif (data := self._held.get(page.path)) is not None:
                    staging.record(page.path, *staging.place(page.path, data, dg))
                else:                           # output/ may hold it unrecorded: read and check it
                    sig = staging.keep_checked(page.path, dg)
                    if sig is not None:
                        staging.record(page.path, sig, False)
                    else:
                        staging.record(page.path, *staging.place(page.path, render_page(env, page), dg))
            folder = staging.folder
        else:
            for page, data in zip(todo, pmap(lambda p: render_page(env, p), todo, self.progress.advance,
                                             min_items=RENDER_MIN_PAGES)):
                digests[page.path] = digest(data)
                held[page.path] = data
            for page in reused:                 # bytes output/ does not hold stay in memory
                data = self._held.get(page.path)
                if data is not None and self._written.get(page.path) != digests[page.path]:
                    held[page.path] = data
            folder = self.paths.output
        self.progress.clear()
        for path, fp in fresh.items():
            kept.put(path, (fp, digests[path]))
        unprinted = self._unprinted
        for path in [p for p in unprinted if p not in digests or unprinted[p][2] != digests[p]]:
            del unprinted[path]                 # gone, or rendered again since
        for page in defer:
            unprinted[page.path] = (fingerprint, page, digests[page.path])
        self._pages = {p.path: p for p in pages}
        self._page_digests = digests
        self._held = held
        self._page_templates = {p.path: hashes[p.template] for p in pages}
        self._rendered_settings = self.settings
        self._rendered_accuracy = accuracy
        self._rendered_count = len(todo)
        return SiteFiles(digests, held, folder, self._again)

    def _print_deferred(self) -> None:
        """The fingerprints the preview's builds left unwritten, each of the page as it was rendered
        (with that build's site, templates and settings), kept with the digest of what it rendered."""
        unprinted, self._unprinted = self._unprinted, {}
        for path, (fingerprint, page, dg) in unprinted.items():
            if self._page_digests.get(path) == dg and (fp := fingerprint(page)) is not None:
                self._kept_pages.put(path, (fp, dg))

    def _again(self, rel: str) -> bytes:
        """A page's bytes rendered again, when neither memory nor output/ holds them any more."""
        page, env = self._pages.get(rel), self._env
        if page is None or env is None:
            raise KeyError(rel)
        return render_page(env, page)

    def _known(self) -> dict[str, tuple[Sig, Digest]]:
        return {rel: (sig, self._written[rel]) for rel, sig in self._output_sigs.items()
                if rel in self._written}

    def _search(self, pages: SiteFiles, language: str) -> dict[str, bytes]:
        """The search index of these pages: the last one again when no page changed."""
        if self._search_memo is not None and self._search_memo[0] == (pages, language):
            self.search_pending = None
            return self._search_memo[1]
        if not self._search_now:
            self.search_pending = (pages, language)
            return self._search_memo[1] if self._search_memo is not None else {}
        staging = self._staging
        into = (staging.folder / SEARCH_FOLDER
                if staging is not None and isinstance(pages, SiteFiles) and pages.folder == staging.folder else None)
        index = search_index(pages, language, keep=self.paths.cache / "search", into=into)
        if into is not None:                    # the index's files are in the staging folder already
            for rel, data in index.items():
                staging.record(rel, *staging.adopt(rel, digest(data)))
        self._search_memo = ((pages, language), index)
        self.search_pending = None
        return index

    def search_later(self, pending: tuple) -> dict[str, bytes]:
        """The index a build left pending (`build(search=False)`); any thread may compute it, at a
        low priority, while builds go on."""
        return search_index(*pending, niceness=10, keep=self.paths.cache / "search")

    def searched(self, pending: tuple, index: dict[str, bytes]) -> None:
        """Keep an index computed by `search_later`, so the next build includes it."""
        self._search_memo = (pending, index)
        if self.search_pending is not None and self.search_pending[0] == pending[0]:
            self.search_pending = None

    def _body_edits(self, strict: bool) -> dict[str, Entry] | None:
        """The changed entries (maybe none), when nothing but their Markdown bodies changed since
        the last render: seeds, settings, templates and every entry's front matter are as they were."""
        if (strict or self._site is None or self._env is None
                or self._rendered_settings != self.settings or self.checksums() != self._checksums
                or self._current_template_sigs != self._template_sigs):
            return None
        edited = {}
        for rel in self._changed_entries:
            new = self.entries.get(rel)
            if not body_only(self._loaded.get(rel), new):
                return None
            edited[rel] = new
        return edited

    def _build_bodies(self, edited: dict[str, Entry]) -> SiteFiles:
        """Only bodies changed: the site keeps its shape, and only the edited sheets render again."""
        site, sheets, objects = with_bodies(self._site, self._pages, edited)
        self._pages_memo.replaced(site, set(objects))
        self._env.globals["site"] = site
        rendered = {}
        for path, page in sheets.items():
            rendered[path] = self._held[path] = render_page(self._env, page)
            self._page_digests[path] = digest(rendered[path])
            self._pages[path] = page
        files = self._files.updated(rendered)
        for rel, obj in objects.items():
            self._derived[rel] = (obj, *self._derived[rel][1:])
        for rel, entry in edited.items():
            self._loaded[rel] = entry
        self._site, self._changed_entries, self._changed_paths = site, set(), set(edited)
        self._rendered_count = len(sheets)
        return files.updated(self._search(searched(self._pages.values(), files), self.settings.language))

    # -- one build

    def build(self, changed: set[Path] | None = None, do_ingest: bool = True,
              strict: bool = False, search: bool = True, write: bool = True) -> BuildResult:
        """One build. `search=False` leaves a changed search index to `search_later` (the last
        one stays in the files meanwhile); `write=False` leaves output/ as it is (the preview
        serves the new pages from memory and writes output/ once the edits settle)."""
        started = time.perf_counter()
        self._search_now = search
        self._write_now = write
        # A rebuild holds off Python's cycle collector: with a large site in memory one full
        # collection takes about a second, and would land in whichever build allocates past its
        # threshold. Nothing a build keeps is cyclic; the collector runs once the build is over
        # (the preview runs it when the saves settle, serve/rebuild.py). A first build holds it
        # off from load on (`_hold_collector`): at 1,000 articles from cached ingest its full
        # collections had taken 2-5 s, each walking the whole Site while the pages were made.
        pause = self._site is not None and gc.isenabled()
        if pause:
            gc.disable()
        self._collector_held = False
        try:
            return self._build(changed, do_ingest, strict, write, started)
        except BaseException:
            if self._staging is not None:       # nothing of a failed build reaches output/
                self._staging.discard()
                self._staging = None
                self._pages = {}                # its pages are nowhere now: render them again
            raise
        finally:
            if pause or self._collector_held:
                gc.enable()

    def _hold_collector(self) -> None:
        """The collector off for the rest of this build, once ingest (whose extraction and YAML
        make cyclic garbage) is done; `build` turns it on again."""
        if gc.isenabled():
            gc.disable()
            self._collector_held = True

    def _build(self, changed: set[Path] | None, do_ingest: bool, strict: bool, write: bool,
               started: float) -> BuildResult:
        last_ok, self._last_ok = self._last_ok, False
        timings: dict[str, float] = {}
        self._now = time.time_ns()
        self._forced = {p if p.is_absolute() else self.paths.root / p for p in map(Path, changed or ())}

        def lap(stage: str, since: float) -> float:
            now = time.perf_counter()
            timings[stage] = timings.get(stage, 0.0) + now - since
            return now

        t = time.perf_counter()
        self.scan_seeds()
        if self.seed_problems:
            raise SiteError(self.seed_problems)
        written_entries = self.ingest() if do_ingest else 0
        t = lap("ingest", t)
        if not do_ingest:                       # ingest has read content/ as it now is
            self.scan_entries()
            self._raise_entry_problems()
        t = lap("read", t)
        self._hold_collector()

        theme = self.paths.theme
        self._theme_scanned = time.time_ns()
        self._current_template_sigs = scan(theme, (), recursive=True)
        edited = self._body_edits(strict) if last_ok else None
        if edited is not None:
            files = self._build_bodies(edited)
            t = lap("render", t)
            return self._finish(files, started, timings, t, written_entries, write, do_ingest)

        checksums = self.checksums()
        if self._site is None or self._changed_entries or checksums != self._checksums:
            site = load(self.paths.root, self.settings, checksums, self.entries_by_kind(),
                        self._load_memo)
            new_derived = derived(site, (self._site, self._derived) if self._site is not None else None)
            changed_paths = set(self._changed_entries)
            if self._site is not None:
                # An actor, topic or seed change can alter what a source means without
                # touching its file (a merged actor, a stale seed): compare what was made of it.
                structural = (checksums != self._checksums or any(
                    not p.startswith("content/sources/") for p in self._changed_entries))
                candidates = set(new_derived) | set(self._derived) if structural else set()
                for path in candidates:
                    if new_derived.get(path) != self._derived.get(path):
                        changed_paths.add(path)
            self._visible = visible_changes(self._site, site) if self._site is not None else None
            self._site, self._derived, self._checksums = site, new_derived, checksums
            self._loaded = dict(self.entries)
        else:
            changed_paths = set()
            self._visible = set()
        self._changed_entries = set()
        self._changed_paths = changed_paths
        site = self._site
        t = lap("load", t)

        self._rendered_count = 0
        try:
            files = render_site(site, self.settings, theme if theme != DEFAULT_THEME else None,
                                self._render_pages, self._search, self._pages_memo)
        except jinja2.TemplateError as err:     # one line naming the template and its line
            self._pages = {}                    # pages rendered before the error are not kept
            raise SiteError([template_problem(err, theme, self.paths.root)]) from None
        except BaseException:
            self._pages = {}                    # the pages kept may be older than the Site now
            raise
        if strict and (problems := strict_problems(
                list(self.notes if do_ingest else []) + list(site.warnings), files, self.settings,
                self.paths)):
            raise SiteError(problems)           # --strict: nothing is written
        t = lap("render", t)
        return self._finish(files, started, timings, t, written_entries, write, do_ingest)

    def _finish(self, files: SiteFiles, started: float, timings: dict[str, float], t: float,
                written_entries: int, write: bool, do_ingest: bool) -> BuildResult:
        if write:
            written, unchanged = self.write(files)
            files = files.moved(self.paths.output)
        else:
            written, unchanged = 0, len(files)
        self._files = files
        if write:
            self._print_deferred()
            self._kept_pages.save(self.paths.cache)
        timings["write"] = time.perf_counter() - t
        site = self._site
        result = BuildResult(pages_written=written, pages_unchanged=unchanged,
                             entries_written=written_entries, site=site, files=files,
                             pages_rendered=self._rendered_count, timings=timings)
        result.warnings = list(self.notes if do_ingest else []) + list(site.warnings)
        result.seconds = time.perf_counter() - started
        self._last_ok = True
        return result

    def write(self, files: SiteFiles) -> tuple[int, int]:
        """output/ made to hold these files; (written, unchanged)."""
        staging, self._staging = self._staging, None
        if files.digests == self._written and scan(
                self.paths.output, (), recursive=True, hidden=True, follow=False) == self._output_sigs:
            if staging is not None:
                staging.discard()
            return 0, len(files)
        if staging is None:
            staging = Staging(self.paths.output, self._known())
        try:
            place_all(staging, files)
            staging.commit()
        except BaseException:
            staging.discard()
            raise
        self._written, self._output_sigs = dict(files.digests), staging.sigs
        return staging.written, staging.unchanged


# Pages rendered in memory (the preview's edits) go over both cores from this many: a page takes
# 2-10 ms, so 100 of them are more work than forking a worker, even beside a 10,000-article site
# (about 0.1 s); a source's new title rendered its 135-190 pages on one core.
RENDER_MIN_PAGES = 100

# Fewer pages to render are kept in memory and written with the rest: a build whose pages come
# out as they were then leaves output/ alone, without making its copy.
STAGE_PAGES = 50


def _render_to(env: jinja2.Environment, page: Page, staging: Staging) -> tuple[Digest, Sig, bool]:
    """Render one page into the staging output (in a worker process): its digest and how it was placed."""
    data = render_page(env, page)
    dg = digest(data)
    return (dg, *staging.place(page.path, data, dg))


# --- a build from the command line --------------------------------------------------------------

def _inputs_seen(builder: Builder) -> dict[str, Sig]:
    """The inputs as the builder last looked at them, in the form `state.inputs` gives."""
    found = {f"seeds/{n}": s for n, s in builder._seed_sigs.items()}
    found.update(builder._entry_sigs)
    found.update({f"theme/{n}": s for n, s in builder._current_template_sigs.items()})
    return found


def _save_state(paths: Paths, key: tuple, builder: Builder, result: BuildResult) -> None:
    """What the next build needs to see that nothing changed; files written too recently to
    trust their time are remembered by the hash of the text this build used."""
    recent: dict[str, str] = {}
    for name, sig in builder._seed_sigs.items():
        if racy(sig, builder._seeds_scanned):
            if name not in builder.seeds:
                return                                  # a sidecar or a bad seed: check it next time
            recent[f"seeds/{name}"] = text_digest(builder.seeds[name].text)
    for rel, sig in builder._entry_sigs.items():
        if racy(sig, builder._entries_scanned):
            if rel not in builder.entries:
                return
            recent[rel] = text_digest(builder.entries[rel].text)
    if any(racy(sig, builder._theme_scanned) for sig in builder._current_template_sigs.values()):
        return
    state = {"key": key, "inputs": _inputs_seen(builder), "racy": recent,
             "output": builder._output_sigs, "digests": builder._written, "warnings": result.warnings}
    try:
        paths.cache.mkdir(parents=True, exist_ok=True)
        tmp = paths.cache / f".{STATE_FILE}.{os.getpid()}"
        tmp.write_bytes(pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))
        tmp.replace(paths.cache / STATE_FILE)
    except OSError:
        pass


def build(paths: Paths, settings: Settings, do_ingest: bool = True,
          progress: Progress | None = None, strict: bool = False, looked: bool = False) -> BuildResult:
    """One build, as `python -m generator build` runs it: a progress bar on a terminal.
    `looked`: the caller has just found that something changed (`state.nothing_to_do`)."""
    started = time.perf_counter()
    key = state_key(paths, settings, do_ingest)
    state = last_state(paths)
    result = None if strict or looked else unchanged_since_last(paths, key, state)
    if result is not None:
        result.seconds = time.perf_counter() - started
        return result
    (paths.cache / STATE_FILE).unlink(missing_ok=True)
    builder = Builder(paths, settings, progress if progress is not None else Progress())
    if state is not None and isinstance(state.get("digests"), dict):
        # what output/ held after the last build: a page rendered to the same bytes is linked
        # from there without reading it (its file's signature still vouches for its bytes)
        builder._output_sigs, builder._written = state["output"], state["digests"]
    result = builder.build(None, do_ingest=do_ingest, strict=strict)
    _save_state(paths, key, builder, result)
    parsed_yaml.save(paths.cache, (head_of(e) for e in builder.entries.values()))
    for kept in KEPT_STEPS:
        kept.save(paths.cache)
    result.seconds = time.perf_counter() - started
    return result
