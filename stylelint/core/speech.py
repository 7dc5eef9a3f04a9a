"""Words the reporter reports rather than uses: framed as somebody's description ("what
critics call a masterpiece", "hailed the striker as legendary", "which fans call iconic").
Such words are the speaker's, not the reporter's verdict. (Indirect speech of a vague crowd,
"some experts say the bridge is legendary", stays the reporter's: nobody is named to own it.)
A sentence may also open by giving the rest to somebody ("As the mayor put it, ...").
"""
from __future__ import annotations

import re

from .cues import BE
from .lazyre import LazyRe
from .words import CONJUNCTIONS, DETERMINERS, PREPOSITIONS, PRONOUNS, REFLEXIVES, looks_like_noun

# Verbs that present a description as somebody's, with "as" ("hailed as", "described as").
FRAMING_AS = frozenset("see view regard describe bill tout herald hail market promote advertise "
                       "brand label consider rank rate portray present praise acclaim cast paint "
                       "depict characterize characterise".split())
# ... and verbs of criticism, whose "as" gives the critic's verdict ("Republicans have slammed the
# material as outrageous", "denounced the ruling as shameful")
FRAMING_AS |= frozenset("denounce condemn criticize criticise slam blast dismiss decry deride reject "
                        "assail excoriate lambast lambaste ridicule mock pan".split())
# ... and "known as the visionary", "remembered as an amazing artist", "has a reputation as a
# brilliant diplomat", "struck some critics as blatant pandering" (their impression), only before
# the words ("as it is known" names nobody)
_BEFORE_AS = FRAMING_AS | {"know", "remember", "reputation", "strike"}


def _frames_with_as(word) -> bool:
    """A verb whose "as" gives somebody's description, or the passive "taken as" ("The video was
    taken as bizarre by Americans"; not "took office as")."""
    return word.lemma in _BEFORE_AS or word.lower == "taken"


# Verbs that name something directly ("call it iconic", "dubbed the greatest"); the second set
# only in a past form, since as bare words they are mostly nouns ("the brand's iconic logo").
NAMING = frozenset("call dub term deem nickname crown".split())
NAMING_PAST = frozenset("label brand vote".split())
# Past forms that frame the words after them as somebody's verdict or award ("named one of the
# best places to work by").
FRAMING = frozenset("called dubbed termed deemed voted crowned nicknamed named ranked rated chosen picked "
                    "selected judged shortlisted".split())
# Particles that make "call" another verb ("call for", "called off").
_PARTICLES = frozenset("for on off up in out back upon".split())
_REACH = 8  # words back from the matched word to the verb that frames it
# ... and to one that frames it with "as", whose object may be a long noun phrase ("cast the
# choice of either major party candidate as a horrific one")
_REACH_AS = 12
_NAMED_AFTER = frozenset("style refer".split())  # besides NAMING and FRAMING_AS
# What somebody claims to be is their claim ("her claims to be the main visionary behind").
_CLAIMING = frozenset("claim purport profess pretend".split())
# ... and so is what somebody takes themselves for: "who prides himself on being a masterful
# negotiator", "fancies herself a brilliant cook", "bills itself as world-class"
_SELF_DESCRIBING = frozenset("pride fancy style bill tout see consider describe call brand market promote "
                             "present cast proclaim declare imagine think believe view regard portray paint "
                             "position pitch".split())
# Nouns of a view, whose "that" clause after its holder is the holder's: "endorsing Trump's view
# that cowardly conservatives had neutered it", "her belief that the plan was disastrous"
_VIEW_NOUNS = frozenset("view belief claim contention assertion argument conviction insistence complaint "
                        "charge accusation allegation suggestion theory notion position warning fear".split())
_HOLDERS = frozenset("his her their its".split())


def framed(analysis, index: int, start: int, end: int) -> bool:
    """Are the words at [start, end) a description the sentence gives as somebody else's: framed
    by a verb of naming or describing before them ("what critics call a masterpiece", "hailed
    the striker as legendary", "named one of the best places to work") or by a claim after them
    ("as revolutionary as claimed")?"""
    return _named_or_described(analysis, index, start) or _framed_nearby(analysis, index, start, end) \
        or _alleged(analysis, index, start) or _held_view(analysis, index, start)


