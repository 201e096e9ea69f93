"""A reviewed site for the site tests: the five real seeds, ingested by the real program, then
reviewed as an editor would — actors, camps, quotes with their speakers, roles, dated events and
topics set by hand. Every quote is checked to be a passage of the article it cites, and every
paragraph number is found by searching the article's own paragraphs, so the fixture holds for any
paragraph splitting the extractor does.

The page tests use it so that every page type is exercised whatever the extractor finds today.
"""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from helpers import REPO, make_root, run_cli  # noqa: F401 (re-exported for the browser tests)

SEED = {
    "pressure": "000_9d4a23b47af02cda.txt",
    "geneva": "001_f918dbe398ada3d5.txt",
    "justifiable": "002_e4cd1d17efd36232.txt",
    "sokhonn": "003_f873d9679f9f3411.txt",
    "rapporteur": "004_c475f7a0da365aec.txt",
}

# id: name, type, camp (None: the default from its type), aliases, reviewed, summary
ACTORS = {
    "hun-sen": ("Hun Sen", "person", "government", ["Prime Minister Hun Sen"], True,
                "Prime Minister of Cambodia in every article here."),
    "cambodian-peoples-party": ("Cambodian People's Party", "party", "ruling party",
                                ["Cambodian People’s Party", "CPP"], False, ""),
    "cnrp": ("Cambodia National Rescue Party", "party", "opposition", ["CNRP"], False, ""),
    "kem-sokha": ("Kem Sokha", "person", "opposition", ["Sokha"], False, ""),
    "sam-rainsy": ("Sam Rainsy", "person", "opposition", ["Rainsy"], False, ""),
    "adhoc": ("Adhoc", "ngo", None, [], False, ""),
    "seung-senkarona": ("Seung Senkarona", "person", "civil society", [], False, ""),
    "licadho": ("Licadho", "ngo", None, [], False, ""),
    "am-sam-ath": ("Am Sam Ath", "person", "civil society", [], False, ""),
    "european-union": ("European Union", "country", None, ["EU"], False, ""),
    "united-states": ("United States", "country", None, ["U.S."], False, ""),
    "prak-sokhonn": ("Prak Sokhonn", "person", "government", ["Sokhonn"], False, ""),
    "antony-blinken": ("Antony Blinken", "person", "foreign governments", ["Anthony Blinken", "Blinken"], False, ""),
    "chak-sopheap": ("Chak Sopheap", "person", "civil society", [], False, ""),
    "cchr": ("Cambodian Center for Human Rights", "ngo", None, ["Cambodia Center for Human Rights"], False, ""),
    "vitit-muntarbhorn": ("Vitit Muntarbhorn", "person", "international bodies", ["Vitit"], False, ""),
    "supreme-court": ("Supreme Court", "court", None, [], False, ""),
    "freedom-house": ("Freedom House", "ngo", None, [], False, ""),
    "krousar-thmey": ("Krousar Thmey", "ngo", None, [], False, ""),
}

TOPICS = {
    "democracy": ("Democracy", ["democracy", "democratic"], "Calls to restore democracy, and the answers to them."),
    "human-rights": ("Human rights", ["human rights", "rights"], "The state of rights in Cambodia, as each side describes it."),
    "trade-preferences": ("Trade preferences", ["Everything But Arms", "trade preferences", "preferential"], ""),
    "elections": ("Elections", ["election"], ""),
}

# (seed, exact words, speaker or None, topics)
QUOTES = [
    ("pressure", "will not bow down to any advice from foreigners", "hun-sen", ["human-rights"]),
    ("pressure", "We have to talk it out,", "hun-sen", []),
    ("pressure", "they want Cambodia to follow democracy.", "seung-senkarona", ["democracy"]),
    ("pressure", "a fundamental violation of democratic rights.", None, ["democracy"]),
    ("geneva", "Those fundamental rights are still limited, especially political rights,", "am-sam-ath", []),
    ("geneva", "It is very strange that Cambodia was asked to strengthen her democracy, human rights and the rule of law,",
     "hun-sen", ["democracy"]),
    ("justifiable", "Notably, the patriotic spirit to defend national independence", "hun-sen", []),
    ("sokhonn", "The existence of hundreds of media establishments", "prak-sokhonn", ["human-rights"]),
    ("rapporteur", "The allegation that many legal provisions had been adopted to restrict civil society organisations",
     "hun-sen", []),
]

# (seed, words locating the paragraph, actor, title, organization)
ROLES = [
    ("pressure", "Cambodian Prime Minister Hun Sen on Monday", "hun-sen", "Prime Minister", None),
    ("geneva", "Am Sam Ath, a monitoring supervisor", "am-sam-ath", "monitoring supervisor", "licadho"),
    ("sokhonn", "Foreign Affairs Minister Prak Sokhonn had a bilateral meeting", "prak-sokhonn",
     "Foreign Affairs Minister", None),
    ("rapporteur", "Vitit, the UN special rapporteur", "vitit-muntarbhorn",
     "UN special rapporteur on human rights in Cambodia", None),
]

