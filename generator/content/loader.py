"""load: content/ → a validated Site, with editors' corrections applied and back-references built."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from generator.cache import Kept, data_key
from generator.config import Settings
from generator.content import KINDS, schema
from generator.content.backrefs import link_back, link_back_by_difference
from generator.content.entries import Entry, read
from generator.errors import Problem, SiteError
from generator.slugs import is_safe_id
from generator.model import Actor, Caption, Event, Quote, Role, Site, Source, Topic, default_camp



RULES = {"sources": schema.SOURCE, "actors": schema.ACTOR, "topics": schema.TOPIC}


# Entry object → its problems: a long-lived Builder hands the same unchanged entries to every
# build, and checking every entry's schema again each time cost more than the rest of `load`.
_checked: dict[tuple[int, str, bool], tuple[Entry, list[Problem], bytes | None]] = {}


# The same between runs (`.cache/schema-checks.pickle`, loaded and saved by the build): the check
# reads nothing but the entry's path, text and data and its kind, whose hash is the key.
KEPT = Kept("schema-checks")


def entry_problems(kind: str, entry: Entry, before_ingest: bool = False) -> list[Problem]:
    """One entry against its kind's schema (errors and warnings); the entry's id defaults to its
    file name. Before ingest, a source may lack the `extracted:` block ingest is about to write."""
    key = (id(entry), kind, before_ingest)
    got = _checked.get(key)
    if got is not None and got[0] is entry:
        if got[2] is not None:
            KEPT.put(got[2], got[1])    # what this run used is what it keeps
        return list(got[1])
    kept_key = data_key(kind, before_ingest, entry.path, entry.text, entry.body, entry.meta)
    found = KEPT.get(kept_key) if kept_key is not None else None
    if not (isinstance(found, list) and all(isinstance(p, Problem) for p in found)):
        found = _entry_problems(kind, entry, before_ingest)
    if kept_key is not None:
        KEPT.put(kept_key, found)
    if len(_checked) > 200_000:
        _checked.clear()
    _checked[key] = (entry, found, kept_key)     # the entry is kept alive, so its id is not reused
    return list(found)


def _entry_problems(kind: str, entry: Entry, before_ingest: bool) -> list[Problem]:
    entry = Entry(entry.path, _meta(entry), entry.body, entry.text)
    rules = RULES[kind]
    if before_ingest and kind == "sources":
        rules = {**rules, "extracted": replace(rules["extracted"], required=False)}
    found = schema.check(entry, rules)
    if kind == "sources" and isinstance(entry.meta.get("extracted"), dict):
        found += schema.check(entry, schema.EXTRACTED_SOURCE, "extracted.")
    return found


def read_entries(root: Path, validate: bool = True) -> tuple[dict[str, list[Entry]], list[Problem]]:
    """Every entry file under content/, by kind, in a stable order.

    With `validate`, problems include every schema error, so that ingest stops before it
    writes a byte into a folder that holds a broken entry."""
    found: dict[str, list[Entry]] = {k: [] for k in KINDS}
    problems: list[Problem] = []
    for kind in KINDS:
        folder = root / "content" / kind
        if not folder.is_dir():
            continue
        for file in sorted(folder.glob("*.md")):
            entry = read(file, root)
            if isinstance(entry, Problem):
                problems.append(entry)
                continue
            found[kind].append(entry)
    if validate:
        problems.extend(validate_entries(found))
    return found, problems


def validate_entries(entries: dict[str, list[Entry]]) -> list[Problem]:
    """What can be told wrong before ingest writes a byte: every entry against its schema,
    duplicate ids, and actors that name an actor no entry has. (References that ingest itself
    may satisfy, and paragraph numbers, are checked by `load`.)"""
    problems: list[Problem] = []
    actor_ids: set[str] = set()
    for kind in KINDS:
        seen: dict[str, str] = {}
        for entry in entries.get(kind, ()):
            errors = [p for p in entry_problems(kind, entry, before_ingest=True) if not p.warning]
            problems.extend(errors)
            eid = _meta(entry).get("id")
            if errors or not isinstance(eid, str):
                continue
            if eid in seen:
                problems.append(Problem(entry.path, f"duplicate id '{eid}' (also in {seen[eid]})",
                                        entry.line_of("id") or 1))
            seen.setdefault(eid, entry.path)
        if kind == "actors":
            actor_ids = set(seen)
    for entry in entries.get("actors", ()):
        target = entry.meta.get("same_as")
        if isinstance(target, str) and target and target not in actor_ids and is_safe_id(target):
            problems.append(Problem(entry.path, f"same_as names unknown actor '{target}'",
                                    entry.line_of("same_as")))
    return problems


def _meta(entry: Entry) -> dict:
    meta = dict(entry.meta)
    if "id" not in meta:
        meta["id"] = _stem(entry.path)
    return meta


def _stem(path: str) -> str:
    """`Path(path).stem` of an entry's path (without pathlib's parsing: asked for every entry of
    the site on each build)."""
    name = path.rsplit("/", 1)[-1]
    return name[:-3] if name.endswith(".md") and len(name) > 3 else Path(path).stem


def load(root: Path, settings: Settings, seed_checksums: dict[str, str] | None = None,
         entries: dict[str, list[Entry]] | None = None, memo: dict | None = None) -> Site:
    """Validate every entry and every reference; raise SiteError listing all problems."""
    if entries is None:
        entries, problems = read_entries(root, validate=False)
    else:
        problems = []
    warnings: list[Problem] = []
    origins: dict[str, Entry] = {}       # the entries as given, by path

    # Each entry's schema problems and its data with the default id, kept for the same entry
    # object (a long-lived Builder hands back the very Entry while its file is unchanged).
    checks = memo.setdefault("checks", {}) if memo is not None else {}

    def checked(kind: str) -> list[tuple[Entry, dict]]:
        good, seen = [], {}
        for entry in entries[kind]:
            kept = checks.get(entry.path)
            if kept is None or kept[0] is not entry:
                kept = checks[entry.path] = (entry, entry_problems(kind, entry),
                                             Entry(entry.path, _meta(entry), entry.body, entry.text))
            found = kept[1]
            origins[entry.path] = entry
            entry = kept[2]
            errors = [p for p in found if not p.warning]
            warnings.extend(p for p in found if p.warning)
            if errors:
                problems.extend(errors)
                continue
            eid = entry.meta["id"]
            if eid in seen:
                problems.append(Problem(entry.path, f"duplicate id '{eid}' (also in {seen[eid]})",
                                        entry.line_of("id") or 1))
                continue
            seen[eid] = entry.path
            good.append((entry, entry.meta))
        return good

    topic_entries = checked("topics")
    actor_entries = checked("actors")
    source_entries = checked("sources")

    topics = {m["id"]: Topic(m["id"], e.path, m["name"], e.body.strip(),
                             tuple(str(k) for k in m.get("keywords") or ()))
              for e, m in topic_entries}

    redirect = {m["id"]: m["same_as"] for _, m in actor_entries if m.get("same_as")}
    known_actors = {m["id"] for _, m in actor_entries}

    def resolve(aid: str) -> str:
        seen = set()
        while aid in redirect and aid not in seen:
            seen.add(aid)
            aid = redirect[aid]
        return aid

    actors: dict[str, Actor] = {}
    for entry, m in actor_entries:
        if m.get("same_as"):
            if m["same_as"] not in known_actors:
                problems.append(Problem(entry.path, f"same_as names unknown actor '{m['same_as']}'",
                                        entry.line_of("same_as")))
            continue
        if m.get("hidden"):
            continue
        # The same object for an unchanged entry: the caches that go by identity (the open data's
        # items, the comparison of two sites' actors) then find it at once.
        kept = memo.get("actors", {}).get(entry.path) if memo is not None else None
        if kept is not None and kept[0] is origins[entry.path]:
            actors[m["id"]] = kept[1]
            continue
        type_ = m["type"]
        camp = m.get("camp") or default_camp(type_)
        actors[m["id"]] = Actor(m["id"], entry.path, m["name"], type_, camp,
                                tuple(str(a) for a in m.get("aliases") or ()),
                                entry.body.strip(), bool(m.get("reviewed")))

    sources: dict[str, Source] = {}
    quotes: list[Quote] = []
    events: list[Event] = []
    roles: list[Role] = []
    facts: dict[str, tuple[list, list, list]] = {}
    # What a source's facts depend on beyond its own entry: an unchanged entry in an unchanged
    # world is made into the same objects as last time (a long-lived Builder keeps `memo`).
    world = (frozenset(topics), redirect, frozenset(known_actors),
             {a: x.name for a, x in actors.items()}, settings.full_text)
    if memo is not None and memo.get("world") != world:
        memo.clear()
        memo["world"] = world
        memo["checks"] = checks
    if memo is not None:
        memo["actors"] = {a.path: (origins[a.path], a) for a in actors.values()}
    for entry, m in source_entries:
        key = (seed_checksums.get(str(m["seed"])) if seed_checksums is not None else None,
               seed_checksums is None or str(m["seed"]) in seed_checksums)
        origin = origins[entry.path]
        got = memo.get(entry.path) if memo is not None else None
        if got is None or got[0] is not origin or got[1] != key:
            mine: list[Problem] = []
            notes: list[Problem] = []
            made = _source(entry, m, settings, seed_checksums, topics, actors, known_actors,
                           resolve, mine, notes)
            got = (origin, key, made, mine, notes)
            if memo is not None:
                memo[entry.path] = got
        source, own_quotes, own_events, own_roles = got[2]
        problems.extend(got[3])
        warnings.extend(got[4])
        sources[source.id] = source
        facts[source.id] = (own_quotes, own_events, own_roles)
        quotes.extend(own_quotes)
        events.extend(own_events)
        roles.extend(own_roles)
    if memo is not None and len(memo) > len(source_entries) + 4:      # entries deleted since
        for path in set(memo) - set(origins) - {"world", "site", "actors", "checks"}:
            del memo[path]
    if len(checks) > len(origins) + 100:
        for path in set(checks) - set(origins):
            del checks[path]

    failed_sources = {str(_meta(e).get("id")) for e in entries["sources"]}   # reported already
    for entry, m in actor_entries:
        for sid in ((m.get("extracted") or {}).get("sources") or ()):
            if sid not in sources and sid not in failed_sources:
                problems.append(Problem(entry.path, f"extracted.sources names unknown source '{sid}' "
                                        "(no content/sources entry has that id)",
                                        entry.line_of("extracted")))
    if problems:
        raise SiteError(problems)
    site = Site(sources, actors, topics, quotes, events, roles, warnings=warnings,
                facts=facts if len(facts) == len(source_entries) else {})
    before = memo.get("site") if memo is not None else None
    if before is None or not link_back_by_difference(site, before):
        link_back(site)
    if memo is not None:
        memo["site"] = site
    return site


def _source(entry: Entry, m: dict, settings: Settings, seed_checksums: dict[str, str] | None,
            topics: dict, actors: dict, known_actors: set, resolve, problems: list[Problem],
            warnings: list[Problem]) -> tuple[Source, list[Quote], list[Event], list[Role]]:
    """One source entry's Source, quotes, events and roles; its problems and warnings are added to
    the lists given."""

    def actor_ref(entry: Entry, aid: object, what: str) -> str | None:
        if aid is None:
            return None
        target = resolve(str(aid))
        if target not in actors:
            if target not in known_actors:
                problems.append(Problem(entry.path, f"{what} names unknown actor '{aid}'",
                                        entry.line_of("extracted") or entry.line_of("corrections")))
            return None
        return target

    quotes: list[Quote] = []
    events: list[Event] = []
    roles: list[Role] = []
    sources: dict[str, Source] = {}
    ex = m["extracted"]
    sid = m["id"]
    paragraphs = tuple(str(p) for p in ex["paragraphs"])
    count = len(paragraphs)

    def para(n: object, what: str, entry: Entry = entry, count: int = count) -> int | None:
        if isinstance(n, int) and not isinstance(n, bool) and 1 <= n <= count:
            return n
        problems.append(Problem(entry.path, f"{what} cites paragraph {n!r}, but the source has "
                                f"{count} paragraphs", entry.line_of("extracted")))
        return None

    seed = str(m["seed"])
    stale = False
    if seed_checksums is not None:
        if seed not in seed_checksums:
            warnings.append(Problem(entry.path, f"its seed seeds/{seed} no longer exists",
                                    entry.line_of("seed"), warning=True))
            stale = True
        elif ex.get("checksum") != seed_checksums[seed]:
            warnings.append(Problem(entry.path, f"seeds/{seed} changed since these facts were "
                                    "extracted: they are marked stale", entry.line_of("seed"),
                                    warning=True))
            stale = True
    published = m["published"] if "published" in m else ex.get("published")
    published = str(published) if published is not None else None
    if "published" in m and published:
        precision = {4: "year", 7: "month"}.get(len(published), "day")
        basis = f"set by an editor in {entry.path}"
    else:
        precision, basis = ex.get("published_precision"), str(ex.get("published_basis") or "")
    rights = m.get("rights") or ex.get("rights")
    mentions: dict[str, tuple[int, ...]] = {}
    for aid, paras in (ex.get("actors") or {}).items():
        target = actor_ref(entry, aid, "extracted.actors")
        if target:
            good = [n for n in paras or () if para(n, f"actor '{aid}'")]
            mentions[target] = tuple(sorted(set(mentions.get(target, ())) | set(good)))
    tagged: dict[str, tuple[int, ...]] = {}
    for tid, paras in (ex.get("topics") or {}).items():
        if tid not in topics:
            problems.append(Problem(entry.path, f"extracted.topics names unknown topic '{tid}' "
                                    "(no content/topics entry has that id)",
                                    entry.line_of("extracted")))
            continue
        tagged[tid] = tuple(n for n in paras or () if para(n, f"topic '{tid}'"))
    sources[sid] = Source(
        id=sid, path=entry.path, seed=seed, checksum=str(ex.get("checksum") or ""),
        title=str(m.get("title") or ex["title"]),
        publisher=m["publisher"] if "publisher" in m else ex.get("publisher"),
        publisher_basis=(f"set by an editor in {entry.path}" if "publisher" in m
                         else str(ex.get("publisher_basis") or "")),
        published=published, published_precision=precision if published else None,
        published_basis=basis,
        url=m.get("url") or ex.get("url"),
        full_text=(rights == "full") if rights else settings.full_text,
        paragraphs=paragraphs,
        captions=tuple(Caption(str(c.get("text", "")), c.get("credit"))
                       for c in ex.get("captions") or () if isinstance(c, dict)),
        byline=ex.get("byline"), actors=mentions, topics=tagged, stale=stale,
        body=entry.body.strip(),
    )
    corrections = ((m.get("corrections") or {}).get("quotes") or {})
    if not isinstance(corrections, dict):
        problems.append(Problem(entry.path, "'corrections.quotes' must be a mapping of quote id: "
                                "{speaker: actor id, hidden: true}", entry.line_of("corrections")))
        corrections = {}
    seen_quotes = set()
    for q in ex.get("quotes") or ():
        if not isinstance(q, dict) or "id" not in q or "text" not in q:
            problems.append(Problem(entry.path, "a quote needs an id and a text",
                                    entry.line_of("extracted")))
            continue
        n = para(q.get("paragraph"), f"quote '{q['id']}'")
        if n is None:
            continue
        seen_quotes.add(q["id"])
        for tid in q.get("topics") or ():
            if tid not in topics:
                problems.append(Problem(entry.path, f"quote '{q['id']}' names unknown topic '{tid}' "
                                        "(no content/topics entry has that id)",
                                        entry.line_of("extracted")))
        fix = corrections.get(q["id"]) or {}
        if fix.get("hidden"):
            continue
        corrected = "speaker" in fix
        speaker = actor_ref(entry, fix["speaker"] if corrected else q.get("speaker"),
                            f"quote '{q['id']}'")
        name = actors[speaker].name if corrected and speaker else q.get("speaker_name")
        quotes.append(Quote(f"{sid}/{q['id']}", sid, n, str(q["text"]), speaker,
                            name if speaker else None, str(q.get("cue") or ""),
                            tuple(t for t in q.get("topics") or () if t in topics), corrected))
    for qid in corrections:
        if qid not in seen_quotes:
            warnings.append(Problem(entry.path, f"correction for quote '{qid}', which this source "
                                    "no longer has", entry.line_of("corrections"), warning=True))
    for r in ex.get("roles") or ():
        actor = actor_ref(entry, r.get("actor"), "a role")
        n = para(r.get("paragraph"), "a role")
        if actor and n:
            roles.append(Role(actor, str(r.get("title")), actor_ref(entry, r.get("organization"),
                              "a role"), sid, n, published))
    for e in ex.get("events") or ():
        n = para(e.get("paragraph"), "an event")
        if n:
            events.append(Event(str(e.get("date")), str(e.get("precision")), str(e.get("text")),
                                sid, n, tuple(a for a in (actor_ref(entry, x, "an event")
                                                           for x in e.get("actors") or ()) if a)))
    return sources[sid], quotes, events, roles

