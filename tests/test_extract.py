"""Rules of generator.ingest.extract, each shown on a small invented article.

None of these articles or people exist; they prove the rules work for the genre,
not only for the seeds.
"""
from __future__ import annotations

import hashlib

from generator.extraction import ACTOR_TYPES, Extraction
from generator.ingest import extract


def ex(text: str) -> Extraction:
    return extract(text.strip() + "\n", "invented.txt")


def speakers(e: Extraction) -> dict[str, str | None]:
    return {q.text: q.speaker for q in e.quotes}


def keys(e: Extraction) -> dict[str, str]:
    return {m.key: m.type for m in e.mentions}


ARTICLE = """
Accessibility links

Breaking News

Lawmaker Vows to Fight “Foreign Agents” Bill

Opposition lawmaker Dara Vong speaks to supporters in Kampot, Cambodia, Tuesday, March 5, 2024. (AP Photo/Lina Chea)

Dara Vong, a spokeswoman for the Grassroots Democratic Party, said on Wednesday that the bill would “silence every critic.”

“We will take this to the Constitutional Council,” Vong said. “And we will win.”

Sok Leang, director of the Center for Rural Justice, said the law was vague. “Nobody knows what a foreign agent is,” he said.
"""


def test_new_article_yields_its_actors_quotes_and_roles():
    e = ex(ARTICLE)
    k = keys(e)
    assert k["Dara Vong"] == "person" and k["Sok Leang"] == "person"
    assert k["Grassroots Democratic Party"] == "party"
    assert k["Center for Rural Justice"] == "ngo"
    assert "Cambodia" not in k or k["Cambodia"] == "country"
    s = speakers(e)
    assert s["silence every critic."] == "Dara Vong"
    assert s["We will take this to the Constitutional Council,"] == "Dara Vong"
    assert s["Nobody knows what a foreign agent is,"] == "Sok Leang"
    vong = next(m for m in e.mentions if m.key == "Dara Vong")
    assert "Vong" in vong.forms
    assert any(r.title == "spokeswoman" and r.organization == "Grassroots Democratic Party" for r in vong.roles)
    leang = next(m for m in e.mentions if m.key == "Sok Leang")
    assert any(r.title == "director" and r.organization == "Center for Rural Justice" for r in leang.roles)
    assert all(m.type in ACTOR_TYPES for m in e.mentions)


def test_furniture_dropped_title_kept_caption_apart():
    e = ex(ARTICLE)
    assert e.title == "Lawmaker Vows to Fight “Foreign Agents” Bill"
    body = " ".join(p.text for p in e.paragraphs)
    assert "Accessibility" not in body and "Breaking News" not in body and "AP Photo" not in body
    assert [p.n for p in e.paragraphs] == [1, 2, 3]
    assert len(e.captions) == 1 and e.captions[0].credit == "AP Photo/Lina Chea"
    assert e.captions[0].date.value == "2024-03-05"
    # Photo credits and photographers are never actors.
    assert "Lina Chea" not in keys(e) and "AP Photo" not in keys(e)


def test_title_in_quotation_marks_is_not_a_quote():
    e = ex(ARTICLE)
    assert "Foreign Agents" not in speakers(e)
    e = ex("Headline\n\nThe bloc may withdraw the “Everything But Arms” scheme, the minister warned.")
    assert not e.quotes


def test_split_quote_gives_two_quotes_by_one_speaker():
    e = ex("Headline\n\n“The vote was stolen,” said Mey Rith, a farmer. “We want it counted again.”")
    assert speakers(e) == {"The vote was stolen,": "Mey Rith", "We want it counted again.": "Mey Rith"}
    assert all(q.cue for q in e.quotes)


def test_quote_continued_over_paragraphs_keeps_its_speaker():
    e = ex("""Headline

Police chief Tep Savuth spoke to reporters on Monday.

“The roads will be closed from dawn. Nobody may gather near the court.

“Anyone who disobeys will be arrested,” Savuth said.""")
    s = speakers(e)
    assert s["The roads will be closed from dawn. Nobody may gather near the court."] == "Tep Savuth"
    assert s["Anyone who disobeys will be arrested,"] == "Tep Savuth"


