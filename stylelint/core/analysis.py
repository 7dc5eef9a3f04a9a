"""The document analysis: what every rule may ask about one document, computed once.

Rules receive it as `ctx.analysis` and ask it instead of guessing context from raw text:
- `tokens`: one regex pass over the prose; each Token has offsets, lower case, lemma and the
  index of its sentence (built on first use; lemmas memoised per distinct word);
- `sentences`: (start, end, paragraph, kind) for every prose block;
- `in_quote`, `quote_at`: quotations by every convention in `quotes` (speaker and verb);
- `attribution(i, window)`: the named source covering sentence i (`sources`), within a
  rule's attribution window (`window`: sentences either side, the next paragraph's opening);
- `in_name`: capitalised names and titles of works (`names`);
- `block_kind(offset)`: headline, subheading, caption, body, blockquote or list;
- `pos(start)`: a coarse part of speech for the word at an offset, from its neighbours.
Everything is computed lazily: a document whose rules never ask for names pays nothing for them.
"""
from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from . import genre as genre_, names, nlp, quotes, relay, sources, speech, story
from . import window as window_
from .lazyre import CaselessRe, LazyRe
from .words import AUXILIARIES, FUNCTION_WORDS, LEMMAS, PERSONAL, REPORTING, VAGUE_QUANTIFIERS, guess_pos, lemma

# Possessive (`++`, `*+`): nothing follows a word in the pattern, so giving back letters could
# never help a match; the engine then keeps no backtracking state (12% faster, the same words)
WORD = re.compile(r"[^\W_]++(?:[-'’.,][^\W_]++)*+")
MARK = re.compile(r"``|''|[^\w\s]")  # a mark outside words: grammar patterns read quotation tags
WORD_OR_MARK = re.compile(f"{WORD.pattern}|{MARK.pattern}")
# The same in ASCII text (most copy), where [^\W_] is [A-Za-z0-9]: `re` tests a range faster
ASCII_WORD_OR_MARK = re.compile(r"[A-Za-z0-9]++(?:[-'’.,][A-Za-z0-9]++)*+|" + MARK.pattern)
# Initials ("U.S", "D.C"): the point after them before a word in lower case closes the
# abbreviation, not a clause, so patterns read "U.S. officials" as "American officials" (before a
# capital it may end a sentence the splitter kept whole: "in the U.S. Critics say")
_INITIALS = re.compile(r"[A-Za-z](?:\.[A-Za-z])+")


def _without_initials_points(tokens: list) -> list:
    """The tokens without the "." that ends initials mid-sentence ("the U.S. statistics show")."""
    drop = [k for k in range(1, len(tokens) - 1)
            if tokens[k].text == "." and tokens[k - 1].end == tokens[k].start
            and _INITIALS.fullmatch(tokens[k - 1].text) and tokens[k + 1].text[:1].islower()]
    return [t for k, t in enumerate(tokens) if k not in drop] if drop else tokens


_TERMINAL = tuple(".!?:;,\"”’'»)…")
_PERSONAL = CaselessRe(r"(?:%s)(?![\w'’])" % genre_.by_first_letter(
    sorted((re.escape(w).replace("'", "['’]") for w in PERSONAL), key=len, reverse=True), r"(?<![\w'’].)"))
_FIRST_PERSON = frozenset("i i'm i've i'd i'll me my myself".split())
# "I" after a name inside its sentence is a numeral, not the writer: "Shah Ismail I", "World War I"
_REGNAL = re.compile(r"[\w,;] [A-Z][\w-]* $")
# A quoted clause, not a word held at arm's length: its verb ("are" in "people are saying").
_CLAUSE_VERBS = frozenset("am is are was were be been has have had will would can could do does did "
                          "won't can't don't isn't aren't wasn't".split())
KINDS = ("headline", "subheading", "caption", "body", "blockquote", "list")


class Token(NamedTuple):
    """One word: immutable and cheap to make (a tuple, built once per word of the document)."""
    start: int
    end: int
    text: str
    lower: str
    lemma: str
    sentence: int


class Sentence(NamedTuple):
    start: int
    end: int
    paragraph: int
    kind: str


# Verbs of a crowd's speech tag: ", many experts say,", ", critics argued."
_CROWD_SAYING = frozenset("say tell argue believe note warn contend insist suggest agree fear".split())
# The rest of a speech tag up to the comma that closes it: ", Ruiz told reporters on Monday, ..."
_TAG_END = LazyRe(r"(?:\s+[\w'’.-]+){0,3}\s*,")


# How a speech tag's own words may go on: when, where, to whom and how it was said ("in a
# statement released by her office on Tuesday"), with no clause of its own ("that ...", "the
# party would regroup": then the words before the tag are no speech).
_TAG_CIRCUMSTANCE = frozenset("in on at during after before to from via with while".split())
_TAG_CLAUSE = frozenset("that is are was were will would has have had could can should may might "
                        "must".split())
_ADDRESSEES = frozenset("reporters journalists lawmakers parliament congress him her them us".split())


def _tag_tail(tail: list[str]) -> bool:
    """Are these words after a speech tag's verb the tag's own (see `_TAG_CIRCUMSTANCE`)?"""
    lower = [w.lower() for w in tail]
    if lower[:1] and lower[0] in _ADDRESSEES:  # "told reporters at the end of ..."
        lower = lower[1:]
    return len(tail) <= 6 or len(tail) <= 14 and lower[:1] != [] and lower[0] in _TAG_CIRCUMSTANCE \
        and not any(w in _TAG_CLAUSE for w in lower)


