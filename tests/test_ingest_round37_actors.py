"""Round 37, actors: invented snippets for the shapes fixed this round."""
from helpers import paragraph_actor_types


def test_an_unnamed_local_office_holder_who_speaks_is_the_office():
    found = paragraph_actor_types("Fishers at the Lautoka jetty were told to leave by Friday.",
                      "The town clerk said in a notice that the jetty was unsafe. \"Nobody may moor there after "
                      "Friday,\" the town clerk said.")
    assert found.get("town clerk") == "government"


def test_a_level_word_before_the_office_is_the_same_office():
    found = paragraph_actor_types("The acting county commissioner said the meeting had no permit. \"It was unlawful,\" "
                      "the county commissioner said.")
    assert found.get("acting county commissioner") == "government"
    assert "county commissioner" not in found


def test_a_named_office_holder_keeps_the_role_as_hers():
    found = paragraph_actor_types("Marafa district commissioner Janet Obiero said the road would open.",
                      "\"We are ready,\" the district commissioner said.")
    assert "district commissioner" not in found
    assert found.get("Janet Obiero") == "person"


def test_a_local_council_named_in_lower_case_and_met_again_is_an_actor():
    found = paragraph_actor_types("Boat owners at Port Vila refused to move after a town council order gave them three days.",
                      "They said the council had taken their mooring fees for years.",
                      "\"If the council wants us gone, let it find us a berth,\" one owner said.")
    assert found.get("town council") == "government"


def test_councils_in_the_plural_or_named_once_are_no_actor():
    found = paragraph_actor_types("A coalition of village councils says the sale was never discussed.",
                      "The road was approved at a town council meeting.")
    assert "village council" not in found and "town council" not in found


def test_a_legislators_title_names_no_house():
    found = paragraph_actor_types("The Member of Parliament for the valley, who sits for the Green Hills League (GHL), said "
                      "the eviction was cruel.")
    assert "Parliament" not in found
    assert found.get("Green Hills League") == "party"


def test_the_house_itself_is_still_an_actor():
    found = paragraph_actor_types("The bill was sent back to Parliament on Monday.")
    assert found.get("Parliament") == "government"
