"""What the eighteenth round on unseen news (eval/UNSEEN.md) read from judged notes: people who
are believed trapped (not people who believe); doubt as a noun somebody expresses; guilt that
would have to be found first; research its owner is named for; an earlier report of a figure;
a loaded word denied; and the levels the judged record gives a few words. Each behaviour is
tested both ways, over variants built here."""
from __future__ import annotations

import pytest

from stylelint import lint_text, load_rules

from conftest import noted

RULES = load_rules()


# -- "150 people believed trapped": who is believed trapped, not who believes -----------------

@pytest.mark.parametrize("crowd, verb, state", [
    ("150 people", "believed", "trapped"), ("Dozens of migrants", "feared", "drowned"),
    ("Three climbers", "presumed", "dead"), ("40 workers", "thought", "missing"),
    ("Hundreds of residents", "believed", "stranded")])
def test_people_believed_trapped_are_not_a_crowd_of_believers(crowd, verb, state):
    text = f"Rescue crews raced to reach {crowd} {verb} {state} after the collapse."
    assert noted(text, "Sourcing.WeaselWords") == []
    # ... a crowd that believes something is still one
    assert [s for _, s in noted("Many people believed the rumours about the collapse.", "Sourcing.WeaselWords")] == ["warning"]


# -- "expresses some doubt": a noun somebody voices, not "some" who doubt --------------------

@pytest.mark.parametrize("verb", ["expresses", "expressed", "voices", "voiced", "expressing"])
def test_doubt_a_document_expresses_is_not_a_crowd(verb):
    assert noted(f"The industry's paper {verb} some doubt that the agency has the authority.",
                 "Sourcing.WeaselWords") == []
    assert [m for m, _ in noted("Some doubt that the agency has the authority.", "Sourcing.WeaselWords")] == ["Some doubt"]


# -- guilt that would have to be found first ------------------------------------------------

@pytest.mark.parametrize("condition", ["if it is found to have been responsible for",
                                       "if the kingdom is proven to have been behind",
                                       "unless it is shown to be responsible for",
                                       "whether they were found to have been responsible for"])
def test_a_condition_on_a_finding_accuses_nobody(condition):
    text = f"The president threatened penalties {condition} the journalist's disappearance."
    assert noted(text, "Sourcing.UnsourcedClaim") == []
    assert [s for _, s in noted("The kingdom has been responsible for the journalist's disappearance.",
                                "Sourcing.UnsourcedClaim")] == ["warning"]


# -- research whose owner the possessive names ---------------------------------------------

@pytest.mark.parametrize("owner, research", [("Greenberg's most", "recent polling shows"), ("Gallup's", "recent polls show"),
                                             ("the group's own", "surveys show"), ("the agency’s", "new studies show")])
def test_research_its_owner_is_named_for_is_sourced(owner, research):
    text = f"But {owner} {research} that married women disapprove."
    assert noted(text, "Sourcing.WeaselWords") == []
    # ... with no owner, nobody is named
    assert [s for _, s in noted(f"But {research} that married women disapprove.", "Sourcing.WeaselWords")] == ["warning"]


@pytest.mark.parametrize("opening", ["But", "And", "Yet", "Still"])
@pytest.mark.parametrize("research", ["surveys show", "recent polling shows", "studies have shown"])
def test_research_after_an_opening_conjunction_is_unnamed(opening, research):
    assert [s for _, s in noted(f"{opening} {research} that married women disapprove.", "Sourcing.WeaselWords")] \
        == ["warning"]
    assert noted(f"{opening} CNN {research} that married women disapprove.", "Sourcing.WeaselWords") == []


# -- an earlier report of a figure, on record ----------------------------------------------

@pytest.mark.parametrize("adverb", ["previously", "initially", "originally", "first"])
def test_a_figure_previously_reported_is_on_record(adverb):
    text = f"Productivity fell at a 0.2% rate. It was {adverb} reported to have declined at a 0.3% pace."
    assert noted(text, "Sourcing.WeaselWords") == []
    assert [s for _, s in noted(text.replace(f"{adverb} ", ""), "Sourcing.WeaselWords")] == ["warning"]


def test_an_estimate_put_at_a_figure_far_along_is_still_unnamed():
    text = "Some estimates put the total costs for the plan over 10 years at more than $32 trillion."
    assert [s for _, s in noted(text, "Sourcing.WeaselWords")] == ["warning"]


# -- a loaded word denied carries no charge ----------------------------------------------

@pytest.mark.parametrize("denied", ["it was not shocking", "it isn't shocking", "the scenes were never disturbing",
                                    "the attack was not a brutal one", "there was nothing shameful about it"])
