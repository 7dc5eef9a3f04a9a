"""What the twenty-third round read from AllSides news of the usual length (eval/UNSEEN.md): a
verdict denied with an adverb between ("wasn't totally shocking") is no charge; what somebody
takes themselves for ("prides himself on being masterful") and the clause of somebody's view
("Trump's view that cowardly conservatives ...") are theirs; "is said to" in a story told from
an indictment relays the papers; a writer who opens sentences with their verdict ("Naturally,",
"Amazingly,") argues, as a column does; a demand ("insists on") and a passive ("were slammed by")
are no quotation's tag; a crowd asked to say something holds no view. Each behaviour is tested
both ways, over variants built here."""
from __future__ import annotations

import pytest

from conftest import noted

WEASEL = "Sourcing.WeaselWords"
EMOTIVE = "Neutrality.Emotive"
PUFFERY = "Neutrality.Puffery"
SAID_TAGS = "Neutrality.SaidTags"
EDITORIALIZING = "Neutrality.Editorializing"


# -- a verdict denied -----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,rule", [
    ("The outcome wasn't totally shocking, as May put forward the same deal.", EMOTIVE),
    ("The scenes were not entirely disturbing.", EMOTIVE),
    ("The result was never really shocking to anyone who followed the race.", EMOTIVE),
    ("The market is doing well, but not unprecedentedly spectacularly.", PUFFERY),
    ("The new stadium isn't particularly stunning.", PUFFERY)])
def test_a_verdict_denied_with_an_adverb_between_is_no_charge(sentence, rule):
    assert noted(sentence, rule) == []


@pytest.mark.parametrize("sentence,rule", [
    ("The outcome was totally shocking.", EMOTIVE),
    ("The attack was not only shocking but planned for months.", EMOTIVE),
    ("The market has done spectacularly this year.", PUFFERY)])
def test_a_verdict_with_its_adverb_and_no_denial_is_still_the_reporters(sentence, rule):
    assert [s for _, s in noted(sentence, rule)] == ["warning"]


# -- what somebody takes themselves for, and the clause of their view -----------------------------

@pytest.mark.parametrize("sentence,rule", [
    ("Mr. Trump, who prides himself on being a masterful negotiator, labored to sell his vision.", PUFFERY),
    ("The mayor, who fancies herself a brilliant manager, cut the budget.", PUFFERY),
    ("The company bills itself as a world-class innovator.", PUFFERY),
    ("The senator sees himself as a masterful deal-maker.", PUFFERY)])
def test_what_somebody_takes_themselves_for_is_theirs(sentence, rule):
    assert noted(sentence, rule) == []


def test_praise_with_no_reflexive_is_still_the_reporters():
    assert [s for _, s in noted("The masterful negotiator sold his vision to the nation.", PUFFERY)] == ["warning"]


@pytest.mark.parametrize("sentence", [
    "Flynn emerged from the war endorsing Trump's view that cowardly conservatives had neutered it.",
    "He rejected her belief that the horrific rollout was his fault.",
    "The party's contention that the ruling was outrageous won few votes.",
    "Their claim that the vicious campaign was a hoax went nowhere."])
def test_the_clause_of_somebodys_view_is_theirs(sentence):
    assert [s for _, s in noted(sentence, EMOTIVE) if s == "warning"] == []


@pytest.mark.parametrize("sentence", [
    "The view that the plan was horrific spread quickly.",        # nobody holds it
    "Trump's claim that it was a hoax fell flat; the horrific tweets continued.",  # a new clause
    "A widespread belief that the rollout was horrific took hold."])
def test_a_view_nobody_holds_or_words_after_its_clause_are_the_reporters(sentence):
    assert [s for _, s in noted(sentence, EMOTIVE)] == ["warning"]


# -- court reporting's passive ------------------------------------------------------------------------

FAR = "\n\nThe work went on around the clock. Staff posted in shifts.\n\n"


@pytest.mark.parametrize("source", ["The indictment says the agency hired dozens of people.",
                                    "The affidavit, filed by an FBI agent, says the agency hired dozens of people.",
                                    "The lawsuit, filed on Monday by Smith's lawyers, says the firm misled them.",
                                    "According to the complaint, the agency hired dozens of people."])
