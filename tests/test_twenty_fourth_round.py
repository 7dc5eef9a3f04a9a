"""What the twenty-fourth round read from AllSides news of the usual length (eval/UNSEEN.md): a
paraphrase that runs into a quotation its closing tag names is the speaker's account however long
the quotation, and what somebody "is widely considered" is a description, not the reporter's
verdict; a crowd word that is what somebody is seen as ("viewed as Mr. Trump's strongest critic in
the Senate") names no source, a source after a semicolon speaks for its own clause, and a speaker
set off by a phrase ("The official, speaking on condition of anonymity, said") sources the
sentence; a bare "according to estimates" hides who; somebody "considered for the job", accounts
"reported to tax authorities" and an ad "which claims" hold no unnamed view and tag no quotation;
"shady" and "sinister" are the reporter's insinuation, a suggestion; a desk's label closing the
headline ("...: Our view") marks comment; another story's headline linked between paragraphs (in
capitals, or under "READ MORE:") is not the story's. Each behaviour is tested both ways, over
variants built here."""
from __future__ import annotations

import pytest

from conftest import noted

WEASEL = "Sourcing.WeaselWords"
EMOTIVE = "Neutrality.Emotive"
SAID_TAGS = "Neutrality.SaidTags"
EDITORIALIZING = "Neutrality.Editorializing"


# -- a paraphrase that runs into a quotation its tag closes ---------------------------------------

@pytest.mark.parametrize("sentence,rule", [
    ("Such an objective will undoubtedly require a “small” number of U.S. advisers to work with Iraqi "
     "troops “on the ground and in harm’s way,” Mr. Gates said.", EDITORIALIZING),
    ("The brutal regime will soon face “a reckoning unlike anything it has seen,” the senator said.", EMOTIVE),
    ("The horrific attack left the town “in a state of shock that will last for years,” the mayor told "
     "reporters on Monday.", EMOTIVE),
    ("The shocking verdict means the family will have to “start all over again with nothing at all,” "
     "she said in a statement.", EMOTIVE)])
def test_a_paraphrase_running_into_a_tagged_quotation_is_the_speakers(sentence, rule):
    assert noted(sentence, rule) == []


@pytest.mark.parametrize("sentence", [
    # the quotation opens the sentence: the words after the tag are the reporter's
    "“We will face a reckoning unlike anything we have seen,” the senator said of the shocking attack.",
    # the quotation ends the sentence and nobody is named in it
    "The shocking attack left the town “in a state of shock that will last for years.” The mayor said so.",
    # words after the tag, in a clause of its own
    "The attack left the town “in a state of shock for years,” the mayor said, and the shocking images "
    "spread online within the hour."])
def test_words_the_tag_does_not_close_are_still_the_reporters(sentence):
    assert [s for _, s in noted(sentence, EMOTIVE)] == ["warning"]


# -- what somebody is considered ------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Trump aligned himself with Kim, considered a brutal dictator by many.",
    "The governor is widely considered the most disastrous leader in decades."])
def test_what_somebody_is_considered_is_their_description(sentence):
    assert noted(sentence, EMOTIVE) == []


@pytest.mark.parametrize("sentence", ["The board considered the shocking proposal on Monday.",
                                      "The shocking proposal was considered on Monday."])
def test_considering_a_thing_frames_nothing(sentence):
    assert [s for _, s in noted(sentence, EMOTIVE)] == ["warning"]


# -- what somebody is seen as names no source; a semicolon ends a source's reach ----------------

@pytest.mark.parametrize("sentence", [
    "Now Senator Romney is widely viewed as Mr. Trump's strongest Republican critic in the Senate.",
    "She is widely seen as the most outspoken critic in Congress.",
    "The governor is widely regarded as the leading opponent in the state legislature."])
def test_a_crowd_word_somebody_is_seen_as_names_no_source(sentence):
    assert [s for _, s in noted(sentence, WEASEL)] == ["warning"]


@pytest.mark.parametrize("sentence", [
    "Critics in the Senate say the plan will fail.",
    "Experts such as researchers at MIT say the plan will fail.",
    "As critics in the Senate noted, the plan will fail."])
def test_a_crowd_placed_by_a_name_is_still_a_source(sentence):
    assert noted(sentence, WEASEL) == []


@pytest.mark.parametrize("sentence", [
    "Some say approaching retirement provides political cushion for lawmakers; Mr. Burr has said he "
    "will not run again.",
    "Many believe the tax is unfair; the mayor said on Monday that it would stay.",
    "Russia ordered the council to halt work in what was seen as the latest round of a dispute; "
    "Britain said the move was illegal."])
