"""What the nineteenth round on unseen news (eval/UNSEEN.md) read from judged notes: comment the
desk labels so in an editor's note, or that speaks in the writer's voice several ways at once;
a tag after a quoted phrase; a noun before a colon; a poll named by
its maker at a sentence's opening; a photo caption between a claim and its speaker; and the
levels the judged record gives a few words. Each behaviour is tested both ways, over variants
built here."""
from __future__ import annotations

import pytest

from stylelint import lint_text, load_rules

from conftest import noted

RULES = load_rules()


# -- an editor's note that calls the piece comment ---------------------------------------------

BODY = ("The agency's nominee has shown a tendency to trust the wrong people. He has backed talks with "
        "the group for years, and the talks have produced little.\n\n"
        "In a 2008 paper, he called on officials to end public criticism of the government. The paper "
        "drew a disturbing picture of the region's future.\n\n"
        "Four years of patient diplomacy have done nothing to slow the programme. The centrifuges keep "
        "spinning and the deadlines keep slipping.\n\n"
        "The record is long, and the committee will weigh it next month.")


@pytest.mark.parametrize("note", ["Editor's note: The author's commentary below is based on a longer article.",
                                  "Editor’s note: This column has been corrected since it was first published.",
                                  "EDITOR'S NOTE: The following op-ed first appeared in the Dallas Morning News.",
                                  "Editor's Note: This is an opinion piece by a former ambassador."])
@pytest.mark.parametrize("above", [True, False])
def test_a_piece_the_desk_calls_comment_is_read_as_comment(note, above):
    text = f"{note}\n\n{BODY}" if above else f"{BODY}\n\n{note}"
    assert noted(text, "Neutrality.Emotive") == []


@pytest.mark.parametrize("note", ["Editor's note: This story has been updated with new details.",
                                  "Editor's note: The following is the text of a speech delivered on Monday.",
                                  "Editor's note: Facebook is among the network's financial supporters."])
def test_an_editors_note_on_anything_else_leaves_the_piece_news(note):
    assert noted(f"{note}\n\n{BODY}", "Neutrality.Emotive") == [("disturbing", "warning")]


# -- the writer's voice heard several ways, in a piece that names few sources ------------------

SIGNS = ["Unfortunately, the plan has stalled.", "That leaves our city with a choice.",
         "Can the council really afford to wait?", "You can see the rust from the road.",
         "And who will pay for the delay?"]
FILL = ("The bridge carries 40,000 cars a day and was built in 1962. Its deck was patched in 1990 and "
        "again in 2004, and the steel under it has rusted through in three places. A full repair "
        "would close two of its four lanes for most of a year, and the detour runs through the old "
        "market streets. ")


def voiced_piece(signs: int, sourced: int = 0) -> str:
    """Five paragraphs, `signs` of them with a sign of the writer's voice (a comment word, "our",
    a question in running text, "you"), `sourced` sentences attributed to engineers."""
    paragraphs = [FILL + (s if k < signs else "The inspection ran for two weeks in March.") for k, s in enumerate(SIGNS)]
    paragraphs[1] += " The state of the supports is disturbing."
    for k in range(sourced):
        paragraphs[k % 5] += f" The repair would take {k + 2} years, engineers said."
    return "\n\n".join(paragraphs)


@pytest.mark.parametrize("signs, sourced", [(4, 0), (5, 0), (4, 1), (5, 1)])
def test_many_signs_of_the_writers_voice_and_few_sources_are_comment(signs, sourced):
    assert noted(voiced_piece(signs, sourced), "Neutrality.Emotive", "The bridge can wait no longer") == []


@pytest.mark.parametrize("signs, sourced", [(2, 0), (3, 0), (5, 4), (4, 6)])
def test_a_few_signs_or_a_well_sourced_piece_stay_news(signs, sourced):
    assert noted(voiced_piece(signs, sourced), "Neutrality.Emotive",
                 "The bridge can wait no longer") == [("disturbing", "warning")]


