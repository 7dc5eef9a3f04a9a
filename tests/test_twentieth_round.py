"""What the twentieth round read from the judged record's false alarms of quotation and
attribution (eval/UNSEEN.md): who says it, read through the shapes news copy gives a speech tag.
A surname alone before a relative clause ("Smith, who ..., said"); a tag whose own words run on
("..., Smith said in a statement released by her office on Tuesday"); "as Smith put it" and "in
her view" closing a sentence as they open one; "according to critics" as the crowd's own tag;
a noun after "a" or "the" and a modifier ("a turning point"), no verb of saying; and a pull
quote credited under its words with no dash, to a speaker the story quotes. Each behaviour is
tested both ways, over variants built here."""
from __future__ import annotations

import pytest

from conftest import noted


# -- a surname alone before a relative clause that describes it -------------------------------

@pytest.mark.parametrize("subject", ["Smith, who has studied the issue for years,",
                                     "Okafor, who chairs the committee,",
                                     "Lindqvist, who was not involved in the study,",
                                     "Smith, a professor at Yale,"])
def test_a_surname_set_off_by_its_description_is_the_speaker(subject):
    assert noted(f"{subject} said the policy was a disastrous failure.", "Neutrality.Emotive") == []


@pytest.mark.parametrize("subject", ["Many, who asked not to be named,", "Some, who were there,"])
def test_a_vague_crowd_set_off_the_same_way_names_nobody(subject):
    # (a crowd's paraphrase stays the reporter's: nobody is named to own it)
    assert noted(f"{subject} said the policy was a disastrous failure.", "Neutrality.Emotive") == \
        [("disastrous", "suggestion")]


# -- a speech tag whose own words run on ----------------------------------------------------------

@pytest.mark.parametrize("tag", ["Smith said in a statement released by her office on Tuesday",
                                 "Smith said in an interview with The Associated Press at her home in Maine",
                                 "the ministry said on its website late on Sunday night",
                                 "Smith told reporters at the end of a two-day summit in Brussels"])
def test_the_words_before_a_long_tag_are_the_speakers(tag):
    assert noted(f"The policy was undoubtedly a failure, {tag}.", "Neutrality.Editorializing") == []


@pytest.mark.parametrize("sentence", [
    "After the disastrous vote, Smith said in an interview the party would regroup.",
    "After the disastrous vote, Smith said in an interview that the party would regroup in the autumn.",
    "After the disastrous vote, Smith told reporters in the capital they would regroup."])
def test_words_before_a_tag_that_reports_a_clause_are_the_reporters(sentence):
    assert noted(sentence, "Neutrality.Emotive") == [("disastrous", "suggestion")]


# -- "as X put it", "in her view" closing the sentence --------------------------------------------

@pytest.mark.parametrize("closer", ["in Gates's view", "as Gates put it", "in his view", "in her words",
                                    "in the words of one senior aide", "in the view of the inspectors",
                                    "as the mayor puts it"])
def test_a_closing_attribution_gives_the_sentence_to_its_owner(closer):
    assert noted(f"The plan was a disastrous mistake, {closer}.", "Neutrality.Emotive") == []


@pytest.mark.parametrize("closer", ["in my view", "in a way", "in the end", "as it turned out"])
def test_a_closing_phrase_that_names_nobody_or_the_writer_leaves_the_verdict_the_writers(closer):
    assert noted(f"The plan was a disastrous mistake, {closer}.", "Neutrality.Emotive") == \
        [("disastrous", "suggestion")]


# -- "according to critics": the crowd's own tag ----------------------------------------------

@pytest.mark.parametrize("crowd", ["critics", "his critics", "some critics", "many analysts"])
def test_according_to_a_crowd_closing_the_sentence_makes_the_verdict_the_crowds(crowd):
    # as ", critics said." does: the verdict is the crowd's, and WeaselWords asks who they are
    assert noted(f"His remarks were bizarre, according to {crowd}.", "Neutrality.Emotive") == []


def test_according_to_a_crowd_still_asks_who_they_are():
    assert noted("His remarks were bizarre, according to critics.", "Sourcing.WeaselWords") == \
        [("according to critics", "warning")]


