"""Round 15, actors: shapes met on unseen articles, shown on invented snippets."""
from generator.ingest import extract
from helpers import paragraph_actor_types


_actors = paragraph_actor_types


def _speakers(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in extract(text, "snippet.txt").quotes}


def test_a_place_name_with_a_particle_keeps_it_before_state_government():
    got = _actors("The Porto dos Anjos state government said in a note that the case was closed.")
    assert got.get("Porto dos Anjos state government") == "government"
    assert "Anjos state government" not in got


def test_an_acronym_then_and_then_a_spelled_out_body_abbreviates_only_the_second():
    got = _actors("Fighting between the NDA and the Northern Liberation Brigades (NLB) began in May.",
                  "The NLB said its fighters would protect aid convoys.")
    assert "Northern Liberation Brigades" in got
    assert not any(k.startswith("NDA and") for k in got)


def test_a_malay_name_with_bin_or_binti_and_an_age_set_off_by_dashes_is_a_person():
    got = _actors("The three – student Amirul Hakim bin Zainal, 22, Nurul Ain binti Abu Bakar, 21, "
                  "and S. Ravindran, 24 – pleaded not guilty.")
    assert got.get("Amirul Hakim bin Zainal") == "person"
    assert got.get("Nurul Ain binti Abu Bakar") == "person"
    assert got.get("S. Ravindran") == "person"


def test_a_person_shot_or_hit_in_the_body_is_a_person():
    got = _actors("Joaquim Batista dos Reis was hit in the back as he crossed the square.")
    assert got.get("Joaquim Batista dos Reis") == "person"


def test_a_mononym_the_text_says_someone_goes_by_is_a_person():
    got = _actors("“We count the shots every night,” says the association's spokesman, who goes only by Tiago.")
    assert got.get("Tiago") == "person"


def test_initials_in_parentheses_after_a_legislators_name_are_her_party():
    got = _actors("City councillor Marta Nogueira (PVN) said she would summon the commander.")
    assert got.get("PVN") == "party"
    assert got.get("Marta Nogueira") == "person"


def test_a_legislator_with_her_partys_initials_in_parentheses_is_the_one_who_speaks():
    got = _speakers("City councillor Marta Nogueira (PVN), who chairs the Housing Committee of the Municipal "
                    "Chamber of Porto Claro, called the eviction “a disgrace to the city” and asked for a hearing.")
    assert got.get("a disgrace to the city") == "Marta Nogueira"


def test_a_two_letter_patronymic_initial_opens_a_legislators_name():
    text = ("Protest in the capital\n\nMember of Parliament Ch. Oyunbileg, who spoke from the steps, said the law "
            "was being used “to silence the press”. She has filed an amendment.\n")
    assert _actors(text.split("\n\n")[1]).get("Ch. Oyunbileg") == "person"
    assert _speakers(text).get("to silence the press") == "Ch. Oyunbileg"


def test_a_district_police_headquarters_written_in_lower_case_is_a_body_that_speaks():
    text = ("Rally charges\n\nIn a statement, the Batu Lintang district police headquarters said the organisers "
            "had “given no notice at all”.\n")
    assert _actors(text.split("\n\n")[1]).get("Batu Lintang district police headquarters") == "government"
    assert _speakers(text).get("given no notice at all") == "Batu Lintang district police headquarters"


def test_a_police_station_where_an_officer_answered_is_no_speaker():
    text = ("Missing\n\nAn officer who answered the phone at the Nong Khai district police station on Monday said "
            "he had “nothing to report” and hung up.\n")
    assert _speakers(text).get("nothing to report") != "Nong Khai district police station"


def test_a_hyphenated_name_set_off_as_a_rights_project_is_a_body_and_its_it_speaks():
    text = ("Prosecutions\n\nNKR-Watch, the monitoring project that counts political trials, lists 400 cases. "
            "It calls the “extremism” article “a net for every critic”.\n")
    assert _actors(text.split("\n\n")[1]).get("NKR-Watch") == "ngo"
    got = _speakers(text)
    assert got.get("a net for every critic") == "NKR-Watch"
    assert "extremism" not in got       # the law's nickname, nobody's words