def test_a_loaded_word_denied_is_quiet(denied):
    assert noted(f"The two men had a tempestuous relationship, so {denied}.", "Neutrality.Emotive") == []


@pytest.mark.parametrize("text, word", [("The decision was hardly shocking.", "shocking"),
                                        ("The verdict was shocking.", "shocking"),
                                        ("The attack was not only brutal but planned.", "brutal")])
def test_a_loaded_word_put_wryly_or_asserted_is_still_noted(text, word):
    assert [m for m, _ in noted(text, "Neutrality.Emotive")] == [word]


# -- levels from the judged record ---------------------------------------------------------

@pytest.mark.parametrize("text, rule, word", [
    ("The drone strike was a more spectacular one.", "Neutrality.Puffery", "spectacular"),
    ("The breathtaking scale of the fraud shocked investigators.", "Neutrality.Puffery", "breathtaking"),
    ("The visionary founder left the firm.", "Neutrality.Puffery", "visionary"),
    ("The senator seemed almost gleeful about the vote.", "Neutrality.Emotive", "gleeful"),
    ("The self-styled general led the march.", "Neutrality.Doubt", "self-styled"),
])
def test_words_the_judges_mostly_did_not_want_are_suggestions(text, rule, word):
    assert noted(text, rule) == [(word, "suggestion")]


def test_gleefully_of_what_people_do_stays_a_warning():
    assert noted("Democrats are gleefully highlighting the remarks.", "Neutrality.Emotive") == [("gleefully", "warning")]


# -- misses the judges listed: a demand, a consensus and a reaction nobody is said to hold ----

@pytest.mark.parametrize("text, words", [
    ("Some have even called for his resignation.", "Some have even called for"),
    ("But critics are calling for an inquiry.", "critics are calling for"),
    ("Many call for a ban on the drug.", "Many call for"),
    ("But there is a growing consensus that the talks have helped.", "there is a growing consensus"),
    ("There was a broad consensus, officials aside, that the law failed.", "There was a broad consensus")])
def test_a_demand_or_a_consensus_nobody_is_said_to_hold_is_noted(text, words):
    assert noted(text, "Sourcing.WeaselWords") == [(words, "warning")]


@pytest.mark.parametrize("text", ["Some called for calm at the rally on Sunday.",  # an event's crowd, told as past
                                  "His opponents, meanwhile, have called for more mass rallies.",  # a side named
                                  "The call for calm came late.", "There is no consensus that it works.",
                                  "There is a consensus on the need for reform."])
