"""The kept compiled regular expressions (generator/patterns.py): the extractor's patterns match
exactly as freshly compiled ones do, whatever state the kept file is in."""
from __future__ import annotations

import json
import marshal
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# Imports the extractor with the kept file at FILE, extracts one seed, and reports what it saw:
# how many patterns had to be compiled at import, whether each kept one equals a fresh compile.
PROBE = r"""
import json, re, sys
from pathlib import Path
from generator import patterns
patterns.FILE = Path(sys.argv[1])
compiled = []                                   # the patterns re's compiler had to compile
_parts = patterns._parts
patterns._parts = lambda text, flags: compiled.append(text) or _parts(text, flags)
import generator.ingest
at_import = len(compiled)
from generator.ingest import extract
table = patterns._read()
mismatched = []
for (text, flags) in table:
    kept, fresh = patterns.compile(text, flags), re._compiler.compile(text, flags)
    if (kept != fresh or kept.groupindex != fresh.groupindex or kept.groups != fresh.groups
            or kept.flags != fresh.flags):
        mismatched.append(text[:60])
seed = Path(sys.argv[2])
ex = extract(seed.read_text(encoding="utf-8"), seed.name)
print(json.dumps({
    "new_at_import": at_import,
    "kept": len(table),
    "mismatched": mismatched,
    "extraction": repr(ex),
    "quotes": len(ex.quotes),
    "mentions": len(ex.mentions),
}))
"""


def _probe(cache: Path) -> dict:
    seed = sorted((REPO / "seeds").glob("*.txt"))[0]
    run = subprocess.run([sys.executable, "-c", PROBE, str(cache), str(seed)], cwd=REPO,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def test_kept_patterns_match_freshly_compiled_ones_and_extraction_is_the_same(tmp_path):
    cache = tmp_path / "patterns.marshal"
    first = _probe(cache)                       # nothing kept: compiles, then writes the file
    assert first["new_at_import"] > 300 and cache.exists()
    second = _probe(cache)                      # everything from the file
    assert second["new_at_import"] == 0
    assert second["kept"] >= first["new_at_import"]
    assert second["mismatched"] == []
    assert second["extraction"] == first["extraction"]
    assert first["quotes"] > 5 and first["mentions"] > 5


def test_a_damaged_or_foreign_file_is_ignored_and_replaced(tmp_path):
    cache = tmp_path / "patterns.marshal"
    clean = _probe(cache)
    good = cache.read_bytes()

    cache.write_bytes(good[: len(good) // 2])               # cut short, as by a full disk
    damaged = _probe(cache)
    assert damaged["extraction"] == clean["extraction"]
    assert damaged["new_at_import"] > 300                   # compiled as usual ...
    assert _probe(cache)["new_at_import"] == 0              # ... and written whole again

    stamp, table = marshal.loads(cache.read_bytes())
    cache.write_bytes(marshal.dumps((("another Python",) + tuple(stamp[1:]), table)))
    foreign = _probe(cache)
    assert foreign["new_at_import"] > 300 and foreign["extraction"] == clean["extraction"]


def test_an_entry_the_engine_refuses_is_compiled_afresh(tmp_path):
    cache = tmp_path / "patterns.marshal"
    clean = _probe(cache)
    stamp, table = marshal.loads(cache.read_bytes())
    # every kept entry spoiled (code the engine must reject): each pattern falls back to re
    spoiled = {key: (parts[0], [999999], *parts[2:]) for key, parts in table.items()}
    cache.write_bytes(marshal.dumps((stamp, spoiled)))
    again = _probe(cache)
    assert again["extraction"] == clean["extraction"]


def test_the_kept_file_is_named_after_the_rules_and_replaces_older_ones(tmp_path):
    """An edited rule compiles new patterns: they go to a file of its own, and the file of the
    rules before it is removed, so tables of old rules never pile up."""
    older = tmp_path / f"patterns.{sys.implementation.cache_tag}.0123456789abcdef.marshal"
    older.write_bytes(b"the table of rules since edited")
    probe = (
        "import sys\nfrom pathlib import Path\nfrom generator import patterns\n"
        "patterns._FOLDER = Path(sys.argv[1])\n"
        "import generator.ingest\n"
        "print(patterns._file().name)\n")
    run = subprocess.run([sys.executable, "-c", probe, str(tmp_path)], cwd=REPO,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    name = run.stdout.strip()
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == [name] and name != older.name
    assert name.startswith(f"patterns.{sys.implementation.cache_tag}.") and name.endswith(".marshal")
