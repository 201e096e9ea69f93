"""Round 16 on invented pages: page cleaning, paragraph numbering, the page's date and its
publisher. An outlet someone spoke to in a past interview, the question subheads of an
explainer, a caption closed by a bracketed agency credit, a page dated only by an "Updated"
stamp. Every person, place, group and event here is made up.
"""
from __future__ import annotations

from helpers import body, page

CASE_PAGE = """Home
About
Cases
Donate

CASE UPDATES

Fisherman held after posts about a harbour dredging contract

Guards at the district lock-up have held fisherman Oskar Pellin for a month without a lawyer, his family says, after he filmed the dredging of his village's harbour.

Pellin, 44, was arrested at his home in Varnholm and charged with spreading false information. He faces up to five years in prison.

{told}

His sister, Greta Pellin, says guards turned her away twice. "They told me to come back when he has confessed," she says.

Take action: write to the Minister of Justice.
Subscribe to our newsletter
"""


def test_an_outlet_someone_spoke_to_in_a_dated_past_interview_is_not_the_publisher():
    for told in [
        'In a 2024 interview with Voice of America, he described the contract. "The harbour feeds us," '
        'he told VOA at the time.',
        '"The harbour feeds us," he told VOA in 2024, long before the dredging began.',
        '"The harbour feeds us," he told VOA last year.',
        'He had previously spoken out. "The harbour feeds us," he told VOA in an earlier interview.',
    ]:
        e = page(CASE_PAGE.format(told=told))
        assert e.publisher is None, (told, e.publisher, e.publisher_basis)


def test_an_outlet_people_speak_to_now_is_still_the_publisher():
    e = page(CASE_PAGE.format(told='"The harbour feeds us," he told VOA on Monday by telephone.'))
    assert e.publisher == "VOA", e.publisher_basis


EXPLAINER_PARS = [
    "DORVIK, Norland (AP) — Ferry crews have stopped work at the port of Dorvik, stranding "
    "thousands of travellers, after a court suspended the harbour master on Friday.",
    "The crews say the case is punishment for his refusal to sign a dredging contract.",
    "A regional court on Friday upheld a request to suspend harbour master Tomas Erling for 90 days "
    "while he is investigated over a fuel purchase.",
    "“I have not taken one coin,” Erling told reporters on Saturday.",
    "The ferry crews' union said the stoppage would last until Erling is back at his desk.",
    "Police said they would keep the quays open.",
    "Erling's lawyer, Mia Sandvik, said the defence filed an appeal Monday.",
    "The union said it would decide Tuesday whether to widen the stoppage.",
]


def _explainer(heads: list[str]) -> str:
    p = EXPLAINER_PARS
    return ("AP\nWorld\nPolitics\n\nWORLD NEWS\n\nWhat to know about the ferry stoppage in Dorvik\n\n"
            "By ANNA HOLT\nUpdated 3:05 PM GMT+1, March 16, 2026\n\n"
            + "\n\n".join(p[:2]) + f"\n\n{heads[0]}\n\n" + "\n\n".join(p[2:4]) + f"\n\n{heads[1]}\n\n"
            + "\n\n".join(p[4:6]) + f"\n\n{heads[2]}\n\n" + "\n\n".join(p[6:])
            + "\n\nCopyright 2026 The Associated Press. All Rights Reserved.\n")


def test_an_explainers_question_subheads_are_not_numbered():
    for heads in (["What happened?", "Who is striking?", "What happens next?"],
                  ["WHY WAS HE SUSPENDED?", "WHO IS BEHIND THE STOPPAGE?", "WHAT COMES NEXT?"]):
        assert body(page(_explainer(heads))) == EXPLAINER_PARS, heads


def test_a_page_dated_only_by_an_updated_stamp_whose_story_tells_of_that_weekday_is_of_that_day():
    # 16 March 2026 is a Monday; the story tells of "an appeal Monday" as past.
    e = page(_explainer(["What happened?", "Who is striking?", "What happens next?"]))
    assert e.published is not None
    assert (e.published.value, e.published.precision) == ("2026-03-16", "day")


def test_an_updated_stamp_alone_dates_the_page_by_its_stamp():
    text = _explainer(["What happened?", "Who is striking?", "What happens next?"]).replace(
        "filed an appeal Monday", "will file an appeal")
    e = page(text)
    assert (e.published.value, e.published.precision) == ("2026-03-16", "day")


