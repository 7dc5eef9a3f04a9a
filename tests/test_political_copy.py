"""Conventions of political news that the BASIL round (eval/UNSEEN.md, "Sixth round") found
misread: whose words a quoted verdict is, text set off after a lead-in, plural titles, the rest of
a body after "some" of it, and labels in a reported request or naming 9/11. Each behaviour is
tested both ways, over variants built here."""
from __future__ import annotations

import pytest

from stylelint import lint_text, load_rules

RULES = load_rules()


def warnings(text: str, rule: str) -> list[str]:
    return [a.match for a in lint_text(text + "\n", rules=RULES, path="s.md")
            if a.rule == rule and a.severity in ("warning", "error")]


def flagged(text: str, rule: str) -> list[str]:
    """Matches at any level (a toll of the dead or arrested is a suggestion)."""
    return [a.match for a in lint_text(text + "\n", rules=RULES, path="s.md") if a.rule == rule]


@pytest.mark.parametrize("verb", ["denounced", "blasted", "dismissed", "condemned", "derided", "slammed",
                                  "has criticized", "described"])
@pytest.mark.parametrize("quoted", ['as "outrageous."', "as “outrageous.”", 'as an "outrageous" stunt.'])
def test_a_verdict_quoted_after_as_is_the_critics_word(verb, quoted):
    assert warnings(f"Jane Roe, the party's lawyer, {verb} the tactic {quoted}", "Neutrality.Emotive") == []


@pytest.mark.parametrize("text", [
    'The campaign was launched as an "outrageous" stunt.',
    'The minister\'s "outrageous" plan passed on Monday.',
    'The plan, as "outrageous" as it was, passed.',
])
def test_a_scare_quote_the_sentence_gives_nobody_is_still_noted_one_level_down(text):
    # (a suggestion since the fourteenth round: the marks say the word is somebody's, or held at a
    # distance; of the four such warnings judged on unseen news, none was right)
    assert warnings(text, "Neutrality.Emotive") == [] and flagged(text, "Neutrality.Emotive") == ["outrageous"]


@pytest.mark.parametrize("verb", ["called", "has called", "described"])
def test_a_naming_verb_reaches_past_an_earlier_quotation(verb):
    text = (f'The campaign {verb} a New York Times report which includes video of him at a 2008 event saying '
            f'he had served "in Vietnam" an "outrageous distortion" of his record.')
    assert warnings(text, "Neutrality.Emotive") == []


def test_without_a_naming_verb_the_second_quotation_is_still_a_scare_quote():
    text = 'A video of him saying he had served "in Vietnam" was an "outrageous distortion" of his record.'
    assert flagged(text, "Neutrality.Emotive") == ["outrageous"]


@pytest.mark.parametrize("title", ["Sens.", "Reps.", "Govs.", "Drs."])
def test_a_plural_title_does_not_end_the_sentence(title):
    text = (f"The premier told {title} Ann Smith and Bob Jones that he regrets the trip has been "
            f"perceived by some to be partisan.")
    assert warnings(text, "Sourcing.WeaselWords") == []


def test_a_crowd_after_a_plural_title_that_ends_nothing_is_still_vague():
    text = "The bill passed. Sens. Ann Smith and Bob Jones voted no. It has been perceived by some to be partisan."
    assert warnings(text, "Sourcing.WeaselWords") == ["perceived by some"]


@pytest.mark.parametrize("lead_in", [
    "On Tuesday, a set of response points were circulated by Democrats close to the campaign:",
    "The campaign said in a statement:",
    "Here is a note from Len Burman, who directs the centre:",
    "The company wrote to its customers on Friday:",
])
def test_a_paragraph_set_off_by_a_lead_in_naming_its_author_is_their_text(lead_in):
    text = f"# Campaign hits back\n\n{lead_in}\n\nToday's story unfortunately distorts his record of service.\n"
    assert warnings(text, "Neutrality.Editorializing") == []