@pytest.mark.parametrize("sentence", ["According to critics, his remarks were bizarre and his plan was chaotic.",
                                      "His remarks were bizarre, according to some of the senators who attended the hearing."])
def test_a_crowd_that_opens_or_a_long_tail_is_no_closing_tag(sentence):
    assert ("bizarre", "warning") in noted(sentence, "Neutrality.Emotive")


# -- a noun after "a"/"the" and a modifier is no verb of saying -------------------------------

@pytest.mark.parametrize("noun", ["a turning point", "the turning point", "a key point", "a final report",
                                  "the closing argument"])
def test_a_noun_phrase_is_not_read_as_a_speaker_and_verb(noun):
    assert noted(f"The plan was undoubtedly {noun}, Gates said.", "Neutrality.Editorializing") == []


@pytest.mark.parametrize("object_", ["drawing effusive praise from the agency and its director-general, Ana Ruiz",
                                     "earning high praise from the agency and its director, Ana Ruiz"])
def test_a_verbs_object_is_not_read_as_a_speaker(object_):
    # "praise" is the object of "drawing", not a verb whose subject is "drawing effusive"
    assert noted(f"Beijing imposed draconian restrictions on the city, {object_}.", "Neutrality.Emotive") == \
        [("draconian", "warning")]


@pytest.mark.parametrize("verb", ["say", "argue", "believe"])
def test_a_share_of_people_still_says(verb):
    # "a few say": a share of people with its verb, not "a" and a noun
    assert noted(f"A few {verb} the plan was the best option.", "Sourcing.WeaselWords") == \
        [(f"few {verb}", "warning")]


# -- a pull quote credited under its words, with no dash --------------------------------------

QUOTED_BELOW = ('"Armed forces are and should be apolitical institutions but such trends are disturbing '
                'and will have long-term consequences," said Ajai Sahni, director of the Institute of '
                'Conflict Management.')


@pytest.mark.parametrize("credit", ["Ajai Sahni, Executive Director of the Institute of Conflict Management",
                                    "Ajai Sahni, a security analyst in New Delhi"])
def test_a_pull_quote_credited_to_a_speaker_the_story_quotes_is_theirs(credit):
    text = ("The army chief's remarks drew criticism on Monday.\n\n"
            f"Such trends are disturbing and will have long-term consequences for the country {credit}\n\n"
            f"{QUOTED_BELOW}")
    assert noted(text, "Neutrality.Emotive") == []


@pytest.mark.parametrize("credit", [
    "Ravi Menon, Executive Director of the Institute of Conflict Management",  # quoted nowhere
    "Ajai Sahni, and the trend is growing",  # a clause after the comma, not a title
    "Ajai Sahni, (Photo: Reuters)"])
def test_a_paragraph_ending_on_a_name_that_is_no_credit_stays_the_reporters(credit):
    text = ("The army chief's remarks drew criticism on Monday.\n\n"
            f"Such trends are disturbing and will have long-term consequences for the country {credit}\n\n"
            f"{QUOTED_BELOW}")
    assert noted(text, "Neutrality.Emotive") == [("disturbing", "warning")]


# -- a colon after somebody's words named -------------------------------------------------------

@pytest.mark.parametrize("lead", ["Smith's verdict:", "Her answer:", "Smith's assessment was blunt:",
                                  "Smith put it bluntly:", "The ministry's statement read in part:",
                                  "Trump's final answer to critics:"])
def test_a_colon_after_somebodys_words_gives_them_what_follows(lead):
    assert noted(f"{lead} the policy was a disastrous failure.", "Neutrality.Emotive") == []


@pytest.mark.parametrize("lead", ["The verdict:", "My verdict:", "Smith's record is clear:", "Her plan was simple:"])
def test_a_colon_after_anything_else_leaves_the_words_the_reporters(lead):
    assert noted(f"{lead} the policy was a disastrous failure.", "Neutrality.Emotive") == \
        [("disastrous", "suggestion")]


# -- the crowd's members named below it -------------------------------------------------------

