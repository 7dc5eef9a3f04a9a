"""Issue 10, cause 4: word sense, built as variants.

A list word used as another part of speech is not the loaded word: "the crowd celebrated" is a
verb, "the celebrated author" puffery. Rules say which sense they mean (`senses:` in the YAML)
and the analysis guesses the part of speech from the neighbours. Fixed phrases ("cult film")
are exempt as data (`exceptions:`).
"""
from __future__ import annotations

import pytest

from stylelint import lint_text, load_rules

from conftest import lint

BUILTIN = load_rules()

SENSE_RULE = """
extends: existence
message: "'%s' is praise."
level: warning
category: neutrality
ignorecase: true
tokens: [celebrated, stunning, shocking, acclaimed]
senses:
  celebrated: adjective
  stunning: adjective
  shocking: adjective
  acclaimed: adjective
"""

SUBJECTS = ["The crowd", "Fans", "Thousands of people", "She", "The team", "Supporters in the square", "They"]
ADVERBS = ["", "wildly ", "loudly "]
AFTER = ["until dawn.", "the win.", "in the streets.", "."]
ADJECTIVE = ["The {w} author spoke on Friday.", "A {w} result surprised the market.",
             "{W} author Jane Moss spoke on Friday.", "She is a widely {w} writer.",
             "It was a most {w} season."]


@pytest.fixture
def rule(make_pack):
    return make_pack({"Sense": SENSE_RULE})


def flagged(config, text):
    return [a.match.lower() for a in lint(config, text + "\n", "story.md") if a.rule == "Test.Sense"]


@pytest.mark.parametrize("subject", SUBJECTS)
@pytest.mark.parametrize("adverb", ADVERBS)
@pytest.mark.parametrize("after", AFTER)
def test_a_verb_is_not_the_adjective(rule, subject, adverb, after):
    text = f"{subject} {adverb}celebrated {after}".replace(" .", ".")
    assert flagged(rule, text) == []


@pytest.mark.parametrize("word", ["celebrated", "stunning", "shocking", "acclaimed"])
@pytest.mark.parametrize("template", ADJECTIVE)
def test_the_adjective_is_flagged(rule, word, template):
    assert flagged(rule, template.format(w=word, W=word.capitalize())) == [word]


@pytest.mark.parametrize("text", ["The results came on Friday, shocking investors.",
                                  "The bank cut rates, stunning the market.",
                                  "The win was celebrated by fans across the city.",
                                  "Fans have celebrated every goal."])
def test_participle_clauses_and_passives_are_verbs(rule, text):
    assert flagged(rule, text) == []


@pytest.mark.parametrize("word", ["stunning", "shocking"])
@pytest.mark.parametrize("frame", ["The papers revealed {w} details of the plot.", "Police found {w} evidence.",
                                   "The policy had {w} effects on prices.", "Prices rose to {w} levels.",
                                   "The audit uncovered {w} failures, and the chief resigned."])
def test_an_ing_word_between_a_verb_and_its_noun_is_the_adjective(rule, word, frame):
    assert flagged(rule, frame.format(w=word)) == [word]


@pytest.mark.parametrize("word", ["stunning", "shocking"])
@pytest.mark.parametrize("frame", ["The band kept {w} audiences for years.", "They started {w} people.",
                                   "The show has {w} the critics.", "He tried {w} the market."])
def test_an_ing_word_a_verb_takes_as_its_object_is_a_verb(rule, word, frame):
    assert flagged(rule, frame.format(w=word)) == []


@pytest.mark.parametrize("frame", ["The documents revealed {w} details of the plot.",
                                   "The audit uncovered {w} abuse in the prison, and officials resigned.",
                                   "The inquiry exposed {w} treatment of inmates.",
                                   "The footage showed {w} scenes."])
@pytest.mark.parametrize("word", ["horrific", "brutal"])
def test_what_a_source_disclosed_is_described_in_the_reporters_voice(frame, word):
    text = frame.format(w=word)
    assert [a.match for a in lint_text(text + "\n", rules=BUILTIN, path="s.md") if a.rule == "Neutrality.Emotive"] == [word]


