"""What the seventeenth round on unseen news (eval/UNSEEN.md) read from judged notes: a share of
the people is a suggestion; quotation marks typed the wrong way round; links to other stories;
the physical "slammed"; evidence found in a place; a crowd's view put as a condition; a named
speaker with "many others"; the speech tag turned round (", say experts"). Each behaviour is
tested both ways, over variants built here."""
from __future__ import annotations

import pytest

from stylelint import lint_text, load_rules

from conftest import noted

RULES = load_rules()


# -- a share of the people: a poll's or a census's figure, most often sourced nearby ----------

@pytest.mark.parametrize("share", ["40 percent of voters", "Four in 10 voters", "Two out of three Americans",
                                   "62% of adults", "9 in 10 residents"])
def test_a_share_of_the_people_is_a_suggestion(share):
    text = f"The council met on Monday. {share} want the tram extended."
    assert noted(text, "Sourcing.UnsourcedClaim") == [(share, "suggestion")]
    # ... named, it is sourced; a crowd counted at an event is still a warning
    assert noted(text.replace("extended.", "extended, a Gallup poll found."), "Sourcing.UnsourcedClaim") == []
    assert [s for _, s in noted("About 2,000 people have gathered outside the council.", "Sourcing.UnsourcedClaim")] \
        == ["warning"]


# -- quotation marks a keyboard turned the wrong way ----------------------------------------

@pytest.mark.parametrize("opening, closing", [("”", "″"), ("”", "”"), ("“", "“"), ("″", "″"), ("“", "″")])
def test_a_quotation_with_marks_turned_the_wrong_way_is_still_a_quotation(opening, closing):
    text = (f"Clyburn spoke on Sunday. The rally was {opening}an incredible show for the campaign,{closing} "
            "one aide said. The crowd was incredible.")
    # the aide's words are a quotation; the reporter's own after it are still read
    found = [a.start for a in lint_text(f"{text}\n", rules=RULES, path="s.txt") if a.rule == "Neutrality.Puffery"]
    assert found == [text.rindex("incredible")]
    # (with neither the marks nor the tag, both are the reporter's: "show" there is a noun, and
    # no speaker's tag)
    plain = text.replace(f",{closing} one aide said", ".").replace(opening, "")
    assert [m for m, _ in noted(plain, "Neutrality.Puffery")] == ["incredible", "incredible"]


def test_a_title_closed_by_a_double_prime_ends_there():
    text = "Clyburn told CBS’ “Face the Nation″ on Sunday. Steyer was ”doing an incredible job.″ The crowd was big."
    assert noted(text, "Neutrality.Puffery") == []
    assert [m for m, _ in noted(text.replace("big", "incredible"), "Neutrality.Puffery")] == ["incredible"]


# -- a line that links to another story ----------------------------------------------------

@pytest.mark.parametrize("link", ["( Also on POLITICO: GOP slams Obama sequester speech)",
                                  "ALSO ON FOXNEWS.COM: Senator slams the plan.",
                                  "More from CNN Politics: Senator slams the plan."])
def test_a_link_to_another_story_is_not_the_storys_copy(link):
    text = f"The early signs are not encouraging.\n\n{link}\n\nThe speaker thinks he has done his job."
    assert noted(text, "Neutrality.SaidSynonyms") == []
    body = text.replace(link, "The senator slams the plan as a tax on work.")
    assert [m for m, _ in noted(body, "Neutrality.SaidSynonyms")] == ["slams"]


# -- the physical "slammed" -----------------------------------------------------------------

@pytest.mark.parametrize("act", ["allegedly slammed Ben Jacobs to the floor", "slammed his rival into the mat",
                                 "was slamming the man against a car", "slammed the reporter onto the ground"])
def test_slamming_a_body_against_a_surface_is_no_criticism(act):
    assert noted(f"The candidate {act} at the headquarters.", "Neutrality.SaidSynonyms") == []
    assert [m for m, _ in noted("The candidate slammed the reporter for the story.", "Neutrality.SaidSynonyms")] \
        == ["slammed"]


# -- evidence found in a place --------------------------------------------------------------

@pytest.mark.parametrize("found", ["evidence found in a search of his condo", "evidence found at the scene",
                                   "evidence found on his phone"])
def test_evidence_found_in_a_place_is_no_finding(found):
    assert noted(f"The defense moved to suppress {found}.", "Sourcing.WeaselWords") == []
    assert [m for m, _ in noted("Evidence found that the drug works.", "Sourcing.WeaselWords")] == ["Evidence found"]


# -- a crowd's view put as a condition -------------------------------------------------------

@pytest.mark.parametrize("condition", ["if most people feel", "unless most voters believe",
                                       "whether many people think", "if critics argue"])
def test_a_crowds_view_as_a_condition_is_no_claim(condition):
    text = f"Nothing is going to add up to much {condition} that they are worse off than before."
    assert [s for _, s in noted(text, "Sourcing.WeaselWords") if s == "warning"] == []
    claim = condition.split(" ", 1)[1]
    assert [s for _, s in noted(f"{claim[:1].upper()}{claim[1:]} that they are worse off than before.",
                                "Sourcing.WeaselWords")] == ["warning"]


