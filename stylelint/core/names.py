"""Name spans: people, places, organisations and titles of works, found by capitalisation.

A reporter's adjective is lower case in running text; a capitalised word inside a sentence is
a name ("Mr Savage", "Bombay"), and a run of capitalised words is one name, small connecting
words included ("Royal Bombay Yacht Club", "Bank of England"). At the start of a sentence
capitals prove nothing, so a first word joins a name only when the run is long (three words or
more) or the same run, or a longer one it begins, appears inside a sentence elsewhere in the
story ("Brilliant Minds' director" after "bought by Brilliant Minds Productions"); a lone
first word is a name when the story also capitalises it mid-sentence and never writes it in
lower case.
Headlines in title case or capitals are skipped: there every word is capitalised.
"""
from __future__ import annotations

import re
from operator import itemgetter

# Dates stand next to names without being part of them ("By Monday Khankendi was empty").
DATES = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march "
                  "april may june july august september october november december".split())
CONNECTORS = frozenset("of the de la le du da van von der den and for on in & al el bin ibn y di".split())


def is_capitalised(text: str) -> bool:
    return text[:1].isupper()


def title_case_block(words: list[str]) -> bool:
    """A headline where capitals mark nothing: mostly capitalised or all in capitals."""
    content = [w for w in words if w[:1].isalpha() and w.lower() not in CONNECTORS]
    if len(content) < 2:
        return False
    capitals = sum(1 for w in content if w[:1].isupper())
    return capitals >= 0.6 * len(content) or all(w.isupper() for w in content)


# Where a capitalised word may start: a letter that is not ASCII lower case, at the start of a
# word (not after a letter or digit, nor after one and a joining mark: "e-Bay" is one word).
# `isupper` then decides; most words never reach Python. The letter comes first and the
# look-behinds see past it: a search then skips in C to the places where such a letter stands.
_CAPITAL = re.compile(r"[^\W\d_a-z](?<![^\W_].)(?<![^\W_][-'’.,].)")
_START, _LOWER = re.Match.start, itemgetter(3)  # a match's start, a run word's lower case
_ASCII_CAPITAL = re.compile(r"[A-Z](?<![A-Za-z0-9].)(?<![A-Za-z0-9][-'’.,].)")  # the same in ASCII text, faster


def spans(prose: str, sentences, skip_blocks: set[int], word: re.Pattern) -> list[tuple[int, int]]:
    """Name spans in the document's sentences (objects with start, end and the index of their
    block as `paragraph`), whose words are the matches of `word` (a word begins and ends on a
    letter or digit). Sentences of a block in `skip_blocks` hold no names.

    Only the capitalised words and the words right after them are looked at: finding names
    does not need every word of the story."""
    capital = _ASCII_CAPITAL if prose.isascii() else _CAPITAL
    runs = [run for s in sentences if s.paragraph not in skip_blocks for run in _runs(prose, s, word, capital)]
    # capitalised inside a sentence: words, and runs with their first two words ("Brilliant
    # Minds" on second reference to "Brilliant Minds Productions")
    inside, runs_inside = set(), set()
    for words, opens in runs:
        if not opens:  # only runs of one or two words are looked up here (below)
            runs_inside.update((_key(words), _key(words[:2])))
        inside.update(map(_LOWER, words[1 if opens else 0:]))
    lowered = None  # lower-case words of the story, found only if a lone first word needs them
    out = []
    for words, opens in runs:
        if opens and len(words) < 3 and _key(words) not in runs_inside:
            if len(words) == 1:  # a lone first word: a name only if the story says so elsewhere
                lower = words[0][3]
                if lower in inside:
                    if lowered is None:  # each distinct word tested once, not each of its uses
                        found = set().union(*(word.findall(prose, s.start, s.end) for s in sentences))
                        lowered = {w.lower() for w in found if w[:1].islower()}
                    if lower not in lowered:
                        out.append((words[0][0], words[0][1]))
                continue
            words = words[1:]  # "Iconic Leeds landmark": the first word is the reporter's
        out.append((words[0][0], words[-1][1]))
    return out


def _key(words) -> str:
    return " ".join(map(_LOWER, words))


def _runs(prose, sentence, word, capital=_CAPITAL):
    """Runs of capitalised words in one sentence, connectors inside allowed: ([(start, end,
    text, lower)...], whether the run opens the sentence)."""
    first = word.search(prose, sentence.start, sentence.end)
    if first is None:
        return
    stop, end = sentence.end, sentence.start  # end: where the last run ended
    # The sentence's first word is tried apart: a look-behind could see before the sentence
    first_start = first.start()
    starts = [first_start]
    starts += map(_START, capital.finditer(prose, first.end(), stop))
    for at in starts:
        if at < end or not prose[at].isupper():
            continue
        words = [_word(word.match(prose, at, stop))]
        last = 0
        while True:
            before = words[-1]
            nxt = word.search(prose, before[1], stop)
            # the gap is tested before the next word is made: most runs end at it
            if nxt is None or not _joined(prose[before[1]:nxt.start()], before[2]):
                break
            after = _word(nxt)
            if after[3] in DATES or before[3] in DATES:
                break
            words.append(after)
            if is_capitalised(after[2]):
                last = len(words) - 1
            elif after[3] not in CONNECTORS or not _capitalised_next(prose, word, after[1], stop):
                break
        words = words[:last + 1]
        end = words[-1][1]
        yield words, at == first_start


def _word(m):
    text = m.group(0)
    return m.start(), m.end(), text, text.lower()


def _capitalised_next(prose, word, at, end) -> bool:
    nxt = word.search(prose, at, end)
    return nxt is not None and is_capitalised(nxt.group(0))


def _joined(gap: str, before: str) -> bool:
    """Only a space or a hyphen between two words of a name, or the stop of an initial ("J. Smith")."""
    return gap in (" ", "-", "  ") or gap == ". " and len(before) == 1