def _held_view(analysis, index: int, start: int) -> bool:
    """Is `start` in the "that" clause of somebody's view ("Trump's view that", "her belief
    that"), with no semicolon or dash between that would end the clause?"""
    words = analysis.sentence_tokens(index)
    for k in range(2, len(words)):
        if words[k].end > start:
            return False
        holder = words[k - 2].lower
        if words[k].lower == "that" and words[k - 1].lemma in _VIEW_NOUNS \
                and (holder in _HOLDERS or holder.endswith(("'s", "’s", "s'", "s’"))) \
                and not any(mark in analysis.prose[words[k].end:start] for mark in (";", "—", "–", " -- ")):
            return True
    return False


# Nouns whose "of" phrase is what somebody alleges: "allegations of broken promises, blatant lies
# or outright fraud", "accusations of heinous crimes"
_ALLEGING = frozenset("allegation accusation charge claim complaint rumour rumor".split())


def _alleged(analysis, index: int, start: int) -> bool:
    """Is the word at `start` in the "of" phrase of an allegation (a list joined by commas too)?"""
    words = analysis.sentence_tokens(index)
    at = next((k for k, w in enumerate(words) if w.start >= start), None)
    if at is None:
        return False
    for k in range(at - 1, max(at - 1 - _REACH, 0), -1):
        if analysis.prose[words[k].end:words[k + 1].start].strip(" ,"):
            return False  # a mark other than a list's comma ends the phrase
        if words[k].lower == "of":
            noun = words[k - 1]
            return noun.lemma in _ALLEGING and noun.lower in (noun.lemma, noun.lemma + "s")  # (not "charged of")
    return False


def _named_or_described(analysis, index: int, start: int) -> bool:
    words = analysis.sentence_tokens(index)
    at = next((k for k, w in enumerate(words) if w.start >= start), None)
    if at is None:
        return False
    for k in range(at - 1, max(at - 1 - _REACH_AS, -1), -1):
        w = words[k]
        if analysis.gap_breaks(w, words[k + 1]):
            break
        if w.lemma in _CLAIMING and [x.lower for x in words[k + 1:k + 3]] == ["to", "be"]:
            return True  # "claims to be the main visionary", "her claim to be", "purported to be"
        if w.lemma in _SELF_DESCRIBING and k + 1 < at and words[k + 1].lower in REFLEXIVES:
            return True  # "prides himself on being a masterful negotiator"
        if k and words[k - 1].lower in DETERMINERS:
            continue  # a noun: "the label", "a call"
        nxt = words[k + 1].lower if k + 1 < len(words) else ""
        naming = w.lemma in NAMING or w.lemma in NAMING_PAST and w.lower.endswith(("ed", "ing"))
        if naming and nxt not in _PARTICLES and at - k <= _REACH:
            return True
        if w.lower == "considered" and at - k <= _REACH and _passive_before(analysis, words, k):
            return True  # "Kim, considered a brutal dictator by many", "is widely considered the finest"
        between = [x.lower for x in words[k + 1:at]]
        if _frames_with_as(w) and ("as" in between or "to" in between and "be" in between):
            return True  # "hailed as legendary", "considered by pundits to be the finest"
    return False



def _passive_before(analysis, words, k) -> bool:
    """Is the participle at k passive: after a form of "be" or its adverb ("is widely
    considered"), or set off by a comma ("Kim, considered ...")? (Not "the board considered".)"""
    before = words[k - 1] if k else None
    return before is not None and (before.lower in BE or before.lower.endswith("ly")
                                   or before.lower in ("long", "once", "still")
                                   or analysis.prose[before.end:words[k].start].strip() == ",")


def _framed_nearby(analysis, index: int, start: int, end: int) -> bool:
    """Within four words, no punctuation between: "hailed as revolutionary", "called it
    legendary", "billed as world-class"; or a claim or a name after: "as revolutionary as
    claimed", "freedom fighters, as the rebels call themselves"."""
    words = analysis.sentence_tokens(index)
    at = next((k for k, w in enumerate(words) if w.start >= start), None)
    if at is None:
        return False
    for k in range(at - 1, max(at - 5, -1), -1):
        w = words[k]
        if analysis.gap_breaks(w, words[k + 1]):
            break
        if _frames_with_as(w) and any(x.lower == "as" for x in words[k + 1:at]) or w.lower in FRAMING:
            return True
    after = [w for w in words[at + 1:at + 12] if w.start >= end]
    if len(after) >= 2 and after[0].lower == "as" and after[1].lemma in FRAMING_AS | {"claim", "promise", "hype"}:
        return True
    # named after the words, set off by a comma: "Freedom fighters, as the rebels call
    # themselves", "the 'special operation', as Moscow terms it" (not "fighters as young as 15
    # were seen", nor "as it is known": nobody names it)
    return bool(after) and after[0].lower == "as" and "," in analysis.prose[end:after[0].start] and any(
        w.lemma in NAMING or w.lemma in _NAMED_AFTER or w.lemma in FRAMING_AS for w in after[2:7])