@pytest.mark.parametrize("text", ["Smith revealed horrific abuses had gone unpunished.",
                                  "The ministry disclosed horrific abuses had been hidden.",
                                  "The documents revealed that conditions were horrific.",
                                  "Smith said brutal treatment of inmates was common.",
                                  "Witnesses described horrific scenes.",
                                  "The footage reveals a horrific pattern of killings, said Amnesty International.",
                                  "The documents revealed horrific abuse in the prison, the inquiry's chair told MPs."])
def test_what_a_source_reports_in_a_clause_is_theirs(text):
    assert [a for a in lint_text(text + "\n", rules=BUILTIN, path="s.md") if a.rule == "Neutrality.Emotive"] == []


@pytest.mark.parametrize("text", ["The crowd celebrated until dawn.", "Fans celebrated the win.",
                                  "The bank cut rates, stunning the market."])
def test_builtin_puffery_reads_the_sense(text):
    assert [a for a in lint_text(text + "\n", rules=BUILTIN, path="s.md") if a.rule == "Neutrality.Puffery"] == []


@pytest.mark.parametrize("text,rule", [("The celebrated author spoke.", "Neutrality.Praise"),
                                       ("It was a stunning goal.", "Neutrality.Puffery")])
def test_builtin_praise_still_flags_the_adjective(text, rule):
    # "celebrated" is checkable praise of a reputation: Neutrality.Praise (a suggestion) since
    # the review of levels in issue 10; "stunning" stays puffery
    assert [a.rule for a in lint_text(text + "\n", rules=BUILTIN, path="s.md") if a.rule == rule] == [rule]


@pytest.mark.parametrize("text", ["The crowd celebrated until dawn.", "Fans celebrated the win."])
def test_builtin_praise_reads_the_sense(text):
    assert [a for a in lint_text(text + "\n", rules=BUILTIN, path="s.md") if a.rule == "Neutrality.Praise"] == []


@pytest.mark.parametrize("phrase", ["cult film", "cult films", "cult following", "cult classic", "cult status",
                                    "personality cult", "cult of personality", "cult of the personality",
                                    "cult of the Kim family", "cult of Stalin"])
@pytest.mark.parametrize("frame", ["The {p} was shown again.", "It became a {p} in the 1980s."])
def test_fixed_phrases_are_exempt(phrase, frame):
    text = frame.format(p=phrase)
    assert [a for a in lint_text(text + "\n", rules=BUILTIN, path="s.md") if a.rule == "Neutrality.Labels"] == []


@pytest.mark.parametrize("frame", ["He joined a cult in his twenties.", "The cult sold its farms."])
def test_the_label_itself_is_flagged(frame):
    assert [a.match.lower() for a in lint_text(frame + "\n", rules=BUILTIN, path="s.md")
            if a.rule == "Neutrality.Labels"] == ["cult"]


def test_a_sense_outside_the_three_is_a_rule_error(make_pack):
    from stylelint import ConfigError
    with pytest.raises(ConfigError, match="senses"):
        make_pack({"Bad": SENSE_RULE.replace("acclaimed: adjective", "acclaimed: gerund")}).every_rule()


@pytest.mark.parametrize("word,frame", [("revolutionary", "The {w} courts sentenced him in 1981."),
                                        ("revolutionary", "The {w} movement seized the palace."),
                                        ("spectacular", "The results were not {w}."),
                                        ("celebrated", "The day is {w} every June."),
                                        ("beloved", "He wrote letters to his {w}.")])
def test_other_senses_of_puffery_words(word, frame):
    alerts = [a for a in lint_text(frame.format(w=word) + "\n", rules=BUILTIN, path="s.md")
              if a.rule == "Neutrality.Puffery"]
    assert alerts == []


@pytest.mark.parametrize("text", ["The firm unveiled a revolutionary new phone.",
                                  "It is a revolutionary treatment for asthma.",
                                  "The results were spectacular."])
