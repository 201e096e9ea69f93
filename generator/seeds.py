"""seeds/: the raw articles (never modified) and their optional sidecar files."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.content.schema import WEB_URL
from generator.content.writer import Sidecar, source_id
from generator.errors import Problem

MAX_BYTES = 5 * 1024 * 1024      # a news article is a few tens of kB; beyond this is a mistake
SIDECAR_KEYS = ("url", "publisher", "published", "rights")


@dataclass(frozen=True)
class Seed:
    name: str          # file name, e.g. "000_9d4a23b47af02cda.txt"
    text: str
    checksum: str      # sha256 of `text` in UTF-8 (line endings normalised)


def read_seed(file: Path) -> Seed | Problem:
    rel = f"seeds/{file.name}"
    size = file.stat().st_size
    if size == 0:
        return Problem(rel, "is empty")
    if size > MAX_BYTES:
        return Problem(rel, f"is {size / 1048576:.1f} MB; an article should be under "
                            f"{MAX_BYTES // 1048576} MB (is it really an article?)")
    try:
        data = file.read_bytes()
    except OSError as err:
        return Problem(rel, f"cannot be read: {err.strerror}")
    if b"\x00" in data:
        return Problem(rel, "is a binary file, not article text")
    try:
        text = data.decode("utf-8").lstrip("\ufeff")
    except UnicodeDecodeError as err:
        line = data[:err.start].count(b"\n") + 1
        return Problem(rel, f"is not UTF-8 text (byte {err.start}); save it as UTF-8", line)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return Problem(rel, "holds no text")
    # The checksum is of the text as the extractor reads it, so that saving an article
    # with other line endings or a byte-order mark does not mark its facts stale.
    return Seed(file.name, text, hashlib.sha256(text.encode("utf-8")).hexdigest())


def _line_of(file: Path, key: str) -> int | None:
    text = file.read_text(encoding="utf-8")
    match = re.search(rf"^{re.escape(key)}\s*:", text, re.M)
    return text.count("\n", 0, match.start()) + 1 if match else None


def read_sidecar(file: Path) -> Sidecar | Problem:
    rel = f"seeds/{file.name}"
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as err:
        mark = getattr(err, "problem_mark", None)
        if "flow" in str(getattr(err, "context", "")) or "quoted" in str(getattr(err, "context", "")):
            mark = err.context_mark        # the line that opened the unclosed bracket or quote
        reason = getattr(err, "problem", None) or "not UTF-8 text"
        return Problem(rel, f"is not valid YAML: {reason}", mark.line + 1 if mark else None)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        return Problem(rel, f"must be a mapping with keys {', '.join(SIDECAR_KEYS)}", 1)
    unknown = [k for k in data if k not in SIDECAR_KEYS]
    if unknown:
        return Problem(rel, f"unknown key '{unknown[0]}' (known: {', '.join(SIDECAR_KEYS)})")
    values = {k: (str(v) if v is not None else None) for k, v in data.items()}
    if values.get("rights") not in (None, "excerpts", "full"):
        return Problem(rel, "'rights' must be excerpts or full")
    if values.get("url") and not WEB_URL.fullmatch(values["url"]):
        return Problem(rel, "'url' must be a web address starting with https:// or http://",
                       _line_of(file, "url"))
    if values.get("published"):
        if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", values["published"]):
            return Problem(rel, "'published' must be YYYY, YYYY-MM or YYYY-MM-DD")
    return Sidecar(path=rel, **values)


def read_seeds(folder: Path) -> tuple[list[Seed], dict[str, Sidecar], list[Problem]]:
    seeds, sidecars, problems = [], {}, []
    if not folder.is_dir():
        return seeds, sidecars, problems
    for file in sorted(folder.iterdir()):
        if file.name.startswith(".") or not file.is_file():
            continue
        if file.suffix == ".txt":
            seed = read_seed(file)
            (problems if isinstance(seed, Problem) else seeds).append(seed)
        elif file.suffix in (".yaml", ".yml"):
            car = read_sidecar(file)
            if isinstance(car, Problem):
                problems.append(car)
            else:
                sidecars[file.stem + ".txt"] = car
    return seeds, sidecars, problems + colliding_ids(seeds)


def colliding_ids(seeds: list[Seed]) -> list[Problem]:
    """Two file names that make the same slug would write one source entry twice."""
    problems, claimed = [], {}
    for seed in sorted(seeds, key=lambda s: s.name):
        sid = source_id(seed.name)
        if sid in claimed:
            problems.append(Problem(f"seeds/{seed.name}", f"gives the same source id '{sid}' as "
                                    f"seeds/{claimed[sid]}; rename one of them"))
        claimed.setdefault(sid, seed.name)
    return problems