def test_pronouns_follow_the_person_the_text_is_about():
    e = ex("""Headline

Chan Sreymom, a lawyer for the families, met Interior Minister Ros Vannak on Friday.

She said the meeting had been short. “He listened, but he promised nothing,” she said.""")
    assert speakers(e)["He listened, but he promised nothing,"] == "Chan Sreymom"


def test_two_people_sharing_a_name_each_short_form_goes_to_the_nearest():
    e = ex("""Headline

Monk Hem Sophal led the march.

“We walk for the river,” Sophal said.

Later, analyst Nuon Sophal said the march was peaceful.

“It was the largest in years,” Sophal said.""")
    s = speakers(e)
    assert s["We walk for the river,"] == "Hem Sophal"
    assert s["It was the largest in years,"] == "Nuon Sophal"


def test_truly_ambiguous_short_name_leaves_speaker_empty():
    e = ex("""Headline

The report was written by researcher Anna Berg and her colleague Lars Berg, who are not related.

“The figures are worse than last year,” Berg said.""")
    assert speakers(e)["The figures are worse than last year,"] is None


def test_unattributed_and_unnamed_speakers_stay_empty():
    e = ex("""Headline

Western diplomats have called the trial “a farce.”

“This is the end of the opposition,” said one diplomat who asked not to be named.""")
    assert set(speakers(e).values()) == {None}


def test_apostrophes_never_open_or_close_quotes():
    e = ex("Headline\n\nThe minister’s aides said the farmers’ union hadn’t called it ‘a protest’ at all, "
           "Minister Keo Dina said.")
    assert [q.text for q in e.quotes] == ["a protest"]


def test_unbalanced_marks_do_not_break_the_article():
    e = ex("""Headline

“We will stay until the land is returned [to us.” said Pen Bopha, a villager.

Another line with a stray ” mark and a bracket [ that never closes.

“The company has not answered, said Pen Bopha.""")
    assert len(e.paragraphs) == 3
    s = speakers(e)
    assert s["We will stay until the land is returned [to us."] == "Pen Bopha"
    assert s["The company has not answered,"] == "Pen Bopha"
    for q in e.quotes:
        assert q.text in e.paragraphs[q.paragraph - 1].text


def test_repeated_title_block_and_paragraphs_deduplicated():
    block = "Skip to main content\n\nCourt Jails Activist\n\n"
    body = ("The court jailed activist Mam Sonando on Monday.\n\n"
            "“This is revenge,” his lawyer Sam Sokong said.\n\n")
    e = ex(block + block + body + body + "The verdict can be appealed.\n")
    assert e.title == "Court Jails Activist"
    assert [p.text[:9] for p in e.paragraphs] == ["The court", "“This is ", "The verdi"]


def test_pull_quote_and_shortcodes_and_notes():
    e = ex("""Headline

5 min read
[responsivevoice_button voice="US English Female"]

“We will never sell our land,” said Hout Ny, a villager.

“We will never sell our land”

The company declined to comment.

(Translated and edited from the original article on VOD Khmer)""")
    assert e.pull_quotes == ("We will never sell our land",)
    assert len(e.paragraphs) == 2
    assert any("original article" in n for n in e.notes)
    assert e.publisher == "VOD Khmer"


def test_caption_shapes_recognised_once_each():
    cap1 = "Protesters gather outside the ministry. Picture taken May 2, 2023. Posted to the Facebook page of the Ministry of Labour."
    cap2 = "Workers march in the capital on May Day. CamboJA/ Sok Dara"
    e = ex(f"Headline\n\n{cap1}\n{cap1}\n\nUnion leader Ath Thorn said workers were angry.\n\n{cap2}\n\n“We are tired,” he said.")
    assert len(e.captions) == 2
    assert e.captions[1].credit == "CamboJA/ Sok Dara"
    assert "Sok Dara" not in keys(e)
    assert len(e.paragraphs) == 2 and speakers(e)["We are tired,"] == "Ath Thorn"


def test_countries_and_blocs_canonicalised_nationalities_and_weekdays_dropped():
    e = ex("""Headline

The U.S. and the E.U. urged Cambodian officials to free the activists. The United States said on Friday it was "deeply concerned", and the European Union agreed. In January, Vietnamese and Thai officials met in Hanoi.""")
    k = keys(e)
    assert k["United States"] == "country" and k["European Union"] == "country"
    assert not {"Cambodian", "Vietnamese", "Thai", "Friday", "January", "In January"} & set(k)
    us = next(m for m in e.mentions if m.key == "United States")
    assert {"U.S.", "United States"} <= set(us.forms)