def test_the_puffery_sense_is_still_flagged(text):
    assert [a.rule for a in lint_text(text + "\n", rules=BUILTIN, path="s.md")
            if a.rule == "Neutrality.Puffery"] == ["Neutrality.Puffery"]


REVIEW = ("I have played every game in the series, and this is the best yet. You will want to "
          "clear a weekend for it. The levels are stunning and the music is superb. If you liked "
          "the last one, you will love this. My only complaint is the price. I finished it in "
          "two days and I will play it again.\n")


def test_a_review_in_the_first_person_is_not_flagged_for_praise():
    """A piece whose writer says "I" and "you" outside quotations is a review or column: the
    verdict is its point, so the praise rules stay quiet; a news story with the same words is not."""
    assert [a.rule for a in lint_text(REVIEW, rules=BUILTIN, path="s.md") if a.rule == "Neutrality.Puffery"] == []
    news = "The levels are stunning and the music is superb, the studio said. The superb levels sold well.\n"
    assert [a.match for a in lint_text(news, rules=BUILTIN, path="s.md") if a.rule == "Neutrality.Puffery"] == ["superb"]


def _editorializing(text):
    return [a.match for a in lint_text(text, rules=BUILTIN, path="s.md") if a.rule == "Neutrality.Editorializing"]


_NEWS_BODY = ("Sadly, the council approved the budget on the day its auditors resigned. The vote "
              "was seven to four. The mayor will present the plan to residents next week.")


@pytest.mark.parametrize("argument", [
    # rhetorical questions in running text
    "Who, exactly, asked for this? Nobody in the town did. Would any other council have dared? "
    "Not one. And what happens when the money runs out? The same as last time.",
    # exclamations
    "How generous of the council! The voters pay, as ever. What a bargain for the developers! "
    "And what a week to choose! The auditors must be relieved.",
    # both, in a longer column
    "The council says the plan is prudent. Prudent? It borrows against the pension fund. "
    "The mayor calls it bold. Bold! It is the oldest trick in municipal finance. "
    "Who will pay for it in ten years? Not the councillors who voted for it.",
])
def test_a_column_that_argues_with_the_reader_is_opinion(argument):
    """A column asks and exclaims in its own voice: its verdicts are its point."""
    assert _editorializing(_NEWS_BODY + "\n\n" + argument + "\n") == []


@pytest.mark.parametrize("news", [
    # an explainer's questions are subheadings: each alone in its paragraph
    "What did the auditors say?\n\nThey said the accounts were late.\n\nWhat happens next?\n\n"
    "The plan goes to residents.\n\nWho pays?\n\nThe county does.",
    # questions and exclamations inside quotations are the speakers'
    '"Who asked for this?" said Ana Ruiz, a resident. "Nobody did! Nobody!" She left the hall. '
    '"What a farce!" shouted another man.',
    # one or two questions in a long story
    "The plan goes to residents next week. Will they back it? The last vote was close. "
    "Officials expect a higher turnout this time, the county said.",
])
def test_news_with_questions_is_still_news(news):
    assert _editorializing(_NEWS_BODY + "\n\n" + news + "\n") == ["Sadly"]


_FILLER = "The side trained on Tuesday and travels north on Friday for the next game. " * 6


@pytest.mark.parametrize("voice", [
    "I like the way the young defender reads the game. My worry is the left side. I’d start him anyway.",
    "Fortunately for me, the coach agrees. I said so last week, and I stand by it.",
])
def test_a_writer_who_says_i_three_times_writes_opinion(voice):
    assert _editorializing(f"Sadly, the side won. {_FILLER}\n\n{voice}\n") == []


@pytest.mark.parametrize("news", [
    # "mine" is a gold mine here, not the writer
    "The mine reopened in May. Workers at the mine struck in June. The mine's owner said output would rise.",
    # the first person inside quotations is the speakers'
    '"I like the way he reads the game," the coach said. "My worry is the left side. I would start him."',
])
def test_mines_and_quoted_speakers_are_not_the_writer(news):
    assert _editorializing(f"Sadly, the side won. {_FILLER}\n\n{news}\n") == ["Sadly"]


