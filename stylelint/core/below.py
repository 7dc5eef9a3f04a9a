"""Sources a paragraph away from a claim, as wire copy places them: the count of the lede given
again with its source below ("Tens of thousands marched." / "Police estimated the crowd at
80,000"), or its act told again ("Two people have been arrested." / "A woman and a man have been
arrested, police said."); a tally the paragraph above sourced and this one adds to ("Eight people
drowned, officials said." / "Three others were killed."); and an accusation that the case's
papers or its charge make in its paragraph or below ("The lawsuit alleges ...", "She has pleaded
not guilty to ..."). A reaction there sources nothing."""
from __future__ import annotations

from . import sources
from .words import FUNCTION_WORDS

# A paragraph opening with these answers the claim before it, instead of sourcing it.
CONTRAST = frozenset("but however yet still although though nevertheless nonetheless meanwhile "
                     "instead whereas conversely".split())


# Number words of a rounded count ("tens of thousands", "dozens") and the words that say what a
# count in the paragraph below counts when it is not the lede's own noun ("the crowd at 80,000").
_COUNT_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve twenty thirty forty "
                         "fifty dozen dozens score scores tens hundred hundreds thousand thousands million "
                         "millions".split())
_COUNTED = frozenset("crowd people person toll turnout death dead die kill injure wound casualty victim "
                     "protester demonstrator participant attendance".split())


def count_below(analysis, index, trigger):
    """A rounded count that closes its paragraph, and a next paragraph that opens by giving
    that count with its source: wire copy puts "Tens of thousands marched" in the lede and
    "Police estimated the crowd at 80,000, while unions said 300,000" right below it. (A
    quotation or a source that gives no count there is a reaction, not the count's source.)"""
    sentences = analysis.sentences
    j = index + 1
    if not _a_count(trigger) \
            or j >= len(sentences) or sentences[j].paragraph != sentences[index].paragraph + 1 \
            or sentences[j].kind in ("headline", "subheading"):
        return None
    words = [t for t in analysis.sentence_tokens(j) if not analysis.in_quote(t.start, t.end)]
    if not words or words[0].lower in CONTRAST:
        return None
    source = analysis.direct_source(j)
    if source is None or source.kind in ("anonymous", "pronoun"):
        return None
    counted = _COUNTED | {t.lemma for t in trigger if t.lower not in FUNCTION_WORDS and not _is_count(t.lower)}
    if any(_is_count(t.lower) for t in words) and any(t.lemma in counted for t in words):
        return source
    # or by telling the same act of the people counted, with its source: "Two people have been
    # arrested ..." / "A 42-year-old woman and a 60-year-old man have been arrested, police said."
    acts = {t.lemma for t in trigger if t.lower not in FUNCTION_WORDS and analysis.pos(t.start) == "verb"}
    if acts and any(t.lemma in acts and analysis.pos(t.start) == "verb" for t in words):
        return source
    # or by telling what was found of the dead, in the source's words and not a quotation (a
    # reaction): "Four people have died ..." / "The bodies were found on Tuesday, the fire
    # service said."
    quoted = len(words) < len(analysis.sentence_tokens(j))
    if not quoted and any(t.lemma in _THE_DEAD for t in words) and any(t.lemma in _DEATH for t in trigger):
        return source
    return None


_THE_DEAD = frozenset("body remains victim dead corpse".split())
_DEATH = frozenset("die kill dead death drown perish".split())


def count_above(analysis, index, trigger):
    """A count that opens its paragraph and adds to the tally the paragraph above ended with,
    and sourced: "Eight people drowned in Samar, the civil defence office said." /
    "Three others were killed in Leyte." Wire copy writes one sentence a paragraph, so the
    sentence before is the one AP means by "just before", paragraph break or not."""
    sentences = analysis.sentences
    j = index - 1
    if j < 0 or not any(_is_count(t.lower) for t in trigger) or not _goes_on(analysis, index, trigger) \
            or sentences[j].paragraph != sentences[index].paragraph - 1 \
            or sentences[j].kind in ("headline", "subheading"):
        return None
    source = analysis.direct_source(j)
    if source is None or source.kind in ("anonymous", "pronoun"):
        return None
    words = [t for t in analysis.sentence_tokens(j) if not analysis.in_quote(t.start, t.end)]
    if not any(_is_count(t.lower) for t in words):
        return None
    told = {t.lemma for t in trigger if t.lower not in FUNCTION_WORDS and not _is_count(t.lower)}
    lemmas = {t.lemma for t in words}
    if told & lemmas - FUNCTION_WORDS or told & _DEATH and lemmas & _DEATH:
        return source
    return None


