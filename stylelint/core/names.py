"""Name spans: people, places, organisations and titles of works, found by capitalisation.

A reporter's adjective is lower case in running text; a capitalised word inside a sentence is
a name ("Mr Savage", "Bombay"), and a run of capitalised words is one name, small connecting
words included ("Royal Bombay Yacht Club", "Bank of England"). At the start of a sentence
capitals prove nothing, so a first word joins a name only when the run is long (three words or
more) or the same run appears inside a sentence elsewhere in the story; a lone first word is a
name when the story also capitalises it mid-sentence and never writes it in lower case.
Headlines in title case or capitals are skipped: there every word is capitalised.
"""
from __future__ import annotations

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


def spans(prose: str, tokens, sentence_starts: set[int], skip_blocks: set[int], block_of) -> list[tuple[int, int]]:
    """Name spans over the document's tokens (objects with start, end, text, lower, sentence).

    `sentence_starts` holds the indexes of tokens that open a sentence; tokens whose block index
    (`block_of(i)`) is in `skip_blocks` are never names.
    """
    runs = _runs(prose, tokens, skip_blocks, block_of)
    inside, runs_inside = set(), set()  # capitalised inside a sentence: words, whole runs
    for first, last in runs:
        if first not in sentence_starts:
            runs_inside.add(_key(tokens, first, last))
        inside.update(tokens[k].lower for k in range(first, last + 1) if k not in sentence_starts)
    lowered = {t.lower for t in tokens if t.text[:1].islower()}
    out = []
    for first, last in runs:
        if first in sentence_starts and last - first < 2 and _key(tokens, first, last) not in runs_inside:
            if first == last:  # a lone first word: a name only if the story says so elsewhere
                word = tokens[first].lower
                if word in inside and word not in lowered:
                    out.append((tokens[first].start, tokens[first].end))
                continue
            first += 1  # "Iconic Leeds landmark": the first word is the reporter's
        out.append((tokens[first].start, tokens[last].end))
    return out


def _key(tokens, first, last) -> str:
    return " ".join(t.lower for t in tokens[first:last + 1])


def _runs(prose, tokens, skip_blocks, block_of) -> list[tuple[int, int]]:
    """(first, last) token indexes of runs of capitalised words, connectors inside allowed."""
    runs, k, n = [], 0, len(tokens)
    while k < n:
        t = tokens[k]
        if not is_capitalised(t.text) or block_of(k) in skip_blocks:
            k += 1
            continue
        first = last = k
        j = k + 1
        while j < n and tokens[j].sentence == t.sentence and _joined(prose, tokens[j - 1], tokens[j]) \
                and tokens[j].lower not in DATES and tokens[j - 1].lower not in DATES:
            if is_capitalised(tokens[j].text):
                last = j
            elif tokens[j].lower not in CONNECTORS or j + 1 >= n or not is_capitalised(tokens[j + 1].text):
                break
            j += 1
        runs.append((first, last))
        k = last + 1
    return runs


def _joined(prose, a, b) -> bool:
    """Only a space or a hyphen between two words of a name, or the stop of an initial ("J. Smith")."""
    gap = prose[a.end:b.start]
    return gap in (" ", "-", "  ") or gap == ". " and len(a.text) == 1
