"""A passive of saying relays the source named just before it: "Sales rose, the retail
consortium said. Electrical goods were said to be weak." The consortium said both, as
prosecutors say both in "Prosecutors said he bought two knives. He is alleged to have hidden
them." Not a belief ("He is believed to have acted alone" after "Police said ..." is nobody's
in particular), not what the press says of the body that spoke ("The bourse said it may pay in
cash. It is reported to be ready to bid"), and not after a source that says nothing ("rejected
by the exchange", "there are unconfirmed reports")."""
from __future__ import annotations

from .sources import names_crowd
from .words import lemma


def source_before(analysis, index: int, trigger):
    """The source of sentence index - 1 that sentence `index`'s passive relays, or None."""
    if not _relayed(trigger):
        return None
    found = _relaying(analysis, index - 1)
    if found is None:
        return None
    head, first = _subject_head(analysis, index, trigger)
    if head is not None and _agent(analysis, head, first) and not _told_of(analysis, index - 1, found, head):
        return None
    return found


_RELAYING = frozenset("say report allege".split())
_BELIEVING = frozenset("believe think fear suspect understand".split())


def belief_after_account(analysis, index: int, trigger) -> bool:
    """Is the claim a personal passive of belief ("He is believed to have acted alone", "are
    thought to be foreign nationals") right after a sentence, in its paragraph or closing the one
    above, whose named source says or reports ("..., police said.", "according to Turkey's
    state news agency")? It is as likely that source's belief as nobody's: of 38 such warnings
    judged on unseen news (eighteenth round) 15 were right and 14 false alarms, against two in
    three right with no such account above -- one level down, where a passive of saying is
    relayed outright."""
    verbs = [t for t in trigger if t.lemma in _BELIEVING and t.lower != t.lemma]
    if not verbs or trigger[-1].lower not in ("to", "be", "have") or trigger[0].lower == "it" or index < 1:
        return False
    sentences = analysis.sentences
    if sentences[index - 1].paragraph < sentences[index].paragraph - 1:
        return False
    return _relaying(analysis, index - 1) is not None


def goes_on(trigger) -> bool:
    """Does the passive add to an account given before it ("is also said to", "are further
    reported to")?"""
    return any(t.lower in ("also", "further") for t in trigger)


def _relayed(trigger) -> bool:
    """Is the claim a personal passive of saying or reporting with no crowd ("is reported to",
    "are said to be")? It relays the source named in the sentence before; a belief ("is thought
    to") is nobody's in particular, and "it is said that" is the impersonal weasel itself."""
    if not trigger:
        return False
    verbs = [t for t in trigger if t.lemma in _RELAYING and t.lower != t.lemma]  # "reported", not "reports"
    # "X is said to": a person or thing said of; not "it is said that", the weasel itself
    personal = trigger[-1].lower == "to" and trigger[0].lower != "it"
    return bool(verbs) and personal and not names_crowd([t for t in trigger if t not in verbs])


_RELAYS = frozenset("say report tell add write state estimate forecast announce publish according".split())


def _relaying(analysis, j):
    """The source of sentence j, if it names somebody who says or reports ("the BRC said", "F.O.
    Licht estimated", "according to the Daily Post"): not a passive's agent ("rejected by the
    LSE"), nor "unconfirmed reports"."""
    found = analysis.direct_source(j)
    if found is None or found.kind not in ("named", "institution") or found.cue_start < 0:
        return None
    cue = next((t for t in analysis.sentence_tokens(j) if t.start == found.cue_start), None)
    return found if cue is not None and (cue.lemma in _RELAYS or cue.lower in _RELAYS) else None


# Who could be said or reported to do something by others: "The Paris-based exchange is
# reported to be ready to bid" after "the bourse said ..." is the press on the bourse, not the
# bourse's own word relayed.
_AGENTS = frozenset("""he she it they we who exchange bourse company firm group bank government ministry
                    minister president party union council board club side team official leader
                    executive owner country state army police""".split())
_OF_PLACE = frozenset("in at of from on".split())


def _subject_head(analysis, index, trigger):
    """The head word of the passive's subject ("Output" of "Output in France is reported to"),
    or None when the passive opens the sentence; and whether the head opens the sentence."""
    words = [t for t in analysis.sentence_tokens(index) if t.end <= trigger[0].start]
    k = len(words) - 1
    for back in (2, 3):  # over "in France", "of the region": the head comes before it
        if k - back + 1 > 0 and words[k - back + 1].lower in _OF_PLACE:
            k -= back
            break
    return (words[k], k == 0) if k >= 0 else (None, False)


def _agent(analysis, head, first: bool) -> bool:
    """Is the subject a person, a body or a name ("it is reported to", "Euronext is reported
    to"), not a thing ("Output in France is reported to have fallen")? (A sentence's first word
    is a name only by its capital: "Output in France".)"""
    return head.lemma in _AGENTS or head.lower in _AGENTS or not first and analysis.in_name(head.start, head.end)


def _told_of(analysis, j, source, head) -> bool:
    """Was the subject what the source of sentence j told of, in its words after the verb
    ("Prosecutors said he had bought two knives. He is alleged to have hidden them"), and not
    the source itself ("The bourse said it may pay. It is reported to be ready", "Smith said he
    was innocent. He is said to have ...")? "He" or "she" is somebody else only beside a body
    that speaks of others ("Police said he ...")."""
    said = source.text.lower().split()
    if not said or head.lower in _SELF or head.lower in ("he", "she") and lemma(said[-1]) not in _BODIES:
        return False
    return head.lower not in said and any(
        t.lower == head.lower for t in analysis.sentence_tokens(j) if t.start >= source.cue_end)


_SELF = frozenset("it they we who".split())  # as likely the source itself as anybody else
_BODIES = frozenset("police prosecutor prosecution court investigator detective official authority "
                    "ministry government army military council".split())