def test_a_source_after_a_semicolon_speaks_for_its_own_clause(sentence):
    assert [s for _, s in noted(sentence, WEASEL)] == ["warning"]


@pytest.mark.parametrize("sentence", [
    "Some say approaching retirement provides political cushion, Mr. Burr said.",
    "Many believe the tax is unfair, the mayor said on Monday."])
def test_a_tag_closing_the_sentence_still_speaks_for_it(sentence):
    assert noted(sentence, WEASEL) == []


# -- a speaker set off by a phrase: "The official, speaking on condition of anonymity, said" ------

INTRODUCED = "A senior Defense official said on Monday that the exchange had been approved.\n\n"


@pytest.mark.parametrize("subject", ["The official, speaking on condition of anonymity,",
                                     "The official, in explaining the military's opposition to the exchange,",
                                     "The Defense official, asked about the exchange,"])
def test_a_speaker_set_off_by_a_phrase_still_sources_the_sentence(subject):
    text = INTRODUCED + f"{subject} said many in the military considered him a traitor."
    assert noted(text, WEASEL) == []
    # the same crowd with nobody saying it is still asked for
    assert [s for _, s in noted(INTRODUCED + "Many in the military considered him a traitor.", WEASEL)] == ["warning"]


# -- "according to estimates", "according to reports" ----------------------------------------------

@pytest.mark.parametrize("sentence", [
    "According to estimates, five million citizens have left the country since 1979.",
    "Last week police raided a site that, according to reports, let 10,000 users share films.",
    "The cost came to $13 million, according to estimates.",
    "According to rough estimates, the march drew 4.5 million people."])
def test_bare_estimates_and_reports_hide_who(sentence):
    assert [s for _, s in noted(sentence, WEASEL)] == ["warning"]


@pytest.mark.parametrize("sentence", [
    "According to estimates by the Small Arms Survey, there are 88 guns per 100 people.",
    "According to reports in the Guardian, the minister will resign.",
    "Imports were about 2.49 billion dlrs in 1986, according to preliminary estimates."])
def test_named_or_official_estimates_hide_nobody(sentence):
    assert noted(sentence, WEASEL) == []


# -- the reporter's insinuation: a suggestion -------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Manafort kept shady ties to Yanukovych for a decade.",
    "The president and his allies have engaged in a sinister pattern of behavior."])
def test_shady_and_sinister_in_the_reporters_voice_are_suggestions(sentence):
    assert [s for _, s in noted(sentence, EMOTIVE)] == ["suggestion"]


@pytest.mark.parametrize("sentence", [
    "He is sitting on a shady stoop in downtown Frederick.",
    "They found a shady spot under the trees for the picnic."])
def test_the_shade_of_a_tree_is_no_verdict(sentence):
    assert noted(sentence, EMOTIVE) == []


# -- no view held, no quotation tagged ------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Others considered for the job included Rep. Trey Gowdy and Senator John Cornyn.",
    "Such accounts must be reported to tax authorities if they contain $10,000 or more.",
    "The theft was reported to local police on Monday.",
    "Donations over $200 should be reported to election officials."])
def test_candidates_considered_and_a_duty_to_report_hold_no_view(sentence):
    assert noted(sentence, WEASEL) == []


@pytest.mark.parametrize("sentence", [
    "Others considered the move a betrayal of the voters.",
    "The man is reported to have fled the country.",
    "The accounts are said to contain millions of dollars."])
def test_a_view_or_a_relayed_report_is_still_asked_for(sentence):
    assert [s for _, s in noted(sentence, WEASEL)] == ["warning"]


@pytest.mark.parametrize("sentence", [
    'Mandel also has a new ad, called "A Different Set of Rules," which claims Brown has been missing votes.',
    'The group released a report, "Left Behind," which asserted that schools had failed.'])
def test_a_work_that_claims_is_no_quotation_tag(sentence):
    assert noted(sentence, SAID_TAGS) == []


@pytest.mark.parametrize("sentence", [
    '"We did nothing wrong," claimed Smith, who leads the group.',
    '"We did nothing wrong," the chairman claimed.'])
def test_a_person_who_claims_in_a_tag_is_still_flagged(sentence):
    assert [s for _, s in noted(sentence, SAID_TAGS)] == ["warning"]


# -- a desk's label at the end of the headline ----------------------------------------------------

EDITORIAL_BODY = "The speech was nothing short of a full-throated rant designed to whip up his base."


