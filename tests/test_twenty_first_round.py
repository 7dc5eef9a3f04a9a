"""What the twenty-first round read from long news stories nobody had drawn before (AllSides'
2,500-4,500-word pieces; eval/UNSEEN.md): a poll's comparison group is no crowd ("more likely
than others to say"); a faith's tradition is no hidden source ("where many believe Jesus rose");
a claim the story calls baseless is not passed on ("critics claimed without evidence"); "a
stunning end" is a surprise, not praise; a nonprofit's director is an expert, not a spokesman,
and "in Washington state" is where a speaker is, not the public body they speak for; a crowd
with a named member ("Governors, including Andrew Cuomo, have said") is named. Each behaviour
is tested both ways, over variants built here."""
from __future__ import annotations

import pytest

from conftest import noted


# -- a poll's comparison group ----------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Debate-watchers are more apt than others to say Biden should stay out of the contest.",
    "Debate-watchers are more likely than others to say they trust Sanders on top issues.",
    "Older voters were more likely than others to believe the race was over.",
    "Young voters were less likely than most Americans to say the economy was improving.",
    "Young voters were less likely than many voters to say the economy was improving."])
def test_the_group_a_poll_compares_with_is_no_crowd(sentence):
    assert noted(sentence, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("sentence", ["Many Americans say the economy is improving.",
                                      "Most say the economy is improving.",
                                      "Some say Biden should stay out of the contest."])
def test_a_crowd_that_holds_the_view_is_still_asked_for(sentence):
    assert [s for _, s in noted(sentence, "Sourcing.WeaselWords")] == ["warning"]


# -- a faith's tradition -----------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The Church of the Holy Sepulchre, which is believed to be the place of Jesus' crucifixion, was closed.",
    "He visited the Western Wall and the church where many believe Jesus rose from the dead.",
    "Pilgrims visit the cave where Muhammad is believed to have received his first revelation.",
    "The tree is thought to mark the spot where the Buddha attained enlightenment.",
    "It is said that he met John and Jesus in the second heaven."])
def test_a_faiths_tradition_is_no_hidden_source(sentence):
    assert noted(sentence, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("sentence", [
    "The site is believed to hold a mass grave from the war.",
    "Many believe the bishop covered up the abuse.",
    "Some experts believe Christianity is declining in Europe.",
    # scholars' readings of a faith's texts are views, not its tradition
    "Many scholars believe the Gospel of Mark was written before Jesus' followers left Jerusalem.",
    "Historians have long believed the Gospel of Mark was written before Jesus' followers left Jerusalem.",
    "The similarities have led scholars to suggest that Luke's account of the birth of Jesus is modeled on Samuel's."])
def test_other_beliefs_about_churches_and_faith_are_still_asked_for(sentence):
    assert [s for _, s in noted(sentence, "Sourcing.WeaselWords")] == ["warning"]


# -- a claim the story calls baseless ----------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The man who bristled when critics claimed without evidence that he was born in Kenya now says nothing.",
    "Critics falsely claimed that he was born in Kenya.",
    "Some falsely believe the vaccine causes autism.",
    "Many wrongly think the tax applies to everyone.",
    "Critics say, without evidence, that the vote was rigged."])
