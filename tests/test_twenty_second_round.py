"""What the twenty-second round read from AllSides news of the usual length (eval/UNSEEN.md):
the point after initials is no clause's end ("U.S. officials" reads as "American officials");
a count asked ("how many suspected terrorists") and a crowd whom a participle describes ("from
people considered potentially violent") hold no view; a crowd whose view a poll measures is the
poll's finding, and the poll is what is asked for; an op-ed's bio under its headline marks a
column, as the one under the piece does; a correspondent's byline in the middle of a story
opens the box of their reading. Each behaviour is tested both ways, over variants built here."""
from __future__ import annotations

import pytest

from conftest import noted

WEASEL = "Sourcing.WeaselWords"


# -- initials ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "U.S. officials believe the plan will fail.",
    "The plan, U.S. officials believe, will fail.",
    "Visas rose last year, the latest U.S. statistics show.",
    "Exports fell, U.K. figures show, and U.S. statistics show the same."])
def test_a_crowd_or_figures_placed_by_initials_read_as_placed_by_a_name(sentence):
    # "American officials believe", "the latest Labor Department statistics show": typed or named
    assert [s for _, s in noted(sentence, WEASEL) if s == "warning"] == []


@pytest.mark.parametrize("sentence", ["Many experts in the U.S. believe the plan will fail.",
                                      "Many in the U.S. fear the plan will fail.",
                                      "Critics say the U.S. plan will fail."])
def test_a_vague_crowd_beside_initials_is_still_asked_for(sentence):
    # (the first two were missed while the point read as the end of a clause)
    assert [s for _, s in noted(sentence, WEASEL)] == ["warning"]


def test_initials_at_the_end_of_a_sentence_still_end_it():
    assert [s for _, s in noted("Prices rose in the U.S. Critics say the plan failed.", WEASEL)] == ["warning"]


# -- who is suspected, who is considered ----------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Officials did not elaborate on how many suspected terrorists are in the country.",
    "Some suspected militants were killed in the raid.",
    "Many accused officers kept their jobs.",
    "The plan keeps guns away from people considered potentially violent.",
    "The rules bar guns for those deemed dangerous by a judge.",
    "The money goes to people seen as most at risk."])
def test_who_is_suspected_or_considered_holds_no_view(sentence):
    assert noted(sentence, WEASEL) == []


@pytest.mark.parametrize("sentence", ["Many suspected the worst when the plane vanished.",
                                      "Some suspect the fire was set on purpose.",
                                      "People consider the plan a betrayal.",
                                      "Many people consider the plan a betrayal."])
def test_a_crowd_that_suspects_or_considers_is_still_asked_for(sentence):
    assert [s for _, s in noted(sentence, WEASEL)] == ["warning"]


# -- a crowd a poll measures ----------------------------------------------------------------

@pytest.mark.parametrize("sentence, poll", [
    ("Polls show most Americans believe human activities cause climate change.", "Polls show"),
    ("Recent polling indicates most Americans believe human activities cause climate change.",
     "Recent polling indicates"),
    ("Surveys suggest many voters think the economy is weak.", "Surveys suggest"),
    ("Polls have found that a majority of Democrats want a new candidate.", None),
    ("Democrats seized on polling showing that most people believe the tax system is unfair.", None)])
def test_a_crowd_a_poll_measures_asks_for_the_poll_not_the_crowd(sentence, poll):
    found = [m for m, s in noted(sentence, WEASEL) if s == "warning"]
    assert not any("believe" in m or "think" in m or "want" in m for m in found)
    if poll:
        assert found == [poll]


@pytest.mark.parametrize("sentence", ["A Gallup poll found that most Americans believe the economy is weak.",
                                      "Most Americans believe the economy is weak, a Gallup poll found."])
def test_a_named_poll_measuring_a_crowd_is_quiet(sentence):
    assert noted(sentence, WEASEL) == []


