"""Issue 10, cause 1: quotations by every convention news copy uses, built as variants.

A neutrality word inside a quotation is the speaker's and stays quiet; the same word outside it,
including in every paragraph after a quotation left open, is flagged. Each convention (straight,
curly, ``wire'', HTML entities, blockquotes, <q>) is tried in each position.
"""
from __future__ import annotations

import itertools

import pytest

from stylelint import lint_text, load_rules

from conftest import lint

WORD_RULE = """
extends: existence
message: "'%s' is puffery."
level: warning
category: neutrality
scope: ~quote
ignorecase: true
tokens: [legendary]
"""
SAID_RULE = """
extends: substitution
message: "Use %s, not '%s'."
level: warning
category: neutrality
scope: ~quote
ignorecase: true
swap:
  claimed that: said that
"""

# (open, close) per convention, and the syntaxes it occurs in
DOUBLE = {
    "straight": ('"', '"', ("md", "txt", "html")),
    "curly": ("“", "”", ("md", "txt", "html")),
    "wire": ("``", "''", ("md", "txt")),
    "entity-named": ("&ldquo;", "&rdquo;", ("html", "md", "txt")),
    "entity-quot": ("&quot;", "&quot;", ("html", "md")),
    "entity-number": ("&#8220;", "&#8221;", ("html", "md", "txt")),
}
CASES = [(name, syntax) for name, (_, _, syntaxes) in DOUBLE.items() for syntax in syntaxes]


@pytest.fixture
def puffery(make_pack):
    return make_pack({"Puffery": WORD_RULE, "Said": SAID_RULE})


def document(paragraphs: list[str], syntax: str) -> str:
    if syntax == "html":
        return "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return "\n\n".join(paragraphs) + "\n"


def flagged(config, paragraphs, syntax, rule="Test.Puffery"):
    text = document(paragraphs, syntax)
    alerts = [a for a in lint(config, text, f"story.{syntax}") if a.rule == rule]
    # the alert points at the word itself in the original text, entities and all
    for a in alerts:
        assert text[a.start:a.end] == a.match
    return [a.match for a in alerts]


SPEAKERS = ['{o}The bridge was a legendary crossing,{c} the mayor said.',
            'The mayor said: {o}The bridge was a legendary crossing.{c}',
            '{o}The bridge was a legendary crossing,{c} said the mayor.',
            '{o}The bridge,{c} the mayor said, {o}was a legendary crossing.{c}']


@pytest.mark.parametrize("convention,syntax", CASES)
@pytest.mark.parametrize("template", SPEAKERS)
def test_word_inside_a_quotation_is_the_speakers(puffery, convention, syntax, template):
    o, c, _ = DOUBLE[convention]
    assert flagged(puffery, [template.format(o=o, c=c)], syntax) == []


@pytest.mark.parametrize("convention,syntax", CASES)
def test_word_outside_the_quotation_in_the_same_sentence_is_flagged(puffery, convention, syntax):
    o, c, _ = DOUBLE[convention]
    text = f"{o}It was a fine day for the town,{c} the mayor said of the legendary crossing."
    assert flagged(puffery, [text], syntax) == ["legendary"]


@pytest.mark.parametrize("convention,syntax", CASES)
@pytest.mark.parametrize("middle", [0, 1, 2])
def test_running_quote_over_paragraphs_and_the_story_after_it(puffery, convention, syntax, middle):
    """Each paragraph of a running quote opens with a mark and only the last one closes; the
    paragraph after the quotation is the reporter's again."""
    o, c, _ = DOUBLE[convention]
    paragraphs = [f"{o}The old bridge was a legendary crossing for traders."]
    paragraphs += [f"{o}Every family here has a legendary story about it."] * middle
    paragraphs += [f"{o}Now it is gone and we start again,{c} the mayor said.",
                   "The legendary bridge fell into the river in May."]
    assert flagged(puffery, paragraphs, syntax) == ["legendary"]


@pytest.mark.parametrize("convention,syntax", CASES)
@pytest.mark.parametrize("stray", ['The pipe measured 6" across.', 'He said {o}it was fine and left.',
                                   'The word {c}ended{c} there.'])
def test_an_unbalanced_mark_never_inverts_the_rest_of_the_story(puffery, convention, syntax, stray):
    o, c, _ = DOUBLE[convention]
    paragraphs = [stray.format(o=o, c=c), "The legendary bridge fell in May.",
                  f"{o}It was our bridge,{c} the mayor said.", "A legendary ferry replaced it."]
    assert flagged(puffery, paragraphs, syntax) == ["legendary", "legendary"]


