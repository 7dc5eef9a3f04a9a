"""Who a bare quantifier stands for ("most thought", "some fear") when the sentence before
names the group: the respondents of research it just named, the people the newsroom itself
spoke to, or, for "some" and "others", a group tied to a named place or body as the reporter met
them; or, in its own sentence, a group the reporter counted and heard ("200 residents packed the
hearing, many saying"). "Many" and "most" of a group nobody counted still name nobody."""
from __future__ import annotations

from . import sources, story
from .words import DETERMINERS, VAGUE_QUANTIFIERS

RESEARCH_WORK = frozenset("study research survey poll report paper analysis figure data statistic "
                          "census finding evidence".split())


def group_before(analysis, index, trigger):
    """The source a bare quantifier in sentence `index` points back to, in the sentence before
    (same paragraph), or None."""
    if not _bare_quantifier(trigger):
        return None
    # "The Pew study found ... . Most considered it illegal": "most" are the people the
    # research just named asked, and it is their source
    found = analysis.direct_source(index - 1)
    if found is not None and found.kind != "anonymous" and \
            any(t.lemma in RESEARCH_WORK for t in analysis.sentence_tokens(index - 1)):
        return found
    lowers = {t.lower for t in trigger}
    return _interviewed(analysis, index - 1) or (_named_group(analysis, index - 1) if _a_part(trigger) else None) \
        or (_the_rest_of(analysis, index - 1) if "others" in lowers else None) \
        or (_party(analysis, index - 1) if "some" in lowers and _a_part(trigger) else None)


_POLLS = frozenset("poll survey".split())


def polled(analysis, index, trigger):
    """The larger share of the people ("most say", "most voters think", "a majority of Americans believe")
    in a story about a poll its headline or lede named, or a sentence of the ten before ("Fox
    News Poll: ..." / "Even so, most say the US should stay out"): the poll's respondents, not a
    crowd holding a view (experts and critics are not polled so)."""
    if not any(t.lower in _SHARE_WORDS for t in trigger) or any(
            t.lemma in sources._OPINION_CROWDS - VAGUE_QUANTIFIERS - {"people"} or t.lemma in _ASKED
            or t.lemma in RESEARCH_WORK for t in trigger):
        return None  # ("some argue", "many claim": no share a poll measures; "most polls show": other polls)
    if not story.named_earlier(analysis, index, _POLLS):
        return None
    return sources.Source("back-reference", trigger[0].start, trigger[-1].end, "", index)


_SHARE_WORDS = frozenset("most majority".split())
# Crowds asked for their expertise, not polled: "most economists expect"
_ASKED = frozenset("analyst economist strategist forecaster scientist researcher scholar academic "
                   "historian specialist".split())


def measured_here(analysis, index, trigger):
    """A view "widely seen" that its own sentence measures by the share of the people who hold
    it ("is broadly seen as the candidate with the best chance to win (58% say so in South
    Carolina)", "..., with 61 percent saying so"): the poll's respondents, counted, not a crowd."""
    if not any(t.lower in _COMMONLY for t in trigger):
        return None
    words = analysis.sentence_tokens(index)
    for k, t in enumerate(words):
        share = t.lower.isdigit() and (analysis.prose.startswith("%", t.end)
                                       or k + 1 < len(words) and words[k + 1].lower in ("percent", "per"))
        if share and any(w.lemma in _HOLDING for w in words[k + 1:k + 4]):
            return sources.Source("back-reference", t.start, t.end, analysis.text[t.start:t.end], index)
    return None


_COMMONLY = frozenset("widely broadly generally commonly".split())
_HOLDING = frozenset("say think believe agree see view consider rate call".split())


_COUNTS = frozenset("dozens hundreds thousands scores tens".split())
_SPOKE = frozenset("say tell speak complain argue testify warn shout chant insist".split())


def counted_here(analysis, index, trigger):
    """A group the reporter counted earlier in the same sentence ("More than 200 residents packed
    the hearing, with many saying ..."): a bare "many" or "some" after it who spoke are its
    members, heard there ("The mill employs 300 people, and many fear ..." reads minds)."""
    if not _bare_quantifier(trigger) or not any(t.lemma in _SPOKE for t in trigger):
        return None
    words = [t for t in analysis.sentence_tokens(index) if t.end <= trigger[0].start]
    for k, t in enumerate(words):
        if (t.lemma in _GROUPS or t.lemma == "people") and any(
                w.lower[:1].isdigit() or w.lower in _COUNTS for w in words[max(0, k - 3):k]):
            return sources.Source("back-reference", t.start, t.end, analysis.text[t.start:t.end], index)
    return None


# Groups whose members a reporter meets and counts (not crowds defined by a view: "critics").
_GROUPS = sources.CROWDS - sources._OPINION_CROWDS - VAGUE_QUANTIFIERS - {"source", "official", "insider"}


