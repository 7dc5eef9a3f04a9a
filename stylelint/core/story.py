"""What the story as a whole says about its sources, beyond a claim's window: the crowd it
cites throughout as its own source (a wire convention), and the survey or study it named a few
paragraphs before a figure."""
from __future__ import annotations

from . import formulas, sources
from .words import DETERMINERS, VAGUE_QUANTIFIERS, family

# Crowds that hold views by nature: a story quoting "critics said" twice does not make a later
# "critics argue" any less vague. Wire sources (dealers, traders, officials) are another matter,
# and so are the experts of a story sourced to economists ("some experts believe" are they).
_VIEW_CROWDS = sources._OPINION_CROWDS - VAGUE_QUANTIFIERS - {"expert", "observer", "people"} | {"supporter"}
_WIRE_CROWDS = sources.CROWDS - _VIEW_CROWDS - VAGUE_QUANTIFIERS - {"people", "source"}
# Whom a wire story asks for views (not officials, who act: "Officials asked residents to leave")
_ASKED = family("analyst") | family("expert") | {"observer"}


def story_source(analysis, index: int, start: int, end: int) -> bool:
    """Is the crowd in [start, end) of sentence `index` the story's own stated source: a wire
    crowd of the kind the story cites, unnamed, as its source in two other sentences, or in its
    lede ("dealers said" in a market report that then says "dealers now believe"; "economists
    and dealers said" in the lede, then "many fear")? Then the claim follows a convention of
    wire copy, and an editor may let it stand."""
    words = [t for t in analysis.sentence_tokens(index) if start <= t.start < end]
    crowd = {t.lemma for t in words if t.lemma in _WIRE_CROWDS}
    if crowd:
        kinds = frozenset().union(*(family(c) for c in crowd))
    elif any(t.lower in VAGUE_QUANTIFIERS for t in words) and not any(t.lemma in _VIEW_CROWDS for t in words):
        kinds = _ASKED  # "many fear": the people the story says it asked for their views
    else:
        return False
    return sum(weight for j, weight in _crowd_sources(analysis, kinds) if j != index) >= 2


def _crowd_sources(analysis, kinds: frozenset) -> list[tuple[int, int]]:
    """The sentences whose source is a crowd of these kinds itself, unnamed ("dealers said",
    "bond market sources said"), each with its weight: the lede's counts twice. Read once per
    document and kind (a long archive file asks for every claim in it)."""
    key = ("crowd sources", kinds)
    if key not in analysis.memo:
        lede = next((j for j, s in enumerate(analysis.sentences) if s.kind == "body"), -1)
        found = []
        for j in range(len(analysis.sentences)):
            if analysis.sentence_lemmas(j).isdisjoint(kinds):
                continue  # the phrase is some of the sentence's words: none is of the kind
            phrase = _source_phrase(analysis, j)
            if any(t.lemma in kinds for t in phrase) and not any(
                    analysis.in_name(t.start, t.end) or t.lower in DETERMINERS for t in phrase):
                found.append((j, 2 if j == lede else 1))
        analysis.memo[key] = found
    return analysis.memo[key]


def _source_phrase(analysis, j):
    """The words of sentence j's source, with the crowds coordinated before it ("economists and
    dealers said": the subject reading stops at "and")."""
    source = analysis.direct_source(j)
    if source is None:
        return []
    words = analysis.sentence_tokens(j)
    k = next((k for k, t in enumerate(words) if t.start >= source.start), len(words))
    phrase = [t for t in words if source.start <= t.start < source.end]
    while k >= 2 and words[k - 1].lower in ("and", "or") and words[k - 2].lemma in sources.CROWDS \
            and not analysis.gap_breaks(words[k - 2], words[k]):
        phrase[:0] = words[k - 2:k]
        k -= 2
    return phrase


STORY_REACH = 10  # sentences: a news story's survey is named within its first few paragraphs