@pytest.mark.parametrize("sentence", ["Critics say most Americans believe the economy is weak.",
                                      "Most Americans believe the economy is weak.",
                                      "Many voters think the economy is weak, and polls are no help."])
def test_a_crowd_no_poll_measures_is_still_asked_for(sentence):
    assert [s for _, s in noted(sentence, WEASEL)] == ["warning"]


# -- the writer's bio under the headline ----------------------------------------------------

_BODY = ("This spring, a North Carolina Supreme Court justice told a local radio station that she "
         "writes her opinions early in the morning and late at night, because she is running for "
         "re-election and has to raise money by day.\n\n"
         "A recent survey showed that 87 percent of Americans fear that campaign cash is affecting "
         "decisions in the courtroom. Even more chilling: A poll by the National Center for State "
         "Courts shows that nearly half of state judges agree.")


@pytest.mark.parametrize("bio", [
    "Bert Brandenburg is executive director of Court Watch, which works to keep courts fair and impartial.",
    "Ana Ruiz is a professor of law at Duke University and the author of a book on judicial elections.",
    "Tom Reed is a senior fellow at the Brennan Center."])
def test_a_bio_under_the_headline_marks_the_piece_as_a_column(bio):
    assert noted(_BODY, "Neutrality.Emotive") == [("chilling", "warning")]
    assert noted(f"{bio}\n\n{_BODY}", "Neutrality.Emotive") == []


def test_a_profile_that_opens_on_its_subject_is_still_news():
    # the subject comes back by name: a profile, whose reporter's verdicts stay warnings
    opening = "Bert Brandenburg is executive director of Court Watch."
    body = _BODY + "\n\nBrandenburg has asked lawmakers to act."
    assert noted(f"{opening}\n\n{body}", "Neutrality.Emotive") == [("chilling", "warning")]


def test_a_lede_that_is_news_about_a_person_is_not_a_bio():
    lede = "Bert Brandenburg is the new director of Court Watch, the group said on Monday."
    assert noted(f"{lede}\n\n{_BODY}", "Neutrality.Emotive") == [("chilling", "warning")]


# -- a correspondent's box ------------------------------------------------------------------

_STORY = ("A gunman opened fire at a synagogue near San Diego on Saturday, killing one woman.\n\n"
          "The suspect, a 19-year-old man, was arrested at the scene, police said.\n\n"
          "\"Everyone in the community knew her,\" the rabbi said.\n\n"
          "A man and a young girl suffered shrapnel wounds in the attack.\n\n")
_BOX = ("The routine is all too familiar. The president said it looked like a hate crime. \"Hard to "
        "believe,\" he added. Sadly, it is not hard to believe at all.")


@pytest.mark.parametrize("byline", ["By Martin Bashir, BBC religion editor",
                                    "By Jon Sopel, BBC North America editor",
                                    "By Lyse Doucet, chief international correspondent"])
def test_a_correspondents_byline_in_the_story_opens_their_box(byline):
    assert noted(_STORY + _BOX, "Neutrality.Editorializing") == [("Sadly", "warning")]
    assert [s for _, s in noted(_STORY + f"Worshippers attacked, again\n\n{byline}\n\n" + _BOX,
                                "Neutrality.Editorializing")] in ([], ["suggestion"])


def test_the_storys_own_byline_at_the_top_opens_no_box():
    text = "By Martin Bashir, BBC religion editor\n\n" + _STORY + _BOX
    assert noted(text, "Neutrality.Editorializing") == [("Sadly", "warning")]


def test_the_box_ends_at_the_next_heading():
    text = (_STORY + "Worshippers attacked, again\n\nBy Martin Bashir, BBC religion editor\n\n"
            "The routine is all too familiar.\n\nWhat happened next\n\n" + _BOX)
    assert noted(text, "Neutrality.Editorializing") == [("Sadly", "warning")]


# -- a side named two sentences on ----------------------------------------------------------

