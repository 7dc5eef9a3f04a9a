"""Words the reporter reports rather than uses: framed as somebody's description ("what
critics call a masterpiece", "hailed the striker as legendary", "which fans call iconic").
Such words are the speaker's, not the reporter's verdict. (Indirect speech of a vague crowd,
"some experts say the bridge is legendary", stays the reporter's: nobody is named to own it.)
"""
from __future__ import annotations

import re

from .words import DETERMINERS

# Verbs that present a description as somebody's, with "as" ("hailed as", "described as").
FRAMING_AS = frozenset("see view regard describe bill tout herald hail market promote advertise "
                       "brand label consider rank rate portray present praise acclaim".split())
# Verbs that name something directly ("call it iconic", "dubbed the greatest"); the second set
# only in a past form, since as bare words they are mostly nouns ("the brand's iconic logo").
NAMING = frozenset("call dub term deem nickname crown".split())
NAMING_PAST = frozenset("label brand vote".split())
# Particles that make "call" another verb ("call for", "called off").
_PARTICLES = frozenset("for on off up in out back upon".split())
_REACH = 8  # words back from the matched word to the verb that frames it


def framed(analysis, index: int, start: int) -> bool:
    """Is the word at `start` a description the sentence gives as somebody else's?"""
    words = analysis.sentence_tokens(index)
    at = next((k for k, w in enumerate(words) if w.start >= start), None)
    if at is None:
        return False
    for k in range(at - 1, max(at - 1 - _REACH, -1), -1):
        w = words[k]
        if analysis.gap_breaks(w, words[k + 1]):
            break
        if k and words[k - 1].lower in DETERMINERS:
            continue  # a noun: "the label", "a call"
        nxt = words[k + 1].lower if k + 1 < len(words) else ""
        naming = w.lemma in NAMING or w.lemma in NAMING_PAST and w.lower.endswith(("ed", "ing"))
        if naming and nxt not in _PARTICLES:
            return True
        between = [x.lower for x in words[k + 1:at]]
        if w.lemma in FRAMING_AS and ("as" in between or "to" in between and "be" in between):
            return True  # "hailed as legendary", "considered by pundits to be the finest"
    return False



# A sentence that opens by giving the rest to somebody: "As the mayor put it, ...", "In the
# words of one resident, ...", "In her view, ...", "In the opinion of the judges, ...".
_OPENER = re.compile(r"(?i)(?:as\s+(?:[\w'’.-]+\s+){1,5}puts?\s+it|in\s+the\s+(?:words|view|opinion)\s+of\s+[^,.;]{2,60}"
                     r"|in\s+(?:his|her|their|[\w.-]+['’]s?)\s+(?:view|words|opinion|estimation|judge?ment))\s*,")


def opened_as_theirs(analysis, index: int, start: int) -> bool:
    """Does sentence `index` open by attributing what follows, and is `start` after that?"""
    sentence = analysis.sentences[index]
    m = _OPENER.match(analysis.prose, sentence.start, sentence.end)
    return m is not None and start >= m.end()
