"""The open data's items are written by `render.data.indented`, which must give json's own bytes."""
from __future__ import annotations

import json
import random

from generator.render.data import _item, indented

TEXTS = ["", "plain", 'quote " and \\ backslash', "line\nbreak\ttab\r", "Phnom Penh – ស្វាយរៀង",
         "\u2028\u2029", "\x00\x1f control", "emoji 🙂", "\ud800 lone surrogate"]


def value(rng: random.Random, depth: int = 0) -> object:
    roll = rng.random()
    if depth < 3 and roll < 0.2:
        return {rng.choice(TEXTS) + str(i): value(rng, depth + 1) for i in range(rng.randrange(4))}
    if depth < 3 and roll < 0.35:
        return [value(rng, depth + 1) for _ in range(rng.randrange(4))]
    if depth < 3 and roll < 0.4:
        return tuple(value(rng, depth + 1) for _ in range(rng.randrange(3)))
    if depth < 3 and roll < 0.43:
        return {1: "int key", None: "none key", True: "bool key", 2.5: "float key"}
    return rng.choice([None, True, False, 0, -7, 2 ** 70, 1.5, float("inf"), -0.0, *TEXTS])


def test_indented_json_is_jsons_own() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        data = value(rng)
        assert indented(data) == json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False)
        assert _item(data) == " " + json.dumps(data, ensure_ascii=False, indent=1).replace("\n", "\n ")