@pytest.mark.parametrize("syntax", ["md", "txt", "html"])
@pytest.mark.parametrize("paragraph", [
    # typed with a space after the opening mark, closed properly or left open to the paragraph's end
    'The mayor wrote to residents. " The bridge was a legendary crossing. We will rebuild it."',
    'The mayor wrote to residents. " The bridge was a legendary crossing. We will rebuild it.',
    '" The bridge was a legendary crossing," the mayor wrote.',
    'Was it worth it? " The bridge was a legendary crossing," the mayor wrote.',
])
def test_a_straight_mark_typed_with_a_space_still_opens_a_quotation(puffery, syntax, paragraph):
    assert flagged(puffery, [paragraph, "The legendary ferry sank."], syntax) == ["legendary"]


@pytest.mark.parametrize("syntax", ["md", "txt", "html"])
def test_a_straight_mark_typed_with_a_space_closes_an_open_quotation(puffery, syntax):
    """`everything. " The only ...`: the mark after a finished sentence closes the quotation,
    and what follows is the reporter's."""
    paragraph = 'It continued: "We have tried everything. " The legendary site closed on Sunday.'
    assert flagged(puffery, [paragraph], syntax) == ["legendary"]
    # a mark between two words of one sentence is a stray: it opens and closes nothing
    assert flagged(puffery, ['The pipe " measured a legendary six inches.'], syntax) == ["legendary"]


# (inline <q> in Markdown is masked as a tag, not read as HTML: not a case here)
@pytest.mark.parametrize("syntax,reader", [("md", "blockquote"), ("html", "blockquote"), ("html", "q")])
def test_quotations_by_markup(puffery, syntax, reader):
    if reader == "blockquote":
        quoted = ("> The bridge was a legendary crossing.\n" if syntax == "md"
                  else "<blockquote><p>The bridge was a legendary crossing.</p></blockquote>\n")
    else:
        quoted = "<p>The mayor called it <q>a legendary crossing for the town</q>.</p>\n"
    outside = "The legendary ferry replaced it.\n" if syntax == "md" else "<p>The legendary ferry replaced it.</p>\n"
    text = f"{quoted}\n{outside}"
    alerts = [a for a in lint(puffery, text, f"story.{syntax}") if a.rule == "Test.Puffery"]
    assert [(a.line, a.match) for a in alerts] == [(text[:text.index("The legendary")].count("\n") + 1,
                                                    "legendary")]


ATTRIBUTED_SHORT = [
    'Police called the raid {o}legendary{c}.',
    'The raid was {o}legendary{c}, police said.',
    'It was what the minister called a {o}legendary deal{c}.',
    'Critics described the plan as {o}legendary{c} in a letter.',
    'The mayor heralded the deal as {o}legendary{c}.', 'It was what the minister referred to as {o}legendary{c}.',
    # a naming verb far from the word it names, past abbreviations and a clause
    'Samuels called the U.S. plan to end farm subsidies by the year 2000, proposed at the talks in July, {o}legendary{c}.',
    # the quoted word of a citation or a verdict ("recognised for its 'groundbreaking' use")
    'The site was recognised for its {o}legendary{c} use of animation.',
    'The jury commended the film for its {o}legendary{c} score.',
    'The report condemned the {o}legendary{c} waste at the agency.',
]
SCARE = ['The raid was {o}legendary{c}.', 'The {o}legendary{c} plan failed in May.',
         # before a noun that is also a verb of saying: no tag ("the 'legendary' show")
         'The {o}legendary{c} show was cancelled.', 'A {o}legendary{c} report was published.',
         # a scare quote after an attributed quotation in another sentence is still the reporter's
         '{o}It is over,{c} he said. The {o}legendary{c} deal was signed.']
# one speaker's run of quoted words: the second and later quotations share the first's verb
RUNS = ['He called the decision {o}outrageous{c} and {o}legendary{c}.',
        'She called it {o}slow{c}, {o}costly{c} and {o}legendary{c}.',
        'The minister described the deal as {o}fair{c} but {o}hardly legendary{c}.',
        'Critics said the plan was {o}rushed{c}, even {o}legendary{c} in its waste.']