def test_a_claim_the_story_calls_baseless_is_not_passed_on(sentence):
    assert noted(sentence, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("sentence", ["Critics claimed that he was born in Kenya.",
                                      "Critics say the vote was rigged.",
                                      "Many think the tax applies to everyone, without exception."])
def test_a_claim_left_standing_still_asks_who_makes_it(sentence):
    assert [s for _, s in noted(sentence, "Sourcing.WeaselWords")] == ["warning"]


# -- "stunning" of how a story ends ----------------------------------------------------------------

@pytest.mark.parametrize("phrase", ["a stunning end to a campaign", "a stunning ending to his career",
                                    "a stunning conclusion to the trial", "a stunning outcome for the party"])
def test_a_stunning_end_is_a_surprise_not_praise(phrase):
    assert noted(f"Her defeat marked {phrase}.", "Neutrality.Puffery") == []


@pytest.mark.parametrize("phrase", ["a stunning view of the bay", "a stunning collection of paintings"])
def test_stunning_praise_is_still_puffery(phrase):
    assert noted(f"The hotel offers {phrase}.", "Neutrality.Puffery") == [("stunning", "warning")]


# -- a nonprofit's director quoted after "experts say" ------------------------------------------

QUOTE = '"We have all kinds of aging infrastructure, and we aren\'t dealing with it very well,"'


@pytest.mark.parametrize("who", [
    "said Carl Weimer, executive director of the nonprofit Pipeline Safety Trust in Washington state",
    "said Carl Weimer, executive director of the Pipeline Safety Trust in Washington state",
    "said Carl Weimer, president of the non-profit Pipeline Safety Trust",
    "said Carl Weimer, a professor at the University of Washington"])
def test_an_expert_of_a_nonprofit_quoted_below_is_one_of_the_experts(who):
    text = f"But experts say the company's bare steel pipelines are still cause for concern.\n\n{QUOTE} {who}."
    assert noted(text, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("who", ["said Ana Ruiz, director of housing for the city",
                                 "said Ana Ruiz, director of the state education department",
                                 "said Ana Ruiz, the county's director of public works"])
def test_the_head_of_a_public_body_answers_the_critics(who):
    text = f'Critics say the plan for the schools is a failure.\n\n"We have done everything we can," {who}.'
    assert [s for _, s in noted(text, "Sourcing.WeaselWords")] == ["warning"]


def test_experts_named_by_a_nonprofit_role_below_lower_the_crowd():
    text = ("Experts say that all votes could be cast by mail in 25 more states. Five states are "
            "especially primed. But in 18 states, administrators have a hard road ahead.\n\n"
            '"To move from a couple of thousand to a couple of million requires an entirely different '
            'infrastructure," said Tammy Patrick, a senior adviser at the nonprofit Democracy Fund.')
    assert noted(text, "Sourcing.WeaselWords") == [("Experts say", "suggestion")]


# -- a crowd with a named member ------------------------------------------------------------------

CHARGE = "Trump has also been accused of getting a late start in fighting the coronavirus."


@pytest.mark.parametrize("accusers", [
    "Numerous governors, including Andrew Cuomo in New York, have said",
    "Several governors, including Gov. Andrew Cuomo, have said",
    "Governors including Andrew Cuomo have said"])
def test_a_crowd_with_a_named_member_names_the_accusers(accusers):
    text = f"{CHARGE} {accusers} the federal government has been slow."
    assert noted(text, "Sourcing.UnsourcedClaim") == []


@pytest.mark.parametrize("accusers", ["Several governors have said",
                                      "Numerous governors, including several Democrats, have said"])
def test_a_crowd_with_no_named_member_names_nobody(accusers):
    text = f"{CHARGE} {accusers} the federal government has been slow."
    assert [s for _, s in noted(text, "Sourcing.UnsourcedClaim")] == ["warning"]


# -- a signpost before a fact ---------------------------------------------------------------------

@pytest.mark.parametrize("signpost", ["It should be noted", "It should also be noted", "It's worth remembering",
                                      "It is important to note", "It must be remembered"])
def test_a_signpost_before_a_fact_is_a_suggestion(signpost):
    assert noted(f"{signpost} that the company has never made a profit.", "Neutrality.Editorializing") == \
        [(signpost, "suggestion")]


@pytest.mark.parametrize("verdict", ["Interestingly,", "Unfortunately,", "Sadly,"])
def test_the_writers_own_verdict_stays_a_warning(verdict):
    assert noted(f"{verdict} the company has never made a profit.", "Neutrality.Editorializing") == \
        [(verdict.rstrip(","), "warning")]


# -- an obituary's set phrase -----------------------------------------------------------------------

@pytest.mark.parametrize("phrase", ["his untimely death", "her untimely passing", "their untimely demise"])
def test_an_untimely_death_is_no_verdict_on_the_news(phrase):
    assert noted(f"The band split after {phrase} in 1953.", "Neutrality.Editorializing") == []


@pytest.mark.parametrize("phrase", ["the minister's untimely intervention", "an untimely announcement"])
def test_an_untimely_act_is_the_writers_verdict(phrase):
    assert noted(f"The talks collapsed after {phrase}.", "Neutrality.Editorializing") == [("untimely", "warning")]


# -- the analyst's scorecard ------------------------------------------------------------------------

@pytest.mark.parametrize("headline", ["3 winners and 2 losers from the first presidential debate",
                                      "Winners and losers in the tax bill",
                                      "The biggest winners and losers of the night"])
def test_a_scorecard_headline_is_analysis_where_colour_is_lowered(headline):
    assert noted("On Monday night, he was bombastic and dismissive of decorum.", "Neutrality.Emotive",
                 headline=headline) == [("bombastic", "suggestion")]


@pytest.mark.parametrize("headline", ["Lottery winners and losers share a trait", "Trump wins the debate"])
def test_other_headlines_leave_the_reporters_colour_a_warning(headline):
    assert noted("On Monday night, he was bombastic and dismissive of decorum.", "Neutrality.Emotive",
                 headline=headline) == [("bombastic", "warning")]


def test_a_scorecard_still_asks_for_the_source_of_a_claim():
    text = "Many experts believe the night's proceedings will decide the election."
    assert noted(text, "Sourcing.WeaselWords", headline="3 winners and 2 losers from the debate") == \
        [("Many experts believe", "warning")]


def test_a_scorecards_subheadings_stay_inside_the_analysis():
    text = ("Winner: Hillary Clinton\n\nOn Monday night, he was bombastic and dismissive of decorum.\n\n"
            "Loser: the moderators\n\nThe questions were bizarre.")
    assert noted(text, "Neutrality.Emotive", headline="3 winners and 2 losers from the debate") == \
        [("bombastic", "suggestion"), ("bizarre", "suggestion")]


# -- the weather's howl ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", ["The family climbed into the attic, but the winds howled all night.",
                                      "Dogs howled as the storm passed.", "The gale howled through the town."])
