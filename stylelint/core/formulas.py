"""The fixed formulas of attribution in news copy, each found around one word: the record of
a hearing ("the court heard"), a newsroom's own sources ("the BBC understands"), research tied
to its maker ("a study by the University of Leeds") and the wire's anonymity formulas ("people
familiar with the talks"). Each returns the tokens that name the source, or None."""
from __future__ import annotations

from .cues import BE as _BE
from .words import CROWDS, DETERMINERS, PRONOUNS

LINKS = frozenset("by at from of in with for".split())

# People named by the cause they take a side on: "a critic of the UN", "supporters of Brexit".
_HOLDERS_OF = frozenset("critic opponent supporter sceptic skeptic detractor fan admirer foe proponent "
                        "advocate champion".split())
_MADE = frozenset("issued published released compiled conducted commissioned led run carried "
                  "produced prepared".split())
WORKS = frozenset("study survey poll report paper analysis review census audit".split())
_WHEN = frozenset("monday tuesday wednesday thursday friday saturday sunday week month year today "
                  "january february march april may june july august september october november "
                  "december".split())


# Court reporting's attribution: what "the court heard" or "the jury was told" is the record of
# the hearing, said in open court by a party the story names around it.
_HEARINGS = frozenset("court jury jurors inquest tribunal magistrates hearing coroner inquiry "
                      "judge panel trial committee".split())
HEARD = frozenset("heard hears told".split())


def heard_in_court(analysis, words, k):
    """"The court heard", "jurors were told", "the inquest has heard": a hearing as the source."""
    j = k - 1
    if words[k].lower == "told":  # only the passive: "the jury was told"
        if j < 0 or words[j].lower not in _BE:
            return None
        j -= 1
    while j >= 0 and words[j].lower in ("has", "have", "had", "was", "were", "been", "will", "also"):
        j -= 1
    if j < 0 or words[j].lower not in _HEARINGS or analysis.gap_breaks(words[j], words[k]):
        return None
    start = j - 1 if j and words[j - 1].lower in DETERMINERS else j
    return words[start:k + 1]


# A newsroom's formula for what its own sources told it ("the BBC understands", "the Guardian
# has learned", "Sky News has been told"), and the police's ("police understand"): a named
# outlet or the investigators stand behind it, not a vague crowd.
LEARNED = frozenset("understands understand learned learnt told".split())
_INVESTIGATORS = frozenset("police detectives investigators officers prosecutors".split())


def learned_by(analysis, words, k):
    word, j = words[k].lower, k - 1
    if word == "told":  # only the passive: "Sky News has been told", "the paper was told"
        if j < 0 or words[j].lower not in ("been", "was", "were"):
            return None
        j -= 1
    elif word in ("learned", "learnt"):  # "has learned": not "learned to drive"
        if j < 0 or words[j].lower not in ("has", "have", "had"):
            return None
    while j >= 0 and words[j].lower in ("has", "have", "had", "also"):
        j -= 1
    if j < 0 or analysis.gap_breaks(words[j], words[j + 1]):
        return None
    subject = words[j]
    if not (subject.text[:1].isupper() or subject.lower in _INVESTIGATORS) or subject.lower in PRONOUNS \
            or subject.lemma in CROWDS or subject.lower in DETERMINERS:
        return None  # "Officials have been told", "They understand": nobody named
    start = j
    while start > 0 and words[start - 1].text[:1].isupper() and not analysis.gap_breaks(words[start - 1], words[start]):
        start -= 1
    return words[start:k + 1]


def tied_to_name(analysis, words, k):
    """"a study by the University of Leeds", "researchers at MIT", "the team, from Imperial",
    "a CNN poll", "the latest Gallup survey"."""
    maker = _maker_before(analysis, words, k)
    if maker is not None:
        return maker
    if _described_as(analysis, words, k):
        return None
    j = k + 1
    if j < len(words) and words[j].lower in _MADE:  # "figures issued by the statistics office"
        j += 1
        # "a report published on Thursday by the WEF": a time between the verb and its maker
        while j + 1 < len(words) and words[j].lower in ("on", "in", "last", "this", "earlier") \
                and words[j + 1].lower in _WHEN and not analysis.gap_breaks(words[j], words[j + 1]):
            j += 2
    if j < len(words) and words[j].lower == "of" and words[k].lemma in WORKS:
        # "a survey of 2,000 adults by the Transit Institute": its maker after what it is of
        for m in range(j + 1, min(j + 5, len(words))):
            if analysis.gap_breaks(words[m - 1], words[m]):
                break
            if words[m].lower == "by":
                j = m
                break
    for j in range(j, min(j + 1, len(words))):  # the noun itself, then "by", "at", "from"
        if words[j].lower in ("of", "for") and words[k].lemma in _HOLDERS_OF:
            return None  # "a critic of the United Nations": what they oppose, not whose they are
        if words[j].lower in LINKS:
            rest = words[j + 1:j + 5]
            if rest and any(analysis.in_name(w.start, w.end) for w in rest[:3]):
                return words[k:j + 4]
            return None
    return None


def _described_as(analysis, words, k) -> bool:
    """Is the noun what somebody is seen or described as ("is widely viewed as Mr. Trump's
    strongest critic in the Senate", "emerged as a leading voice among economists")? It names
    nobody who speaks (not "such as researchers at MIT")."""
    for m in range(k - 1, max(0, k - 7), -1):
        if analysis.gap_breaks(words[m], words[m + 1]):
            return False
        if words[m].lower == "as":
            before = words[m - 1].lower
            return before != "such" and before.endswith(("ed", "en", "wn")) \
                and not analysis.gap_breaks(words[m - 1], words[m])
    return False


def _maker_before(analysis, words, k):
    """A work named by its maker right before it, after a determiner, opening its clause: "A CNN
    poll has ...", "the latest Gallup survey", "a University of Chicago study" (not "a Monday
    poll")."""
    if words[k].lemma not in WORKS:
        return None
    m = k
    # (a sentence's opening "A" may be read into the name: "A Quinnipiac University poll")
    while m > 0 and k - m < 5 and analysis.in_name(words[m - 1].start, words[m - 1].end) \
            and words[m - 1].lower not in _WHEN and words[m - 1].lower not in _DETERMINERS_OF_WORK \
            and not analysis.gap_breaks(words[m - 1], words[m]):
        m -= 1
    if m == k or m == 0 or words[m - 1].lower not in _DETERMINERS_OF_WORK:
        return None
    d = m - 1  # the work opens its clause, as the subject that reports ("A CNN poll has ..."),
    # not a topic of the claim ("experts believe the latest Gallup poll is wrong")
    while d and words[d - 1].lower in _DETERMINERS_OF_WORK:
        d -= 1
    if d and words[d - 1].lower not in ("and", "but", "while", "whereas", "as") \
            and not analysis.gap_breaks(words[d - 1], words[d]):
        return None
    return words[m:k + 1]


_DETERMINERS_OF_WORK = frozenset("a an the this that its new latest recent separate second".split())


def unnamed_by_formula(lowers) -> bool:
    """The wire formulas for people who spoke on condition of anonymity: "people familiar with
    the talks", "a person with knowledge of", "people close to him", "officials briefed on"."""
    pairs = set(zip(lowers, lowers[1:]))
    return "familiar" in lowers or bool(pairs & _UNNAMED_PAIRS)


_UNNAMED_PAIRS = frozenset({("close", "to"), ("with", "knowledge"), ("briefed", "on"), ("aware", "of")})