class Analysis:
    def __init__(self, text: str, prose: str, blocks, markup_quotes=(), sentences_of=None,
                 genre: str | None = None):
        self.text = text
        self.genre = genre  # the kind of piece, when the config or front matter says (`genre`)
        self.prose = prose
        self.blocks = sorted(blocks, key=lambda b: b.start)
        self._block_starts = [b.start for b in self.blocks]
        self._kinds = [_kind(b.scope, prose[b.start:b.end], i == 0) for i, b in enumerate(self.blocks)]
        if len(self.blocks) > 1 and self._kinds[:2] == ["headline", "body"] and \
                _deck(prose[self.blocks[1].start:self.blocks[1].end]):
            self._kinds[1] = "subheading"
        self._markup_quotes = list(markup_quotes)
        self._sentences_of = sentences_of or (lambda s, e: nlp.sentences(prose, s, e))
        self._sentences = self._tokens = self._quotes = self._names = self._opinion = self._soft = None
        self._analysis_spans = None
        self._set_off = None  # paragraphs after a lead-in ending with a colon (`_writers`)
        self._personal_words = self._words = self._talk_count = None
        self._by_sentence: dict[int, list[Token]] = {}
        self._lemmas: dict[int, set] = {}
        self._direct: dict[int, object] = {}
        self._introduced: list[set] = []
        self.memo: dict = {}  # what the modules reading the analysis work out once per document

    # -- blocks and sentences ------------------------------------------------------------
    def block_index(self, offset: int) -> int:
        return bisect.bisect_right(self._block_starts, offset) - 1

    def block_kind(self, offset: int) -> str:
        i = self.block_index(offset)
        return self._kinds[i] if i >= 0 and offset <= self.blocks[i].end else "body"

    @property
    def sentences(self) -> list[Sentence]:
        if self._sentences is None:
            self._sentences = [Sentence(s, e, i, self._kinds[i])
                               for i, b in enumerate(self.blocks) for s, e in self._sentences_of(b.start, b.end)]
            self._sentence_starts = [s.start for s in self._sentences]
        return self._sentences

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence holding `offset` (or the one before it), -1 if none."""
        self.sentences
        return bisect.bisect_right(self._sentence_starts, offset) - 1

    # -- tokens --------------------------------------------------------------------------
    @property
    def tokens(self) -> list[Token]:
        """Every word of the prose, in order (sentence by sentence; built on first use)."""
        if self._tokens is None:
            self._tokens = [t for k in range(len(self.sentences)) for t in self.sentence_tokens(k)]
        return self._tokens

    def sentence_tokens(self, index: int) -> list[Token]:
        """The words of one sentence, made once: most rules look at a few sentences only."""
        found = self._by_sentence.get(index)
        if found is None:
            s = self.sentences[index]
            # The hottest loop of the analysis (every word of most sentences): a memo lookup
            # before the call, and the tuple made without the named tuple's Python __new__.
            memo, make, found = LEMMAS, tuple.__new__, []
            for m in WORD.finditer(self.prose, s.start, s.end):
                text = m.group(0)  # WORD ends on a letter or digit: nothing to strip
                lower = text.lower()
                start = m.start()
                found.append(make(Token, (start, m.end(), text, lower, memo.get(lower) or lemma(lower), index)))
            self._by_sentence[index] = found
        return found

    def sentence_lemmas(self, index: int) -> set:
        """The lemmas of a sentence's words, those of `sentence_tokens`, without making its
        tokens: a story-wide search for a kind of source ("dealers") asks it of every sentence
        and tokenises only the few that hold one (a C-level pass and a lookup per distinct word)."""
        found = self._lemmas.get(index)
        if found is None:
            words = self._by_sentence.get(index)
            if words is not None:
                found = {t.lemma for t in words}
            else:
                s, memo = self.sentences[index], LEMMAS
                found = {memo.get(lower) or lemma(lower)
                         for lower in {text.lower() for text in WORD.findall(self.prose, s.start, s.end)}}
            self._lemmas[index] = found
        return found

    def sentence_tokens_and_marks(self, index: int) -> list[Token]:
        """The words of `sentence_tokens` and the marks outside them, in order (a mark's lower
        case and lemma are itself). A sentence not tokenised yet is tokenised in the same scan
        (a word begins on a letter or digit, a mark never does)."""
        words = self._by_sentence.get(index)
        s, make = self.sentences[index], tuple.__new__
        if words is None:
            memo, words, tokens = LEMMAS, [], []
            for m in WORD_OR_MARK.finditer(self.prose, s.start, s.end):
                text = m.group(0)
                if text[0].isalnum():  # as in sentence_tokens
                    lower = text.lower()
                    words.append(make(Token, (m.start(), m.end(), text, lower, memo.get(lower) or lemma(lower), index)))
                    tokens.append(words[-1])
                else:
                    tokens.append(make(Token, (m.start(), m.end(), text, text, text, index)))
            self._by_sentence[index] = words
            return _without_initials_points(tokens)
        # The marks of the whole sentence in one scan; those inside a word ("-" in
        # "well-known") are not tokens. A mark never straddles a word's edge: words begin
        # and end on a letter or digit.
        marks = [(m.start(), m.end(), m.group(0)) for m in MARK.finditer(self.prose, s.start, s.end)]
        k, cursor, tokens = 0, s.start, []
        for token in words:
            while k < len(marks) and marks[k][0] < token.start:
                start, end, mark = marks[k]
                if start >= cursor:
                    tokens.append(make(Token, (start, end, mark, mark, mark, index)))
                k += 1
            tokens.append(token)
            cursor = token.end
        tokens += [make(Token, (start, end, mark, mark, mark, index)) for start, end, mark in marks[k:] if start >= cursor]
        return _without_initials_points(tokens)

    def pos(self, start: int) -> str:
        """adjective, verb or noun for the word at `start`, guessed from its neighbours."""
        k = self.sentence_at(start)
        if k < 0:
            return "noun"
        tokens = self.sentence_tokens(k)
        i = next((j for j, t in enumerate(tokens) if t.start <= start < t.end), -1)
        if i < 0:
            return "noun"
        lo, hi = max(0, i - 2), min(len(tokens), i + 2)
        window = [t.lower if not self._break(t, tokens[i])
                  else "," if self._comma(t, tokens[i]) else None
                  for t in tokens[lo:hi]]
        return guess_pos(window, i - lo)

    def neighbours(self, start: int, end: int, reach: int = 3):
        """The word just before [start, end) and the words after it that belong to its phrase,
        up to `reach`: no punctuation between, the phrase ends at a function word, and at a
        name after a common noun ("legendary Greek hero" -> greek, hero; "legendary king
        Arthur" -> king; "renowned for its winds" -> for: a function word right after it is
        the phrase's last, "staggering to the door")."""
        k = self.sentence_at(start)
        if k < 0:
            return None, []
        tokens = self.sentence_tokens(k)
        i = next((j for j, t in enumerate(tokens) if t.start <= start < t.end), -1)
        j = next((j for j, t in enumerate(tokens) if t.end >= end), -1)
        if i < 0 or j < 0:
            return None, []
        before = tokens[i - 1] if i and not self._break(tokens[i - 1], tokens[i]) else None
        after = []
        for t in tokens[j + 1:j + 1 + reach]:
            if self._break(after[-1] if after else tokens[j], t):
                break
            if t.lower in FUNCTION_WORDS:
                if not after:
                    after.append(t)  # the phrase's last word: "staggering to the door"
                break
            if after and t.text[:1].isupper() and not after[-1].text[:1].isupper():
                break
            after.append(t)
        return before, after

    def gap_breaks(self, a: Token, b: Token) -> bool:
        """Punctuation or a quote mark between two tokens: they are not in one phrase."""
        return self._break(a, b)

    def _comma(self, a: Token, b: Token) -> bool:
        lo, hi = (a.end, b.start) if a.start < b.start else (b.end, a.start)
        return self.prose[lo:hi].strip() in (",", ";", "—", "–")

    def _break(self, a: Token, b: Token) -> bool:
        lo, hi = (a.end, b.start) if a.start < b.start else (b.end, a.start)
        return any(c in ",;:()\"“”—–\n" for c in self.prose[lo:hi])

    @property
    def opinion(self) -> bool:
        """Is this a review, a column or a first-person piece? The configuration or the front
        matter says so (`genre`), or, when neither names the kind, the headline labels a review
        ("Review: ...") or comment ("Opinion: ...", even on a first line of two sentences) or a
        star rating or the page's label ("Opinion contributor", "Guest columnist") opens it, or
        the opinion page's line under a column closes it ("... is a syndicated columnist") or
        the desk's note calls it commentary ("Editor's note: The author's commentary below") or
        its writer's bio stands above it or, by a name the piece never mentions, under it, or its
        highlights give their points in the name of the writer whose byline stands below them
        ("Ghitis: ..."), or the writer speaks as "I" or
        addresses the reader as "you" outside quotations (8 or more in 1,000 words, at least 5;
        "I", "me" and "my" alone: 3 or more, and 3 in 1,000 words), or argues with rhetorical questions and exclamations
        (see `genre.argues`), or speaks as "we" in a long piece that attributes next to nothing,
        as an editorial does (`genre.unattributed`), or talks with the reader in a piece that
        names a source under 3 times in 1,000 words (`genre.talks_unsourced`), or strings its
        argument with comment words and few sources (`genre.comments`), or does all these
        together often enough, none of them enough alone (`genre.voiced`)."""
        if self._opinion is None and self.genre is not None:
            self._opinion = genre_.is_opinion(self.genre)
        opening = self.prose[self.blocks[0].start:self.blocks[0].end] if self.blocks else ""
        if self._opinion is None and self._kinds and (genre_.is_labelled_comment(opening) or self._kinds[0] == "headline"
                                                      and genre_.is_opinion_headline(opening)):
            self._opinion = True
        if self._opinion is None and any(genre_.is_rating(self.prose[b.start:b.end]) or
                                         genre_.is_opinion_label(self.prose[b.start:b.end]) for b in self.blocks[:4]):
            self._opinion = True  # a star rating, or the page's "Opinion contributor" by the byline
        if self._opinion is None and any(genre_.is_column_footer(self.prose[b.start:b.end])
                                         for b in self.blocks[-3:] + self.blocks[1:3]):
            self._opinion = True  # the opinion page's line under a column, or its writer's bio above it
        if self._opinion is None and any(genre_.is_note_on_comment(self.prose[b.start:b.end])
                                         for b in self.blocks[:6] + self.blocks[-2:]):
            self._opinion = True  # the desk's note calling the piece commentary
        if self._opinion is None and any(genre_.is_writers_bio(self.prose[b.start:b.end], self.prose[:b.start])
                                         for b in self.blocks[-2:] if b is not self.blocks[0]):
            self._opinion = True  # the writer's bio under the piece, by a name it never mentions
        if self._opinion is None and any(genre_.is_writers_bio(self.prose[b.start:b.end], self.prose[b.end:])
                                         for b, kind in zip(self.blocks[:2], self._kinds[:2]) if kind != "headline"):
            self._opinion = True  # ... or above it, under the headline, as an op-ed page prints it
        if self._opinion is None and genre_.summarises_writer([self.prose[b.start:b.end] for b in self.blocks[:15]]):
            self._opinion = True  # highlights that give the points in the byline's name
        if self._opinion is None:
            found = self._personal()
            first = sum(1 for m in found if m.group(0).lower().replace("’", "'") in _FIRST_PERSON)
            words = self._word_count() if len(found) >= 5 or first >= 3 else 0
            self._opinion = len(found) >= 5 and len(found) * 1000 >= 8 * words \
                or first >= 3 and first * 1000 >= 3 * words
            if not self._opinion:  # too few to be the writer's voice: does the writer argue?
                asked = self._rhetorical()
                self._opinion = asked >= 3 and genre_.argues(asked, self._word_count())
            if not self._opinion:  # an editorial: the paper's "we", and next to no sources
                self._opinion = self._speaks_as_we() and genre_.unattributed(self.prose)
            if not self._opinion:  # ... or a column that talks with the reader and cites hardly anyone
                talks = self._talks()  # (its words are counted only when it talks three times or more)
                self._opinion = talks >= 3 and genre_.talks_unsourced(talks, self._word_count(), self.prose)
            if not self._opinion:  # a column's connectives ("Unfortunately", "arguably"), few sources
                found = {m.group(0).lower().replace("’", "'") for m in genre_.COMMENT.finditer(self.prose)
                         if self._writers(m.start(), m.end())}
                self._opinion = genre_.comments(len(found), self.prose)
            if not self._opinion:  # ... or all these signs together, none enough alone
                self._opinion = genre_.voiced(self._talks() + len(found) + asked, self.prose)
        return self._opinion

    def _word_count(self) -> int:
        """Words in the prose (one C-level pass, counted once for the genre checks)."""
        if self._words is None:
            self._words = len(WORD.findall(self.prose))
        return self._words

    def _personal(self) -> list:
        """The writer's "I" and the reader's "you" outside quotations (one C-level pass; only the
        few personal words are placed)."""
        if self._personal_words is None:
            # (the match's own text is lower case: the prose says whether it was "I")
            self._personal_words = [
                m for m in _PERSONAL.finditer(self.prose) if self._writers(m.start(), m.end())
                and not (self.prose[m.start():m.end()] == "I"
                         and _REGNAL.search(self.prose, max(0, m.start() - 40), m.start()))]
        return self._personal_words

    def _writers(self, start: int, end: int) -> bool:
        """Are these words the writer's: outside quotations, and not in a paragraph a lead-in
        ending with a colon sets off as somebody's text ("The company said in a statement:")?"""
        if self.in_quote(start, end):
            return False
        if self._set_off is None:
            self._set_off = [(b.start, b.end) for a, b, kind in zip(self.blocks, self.blocks[1:], self._kinds[:-1])
                             if kind == "body" and self.prose[a.start:a.end].rstrip().endswith(":")]
        return not any(lo <= start < hi for lo, hi in self._set_off)

    def _speaks_as_we(self) -> bool:
        """Does the writer talk with the reader as "we" ("most of us", "we all"), with "I" and
        "you", 8 or more in 1,000 words (at least 5)? An explainer or a feature does, and so
        does a column; a report does not."""
        found = self._talks()
        return found >= 5 and found * 1000 >= 8 * self._word_count()

    def _talks(self) -> int:
        """The writer's "I", "you" and "we" outside quotations (counted once for the genre checks)."""
        if self._talk_count is None:
            self._talk_count = len(self._personal()) + len(genre_.writers_we(self.prose, self._writers))
        return self._talk_count

    def _rhetorical(self) -> int:
        """Questions and exclamations in running text, outside quotations: the paragraph goes on
        around them (a question alone in its paragraph is an explainer's subheading)."""
        sentences, count = self.sentences, 0
        for k, s in enumerate(sentences):
            text = self.prose[s.start:s.end].rstrip(" \"”’'»)")
            if s.kind != "body" or not text.endswith(("?", "!")) or self.in_quote(s.start + len(text) - 1, s.start + len(text)):
                continue
            if (k and sentences[k - 1].paragraph == s.paragraph) or \
                    (k + 1 < len(sentences) and sentences[k + 1].paragraph == s.paragraph):
                count += 1
        return count

    @property
    def soft(self) -> bool:
        """Is this soft news -- sport, arts, entertainment or lifestyle copy, a feature that
        attributes nothing or talks with the reader as "we", or service copy that tells the
        reader what to do? The kind the
        configuration or front matter names, else its words (see `genre.looks_like_sport`,
        `genre.looks_like_lifestyle`, `genre.unattributed`, `genre.instructs`)."""
        if self._soft is None:
            self._soft = self.genre in genre_.SOFT if self.genre is not None else \
                genre_.looks_like_sport(self.prose) or genre_.looks_like_lifestyle(self.prose) \
                or genre_.unattributed(self.prose) or self._speaks_as_we() \
                or self._instructs()
        return self._soft

    def in_analysis(self, offset: int) -> bool:
        """Is this offset in copy the desk labels as analysis, a correspondent's reading held to a
        looser voice: the whole piece under a headline "Analysis: ...", or a box below a line
        "Analysis by Anthony Zurcher, BBC News", or below a correspondent's byline in the story
        ("By Martin Bashir, BBC religion editor"), up to the next heading? (Judged on the unseen
        sets, 0 of 8 neutrality warnings there were right.)"""
        if self._analysis_spans is None:
            spans, at, opened, whole, paragraphs = [], None, -2, False, 0
            for k, (block, kind) in enumerate(zip(self.blocks, self._kinds)):
                paragraphs += kind == "body"
                line = self.prose[block.start:block.end]
                if at is not None and not whole and kind in ("headline", "subheading") and k != opened + 1:
                    # a box ends at the next heading (not its byline); a headline's label holds for the
                    # whole piece, its subheadings included ("Winner: Hillary Clinton")
                    spans.append((at, block.start))
                    at = None
                below = self.blocks[k + 1] if k + 1 < len(self.blocks) else None
                headline = kind == "headline" and block is self.blocks[0]
                if at is None and (genre_.is_analysis_label(line, headline=headline,
                                                            next_line=self.prose[below.start:below.end] if below else "")
                                   or paragraphs > 3 and genre_.is_box_byline(line)):
                    # (a byline below the story's opening paragraphs opens its correspondent's box)
                    at, opened, whole = block.start, k, headline
            if at is not None:
                spans.append((at, len(self.prose)))
            self._analysis_spans = spans
        return any(lo <= offset < hi for lo, hi in self._analysis_spans)

    def _instructs(self) -> bool:
        """`genre.instructs`, the words counted only for three imperatives or more (a rare piece)."""
        imperatives = self._imperatives()
        return imperatives >= 3 and genre_.instructs(imperatives, self._word_count())

    def _imperatives(self) -> int:
        """Sentences outside quotations that open by telling the reader what to do ("Choose a vase")."""
        count, prose = 0, self.prose
        for k, s in enumerate(self.sentences):
            first = WORD.search(prose, s.start, s.end)  # the first word, without the sentence's tokens
            if first is None or first.group(0).lower() not in genre_.IMPERATIVES:
                continue
            words = self.sentence_tokens(k)
            if len(words) >= 3 and words[0].lower in genre_.IMPERATIVES \
                    and words[1].lower in genre_.OBJECT_STARTS and not self.in_quote(words[0].start, words[0].end):
                count += 1
        return count

    # -- quotations ----------------------------------------------------------------------
    @property
    def quotes(self) -> list[quotes.Quote]:
        if self._quotes is None:
            paragraphs = [(b.start, b.end, k) for b, k in zip(self.blocks, self._kinds)]
            found = quotes.find(self.prose, paragraphs, self._markup_quotes)
            classified = self._same_speaker(self._classify(q) for q in found)
            self._quotes = [q for q in classified if q.kind != "scare"]
            self._scare = [(q.start, q.end) for q in classified if q.kind == "scare"]
            self._quote_starts = [q.start for q in self._quotes]
        return self._quotes

    def in_scare_quote(self, start: int, end: int) -> bool:
        """Are these words inside quotation marks that no speaker is read for (a scare quote:
        'the plan is "visionary"', 'an "incredible campaign"')? The marks say the words are
        somebody's, or the reporter's distance from them, not the reporter's plain claim."""
        self.quotes
        return any(s < start and end < e for s, e in self._scare)

    def _same_speaker(self, classified):
        """A short quotation in the same sentence as an attributed one is that speaker's too,
        whether the attributed one comes first ('He alleged he was "targeted" and suffered
        "barbaric" abuse.') or last, where news puts the tag: 'The attacks were "despicable" and
        have "no place in our country," Trump said.'"""
        found = list(classified)
        for order in (range(len(found)), range(len(found) - 1, -1, -1)):
            other = None
            for k in order:
                q = found[k]
                if q.kind == "scare" and other is not None and self._shares_tag(other, q):
                    q = found[k] = _replace(q, "partial")
                other = q
        return found

    def _shares_tag(self, attributed, q) -> bool:
        """Is `q` in the same sentence as the attributed quotation, with no sentence's end between?"""
        if not (attributed.kind == "partial" or attributed.verb and attributed.kind in ("speech", "short")):
            return False
        first, last = (attributed, q) if attributed.start < q.start else (q, attributed)
        # the sentence may end inside the first's marks: 'was "spectacular." "We loved it," ...'
        ending = self.prose[first.start:first.end].rstrip("\"”’'»")[-1:]
        return ending not in (".", "!", "?") and not any(c in ".!?\n\r" for c in self.prose[first.end:last.start])

    def _classify(self, q):
        """A short quotation is the speaker's when the sentence attributes it or it is in a
        headline; otherwise it is the reporter's scare quote. Quoted titles are names."""
        if q.kind != "short":
            return q
        inner = self.prose[q.start + 1:q.end - 1].strip(" '`’‘\"“”")
        words = inner.split()
        if len(words) >= 2 and all(w[:1].isupper() or w.lower() in names.CONNECTORS for w in words) \
                and inner[-1:] not in ",.!?":
            return _replace(q, "title")
        single = self.prose[q.start] in "'‘"
        if q.verb or single and self.block_kind(q.start) in ("headline", "subheading", "caption"):
            return _replace(q, "partial")  # attributed, or a headline's 'quoted' word
        if len(words) >= 3 and any(_clause_verb(w.lower().replace("’", "'").strip(",.!?")) for w in words):
            return _replace(q, "partial")  # a clause is somebody's line: 'a "people are saying" line'
        if inner[:1].isupper() and self.prose[q.start:q.end].rstrip("\"”’'»")[-1:] in (".", "!", "?") \
                and self.prose[:q.start].rstrip()[-1:] in ("", ".", "!", "?", ":", "\"", "”"):
            return _replace(q, "partial")  # a sentence of its own is somebody's line: '... said. "He's amazing."'
        return _replace(q, "scare")

    def in_quote(self, start: int, end: int) -> bool:
        q = self.quote_at(start)
        return q is not None and end <= q.end

    def quote_at(self, offset: int):
        quotes_ = self.quotes
        i = bisect.bisect_right(self._quote_starts, offset) - 1
        while i >= 0:  # a quotation inside another (a <q> in a blockquote) may start later
            q = quotes_[i]
            if q.start <= offset < q.end:
                return q
            if i and quotes_[i - 1].end > offset:
                i -= 1
                continue
            return None
        return None

    # -- names ---------------------------------------------------------------------------
    def in_name(self, start: int, end: int) -> bool:
        if self._names is None:
            self._names = self._find_names()
            self._name_starts = [s for s, _ in self._names]
        i = bisect.bisect_right(self._name_starts, start) - 1
        return i >= 0 and self._names[i][0] <= start and end <= self._names[i][1]

    def in_longer_name(self, start: int, end: int) -> bool:
        """Is [start, end) one word of a longer name ("Bombay" in "Royal Bombay Yacht Club")?"""
        if not (re.search(r"[A-Z][\w'’.-]*[ -]$", self.prose[max(0, start - 40):start])
                or re.match(r"[ -][A-Z]", self.prose[end:end + 2])):
            return False  # no capitalised neighbour: no need to find the story's names
        if not self.in_name(start, end):
            return False
        i = bisect.bisect_right(self._name_starts, start) - 1
        s, e = self._names[i]
        before, after = self.prose[s:start], self.prose[end:e]
        return bool(re.search(r"[A-Z][\w'’.-]*[ -]$", before) or re.match(r"[ -][A-Z]", after))

    def _find_names(self) -> list[tuple[int, int]]:
        headline_blocks = {i for i, (b, kind) in enumerate(zip(self.blocks, self._kinds))
                           if kind in ("headline", "subheading") and names.title_case_block(
                               WORD.findall(self.prose, b.start, b.end))}
        spans = names.spans(self.prose, self.sentences, headline_blocks, WORD)
        spans += [(q.start, q.end) for q in self.quotes if q.kind == "title"]
        return _merge(spans)

    # -- attribution ---------------------------------------------------------------------
    def attribution(self, sentence_index: int, window=window_.DEFAULT, skip: tuple[int, int] | None = None):
        """The named source covering a sentence: in it, or within `window` (a `window.Window`,
        or a whole number of sentences before and after it in the same paragraph); None if
        nobody is named. Words in `skip` (a rule's trigger) are not read as a source."""
        if isinstance(window, int):
            window = window_.Window(window, next_paragraph=False)
        return window_.covering(self, sentence_index, window, skip)

    def named_earlier(self, sentence_index: int, lemmas: frozenset) -> bool:
        """Did a sentence before this one name a source that is one of these nouns?"""
        return story.named_earlier(self, sentence_index, lemmas)

    def story_source(self, sentence_index: int, start: int, end: int) -> bool:
        """Is the crowd in [start, end) the kind of source the story quotes throughout, a lede's
        summary of the voices the story names below, experts the story names right below, or a
        side whose next sentence names one of them?"""
        return story.story_source(self, sentence_index, start, end) \
            or window_.summed_up_in_lede(self, sentence_index, start, end) \
            or relay.belief_after_account(self, sentence_index,
                                          [t for t in self.sentence_tokens(sentence_index) if start <= t.start < end]) \
            or window_.experts_named_below(self, sentence_index, start, end) \
            or window_.side_named_next(self, sentence_index, start, end)

    def reported(self, start: int, end: int) -> bool:
        """Are these words what a named source is reported as saying ("Smith said the plan
        was revolutionary"; "The plan is revolutionary, the ministry said"), or words framed as
        somebody else's ("hailed as revolutionary", "as revolutionary as promised")? The
        source's own words ("the legendary coach said") are not reported speech."""
        i = self.sentence_at(start)
        if i < 0 or start >= self.sentences[i].end:
            return False
        words = self.sentence_tokens(i)
        if any(t.lemma in REPORTING and not (k and words[k - 1].lower in _NOT_TOLD)
               for k, t in enumerate(words) if start <= t.start < end):
            # the verb of saying is the reporter's choice ("claiming that"), not the infinitive or
            # the passive of a set phrase ("needless to say", "it is important to note", "worth
            # noting", "it should be noted")
            return False
        source = self.direct_source(i)
        if source is not None and source.cue_start >= 0 and start < source.start \
                and self._tag_set_off(source, start, end):
            return True  # "Luckily, Fischer says, his husband did "most of" it": the opening is theirs
        tag = self._crowd_tag(i)
        if tag is not None and end <= tag:
            # "One of the most disturbing aspects, many experts say, is ...": the crowd's words,
            # however vague (Sourcing.WeaselWords asks who they are)
            return True
        said = self._saying_that_before(i, start)
        if said is not None and source is not None and source.kind in ("named", "institution", "pronoun"):
            return True  # 'John Doerr told Page that a world-class CEO would do "a much better job"'
        if said is not None and said.lower.endswith("ing") and (source is not None or self._quoted_speech(i)):
            return True  # '"...," he joked, adding that the iconic franchise was great'
        if source is not None and source.cue_start >= 0 and not self._quoted_speech(i, before=start) \
                and self._quoted_speech(i) and start >= max(source.end, source.cue_end) \
                and not self.prose.startswith("according", source.cue_start) \
                and not self.prose[source.cue_start:source.cue_end].endswith("ing") \
                and not speech.finding_object(self, i, source, start):
            # a quotation later in the sentence goes on with the speaker's account ('Hocker says
            # the violence was shocking, where "nothing bad happens"'); one the tag follows is
            # what was said, and the words after the tag are the reporter's ('"It failed," Smith
            # said of the shocking attack')
            return True
        if source is not None and source.cue_start >= 0 and self._paraphrase_into_quote(i, source, start):
            return True  # 'The goal will undoubtedly need advisers "on the ground and in harm's way," Mr. Gates said.'
        # (a word or two in quotation marks is the source's own word inside a paraphrase its tag
        # closes: "had been "abused" by local thugs, the ministry announced")
        if source is not None and source.cue_start >= 0 and not self._quoted_speech(i, min_words=_PHRASE):
            lo, hi = min(source.start, source.cue_start), max(source.end, source.cue_end)
            sentence = self.sentences[i]
            if start >= hi and not self._quoted_speech(i, min_words=_PHRASE if self._told_inside(i, source) else 0) \
                    and not speech.finding_object(self, i, source, start):
                return True  # "Smith said the plan was ...", "According to Smith, the plan ..."
            # (the tag's own words, to a dash that opens another clause: "..., Dr. Anthony Fauci
            # told Congress on Tuesday -- issuing a plea for people to avoid crowds")
            dash = _CLAUSE_DASH.search(self.prose, hi, sentence.end)
            tail = WORD.findall(self.prose, hi, dash.start() if dash else sentence.end)
            before = self.prose[max(sentence.start, lo - 3):lo]
            verb = self.prose[source.cue_start:source.cue_end].split()[0].lower()
            finite = verb == "according" or not verb.endswith("ing")  # not "..., urging X"
            content = WORD.findall(self.prose, sentence.start, lo)
            if end <= lo and finite and _tag_tail(tail) and len(content) >= 3 and \
                    any(c in before for c in ",\"”'’"):
                return True  # "The plan is ..., Smith said (on Monday)."
        return speech.framed(self, i, start, end) or speech.opened_as_theirs(self, i, start)

    def _paraphrase_into_quote(self, i: int, source, start: int) -> bool:
        """Is the sentence a paraphrase that runs into a quotation its closing tag names (wire
        style: 'The goal will require advisers "on the ground," Mr. Gates said.'), with these
        words in the paraphrase? Then all of it is the speaker's account, however long the
        quotation (a quotation that opens the sentence is handled as speech)."""
        sentence = self.sentences[i]
        lo, hi = min(source.start, source.cue_start), max(source.end, source.cue_end)
        verb = self.prose[source.cue_start:source.cue_end].split()[0].lower()
        if verb == "according" or verb.endswith("ing") or start >= lo:
            return False
        last = max((q for q in self.quotes if sentence.start <= q.start < lo), key=lambda q: q.start, default=None)
        # (not a quotation opening right after a full stop the splitter missed: 'from Mexico."There's
        # ...'; nor one that opens with the sentence's verb, after the reporter's subject: 'The
        # senseless attack "was a disgrace," police said')
        if last is None or start >= last.start or self.prose[last.end:lo].strip(" ,") \
                or self.prose[sentence.start:last.start].rstrip().endswith((".", "!", "?", ":")) \
                or len(WORD.findall(self.prose, sentence.start, last.start)) < 5:
            return False
        opening = WORD.search(self.prose, last.start, last.end)
        if opening is None or opening.group(0).lower() in AUXILIARIES:
            return False
        dash = _CLAUSE_DASH.search(self.prose, hi, sentence.end)
        return _tag_tail(WORD.findall(self.prose, hi, dash.start() if dash else sentence.end))

    def _crowd_tag(self, i: int) -> int | None:
        """Where a crowd's speech tag set off by a comma starts in sentence i (", many experts
        say,", ", critics argue.", ", according to critics."), or None: up to three words naming
        a crowd or a share, then a verb of saying, closing the sentence or set off by another comma."""
        words = [t for t in self.sentence_tokens(i) if not self.in_quote(t.start, t.end)]
        for k in range(1, len(words) - 2):
            # ", according to (his) critics." closing the sentence: the same tag
            if words[k].lower == "according" and words[k + 1].lower == "to" and len(words) - k - 2 <= 3 \
                    and self.prose[words[k - 1].end:words[k].start].strip() == "," \
                    and any(t.lemma in sources.CROWDS for t in words[k + 2:]) \
                    and self.prose[words[-1].end:self.sentences[i].end].strip() in ("", ".", "!", "?"):
                return words[k].start
        for k in range(1, len(words)):
            verb = words[k]
            if verb.lemma not in _CROWD_SAYING or verb.lower.endswith("ing"):
                continue
            m = k - 1  # back to the comma that sets the crowd off
            while m > 0 and k - m < 3 and not self.prose[words[m - 1].end:words[m].start].strip():
                m -= 1
            if m == 0 or self.prose[words[m - 1].end:words[m].start].strip() != "," or not any(
                    t.lemma in sources.CROWDS or t.lower in VAGUE_QUANTIFIERS for t in words[m:k]):
                continue
            after = self.prose[verb.end:self.sentences[i].end].strip()
            if not after or after[0] in ",.;":
                return words[m].start
        return None

    def _tag_set_off(self, source, start: int, end: int) -> bool:
        """Is the source a speech tag set off by commas mid-sentence, after these words ("Luckily,
        Fischer says, his ..."), with a finite verb (not "..., urging X, ...")?"""
        lo, hi = min(source.start, source.cue_start), max(source.end, source.cue_end)
        verb = self.prose[source.cue_start:source.cue_end].split()[0].lower()
        # (the comma may close a quotation: 'to see the most heinous criminals "get what they
        # deserve," says Smith, statistics show')
        return end <= lo and not verb.endswith("ing") and self.prose[max(0, lo - 4):lo].rstrip().rstrip("\"”’'").endswith(",") \
            and _TAG_END.match(self.prose, hi) is not None

    def _saying_that_before(self, i: int, start: int):
        """The verb of saying with "that" ("adding that", "told Page that", "said that") that
        opens the clause these words are in, outside quotations, or None."""
        words = [t for t in self.sentence_tokens(i) if t.start < start]
        for k, verb in enumerate(words):
            if verb.lemma in REPORTING and any(w.lower == "that" and not self.in_quote(verb.start, w.end)
                                               for w in words[k + 1:k + 5]):
                return verb
        return None

    def _told_inside(self, i: int, source) -> bool:
        """Are the sentence's quotations somebody's words that the source's account tells, after
        its cue and tagged by another verb ('witnesses said the attackers stormed in, shouting
        "God is great," and creating a horrific scene'), not the source's own words ('what one
        senator dubbed "hallowed cathedral"', whose tag is the cue)?"""
        s, cue = self.sentences[i], self.prose[source.cue_start:source.cue_end].lower()
        quoted = [q for q in self.quotes if q.verb and s.start <= q.start < s.end]
        # (the account told, "said", "cited witnesses who said"; the words quoted, what its people
        # did as they spoke, "shouting": not '... called the move an "impeachable offense," and
        # earlier circulated a letter ...', whose own paraphrase goes on in the reporter's words)
        return bool(quoted) and cue.split()[0] in _ACCOUNTS and all(
            q.start >= source.cue_end and q.verb.lower().endswith("ing") for q in quoted)

    def _quoted_speech(self, i: int, before: int | None = None, min_words: int = 0) -> bool:
        """Does sentence i quote its speaker directly (before offset `before`, if given; in at
        least `min_words` words)? Then the quotation is what was said."""
        s = self.sentences[i]
        end = s.end if before is None else min(s.end, before)
        return any(q.verb and s.start <= q.start < end and q.words >= min_words for q in self.quotes)

    def direct_source(self, index: int):
        if index not in self._direct:
            self._direct[index] = None  # neighbours may ask about each other: no source meanwhile
            self._direct[index] = sources.direct(self, index)
        return self._direct[index]

    def introduced(self, lemma_, before: int) -> bool:
        """Did a sentence before `before` tie this source noun to a name ("the study")? With
        ("anonymous", lemma): did one quote it unnamed ("a senior official said")?"""
        while len(self._introduced) < before:
            self._introduced.append(sources.introduces(self, len(self._introduced)))
        return any(lemma_ in s for s in self._introduced[:before])


_NOT_TOLD = frozenset("to worth be".split())
_CLAUSE_DASH = re.compile(r"\s(?:—|–|--)\s|;")
_ACCOUNTS = frozenset("said says say told tells cited cites recounted described reported".split())
_PHRASE = 4  # words a quotation needs to be the speech a tag introduces, not a word of the paraphrase


def _clause_verb(word: str) -> bool:
    """A verb that makes a quoted phrase a clause: "are" in "people are saying", "believe"."""
    return word in _CLAUSE_VERBS or lemma(word) in REPORTING


def _replace(q, kind):
    return quotes.Quote(q.start, q.end, q.speaker, q.verb, kind, q.words)


def _merge(spans):
    out = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


# A photo's or a video's caption as a saved page gives it in plain text: "Image copyright AP Image
# caption ...", "... (Photo: Getty Images)", CNN's "Hide Caption 1 of 13", USA Today's video
# "CLOSE ... VPC"
_CAPTION = LazyRe(r"^(?:Image (?:copyright|caption)\b|Caption:|CLOSE\s)|\bHide Caption\b"
                  r"|\((?:Photo|Image|Credit|Pictured)\b[^()]{0,80}\)\.?$|\sVPC$")


def _kind(scope: str, text: str, first: bool) -> str:
    sections = scope.split(".")
    if "heading" in sections:
        return "headline" if "h1" in sections else "subheading"
    if "caption" in sections:
        return "caption"
    if "blockquote" in sections:
        return "blockquote"
    if "list" in sections:
        return "list"
    line = text.strip()
    # `re` would try the pattern at every character of the block: the strings a caption
    # begins or ends with (one of them in every match) are tested first
    if (line.startswith(("Image ", "Caption:", "CLOSE")) or line.endswith((")", ").", "VPC"))
            or "Hide Caption" in line) and _CAPTION.search(line):
        return "caption"
    # a headline may end on a quoted word ("Sanders slams Warren as 'capitalist'"), not a sentence
    # on its closing quote ("He said: 'We will win.'")
    core = line.rstrip("\"”’'»")
    if "\n" not in line and line and len(line.split(None, 16)) <= 16 and \
            (not line.endswith(_TERMINAL) or line.endswith(")") and _title_case(line)
             or core != line and core[-1:].isalnum()):
        return "headline" if first else "subheading"  # (a title may end in its source: "... (Reuters)")
    return "body"


def _deck(line: str) -> bool:
    """Is the line under a headline its deck (standfirst): one line, a sentence or two of up to
    45 words that summarise the story, printed without a stop as headlines are ("Experts warned
    of mission creep after the president ordered ... but most hopefuls back intervention")?"""
    line = line.strip()
    return "\n" not in line and line[-1:].isalnum() and len(line.split(None, 45)) <= 45


def _title_case(line: str) -> bool:
    """Are most of the line's longer words capitalised, as in a headline?"""
    long = [w for w in line.split() if len(w) > 3 and w[:1].isalpha()]
    return len(long) >= 3 and sum(w[:1].isupper() for w in long) * 4 >= len(long) * 3
