"""A grammar pattern's prefilter (core/prefilter.py) is a regular expression over a sentence's
lower-case text that every match implies: a sentence where the pattern matches is always found
by it (property-tested over generated patterns and sentences), and most sentences where it
cannot match are left out."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from stylelint.core.checks.grammar_view import document_view
from stylelint.core.context import Context
from stylelint.core.grammar import Pattern
from stylelint.core.markup import parse
from stylelint.core.prefilter import prefilter
from stylelint.core.wordclasses import build_class

CLASSES = {"CROWD": build_class("CROWD", ["critics", "experts", "some critics"]),
           "ADV": build_class("ADV", ["long", "*ly"]),
           "BELIEVE": build_class("BELIEVE", {"verbs": ["believe", "say"]})}
# Pieces of a pattern: literal words and marks (clitics among them), word classes, built-ins
ATOMS = ["the", "do", "n't", "'s", "it", "critics", "said", '","', '"."', '"``"', '"\'"', "of",
         "CROWD", "ADV", "BELIEVE", "BELIEVE:past", "CAP", "NUM", "WORD", "ANY"]
# Sentences made of the same words, in any case, with marks, clitics, digits and odd spacing
WORDS = ["the", "The", "THE", "do", "don't", "Don’t", "it's", "It’s", "critics", "Critics",
         "experts", "said", "says", "believed", "long", "really", "of", "2,000", "1990s",
         ",", ".", "``", "''", "'", "’", "-", "_", "within", "theirs"]
GAPS = [" ", "", "  ", "_", "\n", " - "]


@st.composite
def patterns(draw, depth=0):
    items = []
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["atom"] * 4 + ["group", "repeat", "look", "edge", "mark"]
                                    if depth < 2 else ["atom"]))
        if kind == "atom":
            items.append(draw(st.sampled_from(ATOMS)))
        elif kind == "group":
            options = draw(st.lists(patterns(depth + 1), min_size=1, max_size=3))
            items.append("( " + " | ".join(options) + " )")
        elif kind == "repeat":  # a word, or a group when there is depth left
            repeated = draw(st.sampled_from(ATOMS)) if depth or draw(st.booleans()) else \
                "( " + draw(patterns(depth + 1)) + " )"
            items.append(repeated + draw(st.sampled_from(["?", "*", "+", "{0,2}", "{1,3}"])))
        elif kind == "look":
            items.append(draw(st.sampled_from(["!", "<!", "&"])) + draw(st.sampled_from(ATOMS)))
        elif kind == "edge":
            items.append(draw(st.sampled_from(["^", "$"])))
        else:
            items.append(draw(st.sampled_from(["[", "]"])))
    return " ".join(items)


@st.composite
def sentences(draw):
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12))
    return "".join(w + draw(st.sampled_from(GAPS)) for w in words).strip() + ".\n"


def view_of(text):
    return document_view(Context(text, parse(text, "txt"), "txt"))


def matches(pattern, tokens) -> bool:
    return any(pattern.search(tokens, start) for start in range(len(tokens)))


@settings(max_examples=600, deadline=None)
@given(source=patterns(), text=sentences())
def test_a_sentence_the_pattern_matches_is_found_by_its_prefilter(source, text):
    try:
        pattern = Pattern(source, CLASSES, anchored=False)
    except Exception:  # a generated pattern the grammar refuses (a stray "]")
        return
    expression = prefilter(pattern)
    view = view_of(text)
    for index in range(len(view.sentences)):
        if matches(pattern, view.sentence_tokens(index)):
            assert expression is None or view.matching(expression, [index]) == [index], \
                (source, text, expression.pattern)


def test_a_prefilter_keeps_literal_words_in_order_and_adjacent():
    pattern = Pattern("(in|during) the WORD{0,2} century", CLASSES)
    expression = prefilter(pattern)
    view = view_of("It began in the 20th century. The century began in war. Within the century it grew.\n")
    assert view.matching(expression, range(len(view.sentences))) == [0]


def test_clitics_and_curly_apostrophes_are_found_as_their_tokens():
    pattern = Pattern("do n't BELIEVE", CLASSES)
    expression = prefilter(pattern)
    view = view_of("They DON’T believe it. They do not believe it.\n")
    assert view.matching(expression, [0, 1]) == [0]
    assert matches(pattern, view.sentence_tokens(0)) and not matches(pattern, view.sentence_tokens(1))


def test_a_pattern_of_classes_and_built_ins_alone_has_no_prefilter():
    assert prefilter(Pattern("CAP NUM ADV", CLASSES, anchored=False)) is None


def test_a_word_inside_a_longer_word_is_not_one_of_its_tokens():
    expression = prefilter(Pattern("the critics", CLASSES))
    view = view_of("Bathe critics daily. Soothe criticsm. The critics spoke.\n")
    assert view.matching(expression, range(len(view.sentences))) == [2]


def test_a_repeated_group_may_span_all_its_repeats():
    pattern = Pattern("of ( the critics ){1,3} said", CLASSES)
    view = view_of("Most of the critics the critics the critics said so.\n")
    assert matches(pattern, view.sentence_tokens(0))
    assert view.matching(prefilter(pattern), [0]) == [0]


def test_a_rules_second_document_gets_the_alerts_its_first_got():
    """Grammar rules prefilter from their second document on: the alerts are the same."""
    from stylelint import lint_text, load_rules

    rules = load_rules()
    text = ("Critics have long argued that the plan is flawed. It is widely believed that taxes "
            "will rise, and some experts believe the council was wrong.\n\nMany people say the "
            "bridge is unsafe, according to a survey by the town. Officials didn't say when "
            "it would reopen, but it's understood that repairs were ordered.\n")
    first = lint_text(text, rules=rules, syntax="txt")
    assert any(alert.rule.startswith("Sourcing.") for alert in first)
    for _ in range(2):
        assert lint_text(text, rules=rules, syntax="txt") == first


def test_a_pattern_held_to_the_sentence_start_or_end_is_found_only_there():
    view = view_of("The cat sat down. We saw the cat. Then the cat.\n")
    every = range(len(view.sentences))
    assert view.matching(prefilter(Pattern("^ [ the cat ]", CLASSES)), every) == [0]
    assert view.matching(prefilter(Pattern('the cat "." $', CLASSES)), every) == [1, 2]
    assert view.matching(prefilter(Pattern('^ WORD? the cat "." $', CLASSES, anchored=False)), every) == [2]
