"""Sentence boundaries, computed on prose spans (quotations: see `quotes`).

Hand-written rather than taken from a library: the candidates (pysbd, NLTK's Punkt) are either
an order of magnitude too slow for archive-sized runs or need model data downloaded at run time.
The rules here are the newsroom cases that matter: abbreviations such as "Sept.", "U.S." and
"Dr.", initials, and quotations that run across sentences.
"""
from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj rev st jr sr hon pres supt
    sens reps govs gens drs profs msgr det insp messrs mme mlle fr sr inc corp co ltd plc bros llc
    dept univ assn est approx vs etc
    al no nos vol fig jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur
    thurs fri sat sun ave blvd rd mt ft calif colo conn fla ga ill ind kan ky la md mass mich
    minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo ariz ark del""".split()
)
# After these an abbreviation such as "U.S." or "Inc." more likely ends the sentence.
SENTENCE_STARTERS = frozenset(
    "The A An He She It They We I In But This That These Those There His Her Its Their On At "
    "However Meanwhile Also After Before When While If".split()
)
# Possessive, and tried only at the first mark of a run: otherwise 50 KB of "." then "x"
# rescans the run from every dot (47 s). Written to open with one character class, so that
# the scan skips in C to the next stop or line break (seven times faster than a pattern that
# opens with a lookbehind): a stop not after another, or a line break then a blank line.
# "\r\n" is one line break (`\n?+` never gives its "\n" back as a second one): a draft saved
# on Windows keeps its wrapped sentences whole.
_BOUNDARY = re.compile(r"[.!?…\r\n](?:(?<=[.!?…])(?<![.!?…][.!?…])[.!?…]*+[\"'”’»)\]]*+(?=\s|$)"
                       r"|(?<=\r)\n?+[^\S\r\n]*+(?:\r\n|\r|\n)|(?<=\n)[^\S\r\n]*+(?:\r\n|\r|\n))")
_WORD_BEFORE = re.compile(r"([\w.]+)[.!?…]+[\"'”’»)\]]*$")
_NEXT_WORD = re.compile(r"\s*[\"'“‘(\[]*(\S*)")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]?")  # "J.", "U.S."
_LETTER = re.compile(r"[A-Z]")


def sentences(prose: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans within prose[start:end], trimmed of surrounding whitespace."""
    spans, cursor = [], start
    for m in _BOUNDARY.finditer(prose, start, end):
        if m.group(0)[0] in "\r\n":
            cut = m.start()
        else:
            if not _is_boundary(prose, m, end):
                continue
            cut = m.end()
        _add(spans, prose, cursor, cut)
        cursor = m.end()
    _add(spans, prose, cursor, end)
    return spans


def _add(spans, prose, start, end):
    while start < end and prose[start].isspace():
        start += 1
    while end > start and prose[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


def _run_start(prose: str, at: int, floor: int) -> int:
    """Where the run of word characters and dots that ends at the stop `at` begins (not before
    `floor`). A match of `_WORD_BEFORE` cannot begin before it: no stop comes right before a
    boundary's first one, so a match's word reaches from its start to the stop. Searching from
    there, not 40 characters back, finds the same match without trying each position between."""
    while at > floor and (prose[at - 1].isalnum() or prose[at - 1] in "._"):  # `re`'s \w, and "."
        at -= 1
    return at


def _is_boundary(prose: str, m: re.Match, end: int) -> bool:
    nxt = _NEXT_WORD.match(prose, m.end(), end)
    following = nxt.group(1) if nxt else ""
    if following and following[0].islower():
        return False  # "e.g. the", "Sept. a" -- a sentence does not start in lower case
    if "." not in m.group(0):
        return True
    before = _WORD_BEFORE.search(prose, _run_start(prose, m.start(), max(0, m.start() - 40)), m.end())
    word = before.group(1) if before else ""
    bare = word.rstrip(".").lower()
    if following[:1].isdigit() and bare in ABBREVIATIONS:
        return False  # "No. 5", "Sept. 21"
    if _INITIALS.fullmatch(word + ".") or len(word) == 1 and _LETTER.fullmatch(bare.upper()):
        # Initials and dotted abbreviations ("J.", "U.S."): a boundary only before a word that
        # usually starts a sentence.
        return following.strip("\"'“‘") in SENTENCE_STARTERS
    if bare in ABBREVIATIONS:
        return bare in ("inc", "corp", "co", "ltd", "plc", "etc", "jr", "sr") and (
            following.strip("\"'“‘") in SENTENCE_STARTERS
        )
    return True