def named_earlier(analysis, index: int, lemmas: frozenset) -> bool:
    """Did one of the 10 sentences before `index` name a source that is one of `lemmas`: the
    noun in a sentence with a named source ("A study by Pew found", "said Mike Newton of the
    BSA, which commissioned the survey"), or tied to a name ("a survey by the BSA")? A survey
    story's figures are the survey's, paragraphs later; a census named in another section of
    a long article is not -- unless the headline or the lede named it: then the story reports
    that survey throughout ("A new NBC News poll finds ..." and, 20 paragraphs down, "Just 36
    percent of Americans say ...")."""
    if _another(analysis.sentence_tokens(index), lemmas):
        return False  # "A separate survey found 61 percent ...": a source of its own, unnamed
    # a headline or a lede stands over its story: the top below it names what it sums up ("Most
    # Americans say ..." over "..., a new USA TODAY/Ipsos Poll finds"; a delayed attribution)
    top_ = top(analysis)
    above = top_ - {index} if index in top_ else _lede(analysis, index)
    for j in sorted(set(range(max(0, index - STORY_REACH), index)) | above):
        if analysis.sentence_lemmas(j).isdisjoint(lemmas):
            continue
        words = analysis.sentence_tokens(j)
        source = analysis.direct_source(j)
        if source is not None and source.kind != "anonymous":
            return True
        if any(t.lemma in lemmas and (sources.tied_to_name(analysis, words, k, j) is not None
                                      or _maker_named(analysis, words, k) or _exit_poll(words, k))
               for k, t in enumerate(words)):
            return True
    return False


def _exit_poll(words, k) -> bool:
    """Election night's exit poll: one known survey, whoever reports it ("Here's a first look at
    the preliminary exit poll results")."""
    return words[k].lemma == "poll" and k > 0 and words[k - 1].lower == "exit"


def _maker_named(analysis, words, k) -> bool:
    """Is the work at words[k] named by its maker, wherever it stands in its sentence ("jumped
    to their highest in ABC News/Washington Post polls", "in the latest Washington Times/JZ
    Analytics Poll")? Enough to know which poll the story is about, not to source its sentence."""
    if words[k].lemma not in formulas.WORKS:
        return False  # (a court or a lawsuit named so is not a story's record of the case)
    before = words[k - 1] if k else None
    return analysis.in_name(words[k].start, words[k].end) or before is not None \
        and analysis.in_name(before.start, before.end) and not analysis.gap_breaks(before, words[k])


_LEDE_SENTENCES = 4  # the lede and the nut graf that names a survey story's poll


def top(analysis) -> set:
    """The story's top: its headline and lede (see `_lede`), as sentence indexes."""
    return _lede(analysis, len(analysis.sentences))


def _lede(analysis, index: int) -> set:
    """The headline's sentences and the body's first two paragraphs (up to four sentences),
    before sentence `index`; a line of four words or fewer with no full stop ("AP Photo", a
    dateline) is the page's furniture, not the lede."""
    found, paragraphs, body = set(), set(), 0
    for j, s in enumerate(analysis.sentences[:index]):
        if s.kind == "headline":
            found.add(j)
        elif s.kind == "body":
            text = analysis.prose[s.start:s.end]
            if len(text.split()) <= 4 and not text.rstrip().endswith((".", "?", "!")):
                continue
            paragraphs.add(s.paragraph)
            if len(paragraphs) > 2:
                break
            found.add(j)
            body += 1
            if body == _LEDE_SENTENCES:
                break
    return found


def _another(words, lemmas) -> bool:
    """Does the sentence bring in another source of the kind ("a separate survey", "another
    poll", "some partisan polling", "other polls"), up to two words before its noun?"""
    return any(t.lemma in lemmas and any(w.lower in sources.ANOTHER or w.lower in VAGUE_QUANTIFIERS
                                         for w in words[max(0, k - 2):k])
               for k, t in enumerate(words))