# A sentence that opens by giving the rest to somebody: "As the mayor put it, ...", "As Raleigh
# (2014) puts it, ...", "In the words of one resident, ...", "In her view, ...", "In the opinion
# of the judges, ...".
_OPENER = re.compile(r"(?i)(?:as\s+(?:[\w'’.-]+\s+){1,5}(?:\([^()]{1,30}\)\s+)?puts?\s+it|in\s+the\s+(?:words|view|opinion)\s+of\s+[^,.;]{2,60}"
                     r"|in\s+(?:his|her|their|[\w.-]+['’]s?)\s+(?:view|words|opinion|estimation|judge?ment))\s*,")


# ... or by a colon after somebody's words named ("Her verdict:", "Smith's message was clear:",
# "Smith put it bluntly:", "The statement read in part:"): what follows is what they said
_COLON_LEAD = LazyRe(r"[^:.!?]{0,60}?\b(?:(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w.-]*['’]s)\s+(?:[a-z-]+\s+){0,2}?"
                     r"(?:verdict|assessment|message|answer|response|reply|statement|words|view|conclusion"
                     r"|warning|advice|argument|explanation|diagnosis|prediction|retort|reaction|rationale)"
                     r"|\bput\s+it\s+[a-z]*|\bread\s+in\s+part)\b[^:.!?\"“]{0,30}:\s")


def opened_as_theirs(analysis, index: int, start: int) -> bool:
    """Does sentence `index` open by attributing what follows, and is `start` after that? Or
    close by attributing what comes before ("..., as the mayor put it.", "..., in her view."),
    and is `start` before that?"""
    sentence = analysis.sentences[index]
    m = _OPENER.match(analysis.prose, sentence.start, sentence.end) \
        or _COLON_LEAD.match(analysis.prose, sentence.start, sentence.end)
    if m is not None and start >= m.end():
        return True
    m = _CLOSER.search(analysis.prose, sentence.start, sentence.end)
    return m is not None and start < m.start()


# ... and the same phrases closing a sentence, after a comma
_CLOSER = LazyRe(_OPENER.pattern.replace(r"(?i)(?:", r"(?i),\s*(?:", 1).removesuffix(r"\s*,")
                 + r"\s*[.!?]?[\"”’']?\s*\Z")


# Verbs of disclosure that take the thing disclosed as their object ("revealed shocking details"),
# not only a clause ("revealed that the plan had failed"). (Not "find", "discover": a person who
# "has found a beautiful harmony" tells of her life.)
_FINDING = frozenset("reveal show uncover expose disclose unveil".split())
_CLAUSE_STARTS = frozenset("that whether how what why if".split()) | PRONOUNS
_TAG_VERBS = frozenset("say tell add state announce write".split())


def finding_object(analysis, index: int, source, start: int) -> bool:
    """Is the word at `start` in the noun phrase a verb of disclosure takes as its object, and
    not in a clause it reports ("The documents revealed shocking details of the plot", "The
    audit uncovered horrific conditions")? There the description is the reporter's; in "The
    report showed shocking abuses had gone unpunished" it is the report's finding."""
    tokens = analysis.sentence_tokens(index)
    cue_start, cue_end = source.cue_start, source.cue_end
    verb = next((t for t in tokens if t.start == cue_start), None)
    if verb is None or verb.lemma not in _FINDING:
        return False
    if any(t.lemma in _TAG_VERBS for t in tokens if t.start > start):
        return False  # "... reveal a harrowing pattern of killings, said Amnesty": all of it is theirs
    after = [t for t in tokens if t.start >= cue_end]
    k = next((j for j, t in enumerate(after) if t.start <= start < t.end), None)
    if k is None or k > 2 or any(t.lower in _CLAUSE_STARTS for t in after[:k + 1]):
        return False
    # the phrase ends in its noun, then a preposition, a conjunction, a mark or the sentence's end
    # (not a verb of its own: "found shocking abuses had gone unpunished")
    j = k + 1
    while j < len(after) and j <= k + 2 and looks_like_noun(after[j].lower) and not _joins(after, j):
        j += 1
    return j > k + 1 and (j == len(after) or _joins(after, j))


def _joins(tokens, j: int) -> bool:
    lower = tokens[j].lower
    return lower in PREPOSITIONS or lower in CONJUNCTIONS or not lower[:1].isalnum()