@pytest.mark.parametrize("members", ["Among them is Sen. Jane Smith, who called it a giveaway.",
                                     "Among those is Rep. Ana Ruiz of Texas.",
                                     "They include Rep. Ana Ruiz of Texas and Sen. Jane Smith of Ohio."])
def test_a_crowd_whose_members_the_next_sentence_names_is_sourced(members):
    assert noted(f"Some lawmakers say the plan is flawed. {members}", "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("after", ["Among them are several senators from Texas.",
                                   "Among the changes is a tax on Jane Smith's company.",
                                   "The vote is set for Tuesday."])
def test_a_crowd_whose_members_nobody_names_is_not(after):
    assert noted(f"Some lawmakers say the plan is flawed. {after}", "Sourcing.WeaselWords") == \
        [("Some lawmakers say", "warning")]


@pytest.mark.parametrize("expert", ["Dr. Ana Ruiz, a virologist at Yale, said the data were strong.",
                                    "Ana Ruiz, an epidemiologist at Yale, said the data were strong.",
                                    "Ana Ruiz, a statistician who studies trials, said the data were strong."])
def test_experts_the_story_names_below_by_their_specialty_lower_the_crowd(expert):
    # as "an economist" or "a professor at Rice University" does: the story shows its experts
    assert noted(f"Experts say the drug works.\n\n{expert}", "Sourcing.WeaselWords") == \
        [("Experts say", "suggestion")]


@pytest.mark.parametrize("other", ["Ana Ruiz, a politician from Ohio, said the data were strong.",
                                   "Ana Ruiz, a musician from Ohio, said the data were strong.",
                                   "Dr. Ana Ruiz, the district's superintendent, said the data were strong."])
def test_a_named_speaker_of_no_specialty_leaves_the_experts_unnamed(other):
    assert noted(f"Experts say the drug works.\n\n{other}", "Sourcing.WeaselWords") == \
        [("Experts say", "warning")]


# -- an opinion page's other wordings -------------------------------------------------------------

COLUMN = ("The senator's plan is a disastrous failure, and everyone in the capital knows it.\n\n"
          "The vote on Tuesday was close, and the bill now goes to the House.\n\n"
          "The governor signed a similar measure in 2019.")


@pytest.mark.parametrize("note", ["This is an opinion column. The thoughts expressed are those of the author.",
                                  "The opinions in this article belong to the author.",
                                  "The views are the writer's own.",
                                  "This is an opinion piece. The views expressed in this article are those of just the author.",
                                  "Opinion by Jane Smith"])
@pytest.mark.parametrize("above", [True, False])
def test_an_opinion_pages_disclaimer_makes_the_piece_comment(note, above):
    text = f"{note}\n\n{COLUMN}" if above else f"{COLUMN}\n\n{note}"
    assert noted(text, "Neutrality.Emotive") == []


@pytest.mark.parametrize("note", ["Their views are their own, and the party does not share them.",
                                  "On the one hand, this is an opinion that makes it harder for women to win.",
                                  "Opinion polls by Gallup show the race is close."])
def test_a_sentence_about_somebodys_views_is_no_disclaimer(note):
    assert noted(f"{COLUMN}\n\n{note}", "Neutrality.Emotive") == [("disastrous", "suggestion")]


# -- the unnamed official met through "according to" ------------------------------------------

@pytest.mark.parametrize("met", ["according to a law enforcement official", "according to one official",
                                 "a law enforcement official said"])
def test_the_official_met_before_speaks_for_the_passive_in_the_tag(met):
    text = (f"Investigators questioned the guards, {met}.\n\n"
            "It's believed their talks with the guards helped the escapees, the official said.")
    assert noted(text, "Sourcing.WeaselWords") == []


def test_an_official_nobody_met_gives_the_passive_no_source():
    text = "Investigators questioned the guards.\n\nIt's believed their talks with the guards helped the escapees, the official said."
    assert noted(text, "Sourcing.WeaselWords") == [("It's believed", "warning")]


# -- the outlet that reported it, right below ----------------------------------------------------

