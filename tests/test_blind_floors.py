"""The held-out sets not yet at the product's bars (blind23 on) must not lose ground.

Each set was written blind and scored once on its first run (docs/ingest.md); its figures since are
its floor in tests/blind_floors.yaml. A change that takes any set's figure below its floor, or gives a
wrong publisher or date, fails here with the set's problems listed, to be fixed in the extractor.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import yaml

GOLD = Path(__file__).resolve().parent / "gold"
FLOORS = yaml.safe_load((GOLD.parent / "blind_floors.yaml").read_text(encoding="utf-8"))

_spec = importlib.util.spec_from_file_location("gold_score_floors", GOLD / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)


def test_every_held_out_set_past_the_bars_list_has_a_floor():
    sets = {p.name for p in GOLD.glob("blind*") if p.is_dir() and p.name[5:].isdigit() and int(p.name[5:]) >= 23}
    assert sets == set(FLOORS), sorted(sets ^ set(FLOORS))


@pytest.mark.parametrize("name", sorted(FLOORS, key=lambda n: int(n[5:])))
def test_held_out_set_keeps_its_floor(name):
    f = score.measure(GOLD / name, GOLD / name)
    low = {k: (f[k], v) for k, v in FLOORS[name].items() if f[k] < v - 1e-9}
    problems = "\n".join(f["problems"])
    assert not low, f"{name}: below its floor {low}\n{problems}"
    assert not f["wrong_publishers"] and not f["wrong_dates"], (f["wrong_publishers"], f["wrong_dates"])