def test_a_un_fact_finding_mission_for_a_country_is_one_international_body_that_reports():
    text = ("Detentions\n\nIn May, the UN Independent Fact-Finding Mission for Eastern Ruvania reported "
            "‘a pattern of arrests at night’ by both sides.\n")
    got = _actors(text.split("\n\n")[1])
    assert got.get("UN Independent Fact-Finding Mission for Eastern Ruvania") == "international"
    assert _speakers(text).get("a pattern of arrests at night") == "UN Independent Fact-Finding Mission for Eastern Ruvania"


def test_a_body_named_first_by_its_level_word_then_in_full_is_one_body():
    got = _actors("Two people were wounded, residents and the state Public Defender's Office said.",
                  "The Porto dos Anjos State Public Defender's Office said it had sent a team.")
    assert "Porto dos Anjos State Public Defender's Office" in got
    assert "Public Defender's Office" not in got


def test_initials_after_a_deputy_directors_name_are_no_party():
    got = _actors("Deputy Director Jane Moyo (KLM) said the arrests were unlawful.")
    assert got.get("KLM") != "party"
    assert got.get("Jane Moyo") == "person"


def test_portuguese_particles_das_and_do_keep_a_persons_name_whole():
    got = _actors("Maria das Dores Pereira, 61, lost her son in the raid.",
                  "Rita do Amaral Costa said the police fired first.")
    assert got.get("Maria das Dores Pereira") == "person"
    assert got.get("Rita do Amaral Costa") == "person"


def test_a_portuguese_university_or_commission_is_a_body_not_a_person():
    got = _actors("The Universidade de Porto Claro said the study was halted.",
                  "The Comissão de Direitos Humanos said it would investigate.")
    assert got.get("Universidade de Porto Claro") == "ngo"
    assert got.get("Comissão de Direitos Humanos") == "government"


def test_arabic_malay_and_filipino_particles_keep_a_persons_name_whole():
    got = _actors("Aisha bint Salem al-Harthi, 34, was detained at the airport.",
                  "Jugah anak Barieng, a longhouse chief, said the logging must stop.",
                  "Senator Ana dela Cruz of the Liberal Party said the vote was rigged.",
                  "Prince Faisal ibn Turki said the reforms would continue.")
    assert got.get("Aisha bint Salem al-Harthi") == "person"
    assert got.get("Jugah anak Barieng") == "person"
    assert got.get("Ana dela Cruz") == "person"
    assert got.get("Faisal ibn Turki") == "person"


def test_capitalised_do_and_dela_stay_name_words_after_a_title():
    got = _actors("Her father, Mayor Ramon Dela Paz, said he had asked the police to investigate.",
                  "Councillor Do Minh Chau said the market would close.")
    assert got.get("Ramon Dela Paz") == "person"
    assert got.get("Do Minh Chau") == "person"


def test_a_capitalised_particle_inside_a_name_after_a_title_is_a_name_word():
    got = _actors("Judge Do Van Hung said the trial was over.",
                  "Senator Laila De Castro said the vote was rigged.")
    assert got.get("Do Van Hung") == "person"
    assert got.get("Laila De Castro") == "person"


def test_an_observer_mission_is_one_body_and_never_a_person():
    got = _actors("The EU Election Observation Mission said the count was credible.",
                  "The Election Observation Mission said the count was credible.")
    assert got.get("EU Election Observation Mission") == "international"
    assert got.get("Election Observation Mission", "international") != "person"
    assert "European Union" not in got


def test_a_name_that_was_abducted_or_killed_is_a_persons():
    got = _actors("Teodoro Quispe Mamani was abducted from his home in 2019.",
                  "Radio Sol Andino was raided by police the same week.")
    assert got.get("Teodoro Quispe Mamani") == "person"
    assert got.get("Radio Sol Andino") != "person"
    # (a role noun that opens the sentence is no part of the name the cue makes a person)
    assert not any(k.startswith("Reporter") for k in _actors("Reporter Lena Brisk was arrested on Friday."))