@pytest.mark.parametrize("marks", [('"', '"'), ("“", "”"), ("‘", "’"), ("'", "'")])
@pytest.mark.parametrize("template", RUNS)
def test_a_run_of_quoted_words_is_one_speakers(puffery, marks, template):
    assert flagged(puffery, [template.format(o=marks[0], c=marks[1])], "md") == []


@pytest.mark.parametrize("marks", [('"', '"'), ("“", "”"), ("‘", "’"), ("'", "'")])
@pytest.mark.parametrize("template", ATTRIBUTED_SHORT)
def test_short_quoted_words_attributed_in_the_sentence_are_the_speakers(puffery, marks, template):
    assert flagged(puffery, [template.format(o=marks[0], c=marks[1])], "md") == []


# A short quotation that is a sentence of its own is somebody's line, not a scare quote: 'Mr.
# Gentile said. "He's legendary."' (set F, thirteenth round)
WHOLE = ['The tenant spoke to us. {o}He’s legendary.{c}', 'The tenant spoke to us. {o}Legendary!{c}',
         '{o}It is over,{c} he said. {o}Legendary.{c}']


@pytest.mark.parametrize("marks", [('"', '"'), ("“", "”")])
@pytest.mark.parametrize("template", WHOLE)
def test_a_short_quoted_sentence_is_somebodys_line(puffery, marks, template):
    assert flagged(puffery, [template.format(o=marks[0], c=marks[1])], "md") == []


@pytest.mark.parametrize("marks", [('"', '"'), ("“", "”"), ("‘", "’"), ("'", "'")])
@pytest.mark.parametrize("template", SCARE)
def test_unattributed_scare_quotes_are_the_reporters(puffery, marks, template):
    assert flagged(puffery, [template.format(o=marks[0], c=marks[1])], "md") == ["legendary"]


@pytest.mark.parametrize("headline", ["# Minister hails 'legendary' deal", "# Minister hails ‘legendary’ deal",
                                      "Minister hails 'legendary' deal", "## Minister hails ‘legendary’ deal"])
def test_a_quoted_word_in_a_headline_is_a_quote(puffery, headline):
    assert flagged(puffery, [headline, "The minister signed the deal on Monday."], "md") == []


@pytest.mark.parametrize("text", ["The players' legendary coach retired.", "Legendary? The coach's 'legendary' days",
                                  "In the '90s the legendary coach won.", "Don't forget the legendary coach."])
def test_apostrophes_are_not_quotation_marks(puffery, text):
    assert "legendary" in [m.lower() for m in flagged(puffery, [text], "md")]


@pytest.mark.parametrize("syntax", ["html", "md", "txt"])
@pytest.mark.parametrize("space", ["&nbsp;", "&#160;", "&#xA0;"])
def test_entities_between_words_are_spaces(puffery, syntax, space):
    text = f"The treasurer claimed{space}that the deficit had vanished."
    assert flagged(puffery, [text], syntax, rule="Test.Said") == [f"claimed{space}that"]


@pytest.mark.parametrize("syntax", ["html", "md", "txt"])
def test_doubled_word_across_an_entity_space(syntax):
    text = document(["The minister said the&nbsp;the plan was ready."], syntax)
    alerts = [a for a in lint_text(text, rules=load_rules(), path=f"s.{syntax}") if a.rule == "Typos.Repeated"]
    assert [a.match for a in alerts] == ["the&nbsp;the"]


@pytest.mark.parametrize("syntax", ["html", "md", "txt"])
@pytest.mark.parametrize("entity", ["&ldquo;", "&rdquo;", "&quot;", "&#8220;", "&rsquo;", "&mdash;", "&amp;",
                                    "&lsquo;", "&#39;"])
def test_entities_are_never_misspellings(syntax, entity):
    text = document([f"The caf&eacute; owner said {entity}we will reopen{entity} on Monday and "
                     f"doesn&rsquo;t mind {entity} at all."], syntax)
    typos = [a for a in lint_text(text, rules=load_rules(), path=f"s.{syntax}") if a.category == "typo"]
    assert typos == [], [(a.rule, a.match) for a in typos]


def test_column_after_an_entity_is_exact(puffery):
    text = "<p>&ldquo;Yes,&rdquo; he said of the legendary bridge.</p>\n"
    alerts = [a for a in lint(puffery, text, "s.html") if a.rule == "Test.Puffery"]
    assert [(a.line, a.column) for a in alerts] == [(1, text.index("legendary") + 1)]


