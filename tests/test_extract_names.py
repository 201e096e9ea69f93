"""Names and attribution rules of generator.ingest.extract, each on a small invented article.

Nobody here exists. Each article shows one shape of the genre (titles with portfolios,
acronyms in parentheses, one-word names, shared surnames, ...) so the rules are proven on
text the extractor was never tuned on.
"""
from __future__ import annotations

from generator.extraction import Extraction
from generator.ingest import extract


def ex(text: str) -> Extraction:
    return extract(text.strip() + "\n", "invented.txt")


def speakers(e: Extraction) -> dict[str, str | None]:
    return {q.text: q.speaker for q in e.quotes}


def kinds(e: Extraction) -> dict[str, str]:
    return {m.key: m.type for m in e.mentions}


def test_title_with_a_portfolio_is_not_part_of_the_name():
    e = ex("""Ferry fares to rise

Minister for Home Affairs Ravindran Pillai told parliament the fares would rise. “Nobody likes it, but the ferries are old,” Pillai said.

Secretary of State for Transport Aileen Marsh said she agreed.""")
    k = kinds(e)
    assert k.get("Ravindran Pillai") == "person"
    assert k.get("Aileen Marsh") == "person"
    assert not any(key.startswith(("Home", "Affairs", "Transport", "State")) for key in k)
    assert speakers(e)["Nobody likes it, but the ferries are old,"] == "Ravindran Pillai"
    roles = {m.key: [r.title for r in m.roles] for m in e.mentions}
    assert "Minister for Home Affairs" in roles["Ravindran Pillai"]


def test_acronym_in_parentheses_is_the_same_organisation_whatever_its_words():
    e = ex("""Fishers protest

The Union to Defend Small Fishers (UDSF) and the Bantay ng Dagat (BANDA) marched on Friday, and the Office of the Special Envoy for Oceans (OSEO) in Fiji said it would send an observer.

“We only want our nets back,” a UDSF member said. UDSF’s lawyers filed a complaint.""")
    k = kinds(e)
    assert "Union to Defend Small Fishers" in k
    assert "Bantay ng Dagat" in k
    assert "Office of the Special Envoy for Oceans" in k
    assert k["Office of the Special Envoy for Oceans"] == "government"
    # the acronym is a form of the full name, never a second actor
    assert not {"UDSF", "BANDA", "OSEO", "Bantay", "Union"} & set(k)
    forms = {m.key: m.forms for m in e.mentions}
    assert "UDSF" in forms["Union to Defend Small Fishers"]
    udsf = next(m for m in e.mentions if m.key == "Union to Defend Small Fishers")
    assert len(udsf.paragraphs) == 2


def test_acronym_after_a_name_with_a_prefix_takes_the_matching_words():
    e = ex("""Report on detentions

The United Nations Working Group on Arbitrary Detention (WGAD) in Geneva said the detention was unlawful and that it had written to the government about “serious irregularities”.""")
    k = kinds(e)
    assert "Working Group on Arbitrary Detention" in k
    assert "WGAD" not in k
    assert speakers(e)["serious irregularities"] == "Working Group on Arbitrary Detention"


def test_hyphenated_acronym_and_later_bare_use():
    e = ex("""Task force denies posters

The Joint Task Force for Coastal Security (JTF-CS) denied the report. “We did not print them,” a JTF-CS officer said on Monday, adding that JTF-CS would investigate.""")
    k = kinds(e)
    assert k.get("Joint Task Force for Coastal Security") == "government"
    assert "JTF-CS" not in k


def test_sentence_opening_article_is_not_part_of_a_name():
    e = ex("""Visit

A European Union delegation visited the port. A United Nations envoy joined them later.""")
    k = kinds(e)
    assert "United Nations" in k and "European Union" in k
    assert not any(key.startswith("A ") for key in k)