_CRITICS = "Critics say the big battle ahead is not over fitness but over the law."
_ASIDE = "How the government would handle the draft is among the questions observers are asking."
_SEARS = ('"Once you allow women into combat, you are ordering all women to fight," Tommy Sears, '
          'executive director at a military readiness group, told Fox News.')


@pytest.mark.parametrize("layout", ["{c} {a}\n\n{s}", "{c} {a} {s}"])
def test_a_side_named_after_one_more_sentence_of_the_reporters_is_a_suggestion(layout):
    text = layout.format(c=_CRITICS, a=_ASIDE, s=_SEARS)
    assert noted(text, WEASEL) == [("Critics say", "suggestion")]


@pytest.mark.parametrize("layout", [
    "{c}\n\n{a}\n\n{s}",                                            # the aside is a paragraph of its own
    "{c} {a}\n\nThe Pentagon will publish its plan in May.\n\n{s}",  # the speaker is further on
    # the speaker does not open with their own words: as often on another point
    "{c} {a}\n\nTommy Sears, executive director at a military readiness group, said it was \"a mistake\".",
])
def test_a_side_named_further_on_or_past_another_source_is_still_asked_for(layout):
    text = layout.format(c=_CRITICS, a=_ASIDE, s=_SEARS)
    assert noted(text, WEASEL) == [("Critics say", "warning")]


# -- a noun after a plain tag; a question put to a speaker ------------------------------------

@pytest.mark.parametrize("sentence", [
    '"They think the high rate means fraud," Mr. Cox said of asylum claims, "so they want to end it."',
    '"They think the rate means fraud," Cox said about insurance claims.',
    '"It was peaceful," she told reporters of the protests.'])
def test_a_noun_in_a_plain_tags_complement_is_no_loaded_tag(sentence):
    assert noted(sentence, "Neutrality.SaidTags") == []


@pytest.mark.parametrize("sentence", ['"The rate means fraud," Cox claims, "so they want to end it."',
                                      '"The rate means fraud," claims Cox.',
                                      '"It was peaceful," she claimed of the protests.'])
def test_a_loaded_tag_is_still_flagged(sentence):
    assert [s for _, s in noted(sentence, "Neutrality.SaidTags")] == ["warning"]


@pytest.mark.parametrize("sentence", [
    "When asked who else could be responsible for the attack, the envoy pointed to other countries.",
    "Asked who else might be behind the bombing, he named two militias."])
def test_a_question_put_to_a_speaker_claims_nothing(sentence):
    assert noted(sentence, "Sourcing.UnsourcedClaim") == []


def test_a_claim_of_who_is_responsible_is_still_asked_for():
    assert [s for _, s in noted("Iran could be responsible for the attack.", "Sourcing.UnsourcedClaim")] == ["warning"]


# -- a statement under its speaker's name; a shout inside a witness's account ------------------

_SAYS = ("The incident speaks to the larger issues that we have been talking about for the last "
         "year, and sadly for decades.")


@pytest.mark.parametrize("speaker", ["Barack Obama:", "Attorney General Eric Holder:", "Sen. John McCain:"])
def test_a_paragraph_under_its_speakers_name_is_their_statement(speaker):
    text = f"Leaders reacted to the decision on Wednesday.\n\n{speaker}\n\n{_SAYS}"
    assert noted(text, "Neutrality.Editorializing") == []


@pytest.mark.parametrize("line", ["The main issues:", "Here is what we know so far:"])
def test_a_paragraph_under_a_lead_in_that_names_nobody_is_the_reporters(line):
    text = f"Leaders reacted to the decision on Wednesday.\n\n{line}\n\n{_SAYS}"
    assert noted(text, "Neutrality.Editorializing") == [("sadly", "warning")]


@pytest.mark.parametrize("sentence", [
    'Witnesses said the attackers stormed the synagogue, shouting "Allahu Akbar," and creating a horrific scene.',
    'The Times of Israel cited witnesses who said the attackers stormed in, shouting "God is great," '
    'and creating a horrific scene of carnage.'])