# Words that add to a tally ("Three others", "Another 12 people", "a further 40", "12 more"),
# where a new figure ("In the north the disease kills 2,000 a year") starts one of its own.
_ADDING = frozenset("other others another further additional more".split())


def _goes_on(analysis, index, trigger) -> bool:
    """Does the count add to a tally ("Three others", "Another 12 people"), by its words or the
    two before them?"""
    tokens = analysis.sentence_tokens(index)
    k = next((i for i, t in enumerate(tokens) if t.start >= trigger[0].start), len(tokens))
    near = tokens[max(0, k - 2):k + len(trigger)]
    return any(t.lower in _ADDING and not (t.lower == "more" and i + 1 < len(near) and near[i + 1].lower == "than")
               for i, t in enumerate(near))


# The papers of a case, which make its accusations: "According to the court documents",
# "The lawsuit alleges", "the indictment says", "prosecutors said".
_CASE_PAPERS = frozenset("document record filing affidavit lawsuit suit complaint indictment "
                         "prosecutor prosecution petition charge-sheet plaintiff claimant".split())
_PARAGRAPH_REACH = 5  # sentences back to a paragraph's opening (a long paragraph is not one case)
_BACK_REACH = 2  # sentences of the paragraph above an accusation that opens its own


# What puts an accusation on the record: "was charged with", "has pleaded not guilty to".
_ON_RECORD = frozenset("charged indicted pleaded pled convicted arraigned".split())
_NOT = frozenset("not never n't".split())


def case_record(analysis, index, trigger):
    """An accusation ("Kohl is accused of stabbing four students", "Assange is alleged to have")
    in a paragraph that also gives the case's papers ("According to the court documents", "In
    their complaint, the plaintiffs alleged") or its charge ("She has pleaded not guilty to
    conspiracy"), or at the end of the paragraph just above one it opens ("The new indictment,
    handed down by a grand jury, did not add charges."), or followed by them at the next
    paragraph's opening: the accusation is on record (court copy lists one complaint's
    allegations in a paragraph: "He was also accused of ..."). A denial or a reaction is not."""
    sentences = analysis.sentences
    if not any(t.lemma in ("accuse", "allege") for t in trigger):
        return None
    paragraph = sentences[index].paragraph
    first = index
    while first > 0 and index - first < _PARAGRAPH_REACH and sentences[first - 1].paragraph == paragraph:
        first -= 1
    if first == index:  # a paragraph that opens with the charge goes on from the papers just above
        while first > 0 and index - first < _BACK_REACH and sentences[first - 1].paragraph == paragraph - 1 \
                and sentences[first - 1].kind == "body":
            first -= 1
    for j in [*range(first, index), *range(index + 1, min(index + 5, len(sentences)))]:
        if sentences[j].paragraph > paragraph + 1 or sentences[j].kind in ("headline", "subheading"):
            break
        if sentences[j].paragraph == paragraph + 1 and j >= 2 and sentences[j - 2].paragraph == paragraph + 1:
            break  # past the next paragraph's first two sentences
        source = analysis.direct_source(j)
        if source is not None and source.kind not in ("anonymous", "pronoun", "typed") and any(
                t.lemma in _CASE_PAPERS for t in analysis.sentence_tokens(j) if source.start <= t.start < source.end):
            return source
        if sentences[j].paragraph < paragraph:  # the papers the paragraph above is about
            papers = next((t for t in analysis.sentence_tokens(j) if t.lemma in _CASE_PAPERS
                           and not analysis.in_quote(t.start, t.end)), None)
            if papers is not None:
                return sources.Source("institution", papers.start, papers.end, papers.text, j)
        words = [t for t in analysis.sentence_tokens(j) if not analysis.in_quote(t.start, t.end)]
        for k, t in enumerate(words):
            if t.lower in _ON_RECORD and not any(w.lower in _NOT for w in words[max(0, k - 3):k]):
                return sources.Source("institution", t.start, t.end, t.text, j)
    return None


def _a_count(trigger) -> bool:
    """Does the claim give a count: its number, or a toll (matched only with its number)?"""
    return any(_is_count(t.lower) or t.lemma == "toll" for t in trigger)


def _is_count(lower: str) -> bool:
    """A count's number ("80,000", "dozens"), not a year or a date ("2019", "on the 12th")."""
    if lower[:1].isdigit():
        return lower.replace(",", "").isdigit() and not (len(lower) == 4 and lower[:2] in ("18", "19", "20"))
    return lower in _COUNT_WORDS
