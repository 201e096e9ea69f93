"""A synthetic corpus in the seeds' style: the same N articles every time.

Each article looks like a page copied from a news site: furniture lines, a headline,
a photo caption with a date and credit, dated paragraphs, quotes with attributions
('said X', 'X told Y', 'according to X') and an occasional rights notice. A few
hundred recurring names (people, parties, ministries, NGOs) make the actor and topic
pages realistic. Article i depends on i alone, so the 1,000-article corpus is the
first 1,000 articles of the 10,000-article one.
"""
from __future__ import annotations

import contextlib

import random
from dataclasses import dataclass
from pathlib import Path

GIVEN = ("Sokha", "Sophea", "Vanna", "Dara", "Chanthy", "Rithy", "Sovann", "Bopha", "Piseth",
         "Sreymom", "Vibol", "Kosal", "Malis", "Narith", "Phalla", "Samnang", "Thida", "Veasna",
         "Kanha", "Sothea", "Chantrea", "Makara", "Rathana", "Sokunthea", "Visal")
FAMILY = ("Chea", "Kem", "Hun", "Sam", "Prak", "Sar", "Ouk", "Keo", "Meas", "Heng", "Nhem", "Ly",
          "Pen", "Seng", "Tep", "Yim", "Chhun", "Mam", "Long", "Nuon")
WESTERN = ("Maria Lopez", "John Harris", "Anna Becker", "Peter Novak", "Claire Dubois",
           "David Morgan", "Elena Rossi", "Thomas Weber", "Sarah Collins", "Mark Jensen",
           "Laura Bennett", "James Carter", "Sofia Lindqvist", "Daniel Okafor", "Emma Fischer")
ROLES = ("spokesman for the Ministry of Interior", "government spokesman", "opposition lawmaker",
         "monitoring supervisor for the rights group Licadho", "director of the Cambodian Center "
         "for Human Rights", "political analyst", "deputy prime minister", "senior minister",
         "president of the Cambodian Journalists Alliance Association", "lawyer for the defendants",
         "spokesperson for the National Election Committee", "labour union leader",
         "researcher at Human Rights Watch", "U.S. embassy spokesperson", "EU ambassador",
         "UN special rapporteur on human rights in Cambodia")
ORGS = ("Cambodian People's Party", "Cambodia National Rescue Party", "Candlelight Party",
        "Ministry of Interior", "Ministry of Information", "Ministry of Foreign Affairs",
        "Ministry of Justice", "National Election Committee", "Phnom Penh Municipal Court",
        "Supreme Court", "Constitutional Council", "Licadho", "Adhoc",
        "Cambodian Center for Human Rights", "Human Rights Watch", "Amnesty International",
        "Transparency International Cambodia", "Committee for Free and Fair Elections",
        "Cambodian Journalists Alliance Association", "European Union", "United States",
        "United Nations", "Office of the UN High Commissioner for Human Rights", "ASEAN",
        "European Parliament", "World Bank", "Asian Development Bank", "Japan", "China",
        "Australia")
SUBJECTS = ("the dissolution of the opposition party", "the Everything But Arms trade preferences",
            "press freedom", "the commune elections", "the national election", "land disputes",
            "the arrest of union leaders", "the treason trial", "freedom of expression",
            "the closure of independent radio stations", "the draft cybercrime law",
            "the rights of garment workers", "civil society registration", "the Ream naval base",
            "the Paris Peace Agreements", "the Khmer Rouge tribunal", "forced evictions",
            "the minimum wage", "online censorship", "pre-trial detention")
VERBS = ("criticized", "defended", "welcomed", "condemned", "questioned", "rejected", "praised",
         "called for an inquiry into", "raised concerns about", "dismissed reports about")
QUOTES = ("We will not bow down to pressure from anyone", "The government respects the rule of law",
          "Those fundamental rights are still limited, especially political rights",
          "This is a politically motivated case", "The court acted independently",
          "We urge the authorities to release them without conditions",
          "Journalists must be able to work without fear", "The elections were free and fair",
          "There is no justifiable reason for these sanctions",
          "We want Cambodia to follow democracy for real",
          "Civil society is being squeezed out", "The law applies to everyone equally",
          "We are deeply concerned by the continued detention of activists",
          "The people have the right to choose their leaders",
          "Foreign countries should not interfere in our internal affairs")
FURNITURE = ("Accessibility links\n\nBreaking News", "5 min read", "Cambodian Journalists Alliance "
             "Association", "Share this article\n\nFacebook\n\nTwitter", "Advertisement")
PHOTOGRAPHERS = ("AP Photo/Heng Sinith", "AP Photo", "Reuters/Samrang Pring", "VOD/Khy Sovuthy",
                 "CamboJA/Panha Chhorpoan", "AFP")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NOTICE = ("VOD. No part of this article may be reproduced in print, electronically, broadcast, "
          "rewritten or redistributed without written permission.")


ZIPF = [1 / (rank + 1) for rank in range(1000)]
BARE = {"Licadho", "Adhoc", "ASEAN", "Japan", "China", "Australia", "Human Rights Watch",
        "Amnesty International", "Transparency International Cambodia"}


def the(org: str) -> str:
    return org if org in BARE else f"the {org}"


def people(count: int = 300) -> list[tuple[str, str]]:
    """A few hundred recurring people, each with a role, the same for every corpus."""
    rng = random.Random("people")
    found: dict[str, str] = {}
    while len(found) < count:
        if rng.random() < 0.12:
            name = rng.choice(WESTERN)
            name = f"{name.split()[0]} {rng.choice(FAMILY)}-{name.split()[1]}" if name in found else name
        else:
            name = f"{rng.choice(FAMILY)} {rng.choice(GIVEN)}"
        found.setdefault(name, rng.choice(ROLES))
    return sorted(found.items())