@pytest.mark.parametrize("below", ["LifeZette first reported that the nominee is looking at seized assets.",
                                   "The nominee is looking at seized assets, LifeZette reported.",
                                   "The Washington Post reported on Friday that the nominee is looking at seized assets."])
def test_a_reporting_passive_sourced_by_the_outlet_below(below):
    text = f"His campaign is reported to be weighing other options.\n\n{below}"
    assert noted(text, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("below", ["LifeZette said the nominee is looking at seized assets.",
                                   "Trump, asked about the report, did not deny it.",
                                   "No other outlet has reported that the nominee is looking at seized assets."])
def test_a_reporting_passive_with_no_outlet_reporting_below_stays(below):
    text = f"His campaign is reported to be weighing other options.\n\n{below}"
    assert noted(text, "Sourcing.WeaselWords") == [("is reported to", "warning")]


# -- a quotation whose closing mark is missing before its tag -----------------------------------

@pytest.mark.parametrize("tag", ["said Paul Cicio of the group", "Paul Cicio said", "she said", "said the superintendent"])
def test_an_unclosed_quotation_ends_at_its_tag(tag):
    text = f'"It was a shameful and disastrous failure that damages the economy, {tag}. The board met again on Monday.'
    assert noted(text, "Neutrality.Emotive") == []


def test_the_reporters_words_after_the_tag_are_read():
    text = '"It was a failure that damages the economy, Paul Cicio said. The shameful plan passed anyway.'
    assert noted(text, "Neutrality.Emotive") == [("shameful", "warning")]


# -- an accusation a crowd or unnamed officials are reported to make ---------------------------

@pytest.mark.parametrize("crowd", ["American officials say", "U.S. officials now say", "Western diplomats believe",
                                   "Israeli officials warn that"])
def test_an_accusation_placed_officials_make_is_attributed_if_vaguely(crowd):
    # which officials is the question (a suggestion), not whether anybody said it
    assert noted(f"{crowd} Russia is behind the unrest in the east.", "Sourcing.UnsourcedClaim") == \
        [("is behind the unrest", "suggestion")]


@pytest.mark.parametrize("sentence", ["Russia is behind the unrest in the east.",
                                      "Officials arrived on Monday, and Russia is behind the unrest in the east.",
                                      "Saying little, Russia is behind the unrest in the east.",
                                      # a bare or counted crowd names nobody: its paraphrase is the reporter's
                                      "Officials say Russia is behind the unrest in the east.",
                                      "Critics warned that Russia is behind the unrest in the east.",
                                      "Many believe Russia is behind the unrest in the east.",
                                      "Many officials say Russia is behind the unrest in the east.",
                                      "Some say Russia is behind the unrest in the east."])
def test_an_accusation_nobody_is_reported_to_make_stays_a_warning(sentence):
    assert noted(sentence, "Sourcing.UnsourcedClaim") == [("is behind the unrest", "warning")]


@pytest.mark.parametrize("sentence", [
    "Brexit supporters say checks can be done away from the border, but critics say it will be hard to police.",
    "The site releases emails from military officials and is said to have ties to a hacker who some believe works for Moscow."])
def test_a_crowd_earlier_in_the_sentence_does_not_answer_for_another_vague_voice(sentence):
    found = noted(sentence, "Sourcing.WeaselWords")
    assert found and all(severity == "warning" for _, severity in found)


# -- sources the held-out sets showed beside a vague claim ----------------------------------------

LONG_QUOTE = ('"The premise is that any disparity grows out of hidden bias. In fact, the disparities grow '
              'out of behavior," says {speaker}.')


@pytest.mark.parametrize("speaker", ["Heather Mac Donald, a fellow at the Manhattan Institute", "Ana Ruiz"])
def test_a_quotation_of_several_sentences_right_after_the_crowd_names_its_speaker_at_its_end(speaker):
    text = "Critics say the focus is misplaced. " + LONG_QUOTE.format(speaker=speaker)
    assert noted(text, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("speaker", ["one critic", "a department spokesman in response"])
def test_a_quotation_whose_speaker_is_unnamed_leaves_the_crowd(speaker):
    text = "Critics say the focus is misplaced. " + LONG_QUOTE.format(speaker=speaker)
    assert noted(text, "Sourcing.WeaselWords") == [("Critics say", "warning")]


@pytest.mark.parametrize("owner", ["Kaiser's tracking polls said", "The foundation's own tracking polls showed",
                                   "Gallup's weekly surveys show"])
def test_research_its_owner_names_is_named(owner):
    assert noted(f"{owner} views of the law roughly flipped after 2017.", "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("holder", ["a view expressed by Ms Clifford's lawyer in a tweet",
                                    "an opinion shared by Amnesty International", "a view voiced by Senator Ana Ruiz"])
def test_a_view_given_to_its_holder_after_it(holder):
    text = f"It is thought that moving the case to a federal court would keep it behind closed doors, {holder}."
    assert noted(text, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("holder", ["a view shared by many experts", "a view widely held in Washington"])
def test_a_view_given_to_nobody_in_particular_stays_vague(holder):
    text = f"It is thought that moving the case to a federal court would keep it behind closed doors, {holder}."
    assert noted(text, "Sourcing.WeaselWords") == [("It is thought", "warning")]


def test_a_crowd_the_newsroom_interviewed_is_its_own_reporting():
    assert noted("The strategy bolstered his standing, according to pundits, former politicians and donors "
                 "who spoke with IndyStar.", "Sourcing.WeaselWords") == []
    assert noted("The strategy bolstered his standing, according to pundits, former politicians and donors.",
                 "Sourcing.WeaselWords") == [("according to pundits", "warning")]


# -- the church's martyrs -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", ["Pope Francis will beatify 124 Korean martyrs on Saturday.",
                                      "The martyrs were canonised at the Vatican on Sunday.",
                                      "The Pope beatified the martyrs, who died for their faith in the 1800s."])