@pytest.mark.parametrize("voice", [
    "We all say we want cheaper homes. Most of us mean somewhere else. Let's be honest: our towns "
    "need houses, and we should build them.",
    "We have been here before. Our leaders promise, we believe them, and we pay. It is time we stopped.",
])
def test_a_writer_who_talks_with_the_reader_as_we_is_not_reporting(voice):
    """A column or an explainer: its colour comes one level down (soft news), while its sourcing
    is still checked ("most of us" in an explainer does not excuse "it is thought that")."""
    text = f"Sadly, the side won. {_FILLER}\n\n{voice}\n"
    assert [(a.match, a.severity) for a in lint_text(text, rules=BUILTIN, path="s.md")
            if a.rule == "Neutrality.Editorializing"] == [("Sadly", "suggestion")]
    claim = "It is thought that half of adults have had such a dream."
    assert [a.severity for a in lint_text(f"{voice} {claim}\n", rules=BUILTIN, path="s.md")
            if a.rule == "Sourcing.WeaselWords"] == ["warning"]


@pytest.mark.parametrize("news", [
    # the newsroom's "we" and "us" of reporting, and the US
    "The US and its allies met on Monday. A spokeswoman told us the talks would resume. We reached the "
    "ministry by phone, and an official told us the US envoy had left. She did not get back to us.",
    # the speakers' "we", quoted
    '"We will build them," the mayor said. "Our towns need houses, and we owe it to our children. Let\'s go."',
])
def test_the_newsrooms_we_and_quoted_speakers_are_not_the_writer(news):
    assert _editorializing(f"Sadly, the side won. {_FILLER}\n\n{news}\n") == ["Sadly"]


def test_a_statement_set_off_by_a_colon_is_not_the_writers_we():
    """Plain text prints a statement after its lead-in: its "we" is the company's, not a
    columnist's, so the story stays news (its reporter's "Sadly" a warning)."""
    statement = ("We are shocked by the fire. We will help every family, and we will rebuild the mill. "
                 "Our thoughts are with our workers and their families. We thank the firefighters.")
    text = f"{_NEWS_BODY} {_FILLER}\n\nThe company said in a statement:\n\n{statement}\n"
    assert _editorializing(text) == ["Sadly"]
    assert [a.severity for a in lint_text(text, rules=BUILTIN, path="s.md")
            if a.rule == "Neutrality.Editorializing"] == ["warning"]


def test_a_long_column_that_argues_and_says_we_a_few_times_is_opinion():
    """Five personal words in a long piece are too few to be a voice, but its questions still
    argue with the reader."""
    filler = "The council met on Tuesday and the plan went to a vote after a long debate. " * 45
    argument = ("We were told the plan would pay for itself. Who believes that now? We paid for the last "
                "one, and our children will pay for this. Would any other council have dared? And what "
                "happens when the money runs out? We know the answer, and so do our councillors.")
    assert _editorializing(f"{_NEWS_BODY} {filler}\n\n{argument}\n") == []


# A long argument in the paper's own voice, with no source: 50 sentences, about 500 words.
_EDITORIAL_BODY = " ".join(
    ["The council has promised cheaper homes for a decade and built almost none of them."] * 25
    + ["Rents have doubled while the plans sat in a drawer at the town hall."] * 25)


@pytest.mark.parametrize("voice", [
    "We have argued before that the town needs houses. We repeat it: build them.",
    "Our view has not changed. We believe the plan fails our readers, and we urge the council to drop it.",
])
def test_a_long_piece_in_the_papers_we_that_attributes_nothing_is_an_editorial(voice):
    """An unsigned editorial has no "Opinion:" label in a draft and no "I", but it speaks as
    "we" and cites nobody: its verdicts are the point, as a column's are."""
    text = f"{_NEWS_BODY} {_EDITORIAL_BODY}\n\n{voice} {voice} {voice} {voice}\n"
    assert _editorializing(text) == []


