"""Which clause a source stands in, beside a claim: the claim's own, one that answers it, or a
tag that speaks for the whole sentence. "Some economists predict a cut, although the Bank may
still think ..." and "..., a charge Kabul denies" are the other side; "It is understood that the
player has agreed terms" has its verb inside the claim; ", dealers said." speaks for all of it."""
from __future__ import annotations

from .lazyre import LazyRe

_CONTRASTING = frozenset("although though while whereas but".split())
_REBUTTING = frozenset("deny reject dispute contest refute dismiss".split())
_CLAIMS = frozenset("charge claim accusation allegation assertion suggestion argument".split())


def other_clause(analysis, words, skip, found) -> bool:
    """Is the source in a clause that answers the claim ("Some economists predict a cut,
    although others feel the Bank may still think ...", "..., a charge Kabul denies"): it
    speaks for itself, not for them. A tag that ends the sentence (", dealers said.") speaks
    for all of it."""
    if found.start < skip[1]:
        return False
    if found.cue_start >= 0 and any(w.lemma in _CLAIMS for w in words if skip[1] <= w.start < found.cue_start) \
            and any(w.start == found.cue_start and w.lemma in _REBUTTING for w in words):
        return True  # "a charge the ministry denies": the claim's other side
    lo = min(found.start, found.cue_start) if found.cue_start >= 0 else found.start
    if any(analysis.prose[at] == ";" and not analysis.in_quote(at, at + 1) for at in range(skip[1], lo)):
        return True  # "Some say retirement is a cushion; Mr. Burr has said he will retire": his own clause
    # a source inside the claim's own "that" clause is part of the claim: "It is understood
    # that the player has agreed terms" has no source
    # (the trigger may end in it: "is widely believed that Putin thinks ...")
    inside = any(w.lower == "that" for w in words if skip[0] <= w.start < found.start)
    if not inside and not any(w.lower in _CONTRASTING for w in words if skip[1] <= w.start < found.start):
        return False
    return not _tag(analysis, words, found)


def _tag(analysis, words, found) -> bool:
    """Is the source a tag set off by a comma that ends the sentence or its clause (", dealers
    said.", ", Licht said, but ...", "..., traders and analysts said.")?"""
    lo = min(found.start, found.cue_start) if found.cue_start >= 0 else found.start
    hi = max(found.end, found.cue_end)
    # the phrase set off, or the name it holds ("flawed, Ana Ruiz, in a statement, said")
    name = next((w.start for w in words if lo <= w.start < found.end and analysis.in_name(w.start, w.end)), lo)
    if not any(_SET_OFF.search(analysis.prose, max(0, at - 60), at) for at in (lo, name)):
        return False
    after = [w for w in words if w.start >= hi]
    return len(after) <= 4 or _SETS_OFF_AFTER.search(analysis.prose, hi, after[0].start) is not None or any(
        w.lower in DESCRIBING_SOURCE for w in words if found.start < w.start <= after[0].start)


# What closes a tag before the words after it: a comma, or a dash ("..., according to a Gallup
# poll this month -- which notes ...")
_SETS_OFF_AFTER = LazyRe(r"[,;–—]|\s-{1,2}\s")


# Words that open what describes a source after its tag and end the sentence with it ("...,
# according to senior officials who spoke on condition of anonymity", "..., said people
# familiar with the talks", "..., said one veteran operative working with the transition
# team"): the tag still speaks for the whole sentence.
DESCRIBING_SOURCE = frozenset("who familiar speaking briefed close knowledgeable involved "
                               "granted requesting asking working based".split())


# A comma right before the source (or inside the closing mark of a quotation before it:
# '..., it's so remote," said Dr. Ries'), or before the crowds coordinated with it (", Chinese
# officials and Japanese traders told Reuters"): not ", but he replied", which answers.
_SET_OFF = LazyRe(r",[\"”’']?\s*(?:(?:[\w'’-]+\s+){1,3}(?:and|or)\s+(?:[\w'’-]+\s+){0,2})?$")