def _named_group(analysis, j):
    """A group of people tied to a named place or body in sentence j ("Residents in Eastfield
    are divided", "Boeing workers voted"): "Some fear ...; others ..." right after it are some
    of its members, as a reporter met them, not a crowd hiding a view."""
    words = analysis.sentence_tokens(j)
    for k, t in enumerate(words):
        if t.lemma not in _GROUPS:
            continue
        before = words[k - 1] if k else None
        if before is not None and analysis.in_name(before.start, before.end) and not analysis.gap_breaks(before, t):
            return sources.Source("back-reference", before.start, t.end, analysis.text[before.start:t.end], j)
        if k + 1 < len(words) and words[k + 1].lower in ("in", "of", "from", "at", "on") and any(
                analysis.in_name(w.start, w.end) for w in words[k + 2:k + 4]):
            end = words[min(k + 3, len(words) - 1)].end
            return sources.Source("back-reference", t.start, end, analysis.text[t.start:end], j)
        if k >= 2 and words[k - 1].lower == "of" and words[k - 2].lower in _BAND and t.lower != t.lemma:
            # "a man was held by a group of protesters. Some claimed ...": a band at the scene
            return sources.Source("back-reference", words[k - 2].start, t.end, analysis.text[words[k - 2].start:t.end], j)
    return None


_BAND = frozenset("group crowd band handful mob party".split())


def _the_rest_of(analysis, j):
    """"Some <members>" of a body in sentence j that is no crowd ("Some justices expressed
    qualms"): "Others appeared worried" right after it are the rest of that body, as the
    reporter saw them, no vaguer than the "some" before them. (After "Some critics ..." the
    others are critics again: a crowd.)"""
    words = analysis.sentence_tokens(j)
    for k, t in enumerate(words[:-1]):
        if t.lower != "some":
            continue
        for member in words[k + 1:k + 3]:
            if member.lemma in sources.CROWDS or member.lemma in sources.SOURCE_NOUNS:
                return None
            if member.lower != member.lemma and member.lower.endswith("s"):
                return sources.Source("back-reference", t.start, member.end, analysis.text[t.start:member.end], j)
    return None


def _party(analysis, j):
    """A group that is a name itself, inside sentence j ("Conservative Republicans in the House
    pleaded for a delay"): a bare "some" right after it is some of them ("Some grumbled that
    ..."). (Not the sentence's first word, which any noun may capitalise.)"""
    for t in analysis.sentence_tokens(j)[1:]:
        if t.text[:1].isupper() and t.lower != t.lemma and t.lower.endswith("s") and analysis.in_name(t.start, t.end):
            return sources.Source("back-reference", t.start, t.end, t.text, j)
    return None


_ASKING = frozenset("interview ask poll survey question canvass contact".split())
_BEFORE_CROWD = frozenset("a an the number of dozens hundreds scores more than about some several many "
                          "local other".split())


def _interviewed(analysis, j):
    """The people the newsroom spoke to, in sentence j ("BBC News spoke to a number of analysts",
    "We asked 20 shopkeepers"): "most thought ..." right after counts the answers it got."""
    words = analysis.sentence_tokens(j)
    for k, t in enumerate(words[1:], 1):
        if not (t.lemma in _ASKING or t.lemma in ("speak", "talk") and k + 1 < len(words)
                and words[k + 1].lower in ("to", "with")):
            continue
        asker = words[k - 1]
        if asker.lower in ("has", "have", "had") and k > 1:
            asker = words[k - 2]
        if asker.lower not in ("we", "i") and (not asker.text[:1].isupper() or asker.lower in DETERMINERS):
            continue  # "the mayor spoke to reporters", "a survey of": not the newsroom's interviews
        m = k + 1 + (words[k + 1].lower in ("to", "with") if k + 1 < len(words) else 0)
        while m < min(len(words), k + 7) and (words[m].lower in _BEFORE_CROWD or words[m].lower[:1].isdigit()):
            m += 1
        asked_to = m + 1 < len(words) and words[m + 1].lower == "to"  # "asked residents to leave": a request
        if m < len(words) and not asked_to and (words[m].lemma in _GROUPS or words[m].lemma in ("people", "person")
                                                or words[m].lower != words[m].lemma and words[m].lower.endswith("s")):
            return sources.Source("back-reference", t.start, words[m].end, analysis.text[t.start:words[m].end], j)
    return None


def _a_part(trigger) -> bool:
    """"Some", "others": part of a group, as a reporter met them; "many" and "most" claim a
    share of it, which wants a count or a poll whatever the group."""
    quantifiers = {t.lower for t in trigger} & VAGUE_QUANTIFIERS
    return bool(quantifiers) and quantifiers <= {"some", "others", "other", "several", "few"}


def _bare_quantifier(trigger) -> bool:
    """"Most considered", "many say": a quantifier with no noun, pointing back to a group."""
    return any(t.lower in VAGUE_QUANTIFIERS for t in trigger) and \
        not any(t.lemma in sources.SOURCE_NOUNS - VAGUE_QUANTIFIERS for t in trigger)
