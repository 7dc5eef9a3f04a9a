"""The grammar rules' view of the shared document analysis: a sentence's tokens with
punctuation and clitics, the sentences holding a rule's words, and what the analysis says
about quotation, attribution and the sentences before a match."""
from __future__ import annotations

from ..analysis import ASCII_WORD_OR_MARK as _ASCII_WORD_OR_MARK, WORD_OR_MARK as _WORD_OR_MARK, Token
from ..grammar import TokenList
from ..wordclasses import CLITIC
from ..sources import CROWDS
from ..words import FUNCTION_WORDS, REPORTING, VAGUE_QUANTIFIERS

# Grammar patterns read the analysis's words, the marks between them (quotation tags) and
# clitics ("it" "'s", "do" "n't"): a sentence's tokens are re-cut here, on demand.


_STORY_REACH = 200  # sentences back that a repeated figure is looked for (a long story's length)


class _View:
    def __init__(self, ctx):
        self.analysis = analysis = ctx.analysis
        self.text, self.prose = ctx.text, ctx.prose
        self.sentences = analysis.sentences
        self._tokens, self._with = {}, {}
        lowered = self.prose.lower()
        self.lowered = lowered = lowered if len(lowered) == len(self.prose) else None
        tokens = _ASCII_WORD_OR_MARK if self.prose.isascii() else _WORD_OR_MARK
        self._words = [_sentence_words(self.prose, lowered, s.start, s.end, tokens) for s in self.sentences]
        self._where: tuple | None = None  # (vocabulary, {word or mark: sentences})
        self._lower_texts: list | None = None  # each sentence's lower-case text (`matching`)

    def where(self, vocabulary: frozenset) -> dict[str, set]:
        """The sentences holding each word or mark of the grammar rules' vocabulary (one set
        intersection per sentence: most words of a document are in no rule's vocabulary)."""
        if self._where is None or self._where[0] is not vocabulary:
            found = {}
            for index, words in enumerate(self._words):
                for word in words & vocabulary:
                    if word in found:
                        found[word].add(index)
                    else:
                        found[word] = {index}
            self._where, self._with = (vocabulary, found), {}
        return self._where[1]

    def sentences_with(self, words: frozenset, where: dict) -> set:
        """Sentences holding any of `words`, from the `where` of a vocabulary holding them all."""
        found = self._with.get(words)
        if found is None:
            # Only the words the document has, found by walking the smaller side: a verb class
            # lists every form of its verbs, a document holds few of a vocabulary's words
            present = [w for w in where if w in words] if len(where) < len(words) else \
                [w for w in words if w in where]
            found = self._with[words] = set().union(*(where[w] for w in present))
        return found

    def narrowed(self, sentences: set, words: frozenset) -> set:
        """Those of `sentences` that hold any of `words` (one C-level test per sentence)."""
        words_of = self._words
        return {i for i in sentences if not words_of[i].isdisjoint(words)}

    def matching(self, expression, sentences) -> list:
        """Those of `sentences` whose lower-case text a pattern's prefilter (core/prefilter.py)
        finds; all of them when lower case moves offsets ("İ"). Each sentence is a string of
        its own, so that a look-behind never sees before it."""
        if self.lowered is None:
            return list(sentences)
        if self._lower_texts is None:
            lowered = self.lowered
            self._lower_texts = [lowered[s.start:s.end] for s in self.sentences]
        texts, search = self._lower_texts, expression.search
        return [i for i in sentences if search(texts[i])]

    def sentences_where(self, accepts) -> set:
        """Sentences holding a word that `accepts` (a slower test for suffixes and NUM)."""
        return {i for i in range(len(self.sentences)) if any(accepts(t) for t in self.sentence_tokens(i))}

    def sentence_tokens(self, index):
        tokens = self._tokens.get(index)
        if tokens is None:
            found = self.analysis.sentence_tokens_and_marks(index)
            s, prose = self.sentences[index], self.analysis.prose
            if prose.find("'", s.start, s.end) < 0 and prose.find("’", s.start, s.end) < 0:
                tokens = TokenList(found)  # every token is a piece of the sentence: none to cut
            else:
                tokens = TokenList()
                for token in found:
                    lower = token.lower
                    if len(lower) > 2 and ("'" in lower or "’" in lower):  # a word, not a mark ('')
                        tokens += _cut(token)
                    else:
                        tokens.append(token)
            self._tokens[index] = tokens
        return tokens

    def before(self, index, count) -> list:
        """Up to `count` sentences before sentence `index` in its paragraph, nearest first; for
        a paragraph's first sentence, the last sentence of the paragraph before (and, when that
        is a heading, the line above it: a dated list item's title)."""
        out, paragraph = [], self.sentences[index].paragraph
        for j in range(index - 1, max(index - count, 0) - 1, -1):
            if self.sentences[j].paragraph != paragraph:
                break
            out.append(j)
        if count and not out and index > 0 and self.sentences[index - 1].paragraph == paragraph - 1:
            # the paragraph opens: the sentence that ends the one before (wire copy writes one
            # sentence a paragraph), or the headings right above ("The Jaffa bombing - 1948")
            j = index - 1
            out.append(j)
            while j > 0 and index - j < 2 and self.sentences[j].kind in ("headline", "subheading") \
                    and self.sentences[j - 1].paragraph == self.sentences[j].paragraph - 1:
                j -= 1
                out.append(j)
        return out

    def in_quote(self, start, end):
        return self.analysis.in_quote(start, end)

    def quiet_kind(self, index):
        """A headline, or a photo's caption, summarises a story sourced below it."""
        return self.sentences[index].kind in ("headline", "subheading", "caption")

    def attributed(self, index, start, end, window):
        """A named source in the sentence or within the rule's window (the analysis knows a
        vague crowd or "it is believed" names nobody), outside the trigger's own words."""
        return self.analysis.attribution(index, window, skip=(start, end)) is not None

    def named_earlier(self, index, lemmas) -> bool:
        """Did the story name one of these sources before sentence `index` ("a survey by
        Pew", "the BSA, which commissioned the survey")?"""
        return self.analysis.named_earlier(index, lemmas)

    def stated_earlier(self, index, tokens) -> bool:
        """Did a sentence before `index` give the figure of these tokens with all their other
        words ("Police arrested 14 people" before "All 14 people arrested were released")? A
        story repeats a figure it sourced where it first gave it; a list of events that shares
        only a number and a verb ("killing 60") is another event."""
        numbers = {t.lower for t in tokens if t.lower[:1].isdigit()}
        others = {t.lower for t in tokens if t.lower.isalpha() and t.lower not in FUNCTION_WORDS}
        return bool(numbers and others) and any(
            not numbers.isdisjoint(self._words[j]) and others <= self._words[j]
            for j in range(max(0, index - _STORY_REACH), index))

    def story_source(self, index, start, end):
        """Is the crowd of this claim the story's own stated source ("dealers said" twice
        elsewhere in a market report that then says "dealers believe")? A wire convention."""
        return self.analysis.story_source(index, start, end)

    def crowd_reports(self, index, start, end):
        """Is the claim at `start` what unnamed officials of a named side are reported to say
        ("American officials say Russia is behind the unrest", "Western diplomats believe
        ...")? Then it is attributed, if vaguely: which officials is the question, not whether
        anyone said it."""
        tokens = self.analysis.sentence_tokens(index)
        if any(t.lemma in CROWDS for t in tokens if start <= t.start < end):
            return False  # a crowd of its own ("..., but critics say"): another voice, as vague
        words = [t for t in tokens if t.end <= start and not self.analysis.in_quote(t.start, t.end)]
        # The crowd and its verb open the sentence (not "emails from military officials ... is
        # said to"), the crowd placed by a word before it ("American officials", "Western
        # diplomats"); a bare or counted crowd ("Critics say", "Many believe") names nobody,
        # and its indirect speech stays the reporter's claim
        for k, w in enumerate(words[:6]):
            if w.lemma not in REPORTING or w.lower.endswith("ing"):
                continue
            head = next((m for m in (k - 1, k - 2) if m >= 1 and words[m].lemma in CROWDS), None)  # ("officials now say")
            if head is not None and not any(v.lower in VAGUE_QUANTIFIERS or v.lemma in CROWDS for v in words[:head]):
                return True
        return False