def test_signs_spread_thin_over_a_long_piece_are_no_voice():
    # (an encyclopedia's "Peter I" and a feature's odd "we" over thousands of words)
    long = voiced_piece(4, 2) + "\n\n" + "\n\n".join([FILL.strip()] * 7)
    assert noted(long, "Neutrality.Emotive", "The bridge can wait no longer") == [("disturbing", "warning")]


def test_a_short_text_is_too_short_to_tell():
    short = "\n\n".join(SIGNS[:4]) + " The state of the supports is disturbing."
    assert noted(short, "Neutrality.Emotive", "The bridge") == [("disturbing", "warning")]


# -- a tag after a quoted phrase whose comma the quotation closes ------------------------------

@pytest.mark.parametrize("text", [
    'Although many people would like to see the most heinous criminals "get what they deserve," says Smith, '
    'statistics show that sentences vary.',
    'Voters want the most heinous criminals to "pay the price," Smith says, and the courts agree.',
    "Voters want the most heinous criminals to ‘pay the price,’ the professor says, but the courts disagree."])
def test_a_paraphrase_a_tag_closes_after_a_quoted_phrase_is_the_speakers(text):
    assert noted(text, "Neutrality.Emotive") == []


def test_words_after_the_tag_are_the_reporters():
    assert noted('"It was the town\'s worst day," Smith said of the heinous crime.',
                 "Neutrality.Emotive") == [("heinous", "warning")]


# -- a noun before a colon is not a verb of saying ---------------------------------------------

@pytest.mark.parametrize("text", [
    'She had come forward with her assault claim: "I wasn’t scared of him."',
    'He repeated the fraud claim: "It was stolen."',
    'The mayor made his usual boast: "We fixed the roads."',
    'It was their latest protest: "We will not move."'])
def test_a_noun_after_a_determiner_before_a_quotation_is_no_tag(text):
    assert noted(text, "Neutrality.SaidTags") == []


@pytest.mark.parametrize("text, verb, level", [('The senator insisted: "We will win."', "insisted", "suggestion"),
                                               ('Their lawyer claimed: "The case is closed."', "claimed", "warning")])
def test_a_verb_before_a_quotation_is_still_a_tag(text, verb, level):
    # ("insisted" a suggestion since the twenty-third round: 6 of 39 judged right on fresh news)
    assert noted(text, "Neutrality.SaidTags") == [(verb, level)]


# -- a poll named by its maker at the opening of the next sentence ----------------------------

@pytest.mark.parametrize("work", ["A Quinnipiac University poll released on Thursday gives",
                                  "The Monmouth University survey released on Monday gives",
                                  "A Marist College poll gives"])
def test_a_poll_its_maker_names_at_a_sentences_opening_sources_polling(work):
    assert noted(f"Polling shows the senator trailing. {work} her rival a 12-point lead.",
                 "Sourcing.WeaselWords") == []


def test_a_poll_named_only_by_its_day_does_not():
    assert [s for _, s in noted("Polling shows the senator trailing. A Monday poll gives her rival a "
                                "12-point lead.", "Sourcing.WeaselWords")] == ["warning"]


# -- a photo caption between a crowd's claim and the speaker below it -------------------------

CLAIM = "But some experts say even with testing, the numbers still point to community spread."
SPEAKER = ('Former CDC Director Tom Frieden told Fox News on Sunday: "I can tell you with certainty that '
           'in most states it is a real increase."')


@pytest.mark.parametrize("caption", [
    "Image copyright Getty Images Image caption Some businesses have been checking visitors' temperature",
    "Image caption Shoppers queue outside a store in Miami",
    "Hide Caption 3 of 12"])
def test_a_caption_between_a_claim_and_its_speaker_is_skipped(caption):
    assert noted(f"{CLAIM}\n\n{caption}\n\n{SPEAKER}", "Sourcing.WeaselWords") == []


