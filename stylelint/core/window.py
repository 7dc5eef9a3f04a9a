"""How far from a claim its source may stand: a rule's attribution window.

AP asks for disputable information to be attributed in its sentence, or where the context makes
the source perfectly clear. News copy makes it clear in these ways, each read here:
- `sentences: N` -- a named source in the N sentences before or after the claim, in the same
  paragraph ("Researchers say ... . The team at Leeds tested it on 2,000 patients.");
  `before: false` looks only after it: a source named before a vague crowd is usually another
  party ("The regime says it holds the town. Observers believe war is likely."), while the
  sentence after a crowd's claim is where a reporter names its members;
- `next_paragraph: true` -- a claim that closes its paragraph, and a next paragraph that opens by
  quoting a named speaker ('"It could reach 27,000," said Ana Silva'), by naming a source of the
  claim's own kind (the lead "..., research suggests." and "A survey by the IDS found ..." at
  the start of the second paragraph), or by a named speaker saying it with the claim's own verb
  ("experts predict a shortage." / "..., predicts Oliver Irish, editor of Stuff."); past one
  plain sentence that goes on with the claim's paragraph, only a speaker's words that open the
  next one. A paragraph that opens with "But" or "However" answers the claim instead of sourcing it;
- whatever `next_paragraph` says, a rounded count that closes its paragraph is sourced by a next
  paragraph that opens by giving the count with its source ("Tens of thousands marched." /
  "Police estimated the crowd at 80,000"): wire copy rounds a figure in the lede and sources it
  right below. A reaction or a source that gives no count there does not (`sentences: 0` turns
  it off with the rest of the window); so is a count whose act the next paragraph tells again
  with its source ("Two people have been arrested." / "A woman and a man have been arrested,
  police said."), and an accusation that the case's papers or its charge make below it ("The
  lawsuit alleges ...", "She has pleaded not guilty to ...");
- a quotation of several sentences that opens the next paragraph is its speaker's, named where
  it ends ('"... What could be more American?" said Thomas Ricks').
A vague crowd is never a source, however near ("Some officials said so" covers nothing).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from . import below, clauses, quantified, relay, sources
from .markup.prose import MASK
from .words import AUXILIARIES, REPORTING, VAGUE_QUANTIFIERS, family

# A paragraph opening with these answers the claim before it ("Critics say ... ¶ But the
# minister said ..."): its speaker is the other side, not the crowd named.
_CONTRAST = below.CONTRAST
_CONCEDING = frozenset("although though".split())
_INDEFINITE = frozenset("a an one another some".split())
_CALENDAR = sources.CALENDAR
# Verbs too common to say that a named speaker makes the crowd's very point.
_PLAIN = frozenset("say tell add report".split())
# Research and its makers are one kind of source: "research suggests" is covered by the survey,
# the report, the think-tank or the market analysts named right after it (but "analysts say"
# is not covered by a report: the analysts are people who hold a view).
_RESEARCH_WORK = quantified.RESEARCH_WORK
_RESEARCHERS = frozenset("researcher scientist team author academic institute think-tank".split())
_RESEARCH = _RESEARCH_WORK | _RESEARCHERS | {"professor", "analyst", "university", "laboratory"}
_PUBLISHED = frozenset("published appeared appearing".split())


class Window(NamedTuple):
    sentences: int = 1
    next_paragraph: bool = True
    before: bool = True

    @classmethod
    def read(cls, value, default: "Window") -> "Window":
        """A rule's `window:` -- a whole number (sentences, same paragraph) or a mapping with
        `sentences`, `before` and `next_paragraph`; ValueError with a message an editor can act on."""
        if value is None:
            return default
        if isinstance(value, int) and not isinstance(value, bool):
            value = {"sentences": value, "next_paragraph": False}
        if not isinstance(value, dict):
            raise ValueError("window must be a whole number of sentences or a mapping with "
                             "'sentences' and 'next_paragraph'")
        unknown = set(value) - {"sentences", "before", "next_paragraph"}
        if unknown:
            raise ValueError(f"unknown key '{sorted(unknown)[0]}' in window "
                             "(allowed: sentences, before, next_paragraph)")
        sentences = value.get("sentences", default.sentences)
        if not isinstance(sentences, int) or isinstance(sentences, bool) or not 0 <= sentences <= 10:
            raise ValueError("window: 'sentences' must be a whole number from 0 to 10 (sentences before "
                             "and after the claim, in its paragraph, whose named source counts)")
        flags = {key: value.get(key, getattr(default, key)) for key in ("next_paragraph", "before")}
        for key, flag in flags.items():
            if not isinstance(flag, bool):
                raise ValueError(f"window: '{key}' must be true or false")
        return cls(sentences, **flags)


DEFAULT = Window()
NONE = Window(0, False)


def kind_of(lemma: str) -> frozenset:
    """The source nouns of the same kind as this one ("research": surveys, reports, analysts)."""
    kind = family(lemma)
    return kind | _RESEARCH if lemma in _RESEARCH_WORK or lemma in _RESEARCHERS else kind


def covering(analysis, index: int, window: Window, skip: tuple[int, int] | None = None):
    """The named source covering sentence `index` within `window`, or None. Words in `skip` (a
    rule's own trigger, "opponents have long argued") are not read as the claim's source, but
    the crowd in them is matched with a source of its kind nearby."""
    found = sources.direct(analysis, index, skip) if skip else analysis.direct_source(index)
    trigger = _trigger_words(analysis, index, skip)
    if found is not None and not _set_against(analysis, index, found, trigger):
        return found
    found = _back_reference(analysis, index, trigger) or _members_named(analysis, index, trigger)
    if found is not None:
        return found
    found = _list_lead_in(analysis, index) or _colon_lead_in(analysis, index)
    if found is not None:
        return found
    sentences = analysis.sentences
    paragraph = sentences[index].paragraph
    for distance in range(1, window.sentences + 1):
        for j in (index + distance, index - distance) if window.before else (index + distance,):
            if 0 <= j < len(sentences) and sentences[j].paragraph == paragraph:
                found = analysis.direct_source(j)
                if found is None and j > index:
                    # a quotation of several sentences opening right after the claim, its
                    # speaker named where it ends ('Critics say ... "..." ... says Heather Mac Donald')
                    found = _long_quote_below(analysis, j, trigger, index)
                if found is not None and found.kind not in _OWN_SENTENCE \
                        and not (found.kind == "pronoun" and sources.names_crowd(trigger)) \
                        and not (sources.names_crowd(trigger) and _records(analysis, found)):
                    # "Critics say X. They argue Y.": "they" is the crowd again, or another party
                    return found
    # "..., the BRC said. Electricals were said to"; across a paragraph break when the passive
    # goes on with that account ("Reporters have reported bottles were thrown." / "A fight is
    # also said to have broken out")
    if not window.before and index and (sentences[index - 1].paragraph == paragraph or
                                        sentences[index - 1].paragraph == paragraph - 1 and relay.goes_on(trigger)):
        found = relay.source_before(analysis, index, trigger)
        if found is not None:
            return found
    # the crowd's own kind, named beside it, even with no window; research only after its claim
    # ("Polling suggests ... A CNN poll has"): "An Ofsted report rated ... Studies show" are others
    for j in (index + 1,) if _research(trigger, nouns_only=True) else (index + 1, index - 1):
        if 0 <= j < len(sentences) and sentences[j].paragraph == paragraph:
            found = _same_kind(analysis, j, trigger) or _member_named(analysis, j, trigger)
            if found is not None:
                return found
    found = _expert_above(analysis, index, trigger)
    if found is not None:
        return found
    if index and sentences[index - 1].paragraph == paragraph:
        found = quantified.group_before(analysis, index, trigger)  # "Most considered it illegal"
        if found is not None:
            return found
    found = quantified.counted_here(analysis, index, trigger) or quantified.polled(analysis, index, trigger) \
        or quantified.measured_here(analysis, index, trigger)
    if found is not None:  # "200 residents came, many saying"; "Fox News Poll: ... Even so, most say";
        # "is widely seen as the favourite (58% say so)"
        return found
    if window.next_paragraph:
        found = _next_paragraph(analysis, index, trigger) or _report_below(analysis, index, trigger)
        if found is not None:
            return found
    if not window.sentences:
        return None
    return below.count_below(analysis, index, trigger) or below.count_above(analysis, index, trigger) \
        or below.case_record(analysis, index, trigger)


# Lines a saved web page puts between paragraphs: "ADVERTISEMENT", "Advertisement Continue reading
# the main story", "Slideshow (12 Images)", and links to other stories ("SEE ALSO: Devil in
# details blocks agreement"), masked before the analysis (`markup.prose.mask_related_stories`)
_FURNITURE = re.compile(r"\s*(?i:(?:advertisement\s+)?continue reading the main story|advertisement"
                        r"|story continues below advertisement|slideshow \(\d+ images?\)"
                        r"|gallery \(\d+ (?:images?|photos?)\)|" + MASK + r"+)\s*")

_LONGEST_LIST = 100  # items a lead-in reaches (and a bound on the walk back to it)


def _list_lead_in(analysis, index: int):
    """A list item under a lead-in that names a source and ends with a colon or runs on into the
    list ("The ONS report found that:", "Key findings of the survey by YouGov:", "The
    government had claimed tobacco firms"): the items are that source's."""
    sentences = analysis.sentences
    if sentences[index].kind != "list":
        return None
    j = index - 1
    while j >= 0 and sentences[j].kind == "list" and index - j <= _LONGEST_LIST:
        j -= 1
    if j < 0 or sentences[j].kind == "list":
        return None
    # a lead-in ends with a colon, or is a sentence the list finishes ("The government had
    # claimed tobacco firms" + "- lied about the dangers of smoking")
    lead = analysis.prose[sentences[j].start:sentences[j].end]
    if not (lead.endswith(":") or lead[-1:].isalnum()):
        return None
    found = analysis.direct_source(j)
    return found if found is not None and found.kind not in _OWN_SENTENCE else None


def _records(analysis, found) -> bool:
    """Is the source an office's record of a figure ("Growth slowed to 0.9 percent, according to
    the statistics office"), not somebody who could hold the crowd's view?"""
    return found.kind == "institution" and found.cue_start >= 0 \
        and analysis.prose.startswith("according", found.cue_start)


def _colon_lead_in(analysis, index: int):
    """A paragraph right after a lead-in that names a source and ends with a colon is that
    source's text, set off as a block quote would be on the page ("The minister wrote to MPs:",
    "Here is a note from Len Burman, who directs the centre:")."""
    sentences = analysis.sentences
    paragraph = sentences[index].paragraph
    j = index - 1
    while j >= 0 and sentences[j].paragraph == paragraph:
        j -= 1
    if j < 0 or sentences[j].paragraph != paragraph - 1 or sentences[j].kind != "body" \
            or not analysis.prose[sentences[j].start:sentences[j].end].endswith(":"):
        return None
    found = analysis.direct_source(j)
    if found is not None:  # who speaks, with a verb: not "The major companies are:"
        return found if found.kind not in _OWN_SENTENCE and found.cue_start >= 0 else None
    # "a note from Len Burman:", "an essay by Ana Ruiz:": the name after "from" or "by"
    words = analysis.sentence_tokens(j)
    for a, b in zip(words, words[1:]):
        if a.lower in ("from", "by") and analysis.in_name(b.start, b.end):
            return sources.Source("named", b.start, b.end, b.text, j, -1, -1)
    return None


# Sources that attribute only their own sentence: "..., industry sources said", "..., rescuers
# said". Beside a claim they are another vague crowd ("Consumer groups say ...").
_OWN_SENTENCE = frozenset(("anonymous", "typed"))
# The people who made a study the story named: "researchers say" later in the story is them.
_AUTHORS = frozenset("researcher author team".split())


_CONSENSUS = frozenset("agree believe think feel fear doubt".split())


def _back_reference(analysis, index, trigger):
    """A bare crowd of researchers ("researchers say", not "some researchers say") in a story
    that named a study or its team earlier ("A study by the University of Leeds ...")."""
    if any(t.lower in VAGUE_QUANTIFIERS for t in trigger):
        return None
    if any(t.lemma in _CONSENSUS for t in trigger):
        return None  # "researchers agree": the field at large, not the team
    for t in trigger:
        if t.lemma in _AUTHORS and analysis.introduced(t.lemma, index):
            return sources.Source("back-reference", t.start, t.end, t.text, index)
    return None


def _members_named(analysis, index, trigger):
    """A crowd whose members the sentence names after it, set off ("But others did not agree,
    among them Grover Norquist, the anti-tax activist"; "Critics say it will fail, including
    Sen. Ana Ruiz"; not "farmers such as Ana Ruiz", an example of the claim's own words)."""
    if not trigger or not sources.names_crowd(trigger):
        return None
    words = [t for t in analysis.sentence_tokens(index) if t.start >= trigger[-1].end]
    for k, t in enumerate(words[:12]):
        if analysis.prose[words[k - 1].end if k else trigger[-1].end:t.start].strip() != ",":
            continue
        lead = k + 1 if t.lower == "including" else \
            k + 2 if t.lower == "among" and words[k + 1:k + 2] and words[k + 1].lower == "them" else len(words)
        if lead < len(words) and analysis.in_name(words[lead].start, words[lead].end):
            return sources.Source("named", words[lead].start, words[lead].end, words[lead].text, index)
    return None


# Words that set a crowd's view against the source the sentence names: "..., according to the
# WHO, although aid groups say the toll is higher", "..., with rights groups accusing ...".
_AGAINST = frozenset("although though but while whereas yet".split())


def _set_against(analysis, index, found, trigger) -> bool:
    """Is the crowd of the trigger in a clause of its own, set against the named source? (A tag
    that ends the sentence speaks for all of it: "Some economists expect a cut, although a rise
    is possible, the Bank said.")"""
    if not trigger or found.kind == "citation" or not sources.names_crowd(trigger):
        return False
    if found.end > trigger[0].start and _closing_tag(analysis, index, found):
        return False
    if found.end <= trigger[0].start and _research(
            [t for t in analysis.sentence_tokens(index) if found.start <= t.start < found.end], nouns_only=True) \
            and not any(t.lemma in sources._OPINION_CROWDS - {"people"} for t in trigger):
        return False  # "the poll indicates a divide, with younger people saying ...": its respondents
    lo, hi = (found.end, trigger[0].start) if found.end <= trigger[0].start else (trigger[-1].end, found.start)
    between = [t for t in analysis.sentence_tokens(index) if lo <= t.start < hi]
    # (not a "but" the source's own verb follows: "Pate doesn't think fraud is rampant but says
    # the talk of fraud has people worried", "The leaders said ... but afterward discounted it,
    # saying studies have shown" set nothing against them)
    return any(t.lower in _AGAINST and not _same_subject_goes_on(analysis, between[k + 1:])
               for k, t in enumerate(between)) or any(
        t.lower == "with" and analysis.prose[prev_end:t.start].strip() == ","
        for prev_end, t in zip([lo] + [w.end for w in between], between))


_THEN_ADVERBS = frozenset("afterward afterwards later then also still since soon".split())


def _same_subject_goes_on(analysis, after) -> bool:
    """Do the words after a "but" go on with the same subject's verb ("but says", "but afterward
    discounted it") rather than open a clause of its own ("but critics say")?"""
    rest = [t for t in after if not (t.lower in _THEN_ADVERBS or t.lower.endswith("ly") and t.text.islower())]
    if not rest:
        return False
    verb = rest[0]
    return verb.lemma in REPORTING or verb.text.islower() and verb.lower != verb.lemma \
        and verb.lower.endswith(("ed", "s")) and analysis.pos(verb.start) == "verb"


def _closing_tag(analysis, index, found) -> bool:
    """Does the source with its verb end the sentence, give or take a few words ("..., the Bank
    said on Monday.")?"""
    end = max(found.end, found.cue_end)
    after = [t for t in analysis.sentence_tokens(index) if t.start >= end]
    # ... or goes on in the speaker's voice: "..., Mr. Lynch said, adding that ...", "...,
    # according to officials who spoke on condition of anonymity"
    # ... or with who the speaker is, set off by a comma: "..., says Anthony King, professor of
    # psychiatry at the University of Michigan." (a description: no verb of its own)
    set_off = bool(after) and analysis.prose[end:after[0].start].strip() == ","
    return len(after) <= 4 or after[0].lower in clauses.DESCRIBING_SOURCE or (
        after[0].lower.endswith("ing") and after[0].lemma in REPORTING and set_off) or (
        set_off and not any(t.lower in AUXILIARIES or t.lemma in REPORTING or t.lower in _CLAUSE_OPENERS for t in after))


# Words that open a clause of its own after a tag: "..., the Bank said, while inflation rises"
_CLAUSE_OPENERS = frozenset("while whereas although though but and because since as if when who which that".split())


def _trigger_words(analysis, index, skip):
    if not skip:
        return []
    return [t for t in analysis.sentence_tokens(index) if skip[0] <= t.start < skip[1]]


def _same_kind(analysis, j, trigger):
    """A source in sentence j of the trigger's own kind (its crowd or research noun), or saying
    it with the trigger's own verb ("experts predict" / "predicts Oliver Irish")."""
    source = analysis.direct_source(j)
    if source is None or source.kind == "anonymous" or not trigger:
        return None
    kinds = set()
    for t in trigger:
        if t.lemma in sources.SOURCE_NOUNS:
            kinds |= kind_of(t.lemma)
    if kinds and any(t.lemma in kinds for t in analysis.sentence_tokens(j)):
        return source
    verbs = {t.lemma for t in trigger} - _PLAIN
    if source.kind == "named" and source.cue_start >= 0:
        cue = analysis.sentence_tokens(j)
        if any(t.lemma in verbs for t in cue if t.start == source.cue_start):
            return source
    return None


_ARTICLES = frozenset("a an the".split())


def _member_named(analysis, j, trigger):
    """A named person that sentence j calls one of the crowd, by its own noun ("Critics insist
    ... / Sen. Jeff Sessions is leading the charge and is a tough critic", "..., a longtime
    opponent of the plan"): the crowd's member, even where the sentence quotes nobody."""
    kinds = frozenset().union(*(family(t.lemma) for t in trigger if t.lemma in sources.CROWDS)) \
        - {"other", "some", "many", "most", "several", "people"} if trigger else frozenset()
    words = analysis.sentence_tokens(j)
    if trigger and [w.lower for w in words[:2]] in (["among", "them"], ["among", "those"], ["they", "include"]):
        # "Critics say ... Among them is Sen. Jane Smith, who ...": the crowd's members, by name
        at = 3 if len(words) > 3 and words[2].lower in ("is", "are", "was", "were") else 2
        name = words[at] if at < len(words) else None  # (a name right there: not "Among them are several senators from Texas")
        if name is not None and name.text[:1].isupper() and analysis.in_name(name.start, name.end) \
                and sources.names_crowd(trigger):
            return sources.Source("named", name.start, name.end, name.text, j)
    for k, t in enumerate(words):
        if t.lemma in kinds and t.lower == t.lemma and any(w.lower in _ARTICLES for w in words[max(0, k - 3):k]):
            name = next((w for w in words[:k]
                         if analysis.in_name(w.start, w.end) and w.lower not in sources.CALENDAR), None)
            if name is not None:
                return sources.Source("named", name.start, name.end, name.text, j)
    return None


# (the experts' roles: not a dealer or a trader quoted on the market, the wire's typed sources)
_EXPERTS = family("expert")


def _expert_above(analysis, index, trigger):
    """A crowd of experts ("analysts say", "experts warn") right below a named expert quoted on
    the point, in the sentence or the paragraph just before ('"... free information flowing,"
    says Devi Sridhar, director of the global health programme at Edinburgh University.' /
    "..., analysts say, ..."): the story goes on with the view its expert gave, one of the
    crowd. Not "other analysts", who are somebody else, "most analysts", nor a crowd set
    against what came before ("But analysts say ...")."""
    if not trigger or not any(t.lemma in _EXPERTS for t in trigger) or any(t.lower in ("other", "others") or t.lower in VAGUE_QUANTIFIERS for t in trigger):
        return None  # ("many analysts believe": a share of the field, not the one just quoted)
    sentences = analysis.sentences
    words = analysis.sentence_tokens(index)
    if words and words[0].lower in _CONTRAST:
        return None
    paragraph = sentences[index].paragraph
    for j in (index - 1, index - 2):
        if j < 0 or sentences[j].paragraph < paragraph - 1 or sentences[j].kind != "body":
            break
        found = _named_expert(analysis, j)
        if found is None and j == index - 1:
            # a quotation of several sentences only right above: not past the reporter's own sentence
            found = _expert_quoted_on(analysis, j)
        if found is not None:
            return found
    return None


def _expert_quoted_on(analysis, j):
    """The named expert whose quotation sentence j goes on with, tagged earlier in its paragraph
    ('"What a waste of time," said Larry Johnson, a former CIA analyst. "We have not learned a
    thing in 80 years. ... They meld into the civilian population."'), or None."""
    sentence = analysis.sentences[j]
    q = analysis.quote_at(sentence.start) or analysis.quote_at(sentence.start + 1)
    if q is None or q.kind != "speech":
        return None
    k = j - 1
    while k >= 0 and analysis.sentences[k].paragraph == sentence.paragraph:
        found = _named_expert(analysis, k)
        if found is not None:
            return found
        k -= 1
    return None


def _named_expert(analysis, j, specialty: bool = False):
    """The named source of sentence j when the sentence gives an expert's role or institution
    ("says Devi Sridhar, director of the global health programme at Edinburgh University", "a
    commodities strategist at Bank of America"), or None."""
    source = _named_in(analysis, j)
    if source is None or source.kind != "named":
        return None
    described = {t.lemma for t in analysis.sentence_tokens(j) if not analysis.in_quote(t.start, t.end)}
    # (`specialty`: also by a specialist's role -- "a virologist", "a pollster" -- where the
    # story's named expert below only lowers a crowd of experts)
    return source if not described.isdisjoint(_EXPERTS) or not described.isdisjoint(_ACADEMIC) \
        or specialty and any(_expert_role(lemma) for lemma in described) else None


# A specialist's role by its ending ("virologist", "statistician", "demographer") or its word
_EXPERT_ENDINGS = ("ologist", "ician", "ographer", "onomist", "ometrician")
_EXPERT_ROLES = frozenset("historian pollster physician doctor epidemiologist".split())  # (not the title
# "Dr.": a school superintendent or a commissioner holds it too)


def _expert_role(lemma: str) -> bool:
    return lemma.endswith(_EXPERT_ENDINGS) and lemma not in ("politician", "musician", "beautician", "magician") \
        or lemma in _EXPERT_ROLES


# (and those who watch a field and comment on it: "political observers say", "pundits say",
# whom the story's political scientist below is one of)
_EXPERT_CROWDS = _EXPERTS | {"scholar", "academic", "observer", "commentator", "pundit"}
_BELOW = 5  # sentences after a crowd of experts where the story's named expert makes it no hidden source


def experts_named_below(analysis, index: int, start: int, end: int) -> bool:
    """Is the crowd in [start, end) of sentence `index` one of experts ("analysts say", "some
    economists believe") whom one of the next five sentences names, a named source described
    by an expert's role or institution ("said Celinda Lake, a Democratic pollster", "..., a
    professor at Rice University"), not one answering them ("But ...") nor one of another crowd
    of experts the story brings in first ("Independent experts urged caution.")? The story shows
    its experts, as a nut graf's "experts say" goes on to quote them: the crowd is one level
    down, a suggestion. (On 30 judged sets, 12 of 52 such warnings were right; with no named
    expert below, 76 of 100.)"""
    words = [t for t in analysis.sentence_tokens(index) if start <= t.start < end]
    if not any(t.lemma in _EXPERT_CROWDS for t in words):
        return False
    for j in range(index + 1, min(index + 1 + _BELOW, len(analysis.sentences))):
        words = analysis.sentence_tokens(j)
        if words and words[0].lower in _CONTRAST:
            continue  # "But Ines Moreau, an economist, said ...": the other side, not one of them
        if _named_expert(analysis, j, specialty=True) is not None:
            return True
        if any(t.lemma in _EXPERT_CROWDS and t.lower != t.lemma for t in words):
            return False  # "Independent experts urged caution. Prof Ruiz said ...": one of those
    return False


_DISPUTING = frozenset("critic opponent supporter detractor skeptic sceptic proponent advocate backer foe".split())


def side_named_next(analysis, index: int, start: int, end: int) -> bool:
    """Is the crowd in [start, end) one side of a dispute ("critics say", "supporters argue")
    whose next sentence, in its paragraph or opening the next, names a speaker who may be one of
    them (`_speaker_below`), or the one after it, quoting them? The reporter goes on to name one;
    a suggestion. (On the judged sets,
    6 of 22 such warnings were right and 12 false alarms.)"""
    words = [t for t in analysis.sentence_tokens(index) if start <= t.start < end]
    sentences, j = analysis.sentences, index + 1
    paragraph = sentences[index].paragraph
    if not any(t.lemma in _DISPUTING for t in words) or j >= len(sentences) or sentences[j].paragraph > paragraph + 1:
        return False
    if _speaker_below(analysis, index, j, words):
        return True
    # ... or the one after, opening with the speaker's own words, where the crowd's paragraph
    # goes on with a sentence of the reporter's that names nobody ("Critics say the battle ahead
    # is legal. How the government would handle the draft is among the questions. / '...,' Tommy
    # Sears, executive director of ..., told Fox.")
    k = j + 1
    if k >= len(sentences) or sentences[j].paragraph != paragraph or sentences[k].paragraph > paragraph + 1 \
            or analysis.direct_source(j) is not None:
        return False
    opening = analysis.quote_at(sentences[k].start) or analysis.quote_at(sentences[k].start + 1)
    return opening is not None and opening.kind == "speech" and _speaker_below(analysis, index, k, words)


def summed_up_in_lede(analysis, index: int, start: int, end: int) -> bool:
    """Is the crowd or the research in [start, end) of sentence `index` in the story's first two
    paragraphs, of a story that goes on for four paragraphs or more and names at least three
    sources below it? The inverted pyramid: the lede and the nut graf sum up ("critics say the
    law goes too far", "experts warn", "polls show") what the body attributes by name, as the
    judges of the unseen sets read it (eighteenth round: of 91 such warnings on the judged sets
    28 were right and 39 false alarms, against 58% right further down) -- one level down. An
    impersonal passive ("it is believed") names no kind of source the body could be, and stays."""
    # (nouns only: not the passive's "is reported to")
    words = [t for t in analysis.sentence_tokens(index) if start <= t.start < end and not t.lower.endswith(("ed", "ing"))]
    if not (sources.names_crowd(words) or _research(words)):
        return False
    sentences = analysis.sentences
    body = sorted({s.paragraph for s in sentences if s.kind == "body"})
    paragraph = sentences[index].paragraph
    if paragraph not in body[:2] or len([p for p in body if p > paragraph]) < _BODY_BELOW:
        return False
    named = 0
    for j in range(index + 1, len(sentences)):
        source = analysis.direct_source(j)
        named += source is not None and source.kind in ("named", "institution")
        if named >= _NAMED_BELOW:
            return True
    return False


_BODY_BELOW = 4   # paragraphs after the lede's
_NAMED_BELOW = 3  # named sources after it


def _speaker_below(analysis, index, j, trigger) -> bool:
    """Does sentence j name somebody speaking who may be one of the crowd of sentence `index`:
    a named source with a verb of saying, not one answering it ("But ...", a spokesman of what
    the crowd criticises, `_other_side`) nor a document ("according to the Daily Post")?"""
    below = analysis.sentence_tokens(j)
    if not below or below[0].lower in _CONTRAST:
        return False
    source = _named_in(analysis, j)
    if source is None or source.kind != "named" or source.cue_start < 0 \
            or analysis.prose.startswith("according", source.cue_start):
        return False
    spoken = [t for t in below if not analysis.in_quote(t.start, t.end)]
    return not _other_side(spoken, trigger, analysis.sentence_tokens(index))


def _next_paragraph(analysis, index, trigger):
    """The opening of the next paragraph (its first two sentences), right after a claim that
    closes its own: a named speaker quoted, or a named source of the crowd's kind (for research:
    a named study). Only for a claim that has a crowd or research as its source ("critics say"):
    an impersonal passive ("it is thought") names no kind a later paragraph could be the member
    of. (Past one sentence that goes on with the claim's paragraph, a quotation that opens the
    paragraph below; not for research, which a study must source.)"""
    sentences = analysis.sentences
    j = index + 1
    went_on = j < len(sentences) and not _research(trigger) \
        and (_goes_on(analysis, index, j) or _they_go_on(analysis, index, j))
    j += went_on
    below = sentences[j - 1].paragraph + 1
    if j < len(sentences) and _FURNITURE.fullmatch(analysis.prose, sentences[j].start, sentences[j].end):
        j, below = j + 1, below + 1  # a page's "ADVERTISEMENT" line between a claim and its speaker
    while j < len(sentences) and sentences[j].kind == "caption" and sentences[j].paragraph == below:
        # ... or a photo's caption ("Image copyright Getty Images Image caption ...")
        below += 1
        while j < len(sentences) and sentences[j].paragraph < below:
            j += 1
    if not sources.names_crowd(trigger) \
            or j >= len(sentences) or sentences[j].paragraph != below \
            or sentences[j].kind in ("headline", "subheading"):
        return None
    words = analysis.sentence_tokens(j)
    if words and words[0].lower in _CONTRAST \
            and not (words[0].lower in _CONCEDING and analysis.in_quote(words[0].start, words[0].end)):
        return None  # "But ...": the other side (a quotation's "Although ..." opens a clause, not a rebuttal)
    found = _long_quote_below(analysis, j, trigger, index)
    if found is not None:
        return found
    if went_on and not _opens_with_quote(analysis, j):
        return None  # past a sentence that goes on, only the crowd's voice itself, quoted first
    # its first two sentences: the paragraph below may set the scene before it names whose
    # view or work it is ("New research suggests ...", "Scientists are warning ...")
    for k in (j, j + 1):
        if k >= len(sentences) or sentences[k].paragraph != sentences[j].paragraph:
            break
        if k > j and any(t.lemma in sources.CROWDS for t in words) and any(t.lemma in REPORTING for t in words) \
                and not _quote_runs_on(analysis, j, k):
            break  # "Independent experts ... urged caution. Prof X said ...": X is one of those
        source = _named_in(analysis, k)
        if source is None:
            if k == j and (found := _member_named(analysis, k, trigger)) is not None:
                return found
            continue
        if _research(trigger):
            if _same_kind(analysis, k, trigger) is not None:
                return source
            continue
        spoken = [t for t in analysis.sentence_tokens(k) if not analysis.in_quote(t.start, t.end)]
        # the paragraph's opening quotation, its tag in the next sentence when the quotation holds
        # two ('"... Party. I wouldn't be a part of it," said Pete Wehner')
        opening = k == j and _quotes_speaker(analysis, k) or k == j + 1 and _quote_runs_on(analysis, j, k)
        if _same_kind(analysis, k, trigger) is not None or opening \
                and not _other_side(spoken, trigger, analysis.sentence_tokens(index)):
            return source  # (a speaker quoted second may be anyone: "Economists speculated ... Mr Letwin said")
    return None


def _report_below(analysis, index, trigger):
    """A passive of reporting that closes its paragraph ("His campaign is reported to be weighing
    options"), and the next paragraph opening with the named outlet that reported it ("LifeZette
    first reported that ..."): the report the passive gives, sourced right below."""
    sentences = analysis.sentences
    j = index + 1
    if not trigger or not any(t.lemma == "report" for t in trigger) or j >= len(sentences) \
            or sentences[j].paragraph != sentences[index].paragraph + 1 or sentences[j].kind != "body":
        return None
    source = analysis.direct_source(j)
    if source is None or source.kind not in ("named", "institution") or source.cue_start < 0:
        return None
    cue = next((t for t in analysis.sentence_tokens(j) if t.start == source.cue_start), None)
    return source if cue is not None and cue.lemma == "report" else None


def _goes_on(analysis, index, j) -> bool:
    """Is sentence j the last of the claim's paragraph, going on with the claim, unsourced and
    not answering it ("Opponents say the law is not out of the woods yet. The problem goes back
    to the subsidies.")? Then a speaker whose words open the next paragraph is the crowd's
    member, as after a claim that closes its paragraph (on the judged sets I-U, 7 such warnings,
    all false alarms; a speaker introduced by name first, or below a paragraph that goes on
    longer, is as often on another point)."""
    sentences = analysis.sentences
    if sentences[j].paragraph != sentences[index].paragraph:
        return False
    if j + 1 >= len(sentences) or sentences[j + 1].paragraph == sentences[j].paragraph:
        return False
    words = analysis.sentence_tokens(j)
    return bool(words) and words[0].lower not in _CONTRAST and analysis.direct_source(j) is None \
        and not any(t.lemma in REPORTING for t in words)  # (not a claim of its own: "is widely thought to")


def _they_go_on(analysis, index, j) -> bool:
    """Is sentence j the last of the claim's paragraph, the crowd going on in its own voice
    ("Critics of the deal say there is precedent. They argue that Iran could be brought back.")?
    Then, as after a paragraph that goes on, a speaker quoted first below is one of them."""
    sentences = analysis.sentences
    if sentences[j].paragraph != sentences[index].paragraph \
            or j + 1 < len(sentences) and sentences[j + 1].paragraph == sentences[j].paragraph:
        return False
    source = analysis.direct_source(j)
    return source is not None and source.kind == "pronoun" and source.text.lower() == "they" and source.cue_start >= 0


def _opens_with_quote(analysis, j) -> bool:
    """Does sentence j open with a quotation its speaker is named for?"""
    s = analysis.sentences[j]
    q = analysis.quote_at(s.start) or analysis.quote_at(s.start + 1)
    return q is not None and q.start <= s.start + 1 and q.kind == "speech" and _quotes_speaker(analysis, j)


def _long_quote_below(analysis, j, trigger, index):
    """A quotation of several sentences that opens paragraph j, its named speaker given where it
    ends ('"They are a second land army. ... What could be more American?" said Thomas Ricks'):
    the speaker holds the crowd's view, unless an official answers critics."""
    sentences = analysis.sentences
    s = sentences[j]
    q = analysis.quote_at(s.start) or analysis.quote_at(s.start + 1)
    if q is None or q.kind != "speech" or not q.verb or q.start > s.start + 1 or _research(trigger):
        return None
    k = analysis.sentence_at(min(q.end, len(analysis.prose) - 1))
    if k <= j or sentences[k].paragraph != s.paragraph:
        return None  # a quotation of one sentence: the loop below reads its tag
    source = _named_in(analysis, k)
    spoken = [t for t in analysis.sentence_tokens(k) if not analysis.in_quote(t.start, t.end)]
    return source if source is not None and not _other_side(spoken, trigger, analysis.sentence_tokens(index)) else None


def _research(trigger, nouns_only=False) -> bool:
    """Is the trigger's source research ("new research suggests", "studies show")? With
    `nouns_only`, not the verb of a passive ("is reported to")."""
    return any(t.lemma in _RESEARCH_WORK and not (nouns_only and t.lower.endswith(("ed", "ing")))
               for t in trigger)


def _named_in(analysis, j):
    """The first source of sentence j that names somebody ("Ana Ruiz", "a report by Demos"),
    passing over unnamed ones ("They say", "said one analyst", "a senior official")."""
    words = analysis.sentence_tokens(j)
    source, seen = analysis.direct_source(j), 0
    while source is not None and seen < 3:
        phrase = [t for t in words if source.start <= t.start < source.end]
        named = [t for t in phrase if analysis.in_name(t.start, t.end) and t.lower not in _CALENDAR]
        before = [t.lower for t in phrase if named and t.start < named[-1].start]
        # "a report by Demos", "a study in the journal Science", "a study published in Nature",
        # "a study Monday in Nature" (a journal: not "a survey in London")
        tied = any(w in ("by", "at", "of", "from", "journal") for w in before) or \
            any((a in _PUBLISHED or a in _CALENDAR) and b == "in" for a, b in zip(before, before[1:]))
        # ("A Wall Street Journal-NBC News poll": the poll's maker named before it, not "a
        # Republican senator", nor "a survey in London")
        work = any(t.lemma in _RESEARCH_WORK and named and named[0].start < t.start for t in phrase)
        if source.kind != "anonymous" and named and (phrase[0].lower not in _INDEFINITE or tied or work):
            return source
        source, seen = sources.direct(analysis, j, skip=(source.start, max(source.end, source.cue_end))), seen + 1
    return None


def _other_side(spoken, trigger, claim) -> bool:
    """A spokesman or minister quoted after "critics say" answers the critics (and so does anyone
    answering a question, "Asked whether ..., Trump said"): officials speak
    for the body a crowd talks about, unless the crowd is itself officials, or the "director" is
    one of a university's or an institute's, an expert ("co-director of the Institute for Global
    Health at the National University of Singapore"). A director, president or chairman speaks
    for the organisation the claim names, else for one of the crowd's own ("Critics accused Trump
    of ..." / "..., said Frank Sharry, executive director of America's Voice"), and so does any
    official of a party, a union or a campaign. A senator or a committee's chairman is no one's
    spokesman."""
    if spoken and spoken[0].text == "Asked":
        # "Asked whether ..., Trump said": an answer to the press, not the crowd's view (not the
        # tag after a quotation: '"How does Fox square this?" asked Jesse Lehrich')
        return True
    officials = family("official")
    # (a former official speaks for nobody now: "Karl Inderfurth, a former assistant secretary of
    # State", "a former White House and Treasury Department official"; a plural is somebody
    # else's office: "an aide to the last three Republican presidents")
    words = {t.lemma for t in spoken}
    # (by the word: "housing"'s lemma is "house"; and the White House is no chamber)
    chamber = any(t.lower in _CHAMBERS and not (k and spoken[k - 1].lower == "white") for k, t in enumerate(spoken))
    legislator = _LEGISLATORS | (_HEADS if chamber else frozenset())
    titles = [t for k, t in enumerate(spoken)
              if t.lemma in officials and t.lower == t.lemma and t.lemma not in legislator
              and "former" not in {w.lower for w in spoken[max(0, k - 6):k]}]
    if not titles or any(t.lemma in officials for t in trigger) or not words.isdisjoint(_ACADEMIC) \
            or any(t.lemma in _PARTISANS for t in trigger):
        return False
    if not words.isdisjoint(_SIDES) or all(t.lemma in _HEADS for t in titles) and not _public_body(spoken):
        named = {t.lower for t in spoken if t.text[:1].isupper()}
        return not named.isdisjoint(t.lower for t in claim[1:] if t.text[:1].isupper())
    return True


# The heads of any organisation, where "minister", "spokesman" and "secretary" are a government's,
# and so is the head of a public body ("the council's director of housing", "chairman of the port
# authority"): the body a claim about "the plan" or "the schools" is usually about
_HEADS = frozenset("director president chairman chairwoman commissioner".split())
_PUBLIC_BODIES = frozenset("council authority ministry department agency board commission government "
                           "city county state administration office police service".split())


def _public_body(spoken) -> bool:
    """Do the words name a public body ("the council's director of housing", "chairman of the
    port authority"), not a place the speaker is in ("a trust in Washington state")?"""
    for k, t in enumerate(spoken):
        if t.lemma in _PUBLIC_BODIES or t.lower.rstrip("s").rstrip("'’") in _PUBLIC_BODIES:
            place = [w.lower for w in spoken[max(0, k - 3):k]]
            if "in" not in place or any(w in ("of", "at", "for") for w in place[place.index("in"):]):
                return True
    return False


# A legislature's members speak for themselves, and so do the chairs of its committees ("Senate
# Armed Services Committee Chairman John McCain"): after "critics say" they are usually the
# critics, not the body a claim is about (sets I-H: 3 such false alarms, none right)
_LEGISLATORS = frozenset("senator councillor councilor".split())
_CHAMBERS = frozenset("senate house congressional parliamentary legislative".split())
# ... and the officials of a party, a union, a campaign or an interest group speak for a side:
# the other side only where the claim names them ("an influential Massachusetts party official",
# "a spokesman for the controllers union"; "Critics say the union ..." / its spokesman)
_SIDES = frozenset("party union campaign caucus association coalition alliance federation movement "
                   "lobby".split())


# A side's own people: a senator quoted after "supporters argued", a councillor after "the mayor's
# allies argue" is one of them, not the body they talk about (set P, tenth round)
_PARTISANS = frozenset("supporter backer ally loyalist proponent advocate defender".split())


# (and a think-tank's: "director of the Middle East program at the Center for Strategic and
# International Studies", "a fellow at the Brookings Institution", "the Heritage Foundation";
# and a nonprofit's: "executive director of the nonprofit Pipeline Safety Trust")
_ACADEMIC = frozenset("university institute college school academy laboratory observatory center centre "
                      "institution foundation endowment nonprofit non-profit".split())


def _quote_runs_on(analysis, j, k) -> bool:
    """Does a quotation that starts in sentence j end, with its tag, in sentence k?"""
    s, t = analysis.sentences[j], analysis.sentences[k]
    return any(q.verb and q.kind == "speech" and q.words >= 4 and s.start <= q.start < s.end
               and t.start < q.end <= t.end for q in analysis.quotes)


def _quotes_speaker(analysis, j) -> bool:
    """Does sentence j quote its speaker at length ('"...," said X' or 'X said: "..."'), not
    just a word or two ("what it called a 'patent commons'")?"""
    s = analysis.sentences[j]
    return any(q.verb and q.kind == "speech" and q.words >= 4 and s.start <= q.start < s.end
               for q in analysis.quotes)