@pytest.mark.parametrize("passive", ["The agency is said to have used several networks to hide its tracks.",
                                     "Two of its staff are alleged to have travelled to the US.",
                                     "The team, said to have worked in shifts, kept a list of holidays."])
def test_a_passive_in_a_story_told_from_court_papers_relays_them(source, passive):
    assert noted(source + FAR + passive, WEASEL) == []


@pytest.mark.parametrize("source", ["The senator spoke on Monday.",
                                    "The agency, Smith said, hired dozens of people.",
                                    "The court heard from the agency's founder on Monday.",
                                    # people, not papers: a trial's report still names who says it
                                    "Prosecutors said the agency hired dozens of people.",
                                    "United Nations investigators said the agency hired dozens of people."])
def test_the_same_passive_elsewhere_still_hides_its_source(source):
    passive = "The agency is said to have used several networks to hide its tracks."
    assert [s for _, s in noted(source + FAR + passive, WEASEL)] == ["warning"]


def test_a_belief_in_a_court_story_is_still_asked_for():
    # the papers allege and say; who believes is another matter
    text = "The indictment says the agency hired dozens of people." + FAR + \
        "The agency is believed to have used several networks."
    assert [s for _, s in noted(text, WEASEL)] != []


@pytest.mark.parametrize("sentence", ["The idea has been debunked and is theorized to have roots in xenophobia.",
                                      "The disease is hypothesized to spread through water."])
def test_conjecture_in_the_passive_hides_its_source(sentence):
    assert [s for _, s in noted(sentence, WEASEL)] == ["warning"]


# -- the writer's verdict opening a sentence marks an argued piece ------------------------------

ARGUED = ("The week in Washington was chaotic even by the standards of this White House.\n\n"
          "{a} the communications director kept his job after the bizarre interview. The chief of "
          "staff did not.\n\n"
          "{b} the president blamed the staff for the delays, and the staff blamed the president.\n\n"
          "{c} nothing in the agenda moved: the health bill stalled, the tax plan stalled, and the "
          "budget slipped again.\n\nThe next month will tell whether any of it lasts.")


@pytest.mark.parametrize("openers", [("Naturally,", "Predictably,", "Amazingly,"),
                                     ("Unsurprisingly,", "Oddly enough,", "And clearly,"),
                                     ("Remarkably,", "But inexplicably,", "Curiously,")])
def test_verdicts_opening_sentences_mark_an_argued_piece(openers):
    assert noted(ARGUED.format(a=openers[0], b=openers[1], c=openers[2]), EMOTIVE) == []


@pytest.mark.parametrize("openers", [("Then", "Later", "Meanwhile"),
                                     # the same adverbs inside a clause are plain adverbs
                                     ("Then, naturally occurring gas aside,", "Later", "Meanwhile, clearly visible,")])
def test_a_report_with_no_such_openers_keeps_its_warnings(openers):
    assert [s for _, s in noted(ARGUED.format(a=openers[0], b=openers[1], c=openers[2]), EMOTIVE)] == ["warning"]


@pytest.mark.parametrize("bio", ["Sean Roe is a research associate at Demos. Follow him on Twitter @SeanRoe.",
                                 "Ana Ruiz is a researcher at the Urban Institute."])
def test_a_researchers_bio_under_the_headline_marks_an_op_ed(bio):
    body = "Young voters are less tolerant than they think. The data show a disturbing pattern."
    assert noted(f"{bio}\n\n{body}", EMOTIVE, headline="Millennials Are More Racist Than They Think") == []
    assert [s for _, s in noted(body, EMOTIVE, headline="Millennials Are More Racist Than They Think")] == ["warning"]


# -- no quotation's tag -------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    'The proposal, negotiated by the "Gang of Eight," also insists on stronger border controls.',
    'The deal, which critics call a "giveaway," insisted on new audits.',
    'Factories that made it "the carpet capital of the world," were slammed by the collapse of the housing bubble.',
    'The plan, billed as "historic," was blasted by the storm of criticism.'])
def test_a_demand_or_a_passive_after_a_quotation_is_no_tag(sentence):
    assert noted(sentence, SAID_TAGS) == []


@pytest.mark.parametrize("sentence, level", [('"We have done nothing wrong," the chairman insisted on Monday.', "suggestion"),
                                             ('"We have done nothing wrong," the chairman insisted on Twitter.', "suggestion"),
                                             ('"That is a lie," Smith slammed.', "warning")])