def test_a_caption_with_no_speaker_below_leaves_the_crowd_unnamed():
    text = f"{CLAIM}\n\nImage caption Shoppers queue outside a store\n\nThe state reported 9,000 new cases on Sunday."
    assert [s for _, s in noted(text, "Sourcing.WeaselWords")] == ["warning"]


# -- a crowd with the person named before it ---------------------------------------------------

@pytest.mark.parametrize("pair", ["he and supporters", "she and critics", "he and other supporters"])
def test_a_named_person_and_a_crowd_are_sourced(pair):
    text = f"Trump goes back and forth about his aims. One thing {pair} have said is they see an opening."
    assert noted(text, "Sourcing.WeaselWords") == []


def test_a_sentence_opening_capital_is_no_named_person():
    assert [s for _, s in noted("Friends and critics say he is stubborn.", "Sourcing.WeaselWords")] == ["warning"]


# -- levels by the judged record ---------------------------------------------------------------

@pytest.mark.parametrize("text, rule, words", [
    ("That is the moment when incredible political pressure builds.", "Neutrality.Puffery", "incredible"),
    ("Michigan, long seen as a union stronghold, voted for him.", "Sourcing.WeaselWords", "long seen as"),
    ("Polls showed him trailing by ten points in May.", "Sourcing.WeaselWords", "Polls showed")])
def test_words_the_judges_mostly_did_not_want_are_suggestions(text, rule, words):
    assert noted(text, rule) == [(words, "suggestion")]


@pytest.mark.parametrize("text, words", [("Polls show him trailing by ten points.", "Polls show"),
                                         ("The state was widely seen as a union stronghold.", "was widely seen as")])
def test_their_present_and_wider_forms_stay_warnings(text, words):
    assert noted(text, "Sourcing.WeaselWords") == [(words, "warning")]


# -- a label a crowd gives: "Critics call the inquiry a distraction" ---------------------------

@pytest.mark.parametrize("text, words", [
    ("Critics call the inquiry a serious distraction for the White House.", "Critics call"),
    ("Some call it a power grab.", "Some call"),
    ("Many experts now call the plan a gamble.", "Many experts now call"),
    ("Opponents call the law an attack on free speech.", "Opponents call")])
def test_a_label_a_vague_crowd_gives_is_unsourced(text, words):
    assert noted(text, "Sourcing.WeaselWords") == [(words, "warning")]


@pytest.mark.parametrize("text", ["Critics call on the mayor to resign.", "After ten hours, some call it a day.",
                                  "Officials call the plan a success.", "Friends call him a loyal man."])
def test_a_call_on_somebody_an_idiom_or_a_named_kind_is_no_label(text):
    assert noted(text, "Sourcing.WeaselWords") == []


# -- "rant" and "vicious": the reporter's verdict -----------------------------------------------

@pytest.mark.parametrize("text, word", [("The president launched a violent Twitter rant on Monday.", "rant"),
                                        ("He continued his rant against the judge.", "rant"),
                                        ("His rants were long and personal.", "rants"),
                                        ("The gunmen viciously attacked the guards.", "viciously")])
def test_a_rant_and_viciousness_in_the_reporters_voice_are_noted(text, word):
    assert noted(text, "Neutrality.Emotive") == [(word, "warning")]


def test_vicious_of_a_group_is_noted_one_level_down():
    # (twenty-second round: none of ten judged "vicious" on fresh news was right)
    assert noted("The vicious militant group claimed the attack.", "Neutrality.Emotive") == [("vicious", "suggestion")]


@pytest.mark.parametrize("text", ["Falling prices set off a vicious cycle of lay-offs.", "Two vicious dogs bit him.",
                                  "Japan runs the risk of a vicious ageing recession.",
                                  "She will rant about it on air.", "Critics rant about the plan every week.",
                                  '"It was a vicious attack," the mayor said.'])
def test_the_idiom_the_animal_the_verb_and_a_quotation_are_quiet(text):
    assert noted(text, "Neutrality.Emotive") == []


# -- "purportedly" of a document or footage the newsroom could not verify ---------------------