def test_every_combination_of_convention_and_paragraph_count_is_consistent(puffery):
    """Each convention with 1-3 quoted paragraphs, then a reporter paragraph: exactly one alert."""
    for (name, syntax), n in itertools.product(CASES, range(1, 4)):
        o, c, _ = DOUBLE[name]
        paragraphs = [f"{o}Legendary times, legendary people." for _ in range(n - 1)]
        paragraphs += [f"{o}Legendary times,{c} she said.", "Then came the legendary flood."]
        assert flagged(puffery, paragraphs, syntax) == ["legendary"], (name, syntax, n)


# -- indirect speech and framing: the words of a named source, without quote marks ----------

SOURCES = ["Smith", "the ministry", "Dr Ana Silva", "police", "she"]


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("template", ["{S} said the bridge was a legendary crossing.",
                                      "{S} said that the legendary crossing would close.",
                                      "The bridge was a legendary crossing, {s} said.",
                                      "The bridge was a legendary crossing, {s} told reporters on Monday.",
                                      "According to {s}, the bridge was a legendary crossing.",
                                      "The bridge was a legendary crossing, according to {s}."])
def test_indirect_speech_of_a_named_source_is_theirs(puffery, source, template):
    text = template.format(S=source[0].upper() + source[1:], s=source)
    assert flagged(puffery, [text], "md") == []


@pytest.mark.parametrize("text", ["The legendary coach Bill Moss said he would retire.",
                                  "Of course the legendary plan will cost more than the council says.",
                                  "Some experts say the bridge was a legendary crossing.",
                                  '"It was ours," the mayor said of the legendary crossing.',
                                  "The bridge was a legendary crossing.",
                                  "The legendary crossing is known to every driver in the valley."])
def test_the_reporters_own_words_around_a_source_are_flagged(puffery, text):
    assert flagged(puffery, [text], "md") == ["legendary"]


@pytest.mark.parametrize("text", ["The bridge is being hailed as legendary.",
                                  "The crossing, billed as legendary, closed in May.",
                                  "Fans have dubbed it legendary.",
                                  "The crossing was not as legendary as promised.",
                                  "The old man is known as the legendary one; his son does the deals.",
                                  "The crossing, long known locally as legendary, closed in May."])
def test_words_framed_as_somebody_elses_are_theirs(puffery, text):
    assert flagged(puffery, [text], "md") == []


@pytest.mark.parametrize("text", ["Armenians deny the charge, claiming that the vote was legendary.",
                                  "Smith said the vote was fine, claiming that it was legendary."])
def test_a_verb_of_saying_is_never_the_sources_word(make_pack, text):
    rules = make_pack({"Claim": SAID_RULE.replace("claimed that", "claiming that")})
    assert [a.match for a in lint(rules, text + "\n", "s.md")] == ["claiming that"]


def test_praise_beside_a_participle_clause_is_the_reporters(puffery):
    text = "Andre Moss, a legendary union leader, met the minister, urging the defence of jobs."
    assert flagged(puffery, [text], "md") == ["legendary"]


@pytest.mark.parametrize("text", ["Legendary, the delegations agreed to exchange prisoners.",
                                  "Legendary, the minister promised to resign."])
def test_an_act_is_not_a_statement(puffery, text):
    """"agreed to", "promised to" report what was done, not what was said."""
    assert flagged(puffery, [text], "md") == ["Legendary"]


# Interviews and transcripts: a speaker's labelled turn is the speaker's words.
@pytest.mark.parametrize("text", [
    "Q: Is the deal good?\n\nA: It is a legendary deal.\n",
    "**Q: Is the deal good?**\n\n**A:** It is a legendary deal.\n\n**Q:** And next?\n\n**A:** More talks.\n",
    "SMITH: We met on Monday.\n\nJONES: It is a legendary deal.\n\nSMITH: It is.\n",
    "Mayor Ruiz: We met on Monday.\n\nAna Diaz: It was a legendary deal.\n\nMayor Ruiz: Yes.\n",
])
def test_a_speakers_turn_is_the_speakers(puffery, text):
    assert flagged(puffery, [text], "md") == []


