"""Round 16, actors: where a person's name begins, shown on invented snippets."""
from generator.ingest import actors, extract


def _people(*paragraphs: str) -> dict[str, tuple[str, ...]]:
    """Each person's key with the role titles the text gives them."""
    return {m.key: tuple(r.title.lower() for r in m.roles)
            for m in actors.build(paragraphs).mentions if m.type == "person"}


def test_a_role_noun_opening_the_sentence_is_the_persons_role_not_part_of_her_name():
    got = _people("Lawyer Ana Ruiz said the harbour court had no case.",
                  "Journalist Kofi Brandt was followed home. Teacher Mara Velt said the school shut.",
                  "“They came at night,” Student Ravi Oskan said.")
    assert got.get("Ana Ruiz") == ("lawyer",)
    assert got.get("Kofi Brandt") == ("journalist",)
    assert got.get("Mara Velt") == ("teacher",)
    assert got.get("Ravi Oskan") == ("student",)
    assert not any(k.split()[0] in {"Lawyer", "Journalist", "Teacher", "Student"} for k in got)


def test_a_capitalised_role_noun_after_said_or_according_to_is_no_part_of_the_name():
    got = _people("The land was taken, according to Farmer Joan Pellow.",
                  "Prices doubled in a week, said Vendor Mia Sornet.")
    assert got.get("Joan Pellow") == ("farmer",)
    assert got.get("Mia Sornet") == ("vendor",)


def test_an_activist_opening_the_sentence_is_recorded_as_her_role():
    got = _people("Activist Tomasa Brel said she would appeal the ruling.")
    assert got.get("Tomasa Brel") == ("activist",)


def test_the_speaker_of_a_quote_is_the_name_without_the_role_noun():
    e = extract("Lawyer Ana Ruiz spoke outside the court.\n\n“We will appeal,” Ms Ruiz said.", "s.txt")
    assert [q.speaker for q in e.quotes] == ["Ana Ruiz"]


def test_titles_and_names_that_open_on_a_kin_word_keep_their_shape():
    got = _people("President Ana Ruiz said the harbour court had no case.",
                  "Son Vannak said the party would contest the seat.")
    assert got.get("Ana Ruiz") == ("president",)
    assert "Son Vannak" in got


def test_ms_and_a_surname_two_named_people_share_stays_open_when_one_is_only_known_as_a_woman():
    # "Ms Dorn" fits the sister (a woman) and the vendor (gender not given) alike
    e = extract("On Monday the market vendor Lise Dorn was fined. Her sister, Berit Dorn, paid the fine.\n\n"
                "“The stall is all we have,” Ms Dorn said.", "s.txt")
    assert [q.speaker for q in e.quotes] == [None]


def test_she_still_goes_to_the_one_person_known_to_be_a_woman():
    e = extract("Vendor Lise Dorn and her brother, Anders Dorn, were fined on Monday. Lise Dorn "
                "said the fine was unfair.\n\n"
                "Dorn said she would not pay. “The stall is all we have,” she said.", "s.txt")
    assert [q.speaker for q in e.quotes] == ["Lise Dorn"]


def test_a_title_cased_description_before_a_name_is_her_role_not_part_of_her_name():
    # some outlets capitalise the whole description: modifiers, a nationality, the role noun
    got = _people("Zarovian Activist Wanjiru Odera said she was held for a week.",
                  "Freelance Journalist Kofi Brandt was followed home.",
                  "The court had no case, Human Rights Lawyer Ana Ruiz told reporters.")
    assert got.get("Wanjiru Odera") == ("zarovian activist",)
    assert got.get("Kofi Brandt") == ("freelance journalist",)
    assert got.get("Ana Ruiz") == ("human rights lawyer",)
    assert len(got) == 3


def test_a_hyphenated_description_opening_the_sentence_is_no_part_of_the_name():
    got = _people("Ex-soldier Ravi Oskan said the patrol fired first.",
                  "Mother-of-three Mara Velt said the school shut.",
                  "Editor-in-chief Kofi Brandt was followed home.")
    assert got.get("Ravi Oskan") == ("ex-soldier",)
    assert got.get("Kofi Brandt") == ("editor-in-chief",)
    assert "Mara Velt" in got
    assert len(got) == 3


def test_a_trade_opening_the_sentence_is_the_persons_role():
    got = _people("Soldier Ravi Oskan said the patrol fired first.",
                  "Police Officer Dana Krell said nobody was hurt.")
    assert got.get("Ravi Oskan") == ("soldier",)
    assert got.get("Dana Krell") == ("police officer",)


def test_a_plural_role_opening_a_list_of_names_makes_each_name_a_person():
    got = _people("Lawyers Ana Ruiz and Joan Pellow said the harbour court had no case.")
    assert "Ana Ruiz" in got and "Joan Pellow" in got
    assert len(got) == 2


def test_a_role_before_a_short_name_read_before_is_that_persons_short_form():
    e = extract("Lawyer Ana Ruiz spoke outside the court.\n\n“We will appeal,” Lawyer Ruiz said.", "s.txt")
    assert [m.key for m in e.mentions if m.type == "person"] == ["Ana Ruiz"]
    assert [q.speaker for q in e.quotes] == ["Ana Ruiz"]


def test_a_spelled_out_age_or_an_eyewitness_opening_the_sentence_is_no_part_of_the_name():
    got = _people("Thirty-two-year-old Ana Ruiz said the police fired first.",
                  "Eyewitness Joan Pellow said the shots came from the roof.")
    assert set(got) == {"Ana Ruiz", "Joan Pellow"}
    assert got["Joan Pellow"] == ("eyewitness",)


def test_a_body_then_a_title_cased_role_then_a_name_gives_both_apart():
    # the whole run was dropped: neither the body nor the person was found
    e = actors.build(("The ruling ignored the evidence, Valley Farmers Union Organiser Ana Ruiz said.",))
    got = {m.key: m for m in e.mentions}
    assert got["Ana Ruiz"].type == "person"
    assert [(r.title, r.organization) for r in got["Ana Ruiz"].roles] == [("organiser", "Valley Farmers Union")]
    assert got["Valley Farmers Union"].type != "person"


def test_every_name_in_a_list_a_plural_role_opens_is_a_person():
    got = _people("Activists Ana Ruiz, Joan Pellow and Mia Sornet were detained on Monday.")
    assert set(got) == {"Ana Ruiz", "Joan Pellow", "Mia Sornet"}


def test_a_role_noun_before_an_institutions_words_names_no_person():
    got = _people("Farmer Field School graduates said the land was taken.")
    assert not any("School" in k for k in got)
