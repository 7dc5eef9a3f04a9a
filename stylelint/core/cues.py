"""Is a reporting word ("says", "report", "claims", "called") a cue of attribution here, or a
noun, an adjective or part of a name? "In real terms", "the average asking price", "a firm
called Swarm Systems" and "the United States" name no source, and reading them as one hides the
claims around them."""
from __future__ import annotations

import re

from .words import DETERMINERS, FUNCTION_WORDS, REFLEXIVES, REPORTING, looks_like_noun

BE = frozenset("is are was were be been being".split())
# Past forms of reporting verbs: "analysts said" reports; "reports say" is a noun and a verb.
PAST = frozenset("said told wrote added reported stated announced explained noted insisted "
                 "claimed argued warned asked replied responded called described declared "
                 "confirmed denied predicted forecast estimated projected".split())

_OWN_VERB = frozenset("is are was were be been have had will would can could may might must should shall".split())
_PARTICLES = frozenset("out up off down aside away".split())  # of a phrasal verb, before its object
# "-s" forms that are only ever verbs: "what the UN says may be the worst crisis" is a report,
# where "the claims may be false" is a plural noun with its own verb
_VERB_ONLY = frozenset("says tells adds argues insists believes thinks warns suggests explains writes "
                       "contends admits concedes confirms denies announces predicts acknowledges".split())
# Reporting verbs whose base form is as often a noun ("one more state ratifies", "the claim holds")
_NOUN_TOO = frozenset("state report claim estimate charge forecast note post quote tweet".split())
_NOUN_AFTER = frozenset("in on of for with at under from into about amid despite over".split())


# Verbs that report only when speech stands beside them ('"...," he continued', "continued:",
# "posted that"): "the fighting continued", "the company posted a loss" report nothing.
_SPEECH_ONLY = frozenset("continue post".split())


def not_a_cue(analysis, words, k) -> bool:
    """Is words[k], a reporting word, used here in another sense: a noun (see `a_noun`), or a
    verb of speech with no speech beside it ("the shelling continued on Monday")?"""
    word = words[k]
    if word.lemma in _SPEECH_ONLY:
        nxt = words[k + 1].lower if k + 1 < len(words) else ""
        sentence = analysis.sentences[word.sentence]
        tag = k + 1 == len(words) and "," in analysis.prose[sentence.start:word.start]  # ", the minister continued."
        spoken = tag or nxt == "that" or ":" in analysis.prose[word.end:word.end + 2] or any(
            sentence.start <= q.start < sentence.end for q in analysis.quotes)
        if not spoken:
            return True
    nxt = words[k + 1].lower if k + 1 < len(words) else ""
    if word.lemma in _NAMING and (nxt in REFLEXIVES or k and words[k - 1].lower in _THEN):
        return True  # a name given: "the trio called themselves ...", "the group, then called the G8"
    return a_noun(analysis, words, k) or _participle(analysis, words, k)


_NAMING = frozenset("call dub term name".split())
_THEN = frozenset("then now formerly once later".split())
# Reporting words that are also a title before a name: "Boston Marathon bombing suspect Tamerlan Tsarnaev"
_TITLES = frozenset(("suspect",))
_CRIMES = frozenset("murder terror terrorism robbery rape assault arson theft fraud attack crime "
                    "homicide kidnapping hijack".split())


def _a_year_phrase(words, j) -> bool:
    """Does words[j] end a phrase of time ("in 2014", "since 1998") that a subject may carry
    before its verb ("A Florida International University poll in 2014 found that ...")?"""
    return bool(j and _YEAR.fullmatch(words[j].lower) and words[j - 1].lower in _YEAR_BEFORE)


_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_BEFORE = frozenset("in since during from of until to through".split())


def _participle(analysis, words, k) -> bool:
    """Is words[k] a past participle used as an adjective before its noun ("fired by suspected
    Morsi supporters", "a highly charged exchange"), or a title before a name ("bombing suspect
    Tamerlan Tsarnaev")?"""
    word = words[k]
    nxt = words[k + 1] if k + 1 < len(words) and not analysis.gap_breaks(word, words[k + 1]) else None
    if nxt is None or not k or analysis.gap_breaks(words[k - 1], word):
        return False
    before = words[k - 1]
    named = nxt.text[:1].isupper() and analysis.in_name(nxt.start, nxt.end)
    if word.lower in _TITLES and named and (before.lower.endswith("ing") or before.lower in _CRIMES):
        return True  # (not "the analysts suspect Smith", "police suspect John Doe")
    if not word.lower.endswith("ed") or not (named or _noun_next(nxt)):
        return False
    # ("by suspected militants", "a highly charged exchange"; not "the ministry announced new
    # rules", where only a tagger could tell the noun before from an adjective)
    return before.lower in ("by", "of", "among", "against") or before.lower in _DEGREE_ADVERBS


# Adverbs of degree before a participle used as an adjective ("highly charged", "widely reported
# case" stays a report: "widely" is not here)
_DEGREE_ADVERBS = frozenset("highly heavily hotly fiercely bitterly deeply strongly politically "
                            "racially emotionally".split())


# Verbs of setting out to say something, before "to" and the verb of saying: "The White House
# tried to emphasize that ..." says it (not "declined to say", "refused to confirm").
TRYING = frozenset("try seek want move hasten rush continue begin start go hope attempt aim".split())
# ... and the adjectives that do the same after "be": "Democrats are quick to point out that ..."
READY = frozenset("quick eager keen careful happy glad".split())


def _tried_to_say(words, k) -> bool:
    """"tried to emphasize Tuesday that ...": a claim made, with what it says ("wants to ask
    Trump about" is no claim)."""
    return k >= 2 and (words[k - 2].lemma in TRYING or words[k - 2].lower in READY) \
        and any(w.lower == "that" for w in words[k + 1:k + 4])