@pytest.mark.parametrize("text", ["The release of video that purportedly showed the beheading of a journalist.",
                                  "BuzzFeed published a memo purportedly outlining the Russian intelligence.",
                                  "The site posted a message purportedly obtained from the accuser.",
                                  "A letter purportedly detailing the deal was leaked on Monday.",
                                  "Goldstone emailed the son, purportedly on behalf of a client, to set up the meeting."])
def test_purportedly_of_an_unverified_document_is_the_wires_hedge(text):
    assert noted(text, "Neutrality.Doubt") == []


@pytest.mark.parametrize("text", ["The talks have purportedly stalled.",
                                  "The drugs purportedly found on the ship were seized.",
                                  "He purportedly wants to wait until after the primaries."])
def test_purportedly_in_the_reporters_voice_is_still_doubt(text):
    assert noted(text, "Neutrality.Doubt") == [("purportedly", "warning")]


# -- crowds in another sense: benefits claimed, a referral, an event's time, an idiom ---------

@pytest.mark.parametrize("text", [
    "More than 26 million people have claimed unemployment benefits in the past five weeks.",
    "In a move that has been reported to federal prosecutors, an official resigned.",
    "The ship collided with a tanker. It was reported before dawn at 05:24 local time.",
    "Yet, in a turnabout few could have predicted, the senator has yet to draw a rival.",
    "Yet, in a turnabout few could’ve predicted, the senator has yet to draw a rival.",
    "It heartened his allies and soothed some worried Democrats.",
    "The event has 577 people saying they will go.",
    "There is not much time for people to complain or ask for tweaks."])
