"""Scoring of extracted quotes, speakers, actors, publishers and dates against hand gold.

Reusable outside the unit tests: `score()` takes plain dicts, so an end-to-end test can
feed it what the built site exports (e.g. output/data/quotes.json):

    quotes: [{"seed": ..., "paragraph": 7, "text": ..., "speaker_name": ... or None}, ...]
    actors: [{"seed": ..., "name": ..., "type": ...}, ...]
    meta:   {seed: {"publisher": str | None, "published": {"value", "precision"} | None}}

`measure(seeds_dir, gold_dir)` runs generator.ingest.extract over the seeds that have a
gold file and scores the result.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
BARS = {
    "quote_recall": 0.97,
    "speaker_precision": 0.98,
    "attribution_rate": 0.92,
    "actor_recall": 0.95,
    "actor_precision": 0.95,
}


def norm_text(s: str) -> str:
    s = s.lower().replace("’", "'").replace("‘", "'")
    return " ".join(re.sub(r"[^0-9a-z']+", " ", s).split())


def norm_name(s: str | None) -> str:
    if not s:
        return ""
    s = s.lower().replace("’", "'").replace(".", "").replace("‘", "'")
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"\b([a-z]) (?=[a-z]\b)", r"\1", s)     # "u s" → "us"
    return " ".join(s.split())


def load_gold(gold_dir: Path) -> list[dict]:
    return [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(Path(gold_dir).glob("*.yaml"))]


def _same_quote(a: str, b: str) -> bool:
    x, y = norm_text(a), norm_text(b)
    if x == y:
        return True
    if not x or not y:
        return False
    short, long_ = sorted((x, y), key=len)
    if short in long_ and len(short) / len(long_) >= 0.85:
        return True
    return SequenceMatcher(None, x, y, autojunk=False).ratio() >= 0.9


def _names(gold_doc: dict, name: str | None) -> set[str]:
    """All acceptable spellings of a gold actor name."""
    if not name:
        return set()
    out = {norm_name(name)}
    for a in gold_doc.get("actors", []):
        if norm_name(a["name"]) == norm_name(name):
            out |= {norm_name(x) for x in a.get("alt", [])}
    return out


def _date_ok(pred: dict | None, gold: dict | None) -> bool:
    """A predicted date is right when it is the gold date or a less precise prefix of it."""
    if pred is None:
        return True
    if gold is None:
        return False
    rank = {"day": 0, "month": 1, "year": 2}
    return gold["value"].startswith(pred["value"]) and rank[pred["precision"]] >= rank[gold["precision"]]


def score(gold_docs: list[dict], quotes: list[dict], actors: list[dict], meta: dict) -> dict:
    g_quotes = g_matched = spk_pred = spk_right = est = est_right = 0
    a_gold = a_found = a_pred = a_pred_ok = type_ok = type_n = 0
    extra_quotes = 0
    wrong_publishers: list[str] = []
    wrong_dates: list[str] = []
    problems: list[str] = []
    for doc in gold_docs:
        seed = doc["seed"]
        pq = [q for q in quotes if q["seed"] == seed]
        used: set[int] = set()
        for gq in doc.get("quotes", []):
            g_quotes += 1
            if gq.get("speaker"):
                est += 1
            hit = None
            for i, q in enumerate(pq):
                if i not in used and q["paragraph"] == gq["p"] and _same_quote(q["text"], gq["text"]):
                    hit = i
                    break
            if hit is None:
                problems.append(f"{seed} p{gq['p']}: missed quote “{gq['text'][:60]}”")
                continue
            used.add(hit)
            g_matched += 1
            got = norm_name(pq[hit].get("speaker_name"))
            ok_names = _names(doc, gq.get("speaker")) | {norm_name(x) for x in gq.get("speaker_alt", [])}
            if got:
                spk_pred += 1
                if got in ok_names:
                    spk_right += 1
                else:
                    problems.append(f"{seed} p{gq['p']}: WRONG speaker {pq[hit].get('speaker_name')!r} "
                                    f"(gold {gq.get('speaker')!r}) for “{gq['text'][:50]}”")
            if gq.get("speaker"):
                if got and got in ok_names:
                    est_right += 1
                elif not got:
                    problems.append(f"{seed} p{gq['p']}: no speaker (gold {gq['speaker']}) for “{gq['text'][:50]}”")
        for i, q in enumerate(pq):
            if i not in used:
                extra_quotes += 1
                problems.append(f"{seed} p{q['paragraph']}: extra quote “{q['text'][:50]}”")
                if norm_name(q.get("speaker_name")):
                    # words the gold does not count as a quote (a title, a misplaced span) given a
                    # speaker: an attribution nobody can check, so it counts as a wrong one
                    spk_pred += 1

        gold_actors = doc.get("actors", [])
        taken: set[int] = set()
        for p in (a for a in actors if a["seed"] == seed):
            n = norm_name(p["name"])
            idx = next((i for i, g in enumerate(gold_actors)
                        if n in {norm_name(g["name"])} | {norm_name(x) for x in g.get("alt", [])}), None)
            if idx is not None and gold_actors[idx].get("optional"):
                continue
            a_pred += 1
            if idx is None or idx in taken:
                problems.append(f"{seed}: extra actor {p['name']!r} ({p.get('type')})"
                                + (" (duplicate)" if idx is not None else ""))
                continue
            taken.add(idx)
            a_pred_ok += 1
            type_n += 1
            if p.get("type") == gold_actors[idx]["type"]:
                type_ok += 1
        for i, g in enumerate(gold_actors):
            if g.get("optional"):
                continue
            a_gold += 1
            if i in taken:
                a_found += 1
            else:
                problems.append(f"{seed}: missed actor {g['name']!r}")

        m = meta.get(seed, {})
        pub = m.get("publisher")
        if pub and norm_name(pub) not in {norm_name(doc.get("publisher"))} | {
                norm_name(x) for x in doc.get("publisher_alt", [])}:
            wrong_publishers.append(f"{seed}: {pub!r} (gold {doc.get('publisher')!r})")
        if not _date_ok(m.get("published"), doc.get("published")):
            wrong_dates.append(f"{seed}: {m.get('published')} (gold {doc.get('published')})")

    def ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    return {
        "articles": len(gold_docs),
        "gold_quotes": g_quotes,
        "quote_recall": ratio(g_matched, g_quotes),
        "quote_precision": ratio(g_matched, g_matched + extra_quotes),
        "speaker_precision": ratio(spk_right, spk_pred),
        "attribution_rate": ratio(est_right, est),
        "gold_actors": a_gold,
        "actor_recall": ratio(a_found, a_gold),
        "actor_precision": ratio(a_pred_ok, a_pred),
        "actor_type_agreement": ratio(type_ok, type_n),
        "wrong_publishers": wrong_publishers,
        "wrong_dates": wrong_dates,
        "problems": problems,
    }


def extraction_rows(extraction) -> tuple[list[dict], list[dict], dict]:
    seed = extraction.seed
    quotes = [{"seed": seed, "paragraph": q.paragraph, "text": q.text, "speaker_name": q.speaker}
              for q in extraction.quotes]
    actors = [{"seed": seed, "name": m.key, "type": m.type} for m in extraction.mentions]
    pub = extraction.published
    meta = {seed: {"publisher": extraction.publisher,
                   "published": {"value": pub.value, "precision": pub.precision} if pub else None}}
    return quotes, actors, meta


def measure(seeds_dir: Path | str | None = None, gold_dir: Path | str | None = None) -> dict:
    """Run the extractor on every seed with a gold file and score it."""
    from generator.ingest import extract

    gold_dir = Path(gold_dir or HERE)
    seeds_dir = Path(seeds_dir or HERE.parent.parent / "seeds")
    docs = load_gold(gold_dir)
    quotes: list[dict] = []
    actors: list[dict] = []
    meta: dict = {}
    for doc in docs:
        text = (seeds_dir / doc["seed"]).read_text(encoding="utf-8")
        q, a, m = extraction_rows(extract(text, doc["seed"]))
        quotes += q
        actors += a
        meta.update(m)
    return score(docs, quotes, actors, meta)


def report(figures: dict, label: str) -> str:
    f = figures
    lines = [
        f"{label}: {f['articles']} articles, {f['gold_quotes']} gold quotes, {f['gold_actors']} gold actors",
        f"  quote recall       {f['quote_recall']:.1%}  (quote precision {f['quote_precision']:.1%})",
        f"  speaker precision  {f['speaker_precision']:.1%}",
        f"  attribution rate   {f['attribution_rate']:.1%}",
        f"  actor recall       {f['actor_recall']:.1%}",
        f"  actor precision    {f['actor_precision']:.1%}  (type agreement {f['actor_type_agreement']:.1%})",
        f"  wrong publishers   {len(f['wrong_publishers'])}  {f['wrong_publishers'] or ''}",
        f"  wrong dates        {len(f['wrong_dates'])}  {f['wrong_dates'] or ''}",
    ]
    lines += [f"    - {p}" for p in f["problems"]]
    return "\n".join(lines)


if __name__ == "__main__":
    print(report(measure(), "seeds"))
    print(report(measure(HERE / "unseen", HERE / "unseen"), "unseen"))