def a_noun(analysis, words, k) -> bool:
    """Is words[k] a noun (or an infinitive), not a report: opening the sentence in its -s form
    ("Reports about the surplus tended to ..."), a plural with its own verb ("finance charges
    were"), after a number, after "to" ("agreed to add"), before its noun ("the average asking
    price"), a name given ("a firm called Swarm Systems"), part of a name ("the United
    States"), after "there is" ("there are unconfirmed reports"), or after a preposition with at most one word between and no punctuation ("in
    real terms", "amid growing claims"; not "Ana Ruiz, in a statement, said")?"""
    if k == 0:  # the sentence's first word, not the first after a quotation ('"...," says Litan')
        first = analysis.sentences[words[0].sentence].start
        return words[0].lower.endswith("s") and words[0].lower != words[0].lemma and \
            not analysis.prose[first:words[0].start].strip()
    before, word = words[k - 1], words[k]
    if word.text[:1].isupper() and analysis.in_name(word.start, word.end):
        return True  # part of a name: "the United States", "Economics Ministry State Secretary"
    nxt = words[k + 1] if k + 1 < len(words) and not analysis.gap_breaks(word, words[k + 1]) else None
    if nxt is not None and word.lower.endswith("s") and word.lower != word.lemma and nxt.lower in _OWN_VERB \
            and word.lower not in _VERB_ONLY:
        return True  # "finance charges were", "the Western states would": a plural with its own verb
    if nxt is not None and word.lower in _NOUN_TOO and nxt.lower != nxt.lemma and nxt.lower.endswith(("s", "ed")) \
            and nxt.lower not in _OWN_VERB and nxt.lemma not in ("be", "have", "do") and analysis.pos(nxt.start) == "verb":
        return True  # "even if one more state ratifies the ERA": the noun, subject of its own verb
    if nxt is not None and word.lower == word.lemma and k >= 2 and words[k - 2].lower in DETERMINERS \
            and not before.lower.endswith("s") and (nxt.lower == "of" or _noun_next(nxt)):
        return True  # "the main state research body", "the annual report of" (not "the police say that")
    if word.lower == word.lemma and k >= 2 and before.text.islower() \
            and (words[k - 2].lower in DETERMINERS and (before.lower.endswith("ing") or words[k - 2].lower in ("a", "an")
                                                        and before.lower not in _SHARES)
                 or words[k - 2].lower.endswith("ing") and words[k - 2].text.islower()
                 and (before.lower.endswith(_ADJECTIVE_ENDINGS) or before.lower in _PLAIN_ADJECTIVES)) \
            and not analysis.gap_breaks(words[k - 2], before) and not analysis.gap_breaks(before, word):
        # "a turning point", "the closing argument", "a key report" (a singular's verb takes -s);
        # "drawing effusive praise", "earning high praise": the object of a verb, not a speaker
        return True
    if not analysis.gap_breaks(before, word):
        if _a_year_phrase(words, k - 1):
            return False  # "A poll in 2014 found": the subject's time, not "in real terms"
        if before.lower[:1].isdigit() or before.lower == "to" and not _tried_to_say(words, k):
            return True  # "the index rose 225.79 points", "two reports"; "agreed to add"
        if before.lower in _PARTICLES:
            return True  # "rule out hopes", "played down fears", "brushed off claims": an object
        if word.lower.endswith("ing") and before.lower not in BE and before.lower not in ("as", "by") \
                and nxt is not None and _noun_next(nxt):
            return True  # "the average asking price", "corporate reporting standards"
        if word.lower == "called" and any(w.lower in ("a", "an") for w in words[max(0, k - 3):k]) \
                and nxt is not None and nxt.text[:1].isupper():
            return True  # "a firm called Swarm Systems": a name given, not a thing said
    if any(words[j].lower == "there" and words[j + 1].lower in BE
           and not any(analysis.gap_breaks(words[m], words[m + 1]) for m in range(j, k))
           for j in range(max(0, k - 4), k - 1)):
        # "there are also unconfirmed reports of": what exists, not who reports (not past a comma:
        # "..., though there is steep competition, said one operative")
        return True
    for j in (k - 1, k - 2):
        if j < 0 or analysis.gap_breaks(words[j], words[j + 1]):
            return False
        if words[j].lower in _NOUN_AFTER:
            return True
        if words[j].lower in FUNCTION_WORDS or words[j].text[:1].isupper():
            return False  # "in which he said", "in Paris said": a clause of its own
    return False


_ADJECTIVE_ENDINGS = ("ive", "ous", "ful", "al", "ic", "able", "ible", "ent", "ant", "ish", "ary")
_PLAIN_ADJECTIVES = frozenset("high wide strong sharp fierce broad harsh heavy rare faint lavish warm".split())
# "a few say", "a majority believe": a share of people, whose verb has no -s
_SHARES = frozenset("few lot number majority minority third quarter half dozen couple handful score "
                    "bunch host".split())


def verb_after(analysis, words, k) -> bool:
    """Is words[k] a noun with its own verb after it ("reports say", "studies suggest")?"""
    nxt = words[k + 1]
    return nxt.lemma in REPORTING and nxt.lower != nxt.lemma + "ed" and nxt.lower not in PAST \
        and words[k].lower.endswith("s") and not analysis.gap_breaks(words[k], nxt)


def _noun_next(word) -> bool:
    """A lower-case noun right after: "asking price", "state research" (not "that", "the")."""
    return word.text.islower() and looks_like_noun(word.lower) and word.lower not in ("that", "the", "a", "an")
