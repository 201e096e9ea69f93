"""One entry file: YAML front matter between `---` lines, then a Markdown body."""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.content import parsed, yamlnodes
from generator.errors import Problem

FENCE = "---"
# libyaml when present: the same data and bytes as the pure-Python parser, ~15x faster.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


@dataclass(frozen=True)
class Entry:
    path: str          # relative to the site root, for messages
    meta: dict
    body: str
    text: str          # the file as read (newlines normalised), for line lookups

    def line_of(self, key: str) -> int | None:
        """The line of a top-level key, so that messages can point at it."""
        match = re.search(rf"^{re.escape(key)}\s*:", self.text, re.M)
        return self.text.count("\n", 0, match.start()) + 1 if match else None


def parse(text: str, path: str) -> Entry | Problem:
    """Split and parse an entry; a Problem names the file and line when it cannot."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if not text.startswith(FENCE + "\n"):
        return Problem(path, "does not start with a '---' line of YAML front matter", 1)
    end = _closing_fence(text)
    if end == -1:
        return Problem(path, "front matter is not closed by a '---' line", 1)
    head = text[len(FENCE) + 1:end + 1]
    body = text[end + 1 + len(FENCE):].lstrip("\n")
    meta = parsed.lookup(head)
    if meta is not None:
        return Entry(path, meta, body, text)
    try:
        meta = yaml.load(head, Loader=LOADER)
    except yaml.YAMLError as err:
        # PyYAML marks where it gave up; at the end of the block, the line that opened the
        # unclosed bracket or quote (its context) is the one to fix.
        mark = getattr(err, "problem_mark", None)
        context = str(getattr(err, "context", None) or "")
        if getattr(err, "context_mark", None) is not None and (
                "flow" in context or "quoted" in context or mark is None
                or mark.line >= head.count("\n")):
            mark = err.context_mark
        line = mark.line + 2 if mark is not None else None
        reason = getattr(err, "problem", None) or str(err).splitlines()[0]
        return Problem(path, f"front matter is not valid YAML: {reason}", line)
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        return Problem(path, "front matter must be a mapping of key: value", 2)
    parsed.remember(head, meta)
    return Entry(path, meta, body, text)


def needs_yaml(text: str) -> bool:
    """Whether parsing this text would run the YAML parser (its front matter's data is not kept)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if not text.startswith(FENCE + "\n"):
        return False
    end = _closing_fence(text)
    return end != -1 and not parsed.known(text[len(FENCE) + 1:end + 1])


def _closing_fence(text: str) -> int:
    """Where the line that closes the front matter starts (its newline), or -1."""
    end = text.find("\n" + FENCE, len(FENCE))
    while end != -1 and text[end + 1 + len(FENCE):end + 2 + len(FENCE)] not in ("\n", ""):
        end = text.find("\n" + FENCE, end + 1)
    return end


def head_of(entry: Entry) -> str:
    """The YAML text of an entry's front matter, as `parse` cut it out."""
    return entry.text[len(FENCE) + 1:_closing_fence(entry.text) + 1]


def remember(entry: Entry) -> None:
    """Keep the data of an entry just parsed elsewhere (in a worker process) for later reads."""
    parsed.remember(head_of(entry), entry.meta)


def read(file: Path, root: Path) -> Entry | Problem:
    rel = file.relative_to(root).as_posix()
    try:
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        return Problem(rel, f"not UTF-8 text (byte {err.start})")
    except OSError as err:
        return Problem(rel, f"cannot be read: {err.strerror}")
    return parse(text, rel)


def dump(meta: dict, body: str = "") -> str:
    """The canonical text of an entry: the same data always gives the same bytes."""
    head = yamlnodes.dump(meta, DUMPER)
    if parsed.plain(meta):          # reading this text back gives this very data
        parsed.remember(head, meta)
    body = body.strip("\n")
    return f"{FENCE}\n{head}{FENCE}\n" + (f"\n{body}\n" if body else "")


def fingerprint(data: object) -> str:
    """A short hash of machine-written data, to notice when a person edited it."""
    blob = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def write_if_changed(file: Path, text: str) -> bool:
    """Write only when the bytes differ, so unchanged entries keep their timestamps.

    A file saved with Windows line endings keeps them."""
    data = text.encode("utf-8")
    if file.exists():
        old = file.read_bytes()
        if b"\r\n" in old:
            data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        if old == data:
            return False
    file.parent.mkdir(parents=True, exist_ok=True)
    tmp = file.with_name(f".{file.name}.tmp")
    tmp.write_bytes(data)
    tmp.replace(file)
    return True