def test_a_crowd_in_another_sense_is_no_weasel(text):
    assert noted(text, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("text, words", [
    ("Many people have claimed the vote was rigged.", "Many people have claimed"),
    ("Some worried that the plan would fail.", "Some worried"),
    ("It was reported that the minister had resigned.", "It was reported"),
    ("He is reported to have fled the country.", "is reported to"),
    ("Critics say it is time for people to act.", "Critics say")])
def test_the_same_words_holding_a_view_are_still_noted(text, words):
    assert noted(text, "Sourcing.WeaselWords") == [(words, "warning")]


# -- the words the judges weighed this round ----------------------------------------------------

@pytest.mark.parametrize("text, word, level", [
    ("The video is a chilling reminder of the attack.", "chilling", "warning"),
    ("A deranged gunman opened fire in the mall.", "deranged", "warning"),
    ("The president's erratic response to the pandemic alarmed allies.", "erratic", "suggestion"),
    ("The ruthless campaign drove him from office.", "ruthless", "suggestion"),
    ("It was one of the ugliest fights in the party's history.", "ugliest", "suggestion")])
def test_new_verdict_words_take_the_level_the_judges_gave_them(text, word, level):
    assert noted(text, "Neutrality.Emotive") == [(word, level)]


@pytest.mark.parametrize("text", ["The ruling could have a chilling effect on reporters.",
                                  "The law risks chilling free expression.",
                                  "The wildfire's erratic path forced new evacuations.",
                                  "The inspector general issued a scathing report.",
                                  "The platform bans hateful conduct."])
def test_a_legal_term_a_fires_path_and_the_words_left_out_are_quiet(text):
    assert noted(text, "Neutrality.Emotive") == []


@pytest.mark.parametrize("text, word, level", [
    ("Trump trashed Obama in a speech on Monday.", "trashed", "warning"),
    ("The wily senator blocked the bill.", "wily", "warning"),
    ("The launch was a debacle for the agency.", "debacle", "suggestion"),
    ("The rollout turned into a fiasco.", "fiasco", "suggestion"),
    ("He ran a nasty campaign against his rival.", "nasty", "suggestion"),
    ("The governor desperately tried to change the subject.", "desperately", "suggestion")])
def test_the_second_list_takes_the_level_the_judges_gave_it(text, word, level):
    assert noted(text, "Neutrality.Emotive") == [(word, level)]


@pytest.mark.parametrize("text", ["The desperately ill child was flown to London.",
                                  "The conservative firebrand spoke on Monday.",
                                  "The city admitted the blunder on Tuesday."])
def test_a_patients_state_and_the_labels_left_out_are_quiet(text):
    assert noted(text, "Neutrality.Emotive") == []


# -- a crowd of two kinds, or placed; a warning; a reputation given without "as" ---------------

@pytest.mark.parametrize("text, words", [
    ("Some attorneys and analysts have cautioned that the case is weak.", "Some attorneys and analysts have cautioned"),
    ("Many legal experts in both parties think the lawsuit will fail.", "Many legal experts in both parties think"),
    ("Some observers in Washington suggested the talks had stalled.", "Some observers in Washington suggested"),
    ("Many analysts have cautioned that the recovery is fragile.", "Many analysts have cautioned"),
    ("The remarks were widely called racist.", "were widely called"),
    ("He is widely considered the front-runner.", "is widely considered")])
def test_more_shapes_of_a_vague_crowd_are_noted(text, words):
    assert noted(text, "Sourcing.WeaselWords") == [(words, "warning")]


@pytest.mark.parametrize("text", ["Some lawyers in the case were cautioned by the judge.",
                                  "The strike was widely called off.",
                                  "It is what is often called the special relationship.",
                                  "Many people in the town have gathered.",
                                  "Government watchdogs say the rules are weak.",
                                  "Floating storage is generally considered part of a country's output."])
def test_a_warning_given_a_term_named_or_an_act_is_not(text):
    assert noted(text, "Sourcing.WeaselWords") == []


@pytest.mark.parametrize("text, word", [("Critics howled at the decision.", "howled"),
                                        ("The poll was a stunner for the campaign.", "stunner")])
def test_the_third_lists_kept_words_are_warnings(text, word):
    assert noted(text, "Neutrality.Emotive") == [(word, "warning")]


@pytest.mark.parametrize("text", ["The tragic accident killed two workers.", "Families face misery after the floods.",
                                  "He was charged with sending obscene material.", "It was an epic flood."])
def test_the_third_lists_plain_words_are_left_alone(text):
    assert [a for a in lint_text(f"Story\n\n{text}\n", rules=RULES, path="s.txt")
            if a.category == "neutrality" and a.severity == "warning"] == []


# -- a column's own sign-off ----------------------------------------------------------------------

@pytest.mark.parametrize("footer", ["Click for more from Media Buzz.",
                                    "Wall Street Week is a weekly column looking at issues that drive business."])
def test_a_columns_sign_off_makes_it_comment(footer):
    assert noted(f"{BODY}\n\n{footer}", "Neutrality.Emotive") == []


@pytest.mark.parametrize("footer", ["The Memo is a reported column by Niall Stanage, primarily focused on the presidency.",
                                    "Click for more from Reuters."])
def test_a_reported_column_or_a_wire_link_stays_news(footer):
    assert noted(f"{BODY}\n\n{footer}", "Neutrality.Emotive") == [("disturbing", "warning")]


# -- each side's own name for itself, in the writer's voice (AP: anti-abortion, abortion-rights) --

@pytest.mark.parametrize("text, label", [("The pro-life movement rallied in Washington.", "pro-life"),
                                         ("Pro-choice groups marched on the capitol.", "Pro-choice"),
                                         ("The senate is now reliably pro-life.", "pro-life")])
def test_a_sides_own_name_in_the_writers_voice_is_a_label(text, label):
    assert noted(text, "Neutrality.Labels") == [(label, "warning")]


@pytest.mark.parametrize("text", ["She leads the Pro-Life Action League.", '"I am pro-life," the senator said.',
                                  "Pro-abortion rights groups sued the state.", "The bill revives the assault weapons ban."])
def test_a_groups_name_a_quotation_and_the_laws_term_are_quiet(text):
    assert noted(text, "Neutrality.Labels") == []