def test_the_wind_howling_is_no_verdict(sentence):
    assert noted(sentence, "Neutrality.Emotive") == []


@pytest.mark.parametrize("sentence", ["Critics howled at the decision.", "The opposition howled in protest."])
def test_people_howling_is_the_reporters_verdict(sentence):
    assert noted(sentence, "Neutrality.Emotive") == [("howled", "warning")]


# -- a view "widely seen" that its own sentence measures ------------------------------------------

@pytest.mark.parametrize("measure", ["(58% say so in South Carolina, 59% in Nevada)",
                                     ", with 61 per cent saying so", ", and 58 percent think so"])
def test_a_view_measured_in_its_sentence_is_counted(measure):
    text = f"In both states, Clinton is broadly seen as the candidate with the best chance to win{measure}."
    assert noted(text, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("sentence", [
    "Clinton is widely seen as the candidate with the best chance to win.",
    "Clinton is widely seen as the candidate with the best chance to win, and 58% of the vote went to her.",
    "Clinton is widely seen as the front-runner in a state where 58 percent of voters are women."])
def test_a_figure_that_measures_something_else_counts_nobody(sentence):
    assert [s for _, s in noted(sentence, "Sourcing.WeaselWords")] == ["warning"]


# -- "brutally" as an intensifier ---------------------------------------------------------------------

@pytest.mark.parametrize("phrase", ["brutally effective", "brutally efficient", "brutally simple"])
def test_brutally_before_a_plain_quality_is_an_intensifier(phrase):
    assert noted(f"Self-deportation might not be as {phrase} as mass deportation.", "Neutrality.Emotive") == []


@pytest.mark.parametrize("sentence", ["The protesters were brutally beaten.", "Troops brutally crushed the revolt."])
def test_brutally_of_an_act_of_violence_stays_a_warning(sentence):
    assert noted(sentence, "Neutrality.Emotive") == [("brutally", "warning")]


# -- a page of several columns, disclaimed together --------------------------------------------------

ROUNDUP = ("(CNN) Democratic candidates took part in their fifth debate on Wednesday and CNN commentators "
           "weighed in.{disclaimer}\n\nPaul Begala: Buttigieg was the winner\n\n"
           "Unfortunately, the moderators wasted the first half hour on impeachment.")


@pytest.mark.parametrize("disclaimer", [" The opinions expressed in these commentaries are those of the authors.",
                                        " The views expressed in these columns are solely those of the writers.",
                                        " The views in these pieces are the writers' own."])
def test_a_roundup_of_columns_disclaimed_together_is_opinion(disclaimer):
    assert noted(ROUNDUP.format(disclaimer=disclaimer), "Neutrality.Editorializing") == []


@pytest.mark.parametrize("disclaimer", ["", " Their views are those of the authors of the study."])
def test_without_the_pages_disclaimer_the_verdict_is_the_reporters(disclaimer):
    assert noted(ROUNDUP.format(disclaimer=disclaimer), "Neutrality.Editorializing") == [("Unfortunately", "warning")]