def test_person_known_by_one_name_with_a_role_apposition():
    e = ex("""Court hears petition

“The law is too vague to be fair,” said Sulastri, a lawyer at the Jakarta Legal Clinic.

“We will keep going until it is struck down,” she told reporters.

Marsudi, 52, a fisherman from the north coast, said the police came at night. “They took my boat,” Marsudi said.

Separately, a member of the clinic said the hearing was adjourned.""")
    s = speakers(e)
    k = kinds(e)
    assert k.get("Sulastri") == "person" and k.get("Marsudi") == "person"
    assert s["The law is too vague to be fair,"] == "Sulastri"
    assert s["We will keep going until it is struck down,"] == "Sulastri"
    assert s["They took my boat,"] == "Marsudi"
    assert "Separately" not in k


def test_one_word_place_after_a_preposition_is_not_a_person():
    e = ex("""Exile speaks

Speaking by phone from Lisbon, said his cousin had been detained. Tan Boon Keat, a former councillor, said the arrest was political.""")
    assert "Lisbon" not in kinds(e)


def test_shared_surname_follows_the_gender_of_the_pronoun():
    e = ex("""Mayor and daughter

Rosario Villanueva, 31, a teacher, said the school had been closed. “The children have nowhere to go,” Villanueva told the radio station.

Her father, Councillor Benigno Villanueva, said he had asked the province for funds. “We are waiting for an answer,” he said.

Villanueva said she would teach in the chapel until then. “Classes will go on,” she said.""")
    s = speakers(e)
    assert s["The children have nowhere to go,"] == "Rosario Villanueva"
    assert s["We are waiting for an answer,"] == "Benigno Villanueva"
    assert s["Classes will go on,"] == "Rosario Villanueva"


def test_shared_surname_with_a_pronoun_fitting_both_stays_empty():
    e = ex("""Two brothers

Tomas Reyes, a farmer, said he lost his land. His brother, Andres Reyes, said he lost his too.

Reyes said he would appeal. “We will not give up,” he said.""")
    assert speakers(e)["We will not give up,"] is None


def test_national_section_of_an_organisation_and_chambers():
    e = ex("""Bill passes

Transparency International Malaysia said the bill was rushed. The House of Representatives passed it on Tuesday, but the newly elected Senate must still approve it.

The Coastal Peoples Council, a Penang-based advocacy group, called for a delay.""")
    k = kinds(e)
    assert k.get("Transparency International Malaysia") == "ngo"
    assert k.get("House of Representatives") == "government"
    assert k.get("Senate") == "government"
    assert k.get("Coastal Peoples Council") == "ngo"


def test_dateline_country_is_an_actor_but_a_place_with_its_country_is_not():
    e = ex("""Storm relief

KANDY, Sri Lanka — Relief workers reached the hill villages on Sunday.

The aid came from a depot near Galle, Sri Lanka, officials said.""")
    assert kinds(e).get("Sri Lanka") == "country"
    e = ex("""Storm relief

Relief workers met in Geneva, Switzerland, on Sunday.""")
    assert "Switzerland" not in kinds(e)


def test_every_name_after_a_plural_role_is_a_person():
    e = ex("""Union leaders summoned

Police summoned the union’s president and her deputies Lim Siew Ling and Arumugam Selvam on Friday.""")
    k = kinds(e)
    assert k.get("Lim Siew Ling") == "person"
    assert k.get("Arumugam Selvam") == "person"


def test_role_apposition_with_an_acronym_gives_the_role():
    e = ex("""Journalists reported

Haris Munandar, the chairman of the Coastal Journalists Forum (CJF), said 12 reporters had been questioned.

“Fear is spreading in every newsroom,” Munandar said.""")
    assert kinds(e).get("Haris Munandar") == "person"
    assert speakers(e)["Fear is spreading in every newsroom,"] == "Haris Munandar"


def test_role_words_between_attribution_and_name():
    e = ex("""Ministry responds

“The complaint will be heard like any other,” Interior ministry spokeswoman Chandrika Perera said on Monday.

“We are reviewing the file,” WGAD’s Asia director Tomasz Nowak said in a statement.""")
    s = speakers(e)
    assert s["The complaint will be heard like any other,"] == "Chandrika Perera"
    assert s["We are reviewing the file,"] == "Tomasz Nowak"


