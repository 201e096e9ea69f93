"""Accuracy measured on what a built site publishes, from a root holding only the seeds.

No editor's correction is involved: content/ starts empty, so these are the machine's own
figures, read back from output/data/*.json the way others would read them. The about page
must show the same figures.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
import yaml

from helpers import REPO

GOLD = REPO / "tests" / "gold"
_spec = importlib.util.spec_from_file_location("gold_score", GOLD / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

PRECISION = {4: "year", 7: "month", 10: "day"}


def site_rows(output: Path) -> tuple[list[dict], list[dict], dict]:
    data = {name: json.loads((output / "data" / f"{name}.json").read_text(encoding="utf-8"))
            for name in ("quotes", "actors", "sources")}
    seed_of = {s["id"]: s["seed"] for s in data["sources"]}
    quotes = [{"seed": q["seed"], "paragraph": q["paragraph"], "text": q["text"],
               "speaker_name": q["speaker_name"]} for q in data["quotes"]]
    actors = [{"seed": seed_of[sid], "name": a["name"], "type": a["type"]}
              for a in data["actors"] for sid in a["sources"]]
    meta = {s["seed"]: {"publisher": s["publisher"],
                        "published": ({"value": s["published"], "precision": PRECISION[len(s["published"])]}
                                      if s["published"] else None)}
            for s in data["sources"]}
    return quotes, actors, meta


@pytest.fixture(scope="module")
def figures(built_root: Path) -> dict:
    docs = score.load_gold(GOLD)
    f = score.score(docs, *site_rows(built_root / "output"))
    print("\n" + score.report(f, "built site"))
    return f


@pytest.mark.parametrize("bar", sorted(score.BARS))
def test_bar_on_the_built_site(figures: dict, bar: str) -> None:
    assert figures[bar] >= score.BARS[bar], f"{bar} {figures[bar]:.1%} < {score.BARS[bar]:.0%}"


def test_no_wrong_publisher_or_date_on_the_built_site(figures: dict) -> None:
    assert figures["wrong_publishers"] == []
    assert figures["wrong_dates"] == []


def test_about_page_shows_the_measured_figures(figures: dict) -> None:
    """generator/render/accuracy.yaml feeds the about page; it must hold these very figures."""
    shown = yaml.safe_load((REPO / "generator" / "render" / "accuracy.yaml").read_text(encoding="utf-8"))
    assert shown["articles"] == figures["articles"]
    for key in ("quote_recall", "speaker_precision", "attribution_rate", "actor_recall", "actor_precision"):
        assert shown[key] is not None and round(shown[key], 2) == round(figures[key], 2), key


UNSEEN = sorted((GOLD / "unseen").glob("*.txt"))


@pytest.fixture(scope="module")
def unseen_sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each unseen article alone in a new site, built through the command line."""
    from helpers import make_root, run_cli

    roots = {}
    for article in UNSEEN:
        root = make_root(tmp_path_factory.mktemp(article.stem), [article])
        result = run_cli("build", "--root", str(root))
        assert result.returncode == 0, result.stderr
        roots[article.name] = root
    return roots


def test_a_root_with_one_unseen_article_builds_correct_entries(unseen_sites: dict[str, Path]) -> None:
    """Articles about people nobody has listed: the bars hold over them, pooled."""
    quotes, actors, meta = [], [], {}
    for root in unseen_sites.values():
        q, a, m = site_rows(root / "output")
        quotes, actors = quotes + q, actors + a
        meta.update(m)
        for actor in json.loads((root / "output" / "data" / "actors.json").read_text()):
            assert (root / "output" / "actors" / actor["id"] / "index.html").is_file()
    f = score.score(score.load_gold(GOLD / "unseen"), quotes, actors, meta)
    print("\n" + score.report(f, "unseen, one article per site"))
    assert f["wrong_publishers"] == [] and f["wrong_dates"] == []
    for bar, least in score.BARS.items():
        assert f[bar] >= least, score.report(f, "unseen")