@pytest.mark.parametrize("body", [
    # the same length and the same "we", but a report: it names its sources
    " ".join(["The council has built 40 homes this year, the housing office said."] * 50),
    # a long piece with no sources and no "we": soft news (one level down), not an editorial
    _EDITORIAL_BODY,
])
def test_reports_and_unsourced_features_without_we_are_not_editorials(body):
    voice = "We have argued before that the town needs houses. We repeat it: build them."
    text = f"{_NEWS_BODY} {body}\n\n" + (f"{voice} {voice} {voice} {voice}\n" if "said" in body else "\n")
    assert [a.match for a in lint_text(text, rules=BUILTIN, path="s.md")
            if a.rule == "Neutrality.Editorializing"] == ["Sadly"]


@pytest.mark.parametrize("text", ["In a deeply disturbing case, a newborn was found in a well.",
                                  "It was the most disturbing attack on the city in years.",
                                  "Survivors gave harrowing accounts of the raid.",
                                  "The riots were a horrifying episode."])
def test_emotive_verdicts_on_real_events_are_flagged(text):
    assert [a.rule for a in lint_text(text + "\n", rules=BUILTIN, path="s.md") if a.rule == "Neutrality.Emotive"]


@pytest.mark.parametrize("text", ["He was arrested for disturbing the peace.",
                                  "The divers worked without disturbing the wreck.",
                                  "Some of the film's most disturbing scenes were shot in Ohio.",
                                  "The novel's harrowing ending divided readers."])
def test_the_verb_and_a_works_content_are_not_verdicts(text):
    assert [a for a in lint_text(text + "\n", rules=BUILTIN, path="s.md") if a.rule == "Neutrality.Emotive"] == []


def _warned(text: str, rule: str) -> list[str]:
    return [a.match for a in lint_text(text + "\n", rules=BUILTIN, path="s.md")
            if a.rule == rule and a.severity in ("warning", "error")]


# Other senses judged on fresh sets in the fourteenth round (sets i and j): "blast" of what is
# sent out or of the weather, a quantity of blame, "alleged" before its noun. Each is tested with
# the loaded sense beside it.
@pytest.mark.parametrize("other, loaded", [
    ("Sen. Brian Schatz blasted an email to supporters on Monday asking them to sign.",
     "Sen. Brian Schatz blasted the email scandal on Monday."),
    ("The campaign blasted out a text message urging voters to turn out.",
     "The campaign blasted the text of the bill."),
    ("The area along the flight path was blasted by a string of severe thunderstorms.",
     "The area's senator was blasted by a string of angry rivals."),
    ("The neighbours were blasting music all night.", "The neighbours were blasting the council all night."),
])
def test_blast_of_what_is_sent_or_of_the_weather_is_no_verb_of_attack(other, loaded):
    # (at any level: "blasting" is a suggestion since the seventeenth round)
    found = [a for a in lint_text(other + "\n", rules=BUILTIN, path="s.md") if a.rule == "Neutrality.SaidSynonyms"]
    assert found == []
    assert len([a for a in lint_text(loaded + "\n", rules=BUILTIN, path="s.md")
                if a.rule == "Neutrality.SaidSynonyms"]) == 1


@pytest.mark.parametrize("other, crowd", [
    ("The plan was an effort to cast some blame on the speaker.", "Some blame the speaker for the delay."),
    ("Aides tried to shift some blame onto the council.", "Many blame the council for the delay."),
    ("Because some alleged victims declined to testify, the suit is their only recourse.",
     "Some alleged the vote was rigged."),
    ("Many alleged abuses were never investigated.", "Many alleged that the vote was rigged."),
])
def test_a_quantity_of_blame_or_alleged_before_a_noun_is_no_crowd(other, crowd):
    assert _warned(other, "Sourcing.WeaselWords") == []
    assert len(_warned(crowd, "Sourcing.WeaselWords")) == 1