def test_a_shout_told_inside_a_witness_account_leaves_the_account_theirs(sentence):
    assert noted(sentence, "Neutrality.Emotive") == []


@pytest.mark.parametrize("sentence", [
    'The coffin was carried into what one senator dubbed the nation\'s "hallowed cathedral," for days of '
    'pomp befitting a now-horrific chapter.',
    '"We ran," one witness said of the horrific scene.'])
def test_words_outside_the_sources_own_quotation_stay_the_reporters(sentence):
    assert [s for _, s in noted(sentence, "Neutrality.Emotive")] == ["warning"]


# -- a product's cult following; what a law would make a crime --------

@pytest.mark.parametrize("phrase", ["almost a cult item", "a cult brand among runners", "a cult snack"])
def test_a_products_cult_following_is_no_label(phrase):
    assert noted(f"The chickens have become {phrase}.", "Neutrality.Labels") == []


def test_a_cult_is_still_a_label():
    assert [s for _, s in noted("He joined a cult in his twenties.", "Neutrality.Labels")] == ["warning"]


@pytest.mark.parametrize("sentence", [
    "A federal agent seeking to enforce such a ban would be guilty of a felony.",
    "Under the bill, a doctor who performs the procedure could be guilty of a crime."])
def test_what_a_law_would_make_a_crime_accuses_nobody(sentence):
    assert noted(sentence, "Sourcing.UnsourcedClaim") == []


# -- observers, one of whom the story names below --------------------------------------------

_COURT = " the court has moved to the right. Its term ends in June, and three big cases remain.\n\n"


@pytest.mark.parametrize("crowd", ["Political observers say", "Most observers say", "Pundits say"])
def test_observers_whose_expert_is_named_below_are_a_suggestion(crowd):
    text = crowd + _COURT + "\"It is a new era,\" said Noah Feldman, a professor at Harvard Law School."
    assert [s for _, s in noted(text, WEASEL)] == ["suggestion"]


@pytest.mark.parametrize("below", ["\"It is a new era,\" said Noah Feldman, a senator from Ohio.",
                                   "The court will hear the case in May."])
def test_observers_with_no_expert_named_below_stay_a_warning(below):
    assert [s for _, s in noted("Political observers say" + _COURT + below, WEASEL)] == ["warning"]


# -- "purportedly": the hedge of a legal paper's allegation, or a rumour -----------------------

@pytest.mark.parametrize("text", [
    "Dozens were charged, according to unsealed court documents. Some individuals purportedly paid "
    "close to $6.5 million for a place.",
    "The lawsuit names several accounts. One of them purportedly called the congressman a traitor.",
    "According to the indictment, he purportedly wired the money through a shell company."])
def test_purportedly_beside_the_legal_paper_it_hedges_is_allegedly(text):
    assert noted(text, "Neutrality.Doubt") == []


@pytest.mark.parametrize("text", [
    "The FBI investigation is purportedly coming to a close.",
    "Trump congratulated Putin, despite purportedly being advised not to make the call.",
    "She purportedly thought they had the best chance to win.",
    # a paper two sentences back, or one of another kind, hedges nothing here
    "The lawsuit names several accounts. The judge set a date. One purportedly called him a traitor.",
    "The documentary aired on Monday. He purportedly wants to wait until after the primaries."])
def test_purportedly_with_no_paper_behind_it_is_a_rumour(text):
    assert noted(text, "Neutrality.Doubt") == [("purportedly", "warning")]


# -- words judged on every fresh set this round --------------------------------------------

@pytest.mark.parametrize("text", ["The vicious fighting went on for days.",
                                  "She died of a vicious form of brain cancer.",
                                  "Foreign fighters joined the vicious militant group."])
def test_vicious_is_a_suggestion(text):
    assert noted(text, "Neutrality.Emotive") == [("vicious", "suggestion")]