def test_an_interviews_questions_to_its_guest_stay_paragraphs():
    pars = ["Ilse Varga has run the Dorvik ferry crews' union for nine years. We spoke to her at the port.",
            "How did the stoppage start?",
            "The crews walked off on Saturday morning. Nobody told them to; they had simply had enough.",
            "Will you go back to work?",
            "Only when Tomas Erling is back at his desk. That is the one thing we ask for."]
    text = "Dorvik Weekly\nNews\nPort\n\nThe union leader who stopped the ferries\n\n" + "\n\n".join(pars) + "\n"
    assert body(page(text)) == pars


NEWS_PARS = [
    "A court in Port Arven on Thursday sentenced a fisheries inspector to two years in prison for "
    "a radio interview about quotas.",
    "Lena Ostrova, 47, was convicted of spreading false information, the court said.",
    "Her lawyer said the defence would appeal.",
    "A few dozen inspectors gathered outside the court and held placards.",
    "Ostrova was taken to the women's prison in Harlo after the hearing.",
]


def test_a_caption_closed_by_a_bracketed_credit_is_not_numbered():
    for caption in ["Inspectors outside the court in Port Arven on Thursday [Getty]",
                    "Lena Ostrova at an earlier hearing, 3 May [Anna Holt/Arven Press]",
                    "A placard outside the court [AFP via Getty Images]"]:
        text = ("Arven Herald\nNews\nCourts\n\nFisheries inspector jailed over radio interview\n\n"
                + "\n\n".join(NEWS_PARS[:3]) + f"\n\n{caption}\n\n" + "\n\n".join(NEWS_PARS[3:]) + "\n")
        e = page(text)
        assert body(e) == NEWS_PARS, caption
        assert [c.text for c in e.captions] == [caption[: caption.index(" [")]]


def _with_tail(tail: str) -> str:
    return ("Arven Herald\nNews\nCourts\n\nFisheries inspector jailed over radio interview\n\n"
            + "\n\n".join(NEWS_PARS) + "\n\n" + tail + "\n")


def test_a_note_on_where_the_story_first_appeared_is_not_numbered():
    e = page(_with_tail("This article first appeared in our Sunday print edition, on sale in every kiosk for 3 crowns."))
    assert body(e) == NEWS_PARS


def test_a_note_on_who_helped_produce_the_story_is_not_numbered():
    e = page(_with_tail("This story was produced with the help of reporters in Harlo whose names we withhold."))
    assert body(e) == NEWS_PARS


def test_a_take_action_line_ending_in_a_full_stop_is_not_numbered():
    e = page(_with_tail("Take action: write to the Minister of Fisheries calling for Ostrova's release.\n"
                        "Model letter (PDF)"))
    assert body(e) == NEWS_PARS


def test_readers_comments_under_the_comment_sections_heading_are_not_numbered():
    e = page(_with_tail("Comments\nPlease note you must be a subscriber to comment. Sign in here.\n\n"
                        "Every reader has a view, but not every view helps the discussion along.\n\n"
                        "Arven Herald © All rights reserved"))
    assert body(e) == NEWS_PARS


def test_a_story_of_this_week_beside_a_dated_caption_is_of_that_weeks_month():
    # 10 March 2027 is a Wednesday: the story was written between the 10th and Sunday the 14th.
    pars = ["The trial of four dockworkers accused of sabotage opened in the Regional Court in Harlo "
            "this week, a year after a crane fell at the north quay.",
            "The prosecutor told the court on Wednesday that the men had loosened the crane's bolts.",
            "The defence says the crane was forty years old and had failed two inspections.",
            "The trial resumes next week."]
    caption = ("Relatives of the accused outside the Regional Court in Harlo on 10 March 2027. "
               "(Photo: Supplied)")
    text = ("Harlo Post\nNews\nCourts\n\nDockworkers on trial over fallen crane\n\nBy Ada Lind\n\n"
            + "\n\n".join(pars[:2]) + f"\n\n{caption}\n\n" + "\n\n".join(pars[2:]) + "\n")
    e = page(text)
    assert body(e) == pars
    assert e.published is not None
    assert (e.published.value, e.published.precision) == ("2027-03", "month")