@pytest.mark.parametrize("headline", ["Trump cements wall in immigration plan: Our view",
                                      "Better barriers are worth the cost: Opposing view",
                                      "Obama should give back his Nobel: Column",
                                      "The tax is a trap | Opinion",
                                      "Why the plan fails - Editorial"])
def test_a_label_closing_the_headline_marks_comment(headline):
    assert noted(EDITORIAL_BODY, EMOTIVE, headline=headline) == []


@pytest.mark.parametrize("headline", ["Poll shows shift in public opinion",
                                      "Paper fires writer over column",
                                      "Court rules on editorial"])
def test_opinion_as_a_word_of_the_headline_marks_nothing(headline):
    assert [s for _, s in noted(EDITORIAL_BODY, EMOTIVE, headline=headline)] == ["warning"]


# -- another story's headline, linked between paragraphs -------------------------------------------

BEFORE, AFTER = "The company said it was working on the problem.", "The footage was widely shared within hours."


@pytest.mark.parametrize("link", [
    "JACKSONVILLE MASS SHOOTING: CHILLING TWITCH LIVESTREAM RECORDS HORRIFIC ATTACK",
    "SOCIAL MEDIA GIANTS CLAMP DOWN ON SICKENING SHOOTING FOOTAGE",
    "READ MORE:\n\nLondon attack latest in disturbing terror vehicle trend",
    "Related:\nHorrific scenes as flood waters rise in the north"])
def test_a_linked_headline_between_paragraphs_is_not_the_storys(link):
    assert noted(f"{BEFORE}\n\n{link}\n\n{AFTER}", EMOTIVE) == []


@pytest.mark.parametrize("line", [
    "THE CHILLING AFTERMATH",  # a subheading of three words
    "READ MORE:\n\nThe disturbing trend went on on Monday, when a van hit pedestrians.",  # a sentence
    "Latest: The chilling footage was shared by thousands of users."])
def test_a_subheading_or_a_sentence_of_the_story_is_still_read(line):
    assert [s for _, s in noted(f"{BEFORE}\n\n{line}\n\n{AFTER}", EMOTIVE)] == ["warning"]


def test_a_headline_in_capitals_is_still_the_storys():
    assert [s for _, s in noted(AFTER, EMOTIVE, headline="CHILLING FOOTAGE OF THE ATTACK SHARED BY THOUSANDS")] \
        == ["warning"]


# -- an idiom, a noun's modifier, a text named with its title -----------------------------------------

@pytest.mark.parametrize("sentence", [
    "Let it never be said that political groups don't know their popular culture.",
    "Let it not be said that the council ignored the residents.",
    "The DUP sent a few warning shots, refusing to support the bill twice last week.",
    "Some warning lights came on as the plane descended.",
    "There are some worrying signs in the data."])
def test_an_idiom_or_a_warning_shot_holds_no_view(sentence):
    assert noted(sentence, WEASEL) == []


@pytest.mark.parametrize("sentence", ["It is said that political groups don't know their popular culture.",
                                      "A few believe the plan will fail.",
                                      "Many warning of a crash sold their shares.",
                                      "Republicans attacked the plan, with some accusing Democrats of a cover-up."])
def test_the_passive_and_the_crowd_beside_them_still_hide_who(sentence):
    assert [s for _, s in noted(sentence, WEASEL)] == ["warning"]


QUOTED_ARTICLE = ("Taylor thinks Trump is the last chance. He explains why in a 2015 article titled "
                  "“Is Trump Our Last Chance?”:\n\nThe key would be a few well publicized raids on "
                  "non-criminal illegals.\n\nEven so, Taylor thinks there's a lot to like.")


def test_a_paragraph_under_a_named_article_with_its_title_is_the_articles():
    assert noted(QUOTED_ARTICLE, "Neutrality.Labels") == []
    # a lead-in naming no text leaves the paragraph the reporter's
    text = QUOTED_ARTICLE.replace("He explains why in a 2015 article titled “Is Trump Our Last Chance?”:",
                                  "Is that a problem? Here are the facts:")
    assert [s for _, s in noted(text, "Neutrality.Labels")] == ["warning"]


@pytest.mark.parametrize("footer,rule_level", [
    ("To continue reading Michael Goodwin's column in the New York Post, click here.", []),
    ("Read the rest of Ana Ruiz's column at the Post.", []),
    # a story about a column is news
    ("The editor said the column would continue to run on Sundays.", ["warning"])])
def test_a_link_to_the_rest_of_a_column_marks_comment(footer, rule_level):
    body = "The budget drama offers a bleak snapshot of a shocking new reality in Washington."
    assert [s for _, s in noted(f"{body}\n\n{footer}", "Neutrality.Emotive")] == rule_level