def test_a_tag_with_its_day_or_medium_is_still_a_tag(sentence, level):
    assert [s for _, s in noted(sentence, SAID_TAGS)] == [level]


@pytest.mark.parametrize("sentence", ['"We have done nothing wrong," the chairman insisted.',
                                      'The senator insisted: "We will win."',
                                      '"We will win," insists Smith.'])
def test_insisted_in_a_tag_is_a_suggestion_claimed_a_warning(sentence):
    # on four draws of fresh news judged blind, 6 of 39 "insisted" tags were right, 33 debatable
    assert [s for _, s in noted(sentence, SAID_TAGS)] == ["suggestion"]
    claimed = sentence.replace("insisted", "claimed").replace("insists", "claims")
    assert [s for _, s in noted(claimed, SAID_TAGS)] == ["warning"]


# -- a crowd asked to say it ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Meanwhile, his campaign emailed supporters to say that he would not yield the floor.",
    "The group asked experts to argue that the plan would fail.",
    "The aim is to get people to think about the risk.",
    "The party urged voters to say no to the plan."])
def test_a_crowd_asked_or_brought_to_say_it_holds_no_view(sentence):
    assert noted(sentence, WEASEL) == []


@pytest.mark.parametrize("sentence", ["The delay prompted some analysts to speculate that the deal was dead.",
                                      "Critics continue to say the plan will fail.",
                                      "Experts seem to think the plan will fail."])
def test_a_crowd_led_to_a_view_it_holds_is_still_asked_for(sentence):
    assert [s for _, s in noted(sentence, WEASEL)] == ["warning"]


# -- the writer's amazement -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", ["Spam traffic is up, putting the share of junk at an astonishing 90%.",
                                      "The governor raised a jaw-dropping $31 million.",
                                      "Some forecasts call for a mind-boggling 60 inches of rain.",
                                      "The deal carries an eye-popping price tag."])
def test_amazement_in_the_reporters_voice_is_editorializing(sentence):
    assert [s for _, s in noted(sentence, EDITORIALIZING)] == ["warning"]


@pytest.mark.parametrize("sentence", ['"It was astonishing," said the coach.',
                                      'The coach called the comeback "jaw-dropping."'])
def test_amazement_in_a_quotation_is_the_speakers(sentence):
    assert noted(sentence, EDITORIALIZING) == []


# -- a statement set off below the line that names it, a verdict "taken as" somebody's --------------

@pytest.mark.parametrize("lead", [
    "This is the statement that spokesperson Alleigh Marre sent out when Anthem quit the market (bolding my own):",
    "Here is the letter in full:",
    "The memo, obtained by the paper, reads in part:"])
def test_a_paragraph_under_a_line_naming_somebodys_text_is_theirs(lead):
    text = f"{lead}\n\nThis news is heartbreaking for the millions of Ohioans who depend on the plan."
    assert noted(text, EMOTIVE) == []


def test_a_paragraph_under_a_line_naming_no_text_is_the_reporters():
    text = "Here is what happened next:\n\nThis news is heartbreaking for the millions of Ohioans who depend on the plan."
    assert [s for _, s in noted(text, EMOTIVE)] == ["warning"]


@pytest.mark.parametrize("sentence,rule", [
    ("The video was taken as bizarre and inexplicable by Americans.", EMOTIVE),
    ("The remark was taken as a shocking insult by the family.", EMOTIVE)])
def test_a_verdict_taken_as_somebodys_is_theirs(sentence, rule):
    assert noted(sentence, rule) == []


def test_taking_office_as_frames_nothing():
    assert [s for _, s in noted("He took office as a brilliant young reformer.", PUFFERY)] == ["warning"]


@pytest.mark.parametrize("sentence", ["If the regime wanted a war in which to martyr itself, Iraq offered one.",
                                      "The monk was ready to martyr himself for the cause."])
def test_martyr_as_a_verb_with_its_reflexive_labels_nobody(sentence):
    assert noted(sentence, "Neutrality.Labels") == []


def test_martyr_as_a_noun_is_still_a_label():
    assert [s for _, s in noted("The martyr was buried on Friday.", "Neutrality.Labels")] == ["warning"]