def _sentence_words(prose, lowered, start, end, tokens=_WORD_OR_MARK) -> set:
    """The distinct words of a sentence as `sentence_tokens` cuts them (lower case, clitics
    apart, ' for ’) and its marks outside words (the only marks that are tokens), in one C-level
    pass over `lowered`: the prose in lower case, or None when lower case moves offsets ("İ").
    `tokens`: WORD_OR_MARK, or its ASCII form for an ASCII prose."""
    if lowered is None:
        pairs = {(text, text.lower()) for text in tokens.findall(prose, start, end)}
    else:
        words = set(tokens.findall(lowered, start, end))
        if lowered.find("'", start, end) < 0 and lowered.find("’", start, end) < 0:
            return words
        # Only the few words with an apostrophe are walked in Python: they are cut below
        cut = [w for w in words if len(w) > 2 and ("'" in w or "’" in w)]
        words.difference_update(cut)
        for text in cut:
            words.update(_cut_lower(text, text))
        return words
    words = set()
    for text, lower in pairs:
        if len(text) > 2 and ("'" in text or "’" in text):  # a word, not a mark: cut its clitic
            words.update(_cut_lower(text, lower))
        else:
            words.add(lower)
    return words


def _cut_lower(text, lower):
    """The lower-case parts `_cut` makes of a word token with this text and lower case."""
    m = CLITIC.search(text)
    lower = lower.replace("’", "'")
    return [lower] if not m else [lower[:m.start()], lower[m.start():]]


def _cut(token):
    """A word token, with a clitic split off as a token of its own, in lower case with ' for ’."""
    m = CLITIC.search(token.text)
    lower = token.lower.replace("’", "'")
    if not m:
        return [Token(token.start, token.end, token.text, lower, token.lemma, token.sentence)]
    cut = token.start + m.start()
    return [Token(token.start, cut, token.text[:m.start()], lower[:m.start()], lower[:m.start()], token.sentence),
            Token(cut, token.end, m.group(0), lower[m.start():], lower[m.start():], token.sentence)]


def document_view(ctx):
    """The grammar's view of one document, built once and shared by all grammar rules."""
    return ctx.computed(_View)
