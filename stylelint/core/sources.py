"""Who says so: the named source of a sentence, if it has one.

A sentence is attributed when it names who says, found or reported it: a reporting verb with a
subject that names somebody ("the ministry said", "Smith told", "he added", "said Ms Jones"),
"according to" someone, a quotation with its speaker, a study or team tied to a name ("a study
by the University of Leeds", "researchers at MIT"), or a citation or link. A vague crowd
("some experts say", "critics argue") names nobody, and neither does an impersonal passive
("it is believed"). A definite noun phrase ("the researchers", "the study") names the source
that the story introduced earlier with that noun.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import clauses, cues, formulas
from .cues import BE as _BE, PAST as _PAST
from .words import (
    AUXILIARIES, family, looks_like_noun,
    BACK_REFERENCES, CROWDS, DETERMINERS, FUNCTION_WORDS, OPINION, PRONOUNS, REPORTING, VAGUE_QUANTIFIERS,
)

CITATION = re.compile(r"\]\(|<a\s[^>]*href|\[\d+\]|\[\^[^\]]+\]|https?://")
# Crowds that are opinion-holders by nature: without a name they are the weasel itself.
_OPINION_CROWDS = frozenset("expert critic observer commentator pundit insider sceptic skeptic "
                            "cynic detractor opponent rival other some many most several people".split())
# Auxiliaries and adverbs between a subject and its verb ("critics have long argued").
_SKIP_LEFT = frozenset("also has have had will would could may might did does do not never "
                       "later earlier previously repeatedly again then often once just long still "
                       "now already always even yet ever first today yesterday tomorrow twice sometimes usually "
                       "seldom".split())
# Verbs of saying, which a progressive keeps a report ("Russia has been insisting that ...").
_SAYING = frozenset("say insist claim argue warn tell suggest complain deny allege accuse urge predict "
                    "maintain contend assert stress emphasize emphasise caution promise pledge vow "
                    "charge report testify tweet write explain note".split())
_RELATIVE = frozenset("who which that".split())
_CLAUSE = frozenset("that which who whom whose and but or because while although though if when "
                    "as after before since so than".split())
@dataclass(frozen=True, slots=True)
class Source:
    kind: str  # named | pronoun | institution | back-reference | citation | anonymous | typed
    start: int
    end: int
    text: str
    sentence: int
    cue_start: int = -1  # the reporting verb or "according to", when there is one
    cue_end: int = -1


def direct(analysis, index: int, skip: tuple[int, int] | None = None) -> Source | None:
    """The named source inside sentence `index`, or None; a source overlapping `skip` (a rule's
    own trigger: "opponents have long argued" is the claim, not its source) does not count."""
    sentence = analysis.sentences[index]
    if CITATION.search(analysis.text, sentence.start, sentence.end):
        return Source("citation", sentence.start, sentence.end, "", index)
    words = [t for t in analysis.sentence_tokens(index) if not analysis.in_quote(t.start, t.end)]
    after_according = -1  # the words of "according to X" are X, never a verb of their own
    tied = None  # a crowd tied to a name ("people in the US territory") gives way to a speaker after it
    for k, token in enumerate(words):
        cue = token
        if token.lower == "according" and k + 1 < len(words) and words[k + 1].lower == "to":
            found, cue = _according(analysis, words, k + 2, index), words[k + 1]
            after_according = k + 1 + len(_clause(analysis, words, k + 2))
        elif k <= after_according:
            continue
        elif token.lower in ("in", "among") and _opens_clause(analysis, words, k) \
                and (found := _in_research(analysis, words, k, index)):
            # "In the latest New York Times-CBS News poll, only 4 percent ...", also past a colon;
            # "Among other results in the latest ABC News/Washington Post poll, 78 percent ..."
            cue = None
        elif skip and token.lemma in _VOICING and _voiced(words, k, skip) \
                and (found := _subject(analysis, words, k, index)):
            pass  # "She has expressed skepticism that the regime is behind the attacks"
        elif token.lemma in _STATEMENTS and k and k + 1 < len(words) and words[k + 1].lower in _TELLING \
                and (found := _whose_statement(analysis, words[k - 1], index)):
            pass  # "Romney's remark that 47% of Americans ...", "his call for tax cuts for 98% ..."
        elif token.lower in _VOICED and k >= 2 and k + 2 < len(words) and words[k + 1].lower == "by" \
                and any(w.lemma in _VIEWS for w in words[k - 2:k]) \
                and (found := _judge(analysis, _clause(analysis, words, k + 2), token, index)) is not None:
            # "... -- a view expressed by Ms Clifford's lawyer in a tweet": all before it is
            # theirs, whatever clause the trigger stands in
            return replace(found, cue_start=token.start, cue_end=words[k + 1].end)
        elif token.lower in formulas.HEARD and (found := _formula(analysis, formulas.heard_in_court, words, k, index)):
            cue = None  # "the court heard", "the jury was told": the record of a hearing
        elif token.lower in formulas.LEARNED and (found := _formula(analysis, formulas.learned_by, words, k, index)):
            cue = None  # "the BBC understands", "Sky News has been told": the outlet's sources
        elif token.lemma in REPORTING \
                and not (k and words[k - 1].lower in DETERMINERS and not _relative_past(words[k - 1], token)
                         and not analysis.gap_breaks(words[k - 1], token)) \
                and not (k + 1 < len(words) and (_to_do(analysis, words, k) or cues.verb_after(analysis, words, k))) \
                and not cues.not_a_cue(analysis, words, k):
            # not the noun ("the suspect", "a report", "reports say", "in real terms"), nor an
            # act ("agreed to exchange")
            found = _subject(analysis, words, k, index)
        elif token.lemma in _FINDING and (found := _subject(analysis, words, k, index)) is not None \
                and _work_found(analysis, index, found):
            pass  # "An ABC News-Washington Post poll released on Monday indicated only 28 percent ..."
        elif token.lemma in BACK_REFERENCES or token.lemma in CROWDS:
            found, cue = tied_to_name(analysis, words, k, index), None  # a source, not a speaker
            if found is not None and tied is None and not (skip and (found.start < skip[1] and skip[0] < found.end
                                                                     or clauses.other_clause(analysis, words, skip, found))):
                tied = found  # ("..., while more than 100 others remain missing, say Puerto Rico officials")
            continue
        else:
            continue
        if found is not None and cue is not None:
            found = replace(found, cue_start=token.start, cue_end=cue.end)
        if found is not None and not (skip and (found.start < skip[1] and skip[0] < found.end
                                                or clauses.other_clause(analysis, words, skip, found))):
            return found
    return tied


# A view given to its holder after it: "a view expressed by", "an opinion shared by"
_VOICED = frozenset("expressed voiced shared held echoed".split())
_VIEWS = frozenset("view opinion claim argument concern position belief fear assessment".split())


def _to_do(analysis, words, k) -> bool:
    """Is words[k] followed by "to" and what is to be done ("agreed to exchange", "is said to
    be"), not by the one spoken to ("said to reporters", "explained to the court") nor, past a
    comma, by the rest of the sentence ('It is hard, Smith said, to raise money')?"""
    if words[k + 1].lower != "to" or analysis.gap_breaks(words[k], words[k + 1]):
        return False
    after = words[k + 2] if k + 2 < len(words) else None
    if after is None or words[k].lemma not in _SAYING_TO:
        return True
    # (a letter to a paper or a body is a statement, "wrote to the Jewish Journal"; one to a
    # person, "children who wrote to him", is correspondence)
    return not (after.lower in DETERMINERS or after.text[:1].isupper()
                or after.lower in _ADDRESSEES and words[k].lemma != "write")


_SAYING_TO = frozenset("say explain complain announce admit confirm describe suggest state declare "
                       "stress note write".split())
_ADDRESSEES = frozenset("him her them us me reporters journalists lawmakers supporters".split())


def _named_word(analysis, word) -> bool:
    """A capitalised word of a name, whatever else it may be: "said May Chu", "said Will Hurd"."""
    return word.text[:1].isupper() and analysis.in_name(word.start, word.end)


# What somebody said, as a noun, and the words that bring in what it says: a claim told as
# "Romney's remark that ...", "Trump's remarks about ...", "her call for ...".
_STATEMENTS = frozenset("remark comment claim statement assertion call argument warning pledge promise "
                        "suggestion contention allegation accusation insistence prediction forecast "
                        "estimate".split())
_TELLING = frozenset("that about for of".split())  # (not "to": "for his bid to succeed")
# A view voiced, whose "that" clause is the speaker's: "expressed skepticism that", "voiced concern"
_VOICING = frozenset("express voice".split())
_STANCES = frozenset("skepticism scepticism doubt concern fear hope confidence worry optimism belief "
                     "regret frustration alarm dismay".split())
_POSSESSIVE_PRONOUNS = frozenset("his her their its".split())


def _voiced(words, k, skip) -> bool:
    """Is the claim in `skip` what the view voiced at words[k] is about ("expressed skepticism
    that [the regime is behind the attacks]")? Only that clause is the speaker's: the voicing is
    no source for the sentences around it."""
    stance = next((w for w in words[k + 1:k + 3] if w.lemma in _STANCES), None)
    return stance is not None and skip[0] > stance.end


def _whose_statement(analysis, owner, index):
    """The named owner ("Romney's") or the pronoun ("his") of a statement: it sources what the
    statement says in its own sentence, not a claim beside it ("typed")."""
    if owner.lower in _POSSESSIVE_PRONOUNS or owner.lower.endswith(("'s", "’s")) \
            and analysis.in_name(owner.start, owner.end):
        return _source(analysis, "typed", [owner], index)
    return None


def _opens_clause(analysis, words, k) -> bool:
    """Does words[k] open the sentence (past an opener, "But in a Gallup poll") or a clause after
    a colon or semicolon ("... the middle at the time: In the 2004 exit poll, 35 percent ...")?"""
    if k == (1 if words[0].lower in _OPENERS else 0):
        return True
    return k > 0 and analysis.prose[words[k - 1].end:words[k].start].strip() in (":", ";")


def _in_research(analysis, words, k, index):
    """The study or poll named in a sentence's opening phrase, set off by a comma ("In a Gallup
    poll released Monday, 60 percent said ...", "Among other results in the poll, ..."): what
    follows is its finding."""
    phrase = _clause(analysis, words, k + 1, 10)
    end = k + 1 + len(phrase)
    if not phrase or end >= len(words) or analysis.prose[phrase[-1].end:words[end].start].strip() != "," \
            or not any(t.lemma in RESEARCH or t.lemma == "average" and _named_average(analysis, phrase) for t in phrase):
        return None
    return _judge(analysis, phrase, words[k], index)


def _named_average(analysis, phrase) -> bool:
    """A polling average its maker names ("In the RealClearPolitics average, ..."), not "In the
    average household"."""
    return any(t.text[:1].isupper() and analysis.in_name(t.start, t.end) for t in phrase)


def _relative_past(before, verb) -> bool:
    """"that showed", "that found", "reports that say": a relative clause's verb, not "that report"."""
    return before.lower == "that" and (verb.lower != verb.lemma and not verb.lower.endswith("s")
                                       or verb.lower in _RELATIVE_VERBS)


# Verbs after "that" that no noun shares: "reports ... that say the strikes could be illegal"
_RELATIVE_VERBS = frozenset("say says shows suggests finds concludes argues warns".split())


def _appositive(analysis, words, j, verb, index):
    """"Ana Ruiz, the council's engineer, said": the subject before its description, read from
    the start of the clause (up to 10 words)."""
    including = next((m for m in range(1, min(5, j)) if words[m].lower == "including"
                      and analysis.prose[words[m - 1].end:words[m].start].strip() == ","), None)
    if including is not None:
        # "Sources, including several employees who did not want their names used, told CNN";
        # a crowd with a named member is named, as "Governors including Andrew Cuomo said" is
        # ("Numerous governors, including Andrew Cuomo in New York, have said")
        found = _judge(analysis, words[:including], verb, index)
        member = [w for w in words[including + 1:j + 1] if analysis.in_name(w.start, w.end) and w.lower not in CALENDAR]
        if (found is None or found.kind != "named") and member and member[0] is words[including + 1]:
            return _judge(analysis, words[:j + 1], verb, index)
        return found
    for m in range(j, max(0, j - 10), -1):
        comma = analysis.prose[words[m - 1].end:words[m].start].strip() == ","
        if comma and (words[m].lower in ("who", "which") or words[m].lower in ("the", "a", "an") and m < j):
            # "An official at the ministry, who asked not to be named, said", "The Transit Workers
            # Union, which represents the drivers, said", "The ICE Council, the union that
            # represents officers, said": the subject is the noun phrase before the clause
            # (one word, a surname: "Smith, who has studied it, said")
            found = _appositive(analysis, words, m - 1, verb, index) if m > 1 \
                else _judge(analysis, words[:1], verb, index)
            if found is not None or words[m].lower in ("who", "which"):
                return found
        if analysis.prose[words[m - 1].end:words[m].start].strip():
            break  # another comma or mark: not a relative clause set off before the verb
    lo = j
    while lo > 0 and j - lo < 10 and words[lo - 1].lower not in _CLAUSE and words[lo - 1].lower not in AUXILIARIES:
        lo -= 1
    breaks = [m for m in range(lo + 1, j + 1) if analysis.gap_breaks(words[m - 1], words[m])]
    if lo > 0 and words[lo - 1].lower in AUXILIARIES and not breaks:
        return None  # a predicate, not a subject: "The plan could boost GDP, said Maha Akeel"
    if breaks and all(analysis.in_name(w.start, w.end) for w in words[breaks[-1]:j + 1]):
        # the name set off last: "Calling the killing cowardly, U.N. special representative for
        # Iraq, Nickolay Mladenov, said"
        return _judge(analysis, words[breaks[-1]:j + 1], verb, index)
    if any(w.lemma in REPORTING and words[m - 1].lower not in DETERMINERS
           for m, w in enumerate(words[lo + 1:j + 1], lo + 1)):
        return None  # a clause with its own verb of saying, not a description: "Polls show ..., says pollster X"
    return _judge(analysis, words[lo:j + 1], verb, index) if lo < j else None


def _speaker_after(analysis, words, k) -> list:
    """The words after the verb words[k] that may be its inverted subject ("said Ana Ruiz, ...",
    up to what describes the speaker: "said one veteran operative working with the team"), or
    [] where a clause of its own follows: not ", however, disagreed that ...", nor the clause
    said ("..., said inflation may double"): an inverted subject has no verb of its own."""
    after = _clause(analysis, words, k + 1)
    after = after[:next((m for m, w in enumerate(after) if m and w.lower in clauses.DESCRIBING_SOURCE), len(after))]
    if after and after[0].lemma not in REPORTING and after[0].lower not in _CLAUSE \
            and not any(w.lower in AUXILIARIES and not _named_word(analysis, w) for w in after):
        return after
    return []


def _inverted(analysis, words, k, verb, index):
    """The inverted subject after the verb words[k], judged, or None."""
    after = _speaker_after(analysis, words, k)
    return _judge(analysis, after, verb, index) if after else None


def _closing(analysis, a, b) -> bool:
    """Only a closing bracket between two words: "The Policy Institute (PPI) said"."""
    return analysis.prose[a.end:b.start].strip() in (")", "')", "’)")


_IDIOMS = frozenset("plan schedule script form expectations tradition custom need size age rank merit".split())


_TIES = frozenset("in by of at the journal".split())
# How a study came to be, before the name of who made it ("exit polls ... conducted by Edison")
_MADE = frozenset("conducted commissioned published released compiled produced carried out".split())


def _according(analysis, words, k, index):
    if k >= len(words):
        return None
    clause = _clause(analysis, words, k)
    if len(clause) == 1 and clause[0].lower in _IDIOMS:
        return None  # "according to plan", "according to schedule": nobody's account
    # a longer phrase may end in the name: "according to a study published Monday by Maastricht
    # University" (not "According to Human Rights Watch these partisans are ...")
    longer = _clause(analysis, words, k, 8)
    if len(longer) > len(clause) and all(analysis.in_name(t.start, t.end) or t.lower in _TIES
                                         or t.lower in _MADE for t in longer[len(clause):]):
        clause = longer
    return _judge(analysis, clause, words[k - 2], index)


def _subject(analysis, words, k, index):
    """The subject of the reporting verb words[k], if it names somebody."""
    verb = words[k]
    j = k - 1
    before = _before_bracket(analysis, words, k)
    if before is not None:
        # "Islamic State (IS) said", "Rep. Tom Cole (R-Okla.) said": the name before its
        # abbreviation or its party and state ("IS" is no "is")
        return _subject_ending(analysis, words, before, verb, index)
    passive = False
    # (an adverb before the verb is in lower case: "Canally said", "Edgerly said" are names)
    while j >= 0 and (words[j].lower in _SKIP_LEFT or words[j].lower in _BE
                      or _adverb(words[j].lower) and not words[j].text[:1].isupper()
                      or words[j].lower == "to" and j and (words[j - 1].lemma in cues.TRYING or words[j - 1].lower in cues.READY)) \
            and not analysis.gap_breaks(words[j], words[j + 1]):
        # ("have been insisting", "is warning": the progressive of saying, not a passive; not
        # "are feeling emboldened", "is expecting"; "are quick to point out" is no passive either)
        passive = passive or words[j].lower in _BE and not (verb.lower.endswith("ing") and verb.lemma in _SAYING) \
            and words[j + 1].lower not in cues.READY
        # ("The White House tried to emphasize that ...": who tried says it)
        j -= 2 if words[j].lower == "to" and not analysis.gap_breaks(words[j - 1], words[j]) else 1
    if passive:  # "was reported by the BBC" names its source; "it is believed" does not
        if k + 2 < len(words) and words[k + 1].lower == "by":
            return _judge(analysis, words[k + 2:k + 6], verb, index)
        if k + 2 < len(words) and words[k + 1].lower == "as" and words[k + 2].lower == "saying" \
                and j >= 0 and not analysis.gap_breaks(words[j], words[j + 1]):
            return _subject_ending(analysis, words, j, words[k + 2], index)  # "was quoted as saying"
        return None
    if j < 0 or analysis.gap_breaks(words[j], words[j + 1]) and not _closing(analysis, words[j], words[j + 1]):
        # "said Smith", ", said the minister": the subject follows the verb, unless a name and
        # its description stand before it ("Ana Ruiz, a mother of two, said the school ...")
        # (an abbreviation's point may come first: "Tom Reed, a farmer in Ely, Minn., said")
        comma = j >= 0 and analysis.prose[words[j].end:words[j + 1].start].strip() in (",", ".,")
        apposed = _appositive(analysis, words, j, verb, index) if comma else None
        if apposed is not None and apposed.kind == "named":
            # (unless a named speaker follows the verb, and what stands before is a clause
            # with a capital in it: "..., but some experience PTSD due to trauma, says Anthony King")
            inverted = None if verb.lower.endswith("ing") else _inverted(analysis, words, k, verb, index)
            return inverted if inverted is not None and inverted.kind == "named" else apposed
        if comma and verb.lower.endswith("ing"):
            # "Brzezinski replied to a question about Iran, saying: ...": the main clause's subject
            found = _opening_name(analysis, words, _main_clause(analysis, words, j), j, verb, index)
            after = next((w for w in words if found is not None and w.start >= found.end
                          and w.lower not in _SKIP_LEFT and not _adverb(w.lower)), None)  # ("He also pointed")
            if after is not None and (found.kind == "pronoun" or after.lower in AUXILIARIES
                                      or after.lower != after.lemma and analysis.pos(after.start) == "verb"):
                return found  # (the whole subject: not "Western" of "Western terrorism experts fear")
        if comma:  # a description with no article, long or with names of its own
            named = _name_set_off(analysis, words, j, verb, index)
            if named is not None:
                return named
        if verb.lower.endswith("ing"):
            return apposed  # "..., citing a case where Kavanaugh dissented": its object, not an inverted subject
        after = _speaker_after(analysis, words, k)
        found = _judge(analysis, after, verb, index) if after else None
        if found is None and after and names_crowd(after):
            return None  # "The plan works, say experts": the crowd says it, not what stands before
        return apposed if found is None else found
    if words[j].lower in _CLAUSE:
        if words[j].lower in ("and", "but"):
            # "(However,) Arango, like Gaviria last week, was more explicit and said ...", "Pate
            # doesn't think fraud is rampant but says ...": the named subject that opens the
            # sentence says it
            return _opening_name(analysis, words, 1 if words[0].lower in _OPENERS else 0, j, verb, index)
        if words[j].lower in _WHILE_DOING and verb.lower.endswith("ing"):
            # "(After the vote,) Health Minister Ana Ruiz was criticised after saying ...": the
            # subject of the main clause is the one saying it
            first = _main_clause(analysis, words, j)
            found = _opening_name(analysis, words, first, j, verb, index)
            if found is None:  # "The minister was criticised after saying": up to its auxiliary
                aux = next((m for m in range(first + 1, min(j, first + 6)) if words[m].lower in AUXILIARIES
                            or words[m].lower in _BE), None)
                found = _judge(analysis, words[first:aux], verb, index) if aux else None
            return found
        if words[j].lower not in _RELATIVE or j == 0 or analysis.gap_breaks(words[j - 1], words[j]):
            return None  # "... and said the plan works": the subject is elsewhere in the sentence
        j -= 1  # "organisations which have stated": the subject is what the clause is about
    return _subject_ending(analysis, words, j, verb, index)


def _before_bracket(analysis, words, k):
    """The word before a short bracket right before words[k] ("Tom Cole (R-Okla.) said"), or None."""
    if k < 2:
        return None
    gap = analysis.prose[words[k - 1].end:words[k].start]
    if not gap.rstrip().endswith(")"):
        return None
    close = words[k - 1].end + gap.rindex(")")
    opening = analysis.prose.rfind("(", max(0, close - 16), close)
    if opening < 0 or "\n" in analysis.prose[opening:close]:
        return None
    j = k - 1
    while j >= 0 and words[j].start > opening:
        j -= 1
    return j if j >= 0 else None


_OPENERS = frozenset("however but meanwhile still also yet and so moreover separately earlier later "
                     "today yesterday".split())
_WHILE_DOING = frozenset("after before while when since by".split())


def _main_clause(analysis, words, j) -> int:
    """Where the main clause starts: after an opening phrase set off by a comma ("After the
    vote, Ruiz ..."), else at the sentence's first word (past "However")."""
    first = 1 if words[0].lower in _OPENERS else 0
    if first < j and not analysis.in_name(words[first].start, words[first].end) \
            and words[first].lower not in PRONOUNS:
        for m in range(first + 1, j):  # (past a quoted title: 'In an interview with "The Daily Beast",')
            if analysis.prose[words[m - 1].end:words[m].start].strip().endswith(","):
                return m
    return first


def _opening_name(analysis, words, first, j, verb, index):
    """The name (or pronoun) that opens the clause at `first`, judged as the subject of the
    verb of saying at the end of the sentence; None when the clause opens otherwise."""
    if first >= j:
        return None
    if words[first].lower in PRONOUNS:
        return _judge(analysis, words[first:first + 1], verb, index)
    if words[first].lower == "the" and first + 2 < j and words[first + 1].text.islower() \
            and _verb_or_adverb(analysis, words[first + 2]):
        # "The president also questioned ... and suggested": the one the story named, pointed back to
        return _judge(analysis, words[first:first + 2], verb, index)
    lead = first
    while lead < j and analysis.in_name(words[lead].start, words[lead].end) \
            and (lead == first or not analysis.gap_breaks(words[lead - 1], words[lead])):
        lead += 1
    return _judge(analysis, words[first:lead], verb, index) if lead > first else None


def _verb_or_adverb(analysis, word) -> bool:
    """A subject's verb or the adverb before it ("also", "has", "questioned"), in lower case."""
    return word.text.islower() and (word.lower in AUXILIARIES or word.lower in ("also", "then", "later", "still")
                                    or _adverb(word.lower)
                                    or word.lower != word.lemma and analysis.pos(word.start) == "verb")


_JOINING = frozenset("as and or along together like including plus with among".split())


def _name_set_off(analysis, words, j, verb, index):
    """The name that opens the sentence, set off by a comma before its description: "Mark
    McKinnon, ad maker for George W. Bush's 2000 and 2004 campaigns, said" (not "In Washington,
    officials said": a name must open the clause)."""
    first = 1 if words and words[0].lower in _OPENERS else 0
    lead = first
    # (a sentence's capitalised first word is a name's when a name goes on from it: "Mark McKinnon")
    while lead < j and (analysis.in_name(words[lead].start, words[lead].end)
                        or lead == first and words[lead].text[:1].isupper() and lead + 1 < j
                        and analysis.in_name(words[lead + 1].start, words[lead + 1].end)) \
            and (lead == first or not analysis.gap_breaks(words[lead - 1], words[lead])):
        lead += 1
    if lead == first:
        return _phrase_set_off(analysis, words, first, j, verb, index)
    if lead >= j or analysis.prose[words[lead - 1].end:words[lead].start].strip() != "," \
            or not words[lead].text[:1].islower() or words[lead].lower in _JOINING:
        return None  # (a description opens in lower case: not a dateline's "Chicago, April 1 -",
        # nor others joined to the name: "Fuller, as well as other analysts, expected")
    found = _judge(analysis, words[first:lead], verb, index)
    return found if found is not None and found.kind == "named" else None


def _phrase_set_off(analysis, words, first, j, verb, index):
    """... or a short phrase with its article opening the sentence, set off the same way: "The
    official, speaking on condition of anonymity, said", "The Defense official, in explaining
    the opposition, said" (up to four words before the comma)."""
    if words[first].lower not in ("the", "a", "an", "one", "another"):
        return None
    comma = next((m for m in range(first + 1, min(first + 5, j))
                  if analysis.prose[words[m - 1].end:words[m].start].strip() == ","), None)
    if comma is None or any(analysis.gap_breaks(words[m - 1], words[m]) for m in range(first + 1, comma)) \
            or not words[comma].text[:1].islower() or words[comma].lower in _JOINING:
        return None
    return _judge(analysis, words[first:comma], verb, index)


def _subject_ending(analysis, words, j, verb, index):
    """The subject phrase that ends at words[j] (up to 8 words, within its clause, and the name
    it opens with: "An Emerson College poll published at the end of last month"), judged."""
    lo = j
    # (not past "with": "..., with officials reporting 36 deaths" is the officials' report)
    while lo > 0 and (j - lo < 7 or analysis.in_name(words[lo - 1].start, words[lo - 1].end)) \
            and not analysis.gap_breaks(words[lo - 1], words[lo]) \
            and words[lo - 1].lower not in _CLAUSE and words[lo - 1].lower not in AUXILIARIES \
            and words[lo - 1].lower != "with":
        lo -= 1
    if lo >= 2 and words[lo - 1].lower == "and" and any(w.lemma in CROWDS - VAGUE_QUANTIFIERS for w in words[lo:j + 1]) \
            and _opening_a_clause(analysis, words, lo - 2):
        # "Callaghan and critics of bilingual instruction say": the named one speaks for the crowd
        return _subject_ending(analysis, words, lo - 2, verb, index)
    # "..., with state health officials cautioning that ...": what they said at the time
    # (not a poll's share: "with 61% of swing voters saying so in a May poll by ...")
    reported = verb.lower.endswith("ing") and lo > 0 and words[lo - 1].lower == "with" \
        and not any(w.lower[:1].isdigit() or w.lower.rpartition("-")[2] in _SHARES for w in words[lo:j + 1])
    return _judge(analysis, words[lo:j + 1], verb, index, reported)


_CLAUSE_OPENING = frozenset("that which who and but or because while although though if when so".split()) | _OPENERS


def _opening_a_clause(analysis, words, j) -> bool:
    """Is words[j] the end of a name that opens its sentence or clause (a subject, not the
    object of a verb before it: "... captivated by his wife Raisa and political pundits")?"""
    if not analysis.in_name(words[j].start, words[j].end) or words[j].lower in CALENDAR \
            or analysis.gap_breaks(words[j], words[j + 1]):
        return False
    m = j
    # (the sentence's first word may be a first name the name-finder leaves alone: "Maria Callaghan")
    while m > 0 and (analysis.in_name(words[m - 1].start, words[m - 1].end) or m == 1 and words[0].text[:1].isupper()) \
            and not analysis.gap_breaks(words[m - 1], words[m]):
        m -= 1
    # (not after a word that is also a preposition: "since September and where polls show")
    return m == 0 or analysis.gap_breaks(words[m - 1], words[m]) or words[m - 1].lower in _CLAUSE_OPENING


# Nouns that can stand for a source: a crowd ("analysts") or a body of work ("the study").
SOURCE_NOUNS = CROWDS | BACK_REFERENCES


def names_crowd(tokens) -> bool:
    """Do these words name a crowd or a quantifier as a claim's holder ("critics", "some")?"""
    return any(t.lemma in SOURCE_NOUNS or t.lower in VAGUE_QUANTIFIERS for t in tokens)


def _named_beside(analysis, lemma, index) -> bool:
    """Does the sentence before or after (same paragraph) name a source of this kind?"""
    kind = family(lemma)
    sentences = analysis.sentences
    for j in (index - 1, index + 1):
        if 0 <= j < len(sentences) and sentences[j].paragraph == sentences[index].paragraph:
            if any(t.lemma in kind for t in analysis.sentence_tokens(j)) and \
                    _named_source(analysis.direct_source(j)):
                return True
    return False


def _named_source(source) -> bool:
    return source is not None and source.kind != "anonymous"


def _clause(analysis, words, k, limit=5):
    """Up to `limit` words from k, to the end of their clause ("the WHO's": a name, not "who")."""
    out = []
    while k < len(words) and len(out) < limit:
        if out and (analysis.gap_breaks(out[-1], words[k]) or words[k].lower in _CLAUSE and not words[k].text.isupper()):
            break
        out.append(words[k])
        k += 1
    return out


def _adverb(word):
    return word.endswith("ly") and word not in ("only", "family", "italy")


def _judge(analysis, phrase, verb, index, reported=False):
    """Does this subject phrase name a source? A vague crowd or an anonymous source does not.
    `reported`: the verb tells what was said as a past report does ("with officials warning")."""
    if not phrase or not any(w.lower in PRONOUNS or looks_like_noun(w.lower) or _initials(w.text)
                             or w.lower not in FUNCTION_WORDS and analysis.in_name(w.start, w.end) for w in phrase):
        return None  # "Don't call it ...": no subject at all (a name is one: "Groh-Wargo said", "O'Neil said")
    past = verb.lower in _PAST or reported
    if phrase[-1].lower.endswith(("ing", "ed")) and phrase[-1].lower != phrase[-1].lemma \
            and phrase[-1].text.islower() and not any(w.lower in DETERMINERS for w in phrase):
        return None  # "is now facing charges", "settled charges": a verb and its object, not a subject
    lowers = [w.lower for w in phrase]
    heads = [w for w in phrase if w.lemma in CROWDS or w.lemma in BACK_REFERENCES or w.lemma == "source"]
    if any(w.lemma == "source" for w in heads) or formulas.unnamed_by_formula(lowers):
        # "industry sources said", "people close to him said": the claim is attributed,
        # anonymously (for AnonymousSource to judge); it sources its own sentence only
        if past or verb.lower == "according":
            return _source(analysis, "anonymous", phrase, index)
        return None
    named = [w for w in phrase if analysis.in_name(w.start, w.end) and w.lower not in CALENDAR]
    if named:  # (a day or a month names nobody)
        return None if _share_of_a_people(phrase, named) else _source(analysis, "named", phrase, index)
    first = phrase[0]
    if first.lower in PRONOUNS and len(phrase) == 1:
        if first.lower in ("it", "this", "that", "one") and verb.lemma in OPINION:
            return None
        return _source(analysis, "pronoun", phrase, index)
    quantified = any(w in VAGUE_QUANTIFIERS for w in lowers)
    head = _head(phrase, heads)
    if quantified or head is not None and head.lemma in CROWDS:
        own = [w.lower for w in phrase if head is None or w.start < head.start]  # "aid workers on the ground"
        if head is not None and own[:1] in (["a"], ["an"], ["one"]):
            # "a diplomat in the region said", "one trader said": one unnamed person, who
            # sources this sentence only (for AnonymousSource to judge)
            return _source(analysis, "anonymous", phrase, index) if past or verb.lower == "according" else None
        if head is not None and own[:1] and own[0] in _FEW and "of" not in own and verb.lemma in _TOLD \
                and head.lemma not in _OPINION_CROWDS:  # (not "two thirds of the primary voters said")
            # "Two law enforcement officials say that ...": people the reporter counted, in the
            # broadcasters' present tense; unnamed (for AnonymousSource to judge)
            return _source(analysis, "anonymous", phrase, index)
        definite = any(w in ("the", "these", "those") for w in own)
        if definite and head is not None and analysis.introduced(head.lemma, index):
            return _source(analysis, "back-reference", phrase, index)
        if definite and head is not None and analysis.introduced(("anonymous", head.lemma), index):
            # "The senior official said ..." after "A senior official said ...": the same
            # unnamed person, who sources this sentence only (for AnonymousSource to judge)
            return _source(analysis, "anonymous", phrase, index) if past or verb.lower == "according" else None
        if head is not None and _named_beside(analysis, head.lemma, index):
            # "Analysts believe ..." with a named economist quoted in the next sentence, or
            # "..., researchers say" after the sentence naming the academics
            return _source(analysis, "back-reference", phrase, index)
        if quantified or head.lemma in _OPINION_CROWDS or verb.lemma in OPINION:
            return None
        if not past and verb.lower != "according" or definite and head.lower == head.lemma:
            return None  # (nor "the official said" with no official met before: nobody)
        # "analysts said", "officials told", "according to local officials": wire copy's plain
        # report, not an opinion poll; "..., the officials said" (ones the story met, maybe
        # named in a part of it we do not see) sources its own sentence only
        return _source(analysis, "typed" if definite else "named", phrase, index)
    if head is not None and head.lemma == "report" and _FILED.intersection(lowers[:phrase.index(head)]):
        return _source(analysis, "typed", phrase, index)  # "the latest fundraising reports show": filings of record
    if head is not None and head.lemma in ("study", "report", "research", "survey", "poll", "data") \
            and (not analysis.introduced(head.lemma, index) or ANOTHER.intersection(lowers[:phrase.index(head)])) \
            and not (set(lowers) & formulas.LINKS) \
            and not any(w.lower in _OFFICIAL for w in phrase[:phrase.index(head)][-2:]):
        return None  # "studies show", "the report found" with no report named: unnamed research
    if _bare_plural(phrase) and phrase[-1].lemma not in _ROLES and phrase[-1].lemma not in _RECORDS:
        # "Consumer groups say", "Meteorologists say": a kind of source, no one in particular;
        # it sources its own sentence (", rescuers said."), never a neighbour
        return _source(analysis, "typed", phrase, index)
    return _source(analysis, "institution", phrase, index)


# Verbs of what a named work found, which a person's subject does not make a report ("advisers
# indicate"), and the works.
_FINDING = frozenset(("indicate",))
_WORKS_FOUND = frozenset("poll survey study report research data census analysis".split())


def _work_found(analysis, index, found) -> bool:
    """Is the subject found a work, and no vague one ("Some partisan polling indicates")?"""
    words = [w for w in analysis.sentence_tokens(index) if found.start <= w.start < found.end]
    return any(w.lemma in _WORKS_FOUND for w in words) and not any(w.lower in VAGUE_QUANTIFIERS for w in words)


# Counts of the few people a reporter spoke to, and the verbs of telling them.
_FEW = frozenset("two three four five six 2 3 4 5 6".split())
_TOLD = frozenset("say tell confirm".split())


# Words that count a share of a people: "68 percent of Americans", "a majority of Britons".
_SHARES = frozenset("percent % majority minority plurality half third thirds quarter quarters "
                    "fifth fifths share proportion fraction".split())


def _share_of_a_people(phrase, named) -> bool:
    """Is the capitalised word only a people counted by a quantifier or a share just before it
    ("most Americans", "68 percent of Americans", "two-thirds of Republicans"): a poll's
    respondents or a vague crowd, not a name?"""
    counted = [k for k, w in enumerate(phrase) if w.lower in VAGUE_QUANTIFIERS
               or w.lower.rpartition("-")[2] in _SHARES or w.text[:1].isdigit()]
    people = [k for k, w in enumerate(phrase) if w in named and k not in counted and w.text[:1].isupper()]
    if not people or not counted or counted[0] > people[0]:
        return False
    nearest = max(k for k in counted if k < people[0])
    return people[0] - nearest <= 3 and all(
        phrase[k].text.endswith("s") and not phrase[k].text.endswith("ss") for k in people)


CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march "
                     "april may june july august september october november december".split())


# Words that bring in another source of a kind the story named: "a separate survey", "another poll".
ANOTHER = frozenset("another separate different second rival".split())


# A report of a named kind of body is a source, if a vague one: "an official report says".
_OFFICIAL = frozenset("official government parliamentary police court congressional federal "
                      "national".split())


# Reports that are filings, a record as its office keeps it ("fundraising reports", "earnings
# reports"), not research somebody did.
_FILED = frozenset("fundraising finance financial earnings quarterly annual disclosure expense fec".split())


# Roles that speak for an office, named by the role alone in wire copy ("prosecutors said").
_ROLES = frozenset("prosecutor investigator rescuer firefighter authority regulator inspector "
                   "auditor judge paramedic coroner".split())


# Documents of record: "according to court documents", "filings show" source what they record,
# like the office that keeps them.
_RECORDS = frozenset("document record filing transcript affidavit".split())


def _bare_plural(phrase) -> bool:
    """A plural common noun with no determiner, possessive or name before it."""
    last = phrase[-1]
    return last.lower.endswith("s") and last.lemma != last.lower and (last.text.islower() or last is phrase[0]) \
        and not any(w.lower in DETERMINERS or w.lower.endswith(("'s", "’s")) or w.lower in PRONOUNS
                    or not w.text.islower() and w is not phrase[0] for w in phrase)


def _initials(text) -> bool:
    """"U.N", "U.S": a body named by its initials."""
    return "." in text and text.replace(".", "").isupper()


def _head(phrase, heads):
    """The noun a subject phrase is about: the last source noun before a preposition ("news
    agency reports", "the team of researchers at MIT" -> team)."""
    if not heads:
        return None
    cut = next((w.start for w in phrase if w.lower in formulas.LINKS), None)
    before = [w for w in heads if cut is None or w.start < cut]
    if not before:
        return heads[0]
    k = phrase.index(before[-1])
    after = phrase[k + 1] if k + 1 < len(phrase) else None
    if after is not None and after is phrase[-1] and k and phrase[k - 1].lower in DETERMINERS \
            and before[-1].lemma in CROWDS and looks_like_noun(after.lower) and after.lower == after.lemma:
        return None  # a crowd word before the one person it describes: "the local mayor", "an expert witness"
    return before[-1]


def _formula(analysis, formula, words, k, index) -> Source | None:
    """A hearing or a newsroom's formula as the source: an institution."""
    tokens = formula(analysis, words, k)
    return _source(analysis, "institution", tokens, index) if tokens else None


def tied_to_name(analysis, words, k, index) -> Source | None:
    tokens = formulas.tied_to_name(analysis, words, k)
    return _source(analysis, "named", tokens, index) if tokens else None


def _source(analysis, kind, tokens, index):
    start, end = tokens[0].start, tokens[-1].end
    return Source(kind, start, end, analysis.text[start:end], index)


# A study named once makes its team, its authors and its findings known nouns too.
RESEARCH = frozenset("study research researcher scientist team author paper survey report analysis "
                     "review poll data finding".split())


def introduces(analysis, index: int) -> set[str]:
    """Lemmas of source nouns that sentence `index` ties to a name ("researchers at MIT")."""
    out = set()
    words = analysis.sentence_tokens(index)
    found = direct(analysis, index)
    named = found is not None and found.kind != "anonymous"
    if found is not None and found.kind == "anonymous":  # "A senior official said": met, unnamed
        out |= {("anonymous", t.lemma) for t in words
                if found.start <= t.start < found.end and t.lemma in CROWDS}
    for k, t in enumerate(words):
        if t.lemma in BACK_REFERENCES or t.lemma in CROWDS:
            if named or tied_to_name(analysis, words, k, index) is not None:
                out.add(t.lemma)
                if t.lemma in RESEARCH:
                    out |= RESEARCH
    return out