def test_acronym_joins_its_full_name_and_schemes_are_not_actors():
    e = ex("""Headline

The National Election Committee said the Khmer Will Party (KWP) had missed the deadline. The opposition KWP denied it.

The bloc may end the Generalized System of Preferences (GSP) for the country.""")
    k = keys(e)
    assert k.get("Khmer Will Party") == "party"
    assert next(m for m in e.mentions if m.key == "Khmer Will Party").acronym == "KWP"
    assert "KWP" not in k and "GSP" not in k and "Generalized System of Preferences" not in k
    assert k.get("National Election Committee") == "government"


def test_descriptions_resolve_only_when_unique():
    e = ex("""Headline

Prime Minister Lim Chhay and Foreign Minister Ouk Sam met on Monday.

The premier said the talks were “frank.” The minister called them “useful.”""")
    s = speakers(e)
    assert s["frank."] == "Lim Chhay"
    assert s["useful."] is None       # two ministers: "the minister" does not settle it


def test_documents_speak_for_their_authors():
    e = ex("""Headline

According to the governor’s Facebook post, the dam will open in June.

“The project will bring light to every village,” the post said.""")
    assert speakers(e)["The project will bring light to every village,"] is None or \
        speakers(e)["The project will bring light to every village,"] != ""
    e = ex("""Headline

Governor Chea Bun posted a statement on Monday. “The dam is safe,” his post said.""")
    assert speakers(e)["The dam is safe,"] == "Chea Bun"


def test_quote_ids_are_stable():
    e = ex("Headline\n\n“Enough,” said Ly Mony, a teacher.")
    q = e.quotes[0]
    assert q.id == f"p{q.paragraph}-{hashlib.sha1(q.text.encode()).hexdigest()[:6]}"
    assert q.id == ex("Headline\n\n“Enough,” said Ly Mony, a teacher.").quotes[0].id


def test_unknown_gender_does_not_take_a_pronoun_known_to_fit_someone_else():
    e = ex("""Headline

Read in Vietnamese

Human Rights Watch said the trial was unfair. Le Van Tam, 41, was jailed after a protest, according to his wife, Hoang Thi Mai.

“He did nothing wrong,” she said.""")
    assert e.paragraphs[0].text.startswith("Human Rights Watch")
    assert keys(e).get("Human Rights Watch") == "ngo"
    assert keys(e).get("Le Van Tam") == "person"
    assert speakers(e)["He did nothing wrong,"] == "Hoang Thi Mai"


def test_dates_are_never_more_precise_than_the_text():
    # A caption date alone bounds publication from below only: no date.
    e = ex("Headline\n\nA rally, Friday, June 7, 2024. (AP Photo)\n\nThe group said it would appeal.")
    assert e.published is None and "bound" in e.published_basis
    # Day and month without a year: no date, and no event with an invented year.
    e = ex("Headline\n\nThe minister on August 16 met the envoy, who is visiting from August 15-26.")
    assert e.published is None and not e.events
    # A byline date settles the day.
    e = ex("Headline\n\nBy Sao Rina | VOA Khmer | July 2, 2019\n\nThe court met.")
    assert (e.published.value, e.published.precision) == ("2019-07-02", "day")
    assert e.publisher == "VOA Khmer"
    # Anchored weekday + upcoming date: a window inside one month gives the month only.
    e = ex("""Headline

Party leader Ouk Pisey, center, at the party's 30th anniversary, Friday, June 28, 2019. (AP Photo)

Ouk Pisey on Monday said the party would run. At the 30th anniversary last Friday, she thanked members.

She will address a rally on July 4.""")
    assert (e.published.value, e.published.precision) == ("2019-07", "month")
    assert "July 1, 2019" in e.published_basis
    years = {ev.date.value: ev.date.precision for ev in e.events}
    assert years.get("2019-07-04") == "day"


def test_publisher_only_from_the_text():
    assert ex("Headline\n\nThe minister told Reuters the law was fair.").publisher is None
    e = ex("Headline\n\nA farmer told VOD that the land was taken. Another told VOD the same.")
    assert e.publisher == "VOD" and "told VOD" in e.publisher_basis
    e = ex("Headline\n\nA monk told RFA he was beaten, and a villager told VOD the same.")
    assert e.publisher is None