@pytest.mark.parametrize("lead_in", ["The major companies in the sector are:", "The facts are these:"])
def test_a_lead_in_that_names_no_author_sets_off_nothing(lead_in):
    text = f"# Sector report\n\n{lead_in}\n\nAcme, which unfortunately lost money, and Bolt.\n"
    assert warnings(text, "Neutrality.Editorializing") == ["unfortunately"]


def test_only_the_paragraph_right_after_the_lead_in_is_set_off():
    text = ("# Campaign hits back\n\nThe campaign said in a statement:\n\nWe served with pride.\n\n"
            "Unfortunately, the record shows otherwise.\n")
    assert warnings(text, "Neutrality.Editorializing") == ["Unfortunately"]


@pytest.mark.parametrize("members", ["justices", "senators on the panel", "judges"])
@pytest.mark.parametrize("view", ["appeared worried about the consequences", "fear the ruling will hurt small firms"])
def test_others_after_some_of_a_body_are_the_rest_of_it(members, view):
    text = f"Some {members} expressed qualms about the case. Others {view}."
    assert warnings(text, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("before", ["The plan was announced on Monday.", "Some critics expressed qualms about the case."])
def test_others_after_no_body_or_after_a_crowd_stay_vague(before):
    text = f"{before} Others fear the ruling will hurt small firms."
    assert warnings(text, "Sourcing.WeaselWords") == ["Others fear"]


@pytest.mark.parametrize("text", [
    "The war began in response to the terrorist attacks on Sept. 11, 2001.",
    "Families of the victims of the terror attacks of September 11 met the president.",
    "The law lets families of the Sept. 11 victims sue the kingdom for any role in the terrorist plot.",
    "The resolution asks members to repudiate bigots in their own ranks.",
    "The council urged parents to keep children away from extremists online.",
    "The mayor called on residents to report terrorists to the police.",
])
def test_a_label_naming_9_11_or_in_a_reported_request_is_not_the_writers(text):
    assert warnings(text, "Neutrality.Labels") == []


@pytest.mark.parametrize("text, label", [
    # (an act, "the terrorist attacks of Tuesday", is a suggestion since the ninth round)
    # (and people called terrorists, a suggestion since the tenth round: "thugs" stands in for them)
    ("The thugs who attacked on Tuesday killed four people.", "thugs"),
    ("The order to leave came after bigots attacked the mosque.", "bigots"),
    ("Members were asked about the raid. Thugs had planned it for months.", "Thugs"),
])
def test_labels_elsewhere_stay_the_writers(text, label):
    assert warnings(text, "Neutrality.Labels") == [label]


@pytest.mark.parametrize("text", [
    "He dared investigators to find hard evidence to link him to the plot.",
    "Prosecutors lacked the evidence to show intent.",
    "The agency commissioned studies to show the effect of the tax.",
])
def test_research_wanted_for_a_purpose_claims_nothing(text):
    assert warnings(text, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("text", ["Studies continue to show the drug works.", "Research seems to show the drug works.",
                                  "Evidence suggests the drug works."])
def test_research_that_shows_something_unnamed_is_still_flagged(text):
    assert len(warnings(text, "Sourcing.WeaselWords")) == 1


# ("gaffe-prone" and "controversial" of a person are suggestions since the seventeenth round)
@pytest.mark.parametrize("text, word, level", [
    ("Bombastic talk show host Glenn Beck closed the conference on Saturday.", "Bombastic", "warning"),
    ("Mattis served a mercurial president for two years.", "mercurial", "warning"),
    ("The gaffe-prone minister apologised on Monday.", "gaffe-prone", "suggestion"),
    ("Voters re-elected controversial Maine Gov. Paul LePage in 2014.", "controversial", "suggestion"),
    ("She posed for controversial photographer Tyler Shields.", "controversial", "suggestion"),
    ("The controversial cleric was deported on Monday.", "controversial", "suggestion"),
    ("He hired a controversial Texas pastor as an adviser.", "controversial", "suggestion"),
])
def test_a_verdict_on_a_persons_temper_or_a_label_of_controversy_is_flagged(text, word, level):
    assert [(a.match, a.severity) for a in lint_text(text + "\n", rules=RULES, path="s.md")
            if a.rule == "Neutrality.Emotive"] == [(word, level)]


@pytest.mark.parametrize("text", [
    "The controversial law passed on Monday.",
    "The judge's controversial ruling was overturned.",
    "A controversial decision by the governor drew protests.",
    '"He is a mercurial president," the senator said.',
    "Critics call him bombastic and thin-skinned, a charge he denies.",
])
def test_a_disputed_thing_or_a_quoted_verdict_on_a_person_is_not(text):
    assert warnings(text, "Neutrality.Emotive") == []


@pytest.mark.parametrize("text, match", [
    ("The remark was widely interpreted among critics as a snub.", "was widely interpreted among critics as"),
    ("The levy is widely perceived as unfair.", "is widely perceived as"),
    ("The move was widely seen by investors as a signal.", "was widely seen by investors as"),
])
def test_a_view_put_as_widely_held_names_nobody(text, match):
    assert warnings(text, "Sourcing.WeaselWords") == [match]


@pytest.mark.parametrize("text", ["The bank is widely expected to raise rates.",
                                  "The remark was interpreted by the court as a threat."])
def test_a_forecast_consensus_or_a_named_interpreter_is_not_a_weasel(text):
    assert warnings(text, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("text", [
    "The death of George Floyd inspired anti-racist protests around the world.",
    "Anti-extremist groups met on Monday.",
    "The non-racist majority stayed home.",
    "Counter-extremist officers raided the flat.",
    "Protesters demanding cuts to a police department they decry as violent and racist camped outside.",
])
def test_what_opposes_a_label_or_who_decries_with_it_labels_nobody(text):
    assert warnings(text, "Neutrality.Labels") == []


@pytest.mark.parametrize("text, label", [
    ("Anti-Muslim thugs attacked the mosque.", "thugs"),
    ("Racist graffiti aside, the anti-war march passed off peacefully after racists heckled it.", "racists"),
])
def test_a_label_beside_an_anti_word_is_still_flagged(text, label):
    assert flagged(text, "Neutrality.Labels") == [label]  # ("racists" is a suggestion since set U)


# -- the AllSides round: 2012-2020 news of about 25 outlets --------------------------------------

@pytest.mark.parametrize("tag", ["the officials said", "officials said", "the police said", "the authorities said"])
def test_a_count_closed_by_a_tag_of_the_people_who_gave_it_is_sourced(tag):
    assert flagged(f"More than 400 miners have been arrested since Friday, {tag}.", "Sourcing.UnsourcedClaim") == []


@pytest.mark.parametrize("tag", ["the experts said", "the critics said", "some officials believe"])
def test_a_crowd_of_opinion_in_the_tag_still_sources_no_count(tag):
    assert flagged(f"More than 400 miners have been arrested since Friday, {tag}.", "Sourcing.UnsourcedClaim") \
        == ["More than 400 miners have been arrested"]


@pytest.mark.parametrize("text", [
    'The offer was said to be "workable" by the governor\'s office.',
    "The proposal was said to be encouraging by the White House.",
    'The plan was criticized as "reckless" and "cruel" by the opposition leader.',
])
def test_a_passive_whose_holder_is_named_after_its_words_is_sourced(text):
    assert warnings(text, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("text", ["The smog is thought to be caused by traffic.",
                                  "He is believed to be hiding in the hills by the border."])
def test_a_by_that_names_a_cause_or_a_place_is_no_holder(text):
    assert len(warnings(text, "Sourcing.WeaselWords")) == 1


@pytest.mark.parametrize("text", ["The prisoner was slammed repeatedly into a wall.",
                                  "The car slammed violently into the barrier."])
def test_a_physical_slam_with_an_adverb_is_no_verb_of_attack(text):
    assert warnings(text, "Neutrality.SaidSynonyms") == []


@pytest.mark.parametrize("text", ['The governor ripped the senator for "despicable" remarks.',
                                  'The union blasted the "outrageous" plan.',
                                  'The minister praised the "heroic" crews.'])
def test_a_word_quoted_close_after_a_verb_of_verdict_is_the_speakers(text):
    assert warnings(text, "Neutrality.Emotive") == [] and warnings(text, "Neutrality.Puffery") == []


@pytest.mark.parametrize("text, word", [('The "outrageous" plan was blasted by the union.', "outrageous"),
                                        ('The union met on Monday. The "despicable" remarks were made on Friday.', "despicable")])
def test_a_scare_quote_before_the_verb_or_in_another_sentence_is_noted(text, word):
    assert flagged(text, "Neutrality.Emotive") == [word]


@pytest.mark.parametrize("text", ["What is behind the farm unrest?", "Is the Supreme Court rigged to benefit corporations?",
                                  "Who is responsible for the attack?"])
def test_a_question_accuses_nobody(text):
    assert warnings(text, "Sourcing.UnsourcedClaim") == []


@pytest.mark.parametrize("text", ["The governor is behind the attack.", "The court is rigged to benefit corporations."])
def test_the_same_words_asserted_are_an_accusation(text):
    assert len(flagged(text, "Sourcing.UnsourcedClaim")) == 1


@pytest.mark.parametrize("text", ["The mayor's support could be more resilient than skeptics think.",
                                  "Prices rose faster than economists expected."])
def test_a_comparison_with_what_a_crowd_thinks_cites_nobody(text):
    assert warnings(text, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("text", ["The size of the losses was staggering to investors.",
                                  "He was seen staggering to the door."])
def test_staggering_to_somebody_or_somewhere_is_not_the_writers_verdict(text):
    assert warnings(text, "Neutrality.Editorializing") == []


def test_a_staggering_figure_is():
    assert warnings("The firm received a staggering 12 million emails.", "Neutrality.Editorializing") == ["staggering"]


@pytest.mark.parametrize("text, severity", [
    ("Kassig's purported executioner speaks in the video.", "suggestion"),
    ("These incidents do not disprove the purported results.", "suggestion"),
    ("Trump, the self-proclaimed kingmaker, pulled out of the debate.", "suggestion"),
    ("The self-styled general led the march.", "suggestion"),  # as "self-proclaimed" (eighteenth round)
    ("He purportedly fled to Spain in 2019.", "warning"),
])
def test_the_wires_hedges_are_suggestions_and_a_sneer_a_warning(text, severity):
    assert [a.severity for a in lint_text(text + "\n", rules=RULES, path="s.md")
            if a.rule == "Neutrality.Doubt"] == [severity]


def test_a_body_that_proclaimed_itself_is_described_not_doubted():
    text = "Results were released by the self-proclaimed electoral commissions of the two regions."
    assert [a for a in lint_text(text + "\n", rules=RULES, path="s.md") if a.rule == "Neutrality.Doubt"] == []


@pytest.mark.parametrize("text", [
    # a cry, a chant or a slogan quoted is somebody's words (set Z, judged in the thirteenth round)
    'The attempted tear-down provoked cries of "thugs" from the president.',
    'Protesters answered with chants of "thugs" outside the hall.',
    'The mayor later took back remarks she had made about "thugs" looting the shops.',
    'He used the term "illegals" twice in the speech.',
    'She apologised for a tweet calling the protesters "thugs".',
])
def test_a_word_quoted_after_words_about_words_is_mentioned_not_used(text):
    assert warnings(text, "Neutrality.Labels") == []


@pytest.mark.parametrize("text", ['The "thugs" looted the shops on Monday.', 'Shops were looted by "thugs" on Monday.'])
def test_a_scare_quoted_label_away_from_words_about_words_is_noted(text):
    assert flagged(text, "Neutrality.Labels") == ["thugs"]


@pytest.mark.parametrize("text", [
    "Pate doesn't think fraud is rampant in Iowa but says all the talk of fraud has people worried.",
    "The governor called the vote fair but says many voters worry about the count.",
])
def test_a_named_speaker_whose_but_clause_reports_the_crowd_sources_it(text):
    assert warnings(text, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("text", [
    "The minister said the plan works, but critics say it will fail.",
    "Inflation will ease, according to the bank, although many economists believe it will not.",
])
def test_a_crowd_set_against_the_named_source_is_still_vague(text):
    assert len(warnings(text, "Sourcing.WeaselWords")) == 1


@pytest.mark.parametrize("text", [
    "He was hailed as an icon of the #Resistance by the anti-Trump left.",
    "Polls suggest the race is close, with Clinton ahead by 2 points in the RealClearPolitics polling average.",
    "Polls suggest the race is close, according to a CNN/ORC poll released on Monday.",
])
def test_a_holder_or_a_named_poll_later_in_the_sentence_sources_it(text):
    assert warnings(text, "Sourcing.WeaselWords") == []


def test_a_kind_of_poll_is_no_holder():
    assert len(warnings("Opinion polls suggest the governing party will lose.", "Sourcing.WeaselWords")) == 1


def test_a_by_of_means_is_no_holder():
    text = "His remark had been widely criticized at the time, by saying nothing new."
    assert [a.severity for a in lint_text(text + "\n", rules=RULES, path="s.md")
            if a.rule == "Sourcing.WeaselWords"] == ["suggestion"]  # agentless criticism: a suggestion


def test_a_verdict_put_as_others_view_is_not_the_writers():
    text = "Her son dates a Jewish woman, a relationship considered scandalous on both sides."
    assert warnings(text, "Neutrality.Emotive") == []


@pytest.mark.parametrize("text", ["The judge questioned the prosecutors' contention that the clerk had lied about the payments.",
                                  "The board rejected allegations that the firm covered up the losses."])
def test_an_accusation_named_as_somebodys_claim_is_theirs(text):
    assert flagged(text, "Sourcing.UnsourcedClaim") == []


def test_the_same_accusation_asserted_is_flagged():
    assert flagged("The clerk had lied about the payments.", "Sourcing.UnsourcedClaim") == ["lied about"]


def levels(text: str, rule: str) -> list[str]:
    return [a.severity for a in lint_text(text + "\n", rules=RULES, path="s.md") if a.rule == rule]


# An act of wrongdoing told as done is most often a matter of record the story does not restate
# (a plea, a verdict, a documented atrocity): 0 of 14 judged right on news nobody tuned on
# (eval/UNSEEN.md, thirteenth round). A suggestion to check the record; blame and "is accused
# of", which name a culprit the record may not, stay warnings.
@pytest.mark.parametrize("act", ["The clerk lied to investigators about the payments.",
                                 "Soldiers tortured the prisoners in the camp.",
                                 "The officials rigged the vote in three districts.",
                                 "The militia massacred the villagers.",
                                 "The company covered up the losses for years.",
                                 "The soldiers committed atrocities in the village.",
                                 "The gang carried out the bombing."])
def test_an_act_told_as_done_is_a_suggestion(act):
    assert levels(act, "Sourcing.UnsourcedClaim") == ["suggestion"]


@pytest.mark.parametrize("blame", ["The militia was behind the bombing.",
                                   "The governor is responsible for the killings.",
                                   "The mayor is guilty of fraud.",
                                   "The mayor has been accused of taking bribes."])
def test_blame_and_an_accusation_stay_warnings(blame):
    assert levels(blame, "Sourcing.UnsourcedClaim") == ["warning"]


@pytest.mark.parametrize("text, rule", [("The legendary being lived in the lake.", "Neutrality.Puffery"),
                                        ("He came staggering into the bar.", "Neutrality.Editorializing")])
def test_a_function_word_right_after_a_term_counts_for_its_senses(text, rule):
    assert warnings(text, rule) == []


@pytest.mark.parametrize("text, crowd", [
    ("More than 1,000 people were killed in a week of violence, according to the Observatory, with "
     "critics accusing government forces of summary executions.", "critics accusing"),
    ("Inflation will ease this year, according to the central bank, with many economists saying it will not.",
     "many economists saying"),
])
def test_a_crowd_set_against_its_sentences_source_after_a_comma_and_with_is_vague(text, crowd):
    assert warnings(text, "Sourcing.WeaselWords") == [crowd]


def test_with_and_no_comma_goes_on_with_the_sources_own_account():
    text = "The bank expects growth to slow, according to its report with many economists saying the same."
    assert warnings(text, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("headline", ["# Senator slams Treasury over budget plan", "# Mayor blasts council",
                                      "# Trump Lashes Out at Griffin"])
def test_a_headlines_verb_of_attack_is_the_desks_shorthand(headline):
    assert levels(f"{headline}\n\nThe senator criticized the plan on Monday.", "Neutrality.SaidSynonyms") == []


def test_the_same_verb_in_the_story_is_flagged():
    text = "# Budget row\n\nThe senator slammed the Treasury over the plan on Monday."
    assert levels(text, "Neutrality.SaidSynonyms") == ["suggestion"]


@pytest.mark.parametrize("headline", ["# Protests spread", "# Claims rise", "# Protests grow in the capital"])
def test_a_headlines_noun_is_no_quotation_tag(headline):
    assert warnings(f"{headline}\n\nCrowds gathered on Monday.", "Neutrality.SaidTags") == []


@pytest.mark.parametrize("day", ["Thursday", "on Monday", "yesterday", "last Friday"])
def test_a_day_between_a_loaded_verb_and_its_clause_is_still_its_clause(day):
    text = f"The governor insisted {day} that the budget was balanced."
    assert [a.severity for a in lint_text(text + "\n", rules=RULES, path="s.md")
            if a.rule == "Neutrality.SaidSynonyms"] == ["suggestion"]


@pytest.mark.parametrize("place", ["Ely, Minn.", "Reno, Nev.", "Dover, Del."])
def test_a_speaker_described_with_a_town_and_its_state_is_named(place):
    text = f"Many farmers say they back the new quota rules. Tom Reed, a farmer in {place}, said he could wait."
    assert warnings(text, "Sourcing.WeaselWords") == []


def test_a_town_and_its_state_name_no_speaker_when_nobody_speaks():
    text = "The storm hit Ely, Minn., on Monday, killing 12 people."
    assert flagged(text, "Sourcing.UnsourcedClaim") == ["killing 12 people"]


@pytest.mark.parametrize("text, hit", [("The two met again after their brutal 2008 primary fight.", []),
                                       ("The army waged a brutal campaign of ethnic cleansing.", ["brutal"])])
def test_brutal_of_a_hard_contest_is_no_verdict_but_of_a_military_campaign_it_is(text, hit):
    assert flagged(text, "Neutrality.Emotive") == hit  # (a suggestion since set U)


def test_a_post_signed_at_the_end_of_its_own_paragraph_is_the_posters():
    post = "Like many other so-called budget experts, he knows very little about money."
    text = f"# Mayor hits back\n\nThe mayor reacted on Twitter.\n\n{post}.... — Jane Roe (@janeroe) March 3, 2019\n\n{post}"
    assert [a.line for a in lint_text(text + "\n", rules=RULES, path="s.md")
            if a.rule == "Neutrality.Doubt"] == [7]


@pytest.mark.parametrize("text", ["Follow the mayor at @janeroe for updates.", "The campaign used the hashtag #Bidenomix."])
def test_a_handle_or_a_hashtag_is_no_misspelling(text):
    assert [a.match for a in lint_text(text + "\n", rules=RULES, path="s.md") if a.rule == "Typos.Spelling"] == []


def test_the_same_word_without_its_mark_is_checked():
    assert [a.match for a in lint_text("The mayor spoke to janeroe on Monday.\n", rules=RULES, path="s.md")
            if a.rule == "Typos.Spelling"] == ["janeroe"]


@pytest.mark.parametrize("before", ["Conservative Republicans in the House pleaded on Friday for a delay.",
                                    "The post caught many Democrats off guard."])
def test_some_right_after_a_group_that_is_a_name_are_some_of_it(before):
    assert warnings(f"{before} Some grumbled that the vote had been rushed.", "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("text, crowd", [
    ("The plan was announced on Friday. Some grumbled that the vote had been rushed.", "Some grumbled"),
    ("Unions for Deutsche Boerse staff have expressed fears over jobs. Others claim the deal will weaken the city.",
     "Others claim"),
    ("Senate Democrats met on Monday. Many say the bill will fail.", "Many say"),
])
def test_some_after_no_named_group_others_after_one_and_many_stay_vague(text, crowd):
    assert warnings(text, "Sourcing.WeaselWords") == [crowd]


def test_a_two_sentence_quotation_opening_the_next_paragraph_names_the_crowds_member():
    text = ('# Council weighs housing plan\n\nSome say that is just an excuse.\n\n"Voters did not elect the aide, OK? '
            'They elected the mayor," says Tom Reyes, a political science professor at Hiram College.')
    assert warnings(text, "Sourcing.WeaselWords") == []


def test_a_next_paragraph_that_names_nobody_leaves_the_crowd_vague():
    text = ('# Council weighs housing plan\n\nSome say that is just an excuse.\n\n"Voters did not elect the aide, OK? '
            'They elected the mayor."')
    assert warnings(text, "Sourcing.WeaselWords") == ["Some say"]


@pytest.mark.parametrize("text, hit", [
    ("The agency has not identified any terrorist plot that bulk collection uncovered.", []),
    ("There have been no terror attacks in the city since 2005.", []),
    ("The terrorist plot was foiled on Monday.", ["terrorist"]),
])
def test_no_terrorist_plot_or_any_at_all_labels_nobody(text, hit):
    assert flagged(text, "Neutrality.Labels") == hit  # (a terrorist plot: a suggestion since the tenth round)


def test_praise_put_as_widely_held_is_a_weasel_not_the_writers_puffery():
    text = "He was widely considered brilliant."
    assert warnings(text, "Neutrality.Puffery") == [] and warnings(text, "Sourcing.WeaselWords") == ["was widely considered"]


@pytest.mark.parametrize("footer", [
    "John Doe, a fellow at a think tank, is a member of USA TODAY's Board of Contributors.",
    "Donald Lambro is a syndicated columnist and contributor to The Washington Times.",
    "The views expressed here are her own and do not reflect those of her employer.",
    "Ana Ruiz is a contributing writer for the paper's opinion pages.",
    "Leonid Bershidsky is Bloomberg Opinion's Europe columnist.",
    "Ana Ruiz is a Washington Post columnist.",
    "Rich Lowry is editor of National Review.",
    "Ana Ruiz is the author of a book on city budgets.",
    "Josh Roe has taught history at Cambridge and Princeton and is the author of a book on Lincoln's aides.",
    "This column does not necessarily reflect the opinion of the editorial board.",
    "Send letters to letters@suntimes.com.",
    # (fourteenth round: the opinion pages' footers missed on 200 AllSides opinion pieces)
    "Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and Instagram.",
    "Follow us on Twitter @WSJopinion.",
    "© 2019 Tribune Content Agency, LLC",
    "© 2019 by King Features Syndicate",
    "Distributed by Creators Syndicate.",
    'John Roe is author of "No They Can\'t! Why Government Fails".',
    # the writer's bio, by a name the piece never mentions
    "Linda Gorman is director of the Health Care Policy Center at the Independence Institute.",
    "Michael McConnell is a professor at Stanford Law School. He served as a judge for ten years.",
    "Ameya Pawar was the first Indian American elected to the city council and is a senior fellow with a think tank.",
    "Jonathan Turley is the chair of public interest law at George Washington University.",
    'Pat Roe has been an adviser to three presidents. He was a founding member of "The Group" and CNN\'s "Crossfire."',
])
def test_the_opinion_pages_line_under_a_column_makes_it_a_column(footer):
    text = f"# Lawmakers must stop dithering\n\nThe narrow win was undoubtedly the worst outcome for the party.\n\n{footer}"
    assert warnings(text, "Neutrality.Editorializing") == []


@pytest.mark.parametrize("footer", [
    "Jane Roe is a Reuters correspondent in Washington.",
    "Tom Roe, who is a syndicated columnist, said the vote was close.",
    "The paper's editorial board endorsed the mayor last week.",
    "Tom Roe, who is a Washington Post columnist, said the vote was close.",
    "The mayor is the author of the plan, which the council passed on Monday after a long debate.",
    "Jane Roe is editing the budget, the council said.",
    # a partner outlet's credit under a wire story (Fox News), and a quoted word after "of"
    "Click here for more from WFXT.",
    "© 2019 The Associated Press. All rights reserved.",
    'Jane Roe is the mayor of the town, who called the plan "reckless".',
    # history, or the reporter's credit, is no writer's bio
    "Harry Truman was the last president to speak before a large crowd there, in 1951.",
    "Vice President Biden was also delivering a speech on Monday.",
    "Kyle Stokes is a reporter for StateImpact Indiana, a collaboration of public radio stations.",
])
def test_a_reporters_credit_or_a_columnist_quoted_in_the_news_is_no_column(footer):
    text = f"# Budget passes\n\nThe narrow win was undoubtedly the worst outcome for the party.\n\n{footer}"
    assert warnings(text, "Neutrality.Editorializing") == ["undoubtedly"]


@pytest.mark.parametrize("byline", ["The Editorial Board", "Editorial Board"])
def test_an_editorial_boards_byline_makes_an_editorial(byline):
    text = f"# Overtime pay\n\n{byline}\n\nThe narrow win was undoubtedly the worst outcome for workers."
    assert warnings(text, "Neutrality.Editorializing") == []
    assert warnings(text.replace(byline, "By Jane Roe"), "Neutrality.Editorializing") == ["undoubtedly"]


# A quotation in the clause a verb of saying reports is the speaker's however far on ("said simply
# that the issue of whether ... was "totally irrelevant""), and "commented" is a verb of saying
# (thirteenth round, an audit of scare quotes in unseen copy)
@pytest.mark.parametrize("text", [
    'Asked about the deal, Ana Ruiz said simply that the question of who led the talks for the city was "legendary".',
    'That was "legendary," Senator Ruiz commented back in April.',
    "A smiling Walker chatted with voters, commenting, for example, on the beautiful morning."])
def test_words_in_a_reported_clause_or_after_commented_are_the_speakers(text):
    assert warnings(text, "Neutrality.Puffery") == []


def test_a_quoted_word_a_sentence_after_the_speaker_is_still_noted():
    text = 'Ana Ruiz said the council met. The vote, held in the old town hall near the river, was "legendary".'
    assert flagged(text, "Neutrality.Puffery") == ["legendary"]


def test_the_bio_of_somebody_the_story_quoted_is_no_writers_bio():
    text = ("# Budget passes\n\nThe narrow win was undoubtedly the worst outcome for the party. Linda Gorman "
            "said the next vote would be close.\n\nLinda Gorman is director of the Health Care Policy Center at the institute.")
    assert warnings(text, "Neutrality.Editorializing") == ["undoubtedly"]