def test_according_to_after_a_quote_names_the_speaker():
    e = ex("""Arrests counted

More than 300 people have been detained, and the authorities are “treating every protest as a riot”, according to the Legal Aid Network for Detainees (LAND).""")
    assert speakers(e)["treating every protest as a riot"] == "Legal Aid Network for Detainees"


def test_role_then_name_in_commas_is_the_subject_of_a_participle_clause():
    e = ex("""Court silent

The tribunal’s spokeswoman, Nimali Fernando, declined to discuss the case, saying only that the hearing was “proceeding normally”.""")
    assert speakers(e)["proceeding normally"] == "Nimali Fernando"


def test_it_refers_back_to_the_organisation_that_spoke():
    e = ex("""Ministry statement

The Ministry of Fisheries said in a statement that the permits were “lawful” and that it had asked the district office to “settle the matter quickly”.""")
    s = speakers(e)
    assert s["lawful"] == "Ministry of Fisheries"
    assert s["settle the matter quickly"] == "Ministry of Fisheries"


def test_a_long_title_after_titled_is_not_a_quote():
    e = ex("""Report

The group published a report titled “Nets and Fences: Fishing Rights on the Eastern Coast” in March.

“Every family we met had lost something,” said Lestari, a researcher with the group.""")
    texts = [q.text for q in e.quotes]
    assert not any(t.startswith("Nets and Fences") for t in texts)
    assert speakers(e)["Every family we met had lost something,"] == "Lestari"


def test_apposition_with_acronym_and_relative_clause_keeps_the_person_as_subject():
    e = ex("""Strike

Rohana Silva, president of the Plantation Workers Federation (PWF), to which most estate unions belong, said the arrests were “a message to every worker”.""")
    assert speakers(e)["a message to every worker"] == "Rohana Silva"
    assert kinds(e).get("Plantation Workers Federation") == "ngo"


def test_relation_before_a_hyphenated_role_gives_person_and_gender():
    e = ex("""Blogger questioned

Arjun Rajan, 34, who runs a news blog, was questioned on Monday.

His sister, attorney-at-law Meena Rajan, who defended him at the hearing, said the questions were about his sources. “He answered nothing about sources,” she said.

Rajan told reporters that he would keep writing. “I have done nothing wrong,” he said.""")
    s = speakers(e)
    assert kinds(e).get("Meena Rajan") == "person"
    assert s["He answered nothing about sources,"] == "Meena Rajan"
    assert s["I have done nothing wrong,"] == "Arjun Rajan"


def test_police_rank_is_a_title_and_parliament_is_an_actor():
    e = ex("""Police respond

Police spokesman Chief Inspector Ruwan Silva said the inquiry was “routine”. The minister later told Parliament the law would stay.""")
    k = kinds(e)
    assert k.get("Ruwan Silva") == "person"
    assert k.get("Parliament") == "government"
    assert speakers(e)["routine"] == "Ruwan Silva"


def test_honorifics_are_no_part_of_a_name_and_give_its_gender():
    e = ex("""Flood victims

Nurul Huda Osman, 45, a teacher, said the school was closed. Her husband, Mr. Kamal Osman, a driver, said he was worried.

“We have nowhere to go,” Ms Osman said.

“The children cry every night,” Mr Osman told reporters.

Ms Wirasari, who sells fish at the market, said prices had doubled. “I cannot feed my family,” she said.""")
    k = kinds(e)
    assert not any(key.startswith(("Mr", "Ms")) for key in k)
    assert k.get("Kamal Osman") == "person" and k.get("Wirasari") == "person"
    s = speakers(e)
    assert s["We have nowhere to go,"] == "Nurul Huda Osman"
    assert s["The children cry every night,"] == "Kamal Osman"
    assert s["I cannot feed my family,"] == "Wirasari"
