"""The grammar rules read a sentence as the analysis's words, clitics cut off ("it" "'s"), and
the marks between words (quotation marks, commas, dashes). Those tokens are made in one scan
per sentence: they must be exactly what a scan of each gap between two words finds."""
from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from stylelint.core.checks.grammar_view import document_view
from stylelint.core.context import Context
from stylelint.core.markup import parse

GAP = re.compile(r"``|''|[^\w\s]")
CLITIC = re.compile(r"(?i)(?<=\w)(n['’]t|['’](?:s|re|ve|ll|d|m))$")


def view_of(text):
    return document_view(Context(text, parse(text, "txt"), "txt"))


def gap_by_gap(view, index):
    """Word tokens and, between them, the marks a scan of each gap finds."""
    out, sentence = [], view.sentences[index]
    cursor = sentence.start
    for token in view.analysis.sentence_tokens(index):
        out += [(m.start(), m.end(), m.group(0)) for m in GAP.finditer(view.prose, cursor, token.start)]
        lower = token.lower.replace("’", "'")
        m = CLITIC.search(token.text)
        if m:
            cut = token.start + m.start()
            out += [(token.start, cut, lower[:m.start()]), (cut, token.end, lower[m.start():])]
        else:
            out.append((token.start, token.end, lower))
        cursor = token.end
    out += [(m.start(), m.end(), m.group(0)) for m in GAP.finditer(view.prose, cursor, sentence.end)]
    return out


def made(view, index):
    return [(t.start, t.end, t.lower) for t in view.sentence_tokens(index)]


def test_a_news_sentence_is_cut_into_words_clitics_and_marks():
    view = view_of("``It's a well-known fact,'' she said -- and they didn’t deny it.\n")
    assert [t for _, _, t in made(view, 0)] == [
        "``", "it", "'s", "a", "well-known", "fact", ",", "''", "she", "said", "-", "-",
        "and", "they", "did", "n't", "deny", "it", "."]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab1 _-'’`\".,;:!?()—\n", max_size=80))
def test_one_scan_per_sentence_finds_what_a_scan_per_gap_finds(text):
    view = view_of(text)
    for index in range(len(view.sentences)):
        assert made(view, index) == gap_by_gap(view, index)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aBİ1 _-'’`\".,;:!?()—\n", max_size=80))
def test_the_words_indexed_for_a_sentence_hold_every_token_it_makes(text):
    # The index picks the sentences a pattern is tried on: a token missing from it would be
    # a match never tried.
    view = view_of(text)
    for index in range(len(view.sentences)):
        assert {t.lower for t in view.sentence_tokens(index)} <= view._words[index]


def test_the_indexed_words_of_a_sentence_are_its_tokens():
    view = view_of("``It's a well-known fact,'' she said -- and they didn’t deny it.\n")
    assert view._words[0] == {t.lower for t in view.sentence_tokens(0)}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aBİ1 _-'’`\".,;:!?()—\n", max_size=80))
def test_the_indexed_words_of_any_sentence_are_exactly_its_tokens(text):
    # Words with an apostrophe are cut apart from the C-level word list (only they are walked)
    view = view_of(text)
    for index in range(len(view.sentences)):
        assert view._words[index] == {t.lower for t in view.sentence_tokens(index)}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aBé1 _-'’`\".,;:!?()—\n", max_size=80))
def test_possessive_word_patterns_find_the_words_plain_ones_do(text):
    # The shared word patterns never give back letters (faster); they must cut the same words
    from stylelint.core.analysis import MARK, WORD, WORD_OR_MARK
    from stylelint.core.checks.spelling import _TOKEN

    plain_word = r"[^\W_]+(?:[-'’.,][^\W_]+)*"
    assert WORD.findall(text) == re.findall(plain_word, text)
    assert WORD_OR_MARK.findall(text) == re.findall(f"{plain_word}|{MARK.pattern}", text)
    assert _TOKEN.findall(text) == re.findall(r"\w+(?:['’-]\w+)*", text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aBz9Z0 _-'`\".,;:!?()\n\t\x1a", max_size=80))
def test_ascii_word_patterns_find_the_words_the_unicode_ones_do_in_ascii_text(text):
    # ASCII copy (most of it) is tokenised with ASCII classes, which `re` tests faster
    from stylelint.core.analysis import ASCII_WORD_OR_MARK, WORD_OR_MARK
    from stylelint.core import names
    from stylelint.core.checks import metric, spelling
    from stylelint.core.terms import _ASCII_TOKEN, TOKEN

    assert ASCII_WORD_OR_MARK.findall(text) == WORD_OR_MARK.findall(text)
    assert spelling._ASCII_TOKEN.findall(text) == spelling._TOKEN.findall(text)
    assert metric._ASCII_WORD_RUN.findall(text) == metric._WORD_RUN.findall(text)
    assert _ASCII_TOKEN.findall(text) == TOKEN.findall(text)
    for start in range(len(text) + 1):  # (a look-behind may see before where the search starts)
        assert [m.start() for m in names._ASCII_CAPITAL.finditer(text, start)] == \
            [m.start() for m in names._CAPITAL.finditer(text, start)]
