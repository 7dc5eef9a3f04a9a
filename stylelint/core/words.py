"""Word classes and lemmas: the small closed lists the document analysis reasons with.

Lemmas come from lemminflect, a maintained inflection library that ships its data (no download
at run time). Measured on this machine: import 0.09 s, first lookup 0.16 s (its tables load),
then about 3.5 microseconds a word; each distinct word is looked up once per process.
The closed classes (determiners, pronouns, auxiliaries, reporting verbs) are grammar, not house
policy, so they live here rather than in rule files.
"""
from __future__ import annotations

DETERMINERS = frozenset(
    "a an the this that these those his her its their our my your some any each every no "
    "another such what whose which".split())
# The writer's own voice: first person singular and the reader addressed as "you" (not "mine":
# a gold mine).
PERSONAL = frozenset("i i'm i've i'd i'll me my myself you your yours yourself you're you'll "
                     "you've you'd".split())
PRONOUNS = frozenset("he she they it we i you who which that this one someone".split())
REFLEXIVES = frozenset("itself himself herself themselves myself ourselves yourself".split())
AUXILIARIES = frozenset(
    "is are was were be been being am has have had having do does did will would shall should "
    "can could may might must".split())
COPULAS = frozenset("is are was were be been being am seems seemed remains remained became "
                    "become becomes looks looked".split())
DEGREE = frozenset("very most more so too highly widely much less least really truly quite "
                   "rather fairly once long".split())
PREPOSITIONS = frozenset(
    "of in on at by for with from to into onto over under about after before during since "
    "until against among between through across around without within as than like near".split())
CONJUNCTIONS = frozenset("and or but nor yet so because while although though if when".split())
FUNCTION_WORDS = DETERMINERS | PRONOUNS | AUXILIARIES | PREPOSITIONS | CONJUNCTIONS | frozenset(
    "not n't there here then also just only even still".split())

# Verbs that introduce what somebody said, wrote, believes or called something (lemmas).
REPORTING = frozenset(
    """say tell add write state announce explain note insist claim argue warn ask reply respond
    call describe term dub label brand declare recall admit acknowledge concede confirm deny
    complain suggest predict tweet post urge shout chant testify report allege accuse estimate
    conclude find show stress quote cite believe think feel fear expect suspect contend maintain
    assert agree disagree hope worry promise vow pledge caution emphasise emphasize observe
    point continue insist reveal disclose charge blame criticise criticize praise forecast
    project calculate recognise recognize commend hail laud applaud condemn assess counter retort
    assure comment""".split())
# Verbs of belief and opinion: with a vague subject they are the weasel, not its source.
OPINION = frozenset("believe think feel fear expect suspect hope worry agree".split())
# Subjects that name nobody when they stand alone or behind a vague quantifier.
CROWDS = frozenset(
    """people expert critic observer analyst economist commentator scientist researcher scholar
    historian academic insider official source diplomat politician lawmaker resident local
    investor activist campaigner pundit watcher doctor lawyer theorist sceptic skeptic cynic
    detractor trader dealer banker opponent supporter rival voter member user fan employee worker
    parent neighbour neighbor protester witness other some many most several""".split())
VAGUE_QUANTIFIERS = frozenset("some many most several certain numerous countless other others "
                              "few various".split())
# Definite noun phrases that point back to a source named earlier ("the study", "the team").
BACK_REFERENCES = frozenset(
    """study report survey poll research researcher scientist team author paper analysis review
    inquiry investigation audit census data figure statistic statement ministry company agency group
    committee commission court panel department institute university council""".split())

# Sources that are one kind of people: "analysts say" is covered by a named economist quoted
# in the next sentence, "researchers say" by the academics named in the one before.
FAMILIES = (
    frozenset("study research researcher scientist team author paper academic professor".split()),
    frozenset("analyst economist strategist trader dealer broker banker investor".split()),
    frozenset("critic opponent campaigner activist detractor sceptic skeptic".split()),
    frozenset("""expert specialist professor scientist economist analyst researcher strategist
              lecturer fellow consultant consultancy research""".split()),  # "head of research at ICICI"
    # those who speak for a body: quoted after "critics say", they answer the critics
    frozenset("""official diplomat minister spokesman spokeswoman spokesperson councillor councilor
              mayor secretary governor senator commissioner chairman chairwoman director
              president cabinet""".split()),
    frozenset("statistic figure data census office bureau".split()),
)


def family(lemma_: str) -> frozenset:
    """The lemma and every source noun of its kind."""
    out = {lemma_}
    for group in FAMILIES:
        if lemma_ in group:
            out |= group
    return frozenset(out)


_UPOS_ORDER = ("VERB", "AUX", "NOUN", "ADJ", "ADV", "PROPN")


LEMMAS: dict[str, str] = {}  # a memo of a pure function: one lookup per distinct word


_TABLE = None  # lemminflect's answers, precomputed (see use_lemma_table); None: ask it