def test_martyrs_the_church_beatifies_are_its_title(sentence):
    assert noted(sentence, "Neutrality.Labels") == []


@pytest.mark.parametrize("sentence", ["The martyrs were buried in the village on Sunday.",
                                      "The group's martyrs were celebrated in a video released on Friday."])
def test_martyrs_in_the_writers_voice_are_still_a_label(sentence):
    assert noted(sentence, "Neutrality.Labels") == [("martyrs", "warning")]


@pytest.mark.parametrize("sentence", ["The city asked firms to consider the staggering of working hours.",
                                      "Officials urged the staggering of school start times."])
def test_the_staggering_of_hours_is_no_verdict(sentence):
    assert noted(sentence, "Neutrality.Editorializing") == []
    assert noted("The firm lost a staggering amount of money.", "Neutrality.Editorializing") == \
        [("staggering", "warning")]


# -- a crowd of experts right below its expert's long quotation -----------------------------------

EXPERT_QUOTED = ('"What a waste of time," said Larry Johnson, {role}. "We have not learned a thing in 80 '
                 'years. They meld into the civilian population."')
BELOW = "Militants are so embedded in the towns that it will take ground troops to evict them, analysts say."


def test_a_crowd_of_experts_below_its_experts_long_quotation_goes_on_with_it():
    assert noted(EXPERT_QUOTED.format(role="a former CIA analyst") + "\n\n" + BELOW, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("above", [EXPERT_QUOTED.format(role="a retired farmer"),
                                   '"What a waste of time," said Larry Johnson, a former CIA analyst. '
                                   "The troops left in May. The towns fell soon after."])
def test_a_crowd_below_a_quotation_of_no_expert_or_below_the_reporters_words_stays(above):
    assert noted(f"{above}\n\n{BELOW}", "Sourcing.WeaselWords") == [("analysts say", "warning")]


def test_the_reporters_own_sentence_between_the_quotation_and_the_crowd_breaks_the_link():
    text = (EXPERT_QUOTED.format(role="a former CIA analyst") + "\n\n"
            "The last offensive was in 2013. Some outside analysts speculated that the militants were short of money.")
    assert noted(text, "Sourcing.WeaselWords") == [("analysts speculated", "warning")]