# (seed, words locating the paragraph, date, precision, actors)
EVENTS = [
    ("geneva", "Supreme Court dissolved the country’s largest opposition party in 2017", "2017", "year",
     ["supreme-court", "cnrp"]),
    ("justifiable", "He was jailed in September 2017", "2017-09", "month", ["kem-sokha"]),
    ("pressure", "address a United Nations human rights session on July 4", "2019-07-04", "day", ["hun-sen"]),
    ("sokhonn", "On the sideline of the May 13 ASEAN-U.S. Special Summit", "2022-05-13", "day",
     ["prak-sokhonn", "antony-blinken"]),
    ("rapporteur", "which were promulgated in March, 2021", "2021-03", "month", ["hun-sen"]),
]

# What an editor knows of each article; only `rapporteur` may be shown whole.
PUBLISHED = {"pressure": "2019-07", "geneva": "2019-07", "justifiable": "2020-01",
             "sokhonn": "2022-05", "rapporteur": "2022-08"}
FULL_TEXT = {"rapporteur"}


def _entry(meta: dict, body: str = "") -> str:
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n" + body + "\n"


def _find(paragraphs: list[str], words: str, seed: str) -> int:
    for n, text in enumerate(paragraphs, 1):
        if words in text:
            return n
    raise AssertionError(f"{seed}: no paragraph holds {words!r}")


def _sentence(paragraph: str, words: str) -> str:
    """The sentence of a paragraph that holds the words: an event is stated by one sentence."""
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z“])", paragraph):
        if words in sentence:
            return sentence
    return paragraph


def _names(aid: str) -> list[str]:
    name, _, _, aliases, *_ = ACTORS[aid]
    return [name, *aliases]


def mentions(paragraphs: list[str]) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for aid in ACTORS:
        pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in _names(aid)) + r")(?!\w)")
        paras = [n for n, text in enumerate(paragraphs, 1) if pattern.search(text)]
        if paras:
            found[aid] = paras
    return found


def reviewed_root(tmp: Path) -> Path:
    """Seeds in, real ingest, then the review above written into content/; not yet rendered."""
    root = make_root(tmp)
    result = run_cli("ingest", "--root", str(root))
    assert result.returncode == 0, result.stderr
    for folder in ("actors", "topics"):
        for f in (root / "content" / folder).glob("*.md"):
            f.unlink()
    (root / "content" / "actors").mkdir(exist_ok=True)
    (root / "content" / "topics").mkdir(exist_ok=True)
    for aid, (name, type_, camp, aliases, reviewed, summary) in ACTORS.items():
        meta = {"id": aid, "name": name, "type": type_, "aliases": aliases, "reviewed": reviewed}
        if camp:
            meta["camp"] = camp
        (root / "content" / "actors" / f"{aid}.md").write_text(_entry(meta, summary), encoding="utf-8")
    for tid, (name, keywords, description) in TOPICS.items():
        (root / "content" / "topics" / f"{tid}.md").write_text(
            _entry({"id": tid, "name": name, "keywords": keywords}, description), encoding="utf-8")
    by_seed = {}
    for f in sorted((root / "content" / "sources").glob("*.md")):
        head, _, body = f.read_text(encoding="utf-8").partition("\n---\n")
        by_seed[yaml.safe_load(head.removeprefix("---\n"))["seed"]] = f
    for key, seed in SEED.items():
        f = by_seed[seed]
        head, _, body = f.read_text(encoding="utf-8").partition("\n---\n")
        meta = yaml.safe_load(head.removeprefix("---\n"))
        ex = meta["extracted"]
        paras = [str(p) for p in ex["paragraphs"]]
        quotes = []
        for i, (k, words, speaker, topics) in enumerate(q for q in QUOTES if q[0] == key):
            n = _find(paras, words, seed)
            quotes.append({"id": f"q{i + 1}", "paragraph": n, "text": words, "speaker": speaker,
                           "speaker_name": ACTORS[speaker][0] if speaker else None,
                           "cue": "", "topics": topics})
        ex["quotes"] = quotes
        ex["actors"] = mentions(paras)
        ex["topics"] = {}
        for tid, (_, keywords, _) in TOPICS.items():
            tagged = [n for n, text in enumerate(paras, 1) if any(w.lower() in text.lower() for w in keywords)]
            if tagged:
                ex["topics"][tid] = tagged
        ex["roles"] = [{"actor": a, "title": t, "organization": o, "paragraph": _find(paras, w, seed)}
                       for k, w, a, t, o in ROLES if k == key]
        ex["events"] = [{"date": d, "precision": p, "text": _sentence(paras[_find(paras, w, seed) - 1], w),
                         "paragraph": _find(paras, w, seed), "actors": acts}
                        for k, w, d, p, acts in EVENTS if k == key]
        ex["published"] = PUBLISHED[key]
        ex["published_precision"] = "month"
        ex["published_basis"] = "read from the article's dateline by an editor"
        meta["rights"] = "full" if key in FULL_TEXT else "excerpts"
        for q in quotes:
            assert q["text"] in paras[q["paragraph"] - 1]
        f.write_text(_entry(meta, body.strip()), encoding="utf-8")
    return root