@dataclass(frozen=True)
class Article:
    name: str                 # seed file name
    title: str
    date: str                 # YYYY-MM-DD
    paragraphs: tuple[str, ...]
    text: str                 # the raw seed text


def article(i: int, cast: list[tuple[str, str]] | None = None) -> Article:
    rng = random.Random(i * 7919 + 17)
    cast = cast or people()
    # A skewed pick: a few names recur in many articles, most in a handful.
    local = rng.choices(cast, weights=ZIPF[:len(cast)], k=rng.randint(3, 7))

    def someone() -> tuple[str, str]:
        return rng.choice(local)

    year, month, day = rng.randint(2017, 2024), rng.randint(1, 12), rng.randint(1, 28)
    when = f"{MONTHS[month - 1]} {day}, {year}"
    lead, lead_role = someone()
    org = rng.choice(ORGS)
    subject = rng.choice(SUBJECTS)
    title = f"{lead} {rng.choice(VERBS).title()} {org} Over {subject.split(' ', 1)[1].title()}"
    caption = (f"{lead}, {lead_role}, speaks at a press conference in Phnom Penh, Cambodia, "
               f"{rng.choice(WEEKDAYS)}, {when}. ({rng.choice(PHOTOGRAPHERS)})")
    paras = [f"{lead}, {lead_role}, on {rng.choice(WEEKDAYS)} {rng.choice(VERBS)} {the(org)} over "
             f"{subject}, days after {the(rng.choice(ORGS))} issued a statement on the matter."]
    for k in range(rng.randint(9, 14)):
        who, role = someone()
        quote = rng.choice(QUOTES)
        other = rng.choice(ORGS)
        m2, d2 = rng.randint(1, 12), rng.randint(1, 28)
        shape = rng.randrange(6)
        if shape == 0:
            p = f"“{quote},” said {who}, {role}. “{rng.choice(QUOTES)}.”"
        elif shape == 1:
            p = (f"{who}, {role}, told reporters on {MONTHS[m2 - 1]} {d2} that {the(other)} had "
                 f"{rng.choice(VERBS)} {rng.choice(SUBJECTS)}: “{quote}.”")
        elif shape == 2:
            p = (f"According to {who}, {the(other)} {rng.choice(VERBS)} {rng.choice(SUBJECTS)} in "
                 f"{MONTHS[m2 - 1]} {year}, and “{quote.lower()}.”")
        elif shape == 3:
            p = (f"“{quote},” the statement said, without naming its author. It added that "
                 f"{rng.choice(SUBJECTS)} would be discussed with {the(other)}.")
        elif shape == 4:
            p = (f"In late {year - 1}, {the(other)} {rng.choice(VERBS)} {rng.choice(SUBJECTS)}, "
                 f"and {who} said it was “{quote.lower()}.”")
        else:
            p = (f"{the(other)[0].upper()}{the(other)[1:]} has repeatedly {rng.choice(VERBS)} {rng.choice(SUBJECTS)} since "
                 f"{rng.randint(1993, year)}, while {who} and other observers have "
                 f"{rng.choice(VERBS)} {rng.choice(SUBJECTS)} in recent months.")
        paras.append(p + " " + " ".join(
            f"Observers noted that {rng.choice(SUBJECTS)} remained a concern for {the(rng.choice(ORGS))}."
            for _ in range(rng.randint(1, 3))))
    tail = [NOTICE] if rng.random() < 0.2 else []
    blocks = [rng.choice(FURNITURE), title, caption, *paras, *tail]
    name = f"{i:05d}_{rng.getrandbits(64):016x}.txt"
    return Article(name, title, f"{year:04d}-{month:02d}-{day:02d}", tuple(paras),
                   "\n\n".join(blocks) + "\n")


def articles(n: int) -> list[Article]:
    cast = people()
    return [article(i, cast) for i in range(n)]


def write_seeds(folder: Path, items: list[Article]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for a in items:
        (folder / a.name).write_text(a.text, encoding="utf-8")


def _yaml_str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_pelican(folder: Path, items: list[Article]) -> None:
    """The same articles as Pelican Markdown: metadata lines, then the paragraphs."""
    folder.mkdir(parents=True, exist_ok=True)
    for a in items:
        body = "\n\n".join(a.paragraphs)
        (folder / (a.name[:-4] + ".md")).write_text(
            f"Title: {a.title}\nDate: {a.date}\nCategory: news\n\n{body}\n", encoding="utf-8")


def write_hugo(folder: Path, items: list[Article]) -> None:
    """The same articles as Hugo Markdown: YAML front matter, then the paragraphs."""
    folder.mkdir(parents=True, exist_ok=True)
    for a in items:
        body = "\n\n".join(a.paragraphs)
        (folder / (a.name[:-4] + ".md")).write_text(
            f"---\ntitle: {_yaml_str(a.title)}\ndate: {a.date}\n---\n\n{body}\n", encoding="utf-8")


@contextlib.contextmanager
def kept_as_they_are(root: Path):
    """The seeds and entries edited inside are put back as they were afterwards, so that every
    run of the benchmark measures the same corpus (edits used to pile up from run to run)."""
    folders = [root / "seeds", root / "content"]
    before = {p: p.read_bytes() for f in folders for p in f.rglob("*") if p.is_file()}
    try:
        yield
    finally:
        for path, data in before.items():
            if not path.is_file() or path.read_bytes() != data:
                path.write_bytes(data)