@pytest.mark.parametrize("text", [
    "Q: Is this a legendary deal?\n\nA: No.\n",                       # the interviewer's question
    "PARIS: The legendary deal was signed on Monday.\n",              # a dateline
    "Paris: The legendary deal was signed.\n\nBerlin: Talks resumed.\n",  # a roundup's places
    "Note: the legendary deal was signed.\n\nNote: talks resumed.\n",  # not a speaker
    "UPDATE: the legendary deal was signed.\n\nUPDATE: talks resumed.\n",  # a live blog's entries
])
def test_labels_that_are_not_a_speakers_turn(puffery, text):
    assert flagged(puffery, [text], "md") == ["legendary"]


@pytest.mark.parametrize("opener", ["As the mayor put it,", "As Ana Ruiz puts it,", "In the words of one resident,",
                                    "In her view,", "In Ruiz's view,", "In the opinion of the judges,"])
def test_a_sentence_that_opens_by_giving_the_rest_to_somebody(puffery, opener):
    assert flagged(puffery, [f"{opener} the deal is legendary."], "md") == []


@pytest.mark.parametrize("opener", ["In other words,", "In the end,", "As expected,", "In the event,"])
def test_openers_that_attribute_nothing(puffery, opener):
    assert flagged(puffery, [f"{opener} the deal is legendary."], "md") == ["legendary"]


SINGLE_OPENINGS = ["'The old bridge was a legendary crossing for traders.",
                   "The mayor said: 'The old bridge was a legendary crossing for traders.",
                   "‘The old bridge was a legendary crossing for traders, and it's the town's heart.",
                   "Asked about it, the mayor said ‘the old bridge was a legendary crossing for traders."]


@pytest.mark.parametrize("opening", SINGLE_OPENINGS)
@pytest.mark.parametrize("middle", [0, 1, 2])
@pytest.mark.parametrize("syntax", ["md", "txt"])
def test_running_quote_in_single_marks(puffery, opening, middle, syntax):
    """Copy that quotes speech in single marks runs a quotation over paragraphs the same way:
    each paragraph opens with a mark, only the last closes (apostrophes inside are not marks)."""
    o, c = ("‘", "’") if "‘" in opening else ("'", "'")
    paragraphs = [opening] + [f"{o}Every family here has a legendary story. It's ours."] * middle
    paragraphs += [f"{o}Now it's gone and we start again,{c} the mayor said.",
                   "The legendary bridge fell into the river in May."]
    assert flagged(puffery, paragraphs, syntax) == ["legendary"]


@pytest.mark.parametrize("syntax", ["md", "txt"])
def test_single_marks_left_open_do_not_run_on_without_a_mark(puffery, syntax):
    """Speech left open with no mark opening the next paragraph is dropped, not guessed: the
    next paragraph is the reporter's, and so is a phrase left open mid-sentence."""
    paragraphs = ["The mayor said: 'The old bridge was a fine crossing.",
                  "The legendary bridge fell into the river in May.",
                  "It was the 'legendary crossing of the valley for a century.",
                  "'A legendary ferry replaced it."]
    assert flagged(puffery, paragraphs, syntax) == ["legendary", "legendary", "legendary"]


@pytest.mark.parametrize("text", [
    'Samuels called the U.S. plan to eliminate farm subsidies by 2000, proposed in July, "visionary" and "very serious."'
    ' The EC said it is unrealistic.',
    'Ruiz described the Inc. board\'s plan to sell the three regional papers by next spring as "visionary."',
])
def test_a_naming_verb_far_back_still_attributes_the_quoted_word(text):
    alerts = [a.match for a in lint_text(text + "\n", rules=load_rules(), path="s.md") if a.rule == "Neutrality.Puffery"]
    assert alerts == []
    # with no verb naming it, the quoted word is the reporter's scare quote
    scare = 'The U.S. plan to end farm subsidies by 2000, proposed at the talks in July, is "visionary."\n'
    assert [a.match for a in lint_text(scare, rules=load_rules(), path="s.md") if a.rule == "Neutrality.Puffery"] \
        == ["visionary"]


@pytest.mark.parametrize("syntax", ["md", "txt", "html"])
@pytest.mark.parametrize("post", [
    ["The bridge was a legendary crossing and now it is gone."],
    # a post whose last paragraph is only its picture link
    ["The bridge was a legendary crossing and now it is gone.", "pic.twitter.com/Ab12Cd34"],
])
def test_an_embedded_post_above_its_signature_is_a_quotation(puffery, syntax, post):
    signature = "— Ana Ruiz (@anaruiz) November 3, 2019"
    paragraphs = ["The council voted on Monday."] + post + [signature, "The legendary ferry sank."]
    assert flagged(puffery, paragraphs, syntax) == ["legendary"]
    # without the signature the paragraph is the reporter's
    assert flagged(puffery, ["The council voted on Monday."] + post + ["The legendary ferry sank."], syntax) \
        == ["legendary", "legendary"]


