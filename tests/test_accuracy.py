"""Accuracy of the extractor against hand-made gold (tests/gold/*.yaml, tests/gold/unseen/).

`pytest -s tests/test_accuracy.py` prints the figures; `measure()` returns them for the
about page and docs (the scoring itself lives in tests/gold/score.py and also accepts
quotes/actors exported by a built site).
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parent / "gold"
_spec = importlib.util.spec_from_file_location("gold_score", GOLD / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

SETS = {"seeds": (None, GOLD), "unseen": (GOLD / "unseen", GOLD / "unseen")}


def measure(which: str = "seeds") -> dict:
    seeds_dir, gold_dir = SETS[which]
    return score.measure(seeds_dir, gold_dir)


@pytest.fixture(scope="module", params=sorted(SETS))
def figures(request):
    f = measure(request.param)
    print("\n" + score.report(f, request.param))
    return f


@pytest.mark.parametrize("bar", sorted(score.BARS))
def test_bar(figures, bar):
    assert figures[bar] >= score.BARS[bar], f"{bar} {figures[bar]:.1%} < {score.BARS[bar]:.0%}"


def test_no_wrong_publisher(figures):
    assert figures["wrong_publishers"] == []


def test_no_wrong_date(figures):
    assert figures["wrong_dates"] == []


def test_score_accepts_site_export_rows():
    """The scorer works on plain rows, as an end-to-end test will feed it."""
    doc = {"seed": "x.txt", "publisher": None, "published": None,
           "actors": [{"name": "Ana Reyes", "type": "person"}],
           "quotes": [{"p": 2, "speaker": "Ana Reyes", "text": "We will appeal,"}]}
    f = score.score([doc],
                    [{"seed": "x.txt", "paragraph": 2, "text": "We will appeal", "speaker_name": "Ana Reyes"}],
                    [{"seed": "x.txt", "name": "Ana Reyes", "type": "person"}],
                    {"x.txt": {"publisher": None, "published": None}})
    assert f["quote_recall"] == f["speaker_precision"] == f["actor_precision"] == 1.0