def test_an_events_crowd_a_named_side_or_no_consensus_is_quiet(text):
    assert noted(text, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("text, words", [("The ties to the group have also raised eyebrows.", "raised eyebrows"),
                                         ("He raised eyebrows when he shook hands with Castro.", "raised eyebrows"),
                                         ("The deal, raising eyebrows in the region, went ahead.", "raising eyebrows")])
def test_raised_eyebrows_is_a_suggestion(text, words):
    assert noted(text, "Sourcing.WeaselWords") == [(words, "suggestion")]


@pytest.mark.parametrize("text", ["The vitriol barely raised eyebrows.", "The secrecy didn't raise eyebrows until May.",
                                  "The plan raised eyebrows among Fed officials.",
                                  "The remark raised eyebrows at the State Department.",
                                  "Aides also raise eyebrows at why he stays."])
def test_eyebrows_nobody_raised_or_whose_owners_are_named_are_quiet(text):
    assert noted(text, "Sourcing.WeaselWords") == []


# -- a BBC box: "Analysis" on a line of its own over the correspondent's byline ---------------

STORY = ("US labels China a currency manipulator\n\nThe decision rattled investors on Monday, the Treasury said.\n\n"
         "{label}{byline}The move doesn't change much. Not legally speaking.\n\n"
         "Interestingly, the decision will have political ramifications.\n")


@pytest.mark.parametrize("byline", ["By Michelle Fleury, New York Business Correspondent",
                                    "Stephen McDonell, BBC China correspondent in Beijing",
                                    "By Faisal Islam, Economics editor"])
def test_a_correspondents_analysis_box_is_held_to_a_looser_voice(byline):
    def levels(text):
        return [a.severity for a in lint_text(text, rules=RULES, path="s.txt") if a.rule == "Neutrality.Editorializing"]
    assert levels(STORY.format(label="Analysis\n\n", byline=byline + "\n\n")) == ["suggestion"]
    # ... not without the label, nor a label over no analyst
    assert levels(STORY.format(label="", byline=byline + "\n\n")) == ["warning"]
    assert levels(STORY.format(label="Analysis\n\n", byline="")) == ["warning"]


@pytest.mark.parametrize("causer", ["has Democratic leadership", "left the party's donors", "keeps aides"])
def test_most_worried_as_a_degree_is_no_crowd(causer):
    assert noted(f"But it is the senator's fate that {causer} most worried.", "Sourcing.WeaselWords") == []
    assert [m for m, _ in noted("Most worried about the cost and stayed home.", "Sourcing.WeaselWords")] == ["Most worried"]


# -- the inverted pyramid: a lede that sums up the voices the story names below ---------------

BODY = ["The council voted 7-2 on Tuesday to close the library branch, Mayor Ana Ruiz said.",
        "Residents packed the hall. Librarian Mary Cole said the branch lent 40,000 books last year.",
        "\"We had no choice,\" said Tom Hale, the council's finance chair.",
        "The closure takes effect in March, the city's website says.",
        "The branch opened in 1962."]


def story(lede: str, at: int = 0, body=BODY) -> str:
    paragraphs = list(body)
    paragraphs.insert(at, lede)
    return "Council shuts library\n\n" + "\n\n".join(paragraphs) + "\n"


def levels_of(text: str) -> list[str]:
    return [a.severity for a in lint_text(text, rules=RULES, path="s.txt") if a.rule == "Sourcing.WeaselWords"]


@pytest.mark.parametrize("claim", ["Critics say the closure will hurt poorer families.",
                                   "Experts warn the closure will hurt poorer families.",
                                   "Some residents believe the closure will hurt poorer families.",
                                   "Polls show most residents oppose the closure."])
@pytest.mark.parametrize("at", [0, 1])
def test_a_ledes_crowd_summing_up_voices_named_below_is_a_suggestion(claim, at):
    assert levels_of(story(claim, at)) == ["suggestion"]
    # ... further down it is a warning, as in a story too short to name its voices
    assert levels_of(story(claim, 4)) == ["warning"]
    assert levels_of(story(claim, 0, body=BODY[3:])) == ["warning"]


def test_a_ledes_impersonal_passive_names_no_kind_the_body_could_be():
    assert levels_of(story("It is believed the closure will hurt poorer families.")) == ["warning"]


# -- who says it, read right (set e's judged notes) ------------------------------------------

def warned_in(text: str, rule: str) -> list[str]:
    return [m for m, s in noted(text, rule) if s in ("warning", "error")]


@pytest.mark.parametrize("predicate", ["could massively boost GDP", "was backed by NATO", "would help the EU"])
def test_a_closing_tag_after_a_predicate_ending_in_a_name_is_the_speakers(predicate):
    text = f"It is increasingly recognised that closing the gap {predicate}, said Maha Akeel, director at the OIC."
    assert warned_in(text, "Sourcing.WeaselWords") == []
    assert warned_in(text.split(", said")[0] + ".", "Sourcing.WeaselWords") != []


@pytest.mark.parametrize("aside", ["though there is steep competition", "although there are many candidates"])
def test_a_closing_tag_past_a_there_is_clause_speaks_for_the_sentence(aside):
    text = (f"Close allies of the governor also are thought to be headed for plum jobs, {aside}, said one veteran "
            "party operative working with the transition team.")
    assert warned_in(text, "Sourcing.WeaselWords") == []
    assert warned_in(text.split(", said")[0] + ".", "Sourcing.WeaselWords") == ["are thought to"]


def test_a_speaker_who_goes_on_after_but_still_speaks():
    named = "Marc Morial and Al Sharpton met the president on Tuesday.\n\n"
    text = (named + "The leaders said they did not discuss the report but afterward discounted it, saying "
            "previous studies have shown that raising the minimum wage does not cost jobs.")
    assert warned_in(text, "Sourcing.WeaselWords") == []
    # ... a "but" that brings in another subject sets it against them
    assert warned_in("The minister said the plan works, but critics say it will fail.", "Sourcing.WeaselWords") \
        == ["critics say"]


def test_sources_including_a_description_told_it():
    text = ("Sources, including several former employees of the agency who did not want their names used, "
            "told CNN it was assumed that the information was passed on.")
    assert warned_in(text, "Sourcing.WeaselWords") == []
    assert warned_in("It was assumed that the information was passed on.", "Sourcing.WeaselWords") == ["It was assumed"]


def test_a_participles_object_is_no_inverted_speaker():
    text = ("Some conservative critics have accused him of saving the law, citing a 2011 case where "
            "Kavanaugh dissented.")
    assert warned_in(text, "Sourcing.WeaselWords") == ["critics have accused"]


@pytest.mark.parametrize("speaker", ["U.N. special representative for Iraq, Nickolay Mladenov,",
                                     "the envoy, Nickolay Mladenov,"])
def test_words_a_fronted_participle_gives_the_speaker_are_theirs(speaker):
    text = f"Calling the torture and killing of the activist savage and cowardly, {speaker} said the government must act."
    assert warned_in(text, "Neutrality.Emotive") == []


def test_a_definite_subject_that_goes_on_with_and_still_speaks():
    text = ("Obama spoke on Friday.\n\nThe president also questioned the wisdom of the law and suggested "
            "people consider whether the teenager had the right to stand his ground.")
    assert warned_in(text, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("text", ["The answer was shocking to some legal watchers.",
                                  "The scenes were disturbing to many residents."])
def test_a_reaction_given_as_somebodys_is_not_the_reporters(text):
    assert warned_in(text, "Neutrality.Emotive") == []
    assert warned_in(text.split(" to ")[0] + ".", "Neutrality.Emotive") != []


def test_savage_as_a_verb_is_no_verdict():
    assert warned_in("Her plan was to let the party's two wings savage each other.", "Neutrality.Emotive") == []
    assert warned_in("The savage attack killed three guards.", "Neutrality.Emotive") == ["savage"]


@pytest.mark.parametrize("pull", ["People feel that Washington will never control him.",
                                  "Most voters think he will never be controlled by Washington."])
def test_a_pull_quote_set_above_its_quotation_is_the_speakers(pull):
    quote = pull.rstrip(".")
    below = f'Rep. Lou Barletta backs him. "{quote}. And that is what they want," Barletta said.'
    assert warned_in(f"Trump rally\n\n{pull}\n\n{below}", "Sourcing.WeaselWords") == []
    assert warned_in(f"Trump rally\n\n{pull}\n\nRep. Lou Barletta backs him.", "Sourcing.WeaselWords") != []


# -- a column signed off with what its writer writes for the page ----------------------------

@pytest.mark.parametrize("footer", ["Jack Pitney writes his Looking for Trouble blog exclusively for the Monitor.",
                                    "Paul Goldman writes a weekly column on politics for the Washington Post.",
                                    "Michael Wolff writes about the modern media business. He has won two awards."])
def test_a_writers_sign_off_makes_a_column(footer):
    body = ("How Obama can recover\n\nAmazingly, his own party dealt him a defeat in the House.\n\n"
            "There is still a chance that he could win.\n\n")
    assert warned_in(body + footer + "\n", "Neutrality.Editorializing") == []
    assert warned_in(body, "Neutrality.Editorializing") == ["Amazingly"]
    # ... a story on what somebody writes is news
    assert warned_in(body + "Mr Bolton writes that many aides disparaged him.\n", "Neutrality.Editorializing") \
        == ["Amazingly"]


@pytest.mark.parametrize("crowd", ["Some analysts wonder", "Others have wondered", "Many wondered",
                                   "Some conservative pundits wondered aloud"])
def test_a_crowd_that_wonders_is_a_vague_source(crowd):
    assert [s for _, s in noted(f"{crowd} whether the minister staged the story.", "Sourcing.WeaselWords")] \
        == ["warning"]
    assert noted("I wonder whether the minister staged the story.", "Sourcing.WeaselWords") == []


# -- a belief right after a named source's account is as likely that source's ------------------

@pytest.mark.parametrize("account, belief", [
    ("Police said the man was arrested at home.", "He is believed to have acted alone."),
    ("Nearly two thirds of those killed were foreign, according to Turkey's state news agency.",
     "Most are thought to be tourists."),
    ("Six crew members are among the hostages, Turkish Airlines said.\n\n", "Two pilots are also believed to be held."),
])
def test_a_belief_after_a_named_sources_account_is_one_level_down(account, belief):
    joined = account + ("" if account.endswith("\n") else " ")
    assert [s for _, s in noted(joined + belief, "Sourcing.WeaselWords")] == ["suggestion"]
    # ... with no account before it, or put as "it is believed that", it is a warning
    assert [s for _, s in noted("The man was arrested at home. " + belief, "Sourcing.WeaselWords")] == ["warning"]
    assert [s for _, s in noted(account + " It is believed that the man acted alone.", "Sourcing.WeaselWords")] \
        == ["warning"]


@pytest.mark.parametrize("text, rule, words", [
    ("Others argue the plan is unfair.", "Sourcing.WeaselWords", "Others argue"),
    ("Others think the plan is unfair.", "Sourcing.WeaselWords", "Others think"),
    ("Scientists say the planet is warming.", "Sourcing.WeaselWords", "Scientists say"),
    ("Survivors gave harrowing accounts of the raid.", "Neutrality.Emotive", "harrowing"),
])
def test_more_classes_the_judges_mostly_did_not_want_are_suggestions(text, rule, words):
    assert noted(text, rule) == [(words, "suggestion")]
    # ... while their neighbours stay warnings
    assert [s for _, s in noted("Some say the plan is unfair.", "Sourcing.WeaselWords")] == ["warning"]