# A post in two paragraphs, its signature at the end of the second: the first, unpunctuated as
# posts are, is part of it; a reporter's paragraph above, which ends on a stop, is not (set P,
# thirteenth round)
@pytest.mark.parametrize("syntax", ["md", "txt"])
def test_a_posts_first_paragraph_above_its_signed_end_is_a_quotation(puffery, syntax):
    signed = "The rest of it was on the news https://t.co/If3V8l76QZ — Ana Ruiz (@anaruiz) January 15, 2020"
    first = "I am not a fan of the mayor but the way the network handled the legendary question about him was wrong"
    post = ["The council voted on Monday.", first, signed, "The legendary ferry sank."]
    assert flagged(puffery, post, syntax) == ["legendary"]
    reporter = ["The council voted on Monday.", "The network handled the legendary question badly.", signed,
                "The legendary ferry sank."]
    assert flagged(puffery, reporter, syntax) == ["legendary", "legendary"]


# A pull quote or a roundup of opinion: a paragraph signed at its end with a dash and the name of
# the person whose words it is (set D, fourteenth round). Not a credit ("— Reuters"), not a dash
# inside the reporter's sentence ("... than anyone expected — Joe Biden."), not a name after a
# dash that ends no sentence.
@pytest.mark.parametrize("syntax", ["md", "txt", "html"])
@pytest.mark.parametrize("signature", [" — Gavin Newsom", " – Gavin Newsom", " —Gavin Newsom",
                                       " — Joe Concha, The Hill", " — Sen. Ana Ruiz, speaking to reporters",
                                       " — Philip Ellis, president of the National Cattlemen's Beef Association"])
@pytest.mark.parametrize("words", ["You see it every day. The bridge was a legendary crossing.",
                                   "“The bridge was a legendary crossing, and now it is gone.”"])
def test_a_paragraph_signed_with_a_dash_and_a_name_is_that_persons(puffery, syntax, signature, words):
    paragraphs = ["The council voted on Monday.", words + signature, "The legendary ferry sank."]
    assert flagged(puffery, paragraphs, syntax) == ["legendary"]


@pytest.mark.parametrize("syntax", ["md", "txt"])
@pytest.mark.parametrize("paragraph", [
    "The bridge was a legendary crossing. — Reuters",
    "The legendary crossing was won by someone nobody expected — Ana Ruiz",
    "The bridge, built by a legendary engineer — Ana Ruiz — stood for a century.",
])
def test_a_credit_or_a_dash_in_the_reporters_sentence_signs_nothing(puffery, syntax, paragraph):
    paragraphs = ["The council voted on Monday.", paragraph, "The legendary ferry sank."]
    assert flagged(puffery, paragraphs, syntax) == ["legendary", "legendary"]


# A loaded word in quotation marks that no speaker is read for (a scare quote) is somebody's word,
# or the reporter's distance from it, not the reporter's plain claim: one level down (fourteenth
# round; sets I-H: 4 such warnings judged, all false alarms). Without the marks it is a warning.
@pytest.mark.parametrize("sentence", [
    'He thanked Sanders in the video for running an {o}amazing campaign{c} on the issues.',
    'The military display was {o}magnificent.{c} The dinner lasted two hours.',
    'Emwazi was a {o}polite{c} and {o}magnificent young man{c} who brought treats to the office.',
    'One such {o}martyr{c} was Troy Kastigar, a high school classmate.',
])
@pytest.mark.parametrize("marks", [('"', '"'), ("“", "”")])
def test_a_loaded_word_in_scare_quotes_is_a_suggestion(sentence, marks):
    text = sentence.format(o=marks[0], c=marks[1])
    found = [(a.match, a.severity) for a in lint_text(text + "\n", rules=load_rules(), path="s.md")
             if a.rule in ("Neutrality.Puffery", "Neutrality.Labels")]
    assert found and all(severity == "suggestion" for _, severity in found)
    plain = [a.severity for a in lint_text(sentence.format(o="", c="") + "\n", rules=load_rules(), path="s.md")
             if a.rule in ("Neutrality.Puffery", "Neutrality.Labels")]
    assert "warning" in plain