@pytest.mark.parametrize("text", ["The conventional wisdom is that a challenger will come from the center.",
                                  "The received wisdom was that rates would rise."])
def test_the_conventional_wisdom_is_a_suggestion(text):
    assert [s for _, s in noted(text, WEASEL)] == ["suggestion"]


# -- a blogger's or a freelance's bio ----------------------------------------------------------

_COLUMN = ("The riots are senseless. Unfortunately, the peaceful protesters are being overshadowed by "
           "a few looters right now, and the damage is outrageous.")


@pytest.mark.parametrize("text", [
    _COLUMN + "\n\nDoug Mataconis appears on the Outside the Beltway blog at http://www.example.com/.",
    _COLUMN + '\n\nJack Pitney writes his "Looking for Trouble" blog exclusively for Politics Voices.',
    "Alex Massie writes for the Spectator, the Times and other publications.\n\n" + _COLUMN])
def test_a_bloggers_or_freelances_bio_marks_a_column(text):
    assert noted(text, "Neutrality.Editorializing") == []


@pytest.mark.parametrize("text", [
    _COLUMN + "\n\nThe mayor appears on television every night.",
    _COLUMN + "\n\nAnn Pitney writes reports for the city council. Pitney said the damage was large."])
def test_a_closing_line_about_somebody_the_story_names_is_no_bio(text):
    assert noted(text, "Neutrality.Editorializing") == [("Unfortunately", "warning")]


# -- a tag that ends the sentence, with who the speaker is ------------------------------------

@pytest.mark.parametrize("sentence", [
    "Most people feel anxiety with the uncertainty of the virus, but some experience PTSD due to trauma, "
    "says Anthony King, professor of psychiatry at the University of Michigan.",
    "Most people feel anxiety with the uncertainty of the virus, but some experience PTSD due to trauma and "
    'a "threat to life or threat to physical integrity," says Anthony King, professor of psychiatry at the '
    "University of Michigan.",
    "Many investors fear a slowdown, but few expect a recession this year, said Ana Ruiz, chief economist at "
    "a Madrid bank."])
def test_a_closing_tag_with_the_speakers_description_speaks_for_the_sentence(sentence):
    assert noted(sentence, WEASEL) == []


@pytest.mark.parametrize("sentence", [
    "Most people feel anxiety about the virus, but some experience PTSD, says Anthony King, "
    "while others recover at once.",
    "Critics say the plan is flawed, but it will pass, said Ana Ruiz, although the vote was close."])
def test_a_tag_followed_by_a_clause_of_its_own_leaves_the_crowd_asked_for(sentence):
    assert [s for _, s in noted(sentence, WEASEL)] == ["warning"]


def test_a_reporters_column_named_in_its_footer_is_still_news():
    text = (_COLUMN + "\n\nCapitol Attitude is a weekly column written by members of the Fox News "
            "Capitol Hill team.")
    assert noted(text, "Neutrality.Editorializing") == [("Unfortunately", "warning")]


@pytest.mark.parametrize("text", ["Perhaps the least shocking development in the emails is the struggle.",
                                  "The less disturbing footage was released on Monday."])
def test_the_least_shocking_is_a_surprise_denied(text):
    assert noted(text, "Neutrality.Emotive") == []


def test_shocking_footage_is_still_noted():
    assert noted("The shocking footage was released on Monday.", "Neutrality.Emotive") == [("shocking", "warning")]


def test_words_after_a_speakers_own_short_quotation_stay_the_reporters():
    text = ('Rep. Matt Salmon called the move an "impeachable offense," and earlier circulated a letter '
            "urging the chairman to defund any effort to supply work permits to illegals.")
    assert [s for _, s in noted(text, "Neutrality.Labels")] == ["warning"]


def test_statistics_supplied_by_a_crowd_still_ask_who():
    text = "Statistics supplied by opponents say the change would cut benefits by $6,000."
    assert [s for _, s in noted(text, WEASEL)] == ["warning"]