def use_lemma_table(table) -> None:
    """Answer `lemma` for lower-case words from `table` (word -> lemma, only where they differ;
    any `.get`), which holds exactly what `lemma` computes from lemminflect for every word it
    knows. The project layer builds it once and keeps it in its on-disk cache: loading
    lemminflect's own tables costs 0.3 s, more than linting an article."""
    global _TABLE
    _TABLE = table
    LEMMAS.clear()


def lemma(lower: str) -> str:
    """The lemma of a lower-case word: verbs first ("insisted" -> "insist"), then nouns."""
    found = LEMMAS.get(lower)
    if found is None:
        if len(LEMMAS) > 200_000:  # an archive's vocabulary is unbounded; memory is not
            LEMMAS.clear()
        found = LEMMAS[lower] = _lemma(lower)
    return found


def _lemma(lower: str) -> str:
    if not lower.isalpha():
        return lower
    # The table holds every word lemminflect knows that is lower case or has no case at all
    # (Persian, Chinese): lemminflect lower-cases a word and looks it up, nothing more.
    if _TABLE is not None and (lower.islower() or lower.lower() == lower.upper()):
        found = _TABLE.get(lower)
        return lower if found is None else found
    return lemminflect_lemma(lower)


def lemminflect_lemma(lower: str) -> str:
    import lemminflect

    found = lemminflect.getAllLemmas(lower)
    for upos in _UPOS_ORDER:
        if upos in found:
            return found[upos][0]
    return lower


def is_word(text: str) -> bool:
    return text[:1].isalpha()


def looks_like_noun(lower: str) -> bool:
    """A content word that can head a noun phrase: not a function word, adverb or number."""
    return (lower.isalpha() and lower not in FUNCTION_WORDS and not lower.endswith("ly"))


def guess_pos(words: list[str], i: int) -> str:
    """A coarse part of speech for words[i] from its neighbours: adjective, verb or noun.

    Only the ambiguity a list word meets in news copy is resolved: a participle or noun that
    is also a verb ("the crowd celebrated", "fans hit back") against the same word before a
    noun ("the celebrated author", "a hit single"). `words` are lower case, None at a break.
    """
    prev = words[i - 1] if i > 0 else None
    prev2 = words[i - 2] if i > 1 else None
    nxt = words[i + 1] if i + 1 < len(words) else None
    if prev in DETERMINERS:
        return "adjective" if nxt and looks_like_noun(nxt) else "noun"
    if prev in DEGREE or _adverb(prev):  # "widely celebrated" -- unless a subject comes first
        subject = prev2 is not None and (prev2 in PRONOUNS or looks_like_noun(prev2))
        return "verb" if subject and prev2 not in COPULAS else "adjective"
    if _ing_before_noun(words[i], prev, nxt):  # "revealed shocking details", "had alarming effects"
        return "adjective"
    if prev in ("has", "have", "had", "having", "to") or prev in AUXILIARIES and nxt == "by":
        return "verb"
    if prev in COPULAS:  # "was celebrated on Monday" is a passive; "was stunning" an adjective
        return "verb" if words[i].endswith("ed") and prev in AUXILIARIES else "adjective"
    if prev == "," and words[i].endswith("ing"):  # ", shocking investors": a participle clause
        return "verb"
    if prev is None or prev == "," or prev in PREPOSITIONS or prev in CONJUNCTIONS:
        if nxt in DETERMINERS or nxt in PRONOUNS:
            return "verb"
        return "adjective" if nxt and looks_like_noun(nxt) else "noun"
    if prev in PRONOUNS or prev in AUXILIARIES or looks_like_noun(prev):
        return "verb"
    return "adjective"


# Verbs that take an "-ing" verb as their object: "kept shocking audiences" is a verb.
_CATENATIVES = frozenset("started stopped kept began begun finished enjoyed avoided resumed risked continued "
                         "quit minded considered liked loved hated tried preferred recommended suggested "
                         "admitted denied mentioned practised practiced imagined missed".split())
# A verb's past that does not end in "-ed": "found alarming evidence".
_IRREGULAR_PAST = frozenset("found saw made gave took told heard left brought showed shown got drew "
                            "caught sent hid".split())


def _ing_before_noun(word: str, prev: str | None, nxt: str | None) -> bool:
    """An "-ing" word between a verb and a noun is the noun's adjective: "revealed shocking
    details", "had alarming effects", "rose to staggering levels" (a verb slot is filled, and
    "had" or "to" take no "-ing" verb), unless the verb takes one ("kept shocking audiences")."""
    if not (word.endswith("ing") and nxt and looks_like_noun(nxt)) or prev is None:
        return False
    if prev in ("has", "have", "had", "having", "to"):
        return True
    return (prev.endswith("ed") or prev in _IRREGULAR_PAST) and prev not in _CATENATIVES


def _adverb(word: str | None) -> bool:
    return bool(word) and word.endswith("ly") and word not in ("only", "early", "family", "italy")


def load_lemmas() -> None:
    """Read lemminflect's tables now rather than on the first lemma (see RuleSet.prepare);
    nothing to read when lemmas come from a table (use_lemma_table)."""
    if _TABLE is not None:
        return
    import lemminflect

    lemminflect.getAllLemmas("said")
