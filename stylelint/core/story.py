"""What the story as a whole says about its sources, beyond a claim's window: the crowd it
cites throughout as its own source (a wire convention), and the survey or study it named a few
paragraphs before a figure."""
from __future__ import annotations

from . import sources
from .words import DETERMINERS, VAGUE_QUANTIFIERS, family

# Crowds that hold views by nature: a story quoting "critics said" twice does not make a later
# "critics argue" any less vague. Wire sources (dealers, traders, officials) are another matter.
_OPINION_CROWDS = sources._OPINION_CROWDS | {"supporter"}


def story_source(analysis, index: int, start: int, end: int) -> bool:
    """Is the crowd in [start, end) of sentence `index` the story's own stated source: a wire
    crowd of the kind the story cites, unnamed, as its source in two other sentences ("dealers
    said" in a market report that then says "dealers now believe")? Then the claim follows a convention
    of wire copy, and an editor may let it stand."""
    crowd = {t.lemma for t in analysis.sentence_tokens(index) if start <= t.start < end
             and t.lemma in sources.CROWDS and t.lemma not in _OPINION_CROWDS
             and t.lemma not in VAGUE_QUANTIFIERS}
    if not crowd:
        return False
    kinds = frozenset().union(*(family(c) for c in crowd))
    found = 0
    for j in range(len(analysis.sentences)):
        if j == index:
            continue
        source = analysis.direct_source(j)
        phrase = [t for t in analysis.sentence_tokens(j) if source and source.start <= t.start < source.end]
        if any(t.lemma in kinds for t in phrase) and not any(
                analysis.in_name(t.start, t.end) or t.lower in DETERMINERS for t in phrase):
            found += 1  # "dealers said", "bond market sources said": the crowd itself, unnamed
            if found >= 2:
                return True
    return False


STORY_REACH = 10  # sentences: a news story's survey is named within its first few paragraphs


def named_earlier(analysis, index: int, lemmas: frozenset) -> bool:
    """Did one of the 10 sentences before `index` name a source that is one of `lemmas`: the
    noun in a sentence with a named source ("A study by Pew found", "said Mike Newton of the
    BSA, which commissioned the survey"), or tied to a name ("a survey by the BSA")? A survey
    story's figures are the survey's, paragraphs later; a census named in another section of
    a long article is not."""
    for j in range(max(0, index - STORY_REACH), index):
        words = analysis.sentence_tokens(j)
        if not any(t.lemma in lemmas for t in words):
            continue
        source = analysis.direct_source(j)
        if source is not None and source.kind != "anonymous":
            return True
        if any(t.lemma in lemmas and sources._tied_to_name(analysis, words, k, j) is not None
               for k, t in enumerate(words)):
            return True
    return False