# -- a named speaker with "many others" ------------------------------------------------------

@pytest.mark.parametrize("others", ["many others", "some others", "several others"])
def test_a_named_speaker_with_many_others_is_a_source(others):
    text = f"Jason Grumet praised the law. Grumet and {others} complain that it also adds to the deficit."
    assert noted(text, "Sourcing.WeaselWords") == []
    alone = f"The law passed. {others[:1].upper()}{others[1:]} complain that it also adds to the deficit."
    assert noted(alone, "Sourcing.WeaselWords") != []


# -- the tag turned round: ", say experts" ---------------------------------------------------

@pytest.mark.parametrize("claim", ["The plan works", "Playing the race card works", "The deal is dead",
                                   "The tram fails"])
@pytest.mark.parametrize("tag", ["say experts", "argue some critics", "say analysts"])
def test_a_crowds_tag_turned_round_hides_who(claim, tag):
    expected = [(tag, "warning")] if "analysts" not in tag else []
    # ("say analysts" is the wire's kind of source, whose tag the typed-source rule reads)
    found = [(m, s) for m, s in noted(f"{claim}, {tag}.", "Sourcing.WeaselWords") if s == "warning"]
    assert found == expected
    # ... who are named, or work somewhere named, are a source
    assert [s for _, s in noted(f"{claim}, say experts at the Brookings Institution.", "Sourcing.WeaselWords")
            if s == "warning"] == []
    assert noted(f"{claim}, said Ana Ruiz, an economist.", "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("crowd", ["Pollsters", "Optimists", "Pessimists"])
def test_pollsters_and_optimists_are_a_vague_crowd(crowd):
    assert [m for m, _ in noted(f"{crowd} say the race is tightening.", "Sourcing.WeaselWords")] == [f"{crowd} say"]
    assert noted(f"Gallup {crowd.lower()} say the race is tightening.", "Sourcing.WeaselWords") == []


# -- "is accused of" is a suspect's charge as the wire words it; "has been accused of" a charge
# laid over time by people the copy does not name ---------------------------------------------

@pytest.mark.parametrize("form", ["is accused of", "was accused of", "stands accused of", "is being accused of",
                                  "is also accused of"])
def test_an_accusation_in_the_simple_passive_is_a_suggestion(form):
    assert noted(f"The contractor {form} defrauding the army.", "Sourcing.UnsourcedClaim") \
        == [(form, "suggestion")]


@pytest.mark.parametrize("charged, cleared", [
    ("The contractor has been accused of fraud.", "The contractor has not been accused of fraud."),
    ("The contractors have long been accused of fraud.", "The contractors have never been accused of fraud."),
    ("They've been accused of fraud.", "They haven't been accused of fraud."),
])
def test_an_accusation_laid_over_time_stays_a_warning(charged, cleared):
    assert [s for _, s in noted(charged, "Sourcing.UnsourcedClaim")] == ["warning"]
    assert noted(cleared, "Sourcing.UnsourcedClaim") == []


# -- doors that slam, a reputation, and The Hill's pop-up headlines closed by a bracket ---------

@pytest.mark.parametrize("text", ["He got a lot of doors slammed in his face.", "The doors were slammed in his face.",
                                  "The gate slammed behind the reporters."])
def test_a_door_that_slams_is_no_criticism(text):
    assert noted(text, "Neutrality.SaidSynonyms") == []
    assert [m for m, _ in noted("The senator slammed the reporters.", "Neutrality.SaidSynonyms")] == ["slammed"]


@pytest.mark.parametrize("frame", ["has a reputation as", "built a reputation as", "with his reputation as"])
def test_a_reputation_is_what_others_say(frame):
    assert noted(f"Wang Yi, the new minister, {frame} a brilliant diplomat, arrived.", "Neutrality.Puffery") == []
    assert [m for m, _ in noted("Wang Yi, the new minister, is a brilliant diplomat.", "Neutrality.Puffery")] \
        == ["brilliant"]


def test_pop_up_headlines_closed_by_a_bracket_are_not_the_storys():
    text = ("Those include influence over digital commerce (Illinois Rep. Jan Schakowsky Janice (Jan) Danoff "
            "SchakowskyWarren blasts Facebook over ads Veteran Democrat endorses challenger MORE); counterterrorism.")
    assert noted(text, "Neutrality.SaidSynonyms") == []
    assert [m for m, _ in noted(text.replace(" MORE)", ")"), "Neutrality.SaidSynonyms")] == ["blasts"]


# -- calibration by the judged record of every set: words that are as often the plain word -----

@pytest.mark.parametrize("text, rule, word", [
    ("The ad was a blatant lie about the budget.", "Neutrality.Emotive", "blatant"),
    ("The gaffe-prone minister spoke on Monday.", "Neutrality.Emotive", "gaffe-prone"),
    ("The new standard is ridiculous and unfair.", "Neutrality.Emotive", "ridiculous"),
    ("Controversial Gov. Paul LePage spoke on Monday.", "Neutrality.Emotive", "Controversial"),
    ("The legendary coach retired on Friday.", "Neutrality.Puffery", "legendary"),
    ("The bay is a beautiful place to swim.", "Neutrality.Puffery", "beautiful"),
    ("The statement was a thinly veiled attack on the mayor.", "Neutrality.Editorializing", "thinly veiled"),
    ("The senator lambasted the plan on Monday.", "Neutrality.SaidSynonyms", "lambasted"),
    ("The senator excoriated the bill in a letter.", "Neutrality.SaidSynonyms", "excoriated"),
    ('"It is a disgrace," she said, slamming the ruling.', "Neutrality.SaidSynonyms", "slamming"),
    ("The senator blasted the plan on Monday.", "Neutrality.SaidSynonyms", "blasted"),
    ("The senator slammed the bill in a letter.", "Neutrality.SaidSynonyms", "slammed"),
    ("The senator was blasting the plan on Monday.", "Neutrality.SaidSynonyms", "blasting"),
    ("Others say the tram will never pay for itself.", "Sourcing.WeaselWords", "Others say"),
    ("Supporters say the tram will pay for itself.", "Sourcing.WeaselWords", "Supporters say"),
    ("Clearly, the tram will never pay for itself.", "Neutrality.Editorializing", "Clearly"),
    ("Obviously, the tram will never pay for itself.", "Neutrality.Editorializing", "Obviously"),
])
def test_words_the_judges_mostly_found_plain_are_suggestions(text, rule, word):
    assert noted(text, rule) == [(word, "suggestion")]


@pytest.mark.parametrize("text, rule, word", [
    ("The attack was heinous.", "Neutrality.Emotive", "heinous"),
    ("The attack was a bizarre act.", "Neutrality.Emotive", "bizarre"),
    ("The world-class coach retired on Friday.", "Neutrality.Puffery", "world-class"),
    ("Critics say the tram will never pay for itself.", "Sourcing.WeaselWords", "Critics say"),
    ("It is no secret that the tram will never pay for itself.", "Neutrality.Editorializing",
     "It is no secret that"),
])
def test_words_the_judges_mostly_wanted_stay_warnings(text, rule, word):
    assert noted(text, rule) == [(word, "warning")]


def test_a_house_that_bans_the_verbs_of_attack_raises_the_rule():
    # `rules: {Neutrality.SaidSynonyms: error}` in a house's configuration: its suggestions are warnings
    rule = RULES.rule("Neutrality.SaidSynonyms")
    for verb in ("blasted", "slammed", "lambasted"):
        found = lint_text(f"The senator {verb} the plan on Monday.\n", rules=[(rule, "error")], path="s.txt")
        assert [(a.match, a.severity) for a in found] == [(verb, "warning")]


# -- a social post given again under the sentence that quoted it -----------------------------

@pytest.mark.parametrize("tag", ["she tweeted", "the president's daughter wrote on Twitter", "Ivanka Trump posted"])
def test_a_post_given_again_word_for_word_is_the_quotation(tag):
    quote = "Peaceful protest and freedom of assembly are beautiful American traditions"
    text = f'"{quote}," {tag}.\n\n{quote}.\n\nThe march went on into the night.'
    assert noted(text, "Neutrality.Puffery") == []
    # the same words as the reporter's own, with no quotation above them, are read
    assert [m for m, _ in noted(f"The march went on.\n\n{quote}.", "Neutrality.Puffery")] == ["beautiful"]
    # ... and so are words that only share a few of the quotation's
    assert [m for m, _ in noted(f'"{quote}," {tag}.\n\nThe traditions are beautiful, and old.',
                                "Neutrality.Puffery")] == ["beautiful"]


@pytest.mark.parametrize("network", ["Twitter", "Instagram", "Facebook"])
def test_a_post_after_a_skip_marker_is_the_posters(network):
    text = (f"The caravan reached the border.\n\nSkip {network} post 2 by @realDonaldTrump Border agents are not "
            "allowed to do their job because of ridiculous liberal laws. NO MORE\n\nThe agents waited.")
    assert noted(text, "Neutrality.Emotive") == []
    assert noted(text.replace(f"Skip {network} post 2 by @realDonaldTrump ", ""), "Neutrality.Emotive") != []


# -- what few are able to say, and an impression given as others' ----------------------------

@pytest.mark.parametrize("text", ["Yet few can claim to have seen him.", "Few could claim to have met him.",
                                  "Very few can claim to know the figure."])
def test_what_few_are_able_to_claim_is_no_view(text):
    assert noted(text, "Sourcing.WeaselWords") == []
    assert [s for _, s in noted("Some claim the deal is dead.", "Sourcing.WeaselWords")] == ["warning"]


@pytest.mark.parametrize("frame", ["struck some critics as", "struck him as", "strikes many voters as"])
def test_an_impression_others_had_is_theirs(frame):
    assert noted(f"The appeal {frame} bizarre pandering.", "Neutrality.Emotive") == []
    assert noted("The appeal was bizarre pandering.", "Neutrality.Emotive") == [("bizarre", "warning")]
