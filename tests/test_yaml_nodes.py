"""An entry's YAML made from nodes (generator/content/yamlnodes.py) is `yaml.dump`'s, byte for byte:
on every entry a build of the seeds writes, and on random plain data full of the strings YAML quotes,
folds or escapes."""
from __future__ import annotations

import random

import yaml

from generator.content import yamlnodes
from generator.content.entries import DUMPER
from helpers import run_cli, make_root

KW = dict(sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
DUMPERS = [DUMPER, yaml.SafeDumper]      # libyaml's emitter and PyYAML's own

TRICKY = ["", " ", "  lead", "trail ", "a: b", "key:", "# not a comment", "-", "- item", "?", "!tag", "&a", "*b",
          "true", "False", "yes", "no", "on", "null", "~", "Null", "123", "-7", "0x1F", "1e3", "3.14", ".inf",
          "2026-11-24", "12:30", "1:2:3", "'single'", '"double"', "it's", "say \"hi\"", "back\\slash",
          "line\nbreak", "two\n\nbreaks", "trailing\n", "tab\there", "bell\x07", "nbsp\u00a0here", "bom\ufeffx",
          "emoji 😀", "Khmer ខ្មែរ", "café", "“curly”", "‘single curly’", "— dash", "…", "%percent", "@at", "`tick`",
          "{brace}", "[bracket]", "a, b", "x|y", ">folded", "|literal", "=", "<<", "word " * 40,
          "a-very-long-word-without-spaces-" * 5, "ends with colon:", "has # inside", "multi\nline with: colon"]


def _random_value(rng: random.Random, depth: int = 0):
    roll = rng.random()
    if depth < 3 and roll < 0.15:
        return {rng.choice(TRICKY[:40]) or "k": _random_value(rng, depth + 1) for _ in range(rng.randint(0, 4))}
    if depth < 3 and roll < 0.3:
        return [_random_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    if roll < 0.35:
        return rng.choice([True, False, None, 0, -3, 10 ** 12])
    if roll < 0.5:
        return " ".join(rng.choice(TRICKY) for _ in range(rng.randint(1, 6)))
    return rng.choice(TRICKY)


def test_random_plain_data_gives_yaml_dump_s_very_bytes():
    rng = random.Random(20261124)
    for _ in range(3000):
        data = {f"k{i}": _random_value(rng) for i in range(rng.randint(1, 6))}
        for dumper in DUMPERS:
            assert yamlnodes.dump(data, dumper) == yaml.dump(data, Dumper=dumper, **KW), data


def test_what_the_representer_writes_its_own_way_still_comes_out_the_same():
    shared = {"a": 1}
    for data in ({"x": 1.5}, {"when": __import__("datetime").date(2026, 11, 24)}, {"one": shared, "two": shared},
                 {"t": (1, 2)}, {3: "int key"}, {}, {"empty": [], "none": {}}):
        for dumper in DUMPERS:
            assert yamlnodes.dump(data, dumper) == yaml.dump(data, Dumper=dumper, **KW), data


def test_every_entry_the_seeds_build_writes(tmp_path):
    root = make_root(tmp_path)
    assert run_cli("build", "--root", str(root)).returncode == 0
    entries = sorted((root / "content").rglob("*.md"))
    assert len(entries) > 50
    for entry in entries:
        head = entry.read_text(encoding="utf-8").split("---\n")[1]
        meta = yaml.safe_load(head)
        assert yamlnodes.dump(meta, DUMPER) == yaml.dump(meta, Dumper=DUMPER, **KW), entry.name
        if entry.parent.name == "sources":      # (machine-written: its text is that very dump)
            assert yamlnodes.dump(meta, DUMPER) == head, entry.name
