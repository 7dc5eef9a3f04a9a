"""grammar (ours): phrase rules written over word classes and lemmas, so one pattern covers
tense, aspect, inflection and optional adverbs, auxiliaries and determiners by construction.

    classes:                       # word lists; `verbs:` are lemmas, inflected at build time
      CROWD: [critics, experts]
      OPINION: {verbs: [believe, argue, maintain]}
      ADV: [long, also, "*ly"]
      AUX: [have, has, had, will, would]
    triggers:
      - name: vague crowd
        message: "'%s' hides who holds this view."     # optional, else the rule's message
        patterns: ["CROWD ADV* AUX* ADV* OPINION"]     # see stylelint/core/grammar.py
        unless: ["by CAP"]                             # quiet if the sentence also has this
        suggest: say                                   # offer this verb, in the matched form
    needs_source: true     # a claim: quiet when the sentence is attributed (shared analysis)
    # a trigger may say `confidence: low`: its alerts come one level below the rule's
    window:                # where else its source may stand (core/window.py); the default:
      sentences: 1         #   a named source one sentence before or after, same paragraph
      next_paragraph: true #   a named speaker quoted, or a source of the claim's kind, opening
                           #   the next paragraph right after a claim that ends its own

Matches never cross a sentence and never lie inside a quotation (the speaker's words, not
ours). With `needs_source`, a sentence is flagged once, at its first trigger.
"""
from __future__ import annotations

import bisect
import re

from ..analysis import WORD, Token
from ..grammar import GrammarError, Pattern, TokenList, build_class, inflections
from ..window import DEFAULT as DEFAULT_WINDOW, Window
from ..patterns.messages import format_message
from .base import Hit, Rule, RuleError



class Grammar(Rule):
    KEYS = {"classes": "map", "phrases": "strmap", "triggers": "list", "needs_source": "bool",
            "window": "int|map"}
    BLOCK_KIND = "text"

    def __init__(self, rule_id, data, vocab=()):
        super().__init__(rule_id, data, ())
        try:
            classes = {name: build_class(name, value) for name, value in (data.get("classes") or {}).items()}
        except GrammarError as exc:
            raise RuleError(str(exc), "classes") from None
        phrases = {}
        for name, source in (data.get("phrases") or {}).items():  # in order: later ones use earlier
            try:
                phrases[name] = Pattern(str(source), classes, phrases, anchored=False)
            except GrammarError as exc:
                raise RuleError(f"phrase {name}: {exc}", "phrases") from None
        self.triggers = []
        for index, trigger in enumerate(data.get("triggers") or []):
            self.triggers.append(self._trigger(trigger, classes, phrases, index))
        if not self.triggers:
            raise RuleError("a grammar rule needs 'triggers', each with 'patterns'", "triggers")
        self.needs_source = data.get("needs_source", False)
        # Every word or mark some trigger pattern requires: all a document is indexed by.
        self._vocabulary = frozenset().union(*(words for trigger in self.triggers
                                               for pattern in trigger["patterns"]
                                               for words in pattern.required))
        try:
            self.window = Window.read(data.get("window"), DEFAULT_WINDOW)
        except ValueError as exc:
            raise RuleError(str(exc), "window") from None
        self._verb_forms: dict[str, set] = {}
        for word_class in classes.values():
            for tag, words in word_class.forms.items():
                for word in words:
                    self._verb_forms.setdefault(word, set()).add(tag)

    @staticmethod
    def _trigger(trigger, classes, phrases, index):
        if not isinstance(trigger, dict) or not isinstance(trigger.get("patterns"), list) or not trigger["patterns"]:
            raise RuleError("each trigger needs 'patterns': a list of grammar patterns", "triggers", index)
        unknown = set(trigger) - {"name", "patterns", "message", "unless", "suggest", "confidence"}
        if unknown:
            raise RuleError(f"unknown key '{sorted(unknown)[0]}' in a trigger (allowed: name, patterns, "
                            f"message, unless, suggest, confidence)", "triggers", index)
        if trigger.get("confidence", "high") not in ("high", "low"):
            raise RuleError("a trigger's 'confidence' must be high or low (low: its alerts come one "
                            "level below the rule's)", "triggers", index)
        try:
            patterns = [Pattern(str(p), classes, phrases) for p in trigger["patterns"]]
            unless = [Pattern(str(p), classes, phrases) for p in trigger.get("unless") or []]
        except GrammarError as exc:
            raise RuleError(str(exc), "triggers", index) from None
        suggest = trigger.get("suggest")
        forms = inflections(str(suggest)) if suggest else None
        return {"name": trigger.get("name", f"trigger {index + 1}"), "message": trigger.get("message"),
                "patterns": patterns, "unless": unless, "suggest": forms,
                "low": trigger.get("confidence") == "low"}

    def check(self, ctx, block, string):
        hits = self._document_hits(ctx)
        i = bisect.bisect_left(hits, (block.start,))
        while i < len(hits) and hits[i][0] < block.end:
            yield hits[i][2]
            i += 1

    def _document_hits(self, ctx):
        memory = ctx.memory(self)
        if "hits" not in memory:
            view = document_view(ctx)
            found = []
            for sentence, patterns in sorted(self._candidates(view).items()):
                found += self._sentence_hits(view, sentence, patterns)
            memory["hits"] = sorted(found, key=lambda h: (h[0], h[1]))
        return memory["hits"]

    def _candidates(self, view) -> dict[int, set]:
        """Sentence -> the patterns that can match in it: those whose every required word set
        has a word in the sentence (a few dict lookups per pattern and document)."""
        chosen: dict[int, set] = {}
        where = view.where(self._vocabulary)
        for trigger in self.triggers:
            for pattern in trigger["patterns"]:
                found = None
                for words in sorted(pattern.required, key=len):
                    within = view.sentences_with(words, where)
                    found = within if found is None else found & within
                    if not found:
                        break
                if found is None:  # nothing required: every sentence where a first word occurs
                    found = set(range(len(view.sentences))) if pattern.at_start else \
                        view.sentences_where(pattern.can_start)
                for sentence in found:
                    chosen.setdefault(sentence, set()).add(pattern)
        return chosen

    def _sentence_hits(self, view, sentence, patterns):
        tokens = view.sentence_tokens(sentence)
        hits = []
        for trigger in self.triggers:
            found = [h for pattern in trigger["patterns"] if pattern in patterns
                     for h in self._matches(view, pattern, tokens)]
            if found and not any(p.search(tokens, s) for p in trigger["unless"] for s in range(len(tokens))):
                hits += [(s, e, trigger, span) for s, e, span in found]
        hits = _without_overlaps(hits)
        if self.needs_source and hits:
            if view.quiet_kind(sentence):
                return []
            hits = [min(hits, key=lambda h: (self.triggers.index(h[2]), h[0]))]
            if view.attributed(sentence, hits[0][0], hits[0][1], self.window):
                return []
            s, e, trigger, span = hits[0]
            lower = trigger["low"] or view.story_source(sentence, s, e)
            return [(s, e, self._hit(view, s, e, trigger, tokens, span, lower))]
        return [(s, e, self._hit(view, s, e, trigger, tokens, span, trigger["low"])) for s, e, trigger, span in hits]

    @staticmethod
    def _matches(view, pattern, tokens):
        for start in range(1 if pattern.at_start else len(tokens)):
            if not pattern.at_start and not pattern.can_start(tokens[start]):
                continue
            span = pattern.search(tokens, start)
            if span is None or span[1] <= span[0]:
                continue
            first, last = tokens[span[0]], tokens[span[1] - 1]
            if not view.in_quote(first.start, last.end):
                yield first.start, last.end, span

    def _hit(self, view, start, end, trigger, tokens, span, lower=False):
        matched = view.text[start:end]
        suggestion, certain = self._suggestion(trigger["suggest"], tokens, span) if trigger["suggest"] else (None, False)
        if not suggestion:
            return Hit(start, end, (matched, trigger["name"], trigger["message"]), lower=lower)
        if matched[:1].isupper():
            suggestion = suggestion[:1].upper() + suggestion[1:]
        return Hit(start, end, (matched, trigger["name"], trigger["message"]), (suggestion,), fixable=certain,
                   lower=lower)

    def _suggestion(self, forms, tokens, span):
        """The suggested verb in the form of the matched one ("blasts" -> "criticizes"), and
        whether that form is certain (a fix is offered only then: "hit" may be past or present)."""
        head = next((t for t in tokens[span[0]:span[1]] if t.lower in self._verb_forms), None)
        if head is None:
            return None, False
        tags = self._verb_forms[head.lower]
        options = {sorted(forms[tag])[0] for tag in tags if forms.get(tag)}
        if len(options) == 1:
            return options.pop(), True
        before = tokens[span[0] - 1].lower if span[0] > 0 else ""
        tag = "VBN" if before in _HAVE else "VB" if before in _BASE_BEFORE else "VBD"
        return (sorted(forms[tag])[0] if forms.get(tag) else None), False

    def format(self, hit):
        matched, name, message = hit.args
        return format_message(message or self.message, [matched, name])

    def format_args(self, matched: str, trigger: dict) -> str:
        """The message a trigger gives for these words (lets reports group alerts by trigger)."""
        return format_message(trigger["message"] or self.message, [matched, trigger["name"]])


def _without_overlaps(hits):
    """The first (and then longest) of hits that overlap: one alert per stretch of words."""
    kept = []
    for hit in sorted(hits, key=lambda h: (h[0], -h[1])):
        if not kept or hit[0] >= kept[-1][1]:
            kept.append(hit)
    return kept


_HAVE = {"have", "has", "had", "'ve", "having"}
_BASE_BEFORE = {"to", "will", "would", "can", "could", "may", "might", "must", "should", "shall",
                "do", "does", "did", "n't", "not", "'ll"}


# -- the grammar's view of the shared document analysis -------------------------------------
# The analysis tokenises words only; grammar patterns also read punctuation (quotation tags)
# and clitics ("it" "'s", "do" "n't"), so a sentence's tokens are re-cut here, on demand.

_GAP = re.compile(r"``|''|[^\w\s]")
_CLITIC = re.compile(r"(?i)(?<=\w)(n['’]t|['’](?:s|re|ve|ll|d|m))$")


class _View:
    def __init__(self, ctx):
        self.analysis = analysis = ctx.analysis
        self.text, self.prose = ctx.text, ctx.prose
        self.sentences = analysis.sentences
        self._tokens, self._with = {}, {}
        self._words = [_sentence_words(self.prose, s.start, s.end) for s in self.sentences]
        self._where: dict[frozenset, dict] = {}  # vocabulary -> {word or mark: sentences}

    def where(self, vocabulary: frozenset) -> dict[str, set]:
        """The sentences holding each word or mark of a rule's vocabulary (one set intersection
        per sentence; most words of a document are in no rule's vocabulary)."""
        found = self._where.get(vocabulary)
        if found is None:
            found = self._where[vocabulary] = {}
            for index, words in enumerate(self._words):
                for word in words & vocabulary:
                    if word in found:
                        found[word].add(index)
                    else:
                        found[word] = {index}
        return found

    def sentences_with(self, words: frozenset, where: dict) -> set:
        """Sentences holding any of `words`, from the `where` of a vocabulary holding them all
        (so the answer is the same whichever rule asks first)."""
        found = self._with.get(words)
        if found is None:
            found = self._with[words] = set().union(*(where.get(w, ()) for w in words))
        return found

    def sentences_where(self, accepts) -> set:
        """Sentences holding a word that `accepts` (a slower test for suffixes and NUM)."""
        return {i for i in range(len(self.sentences)) if any(accepts(t) for t in self.sentence_tokens(i))}

    def sentence_tokens(self, index):
        tokens = self._tokens.get(index)
        if tokens is None:
            tokens = self._tokens[index] = TokenList()
            cursor = self.sentences[index].start
            for token in self.analysis.sentence_tokens(index):
                tokens += _marks(self.prose, cursor, token.start, index)
                tokens += _cut(token)
                cursor = token.end
            tokens += _marks(self.prose, cursor, self.sentences[index].end, index)
        return tokens

    def in_quote(self, start, end):
        return self.analysis.in_quote(start, end)

    def quiet_kind(self, index):
        """A headline summarises a story sourced below it."""
        return self.sentences[index].kind in ("headline", "subheading")

    def attributed(self, index, start, end, window):
        """A named source in the sentence or within the rule's window (the analysis knows a
        vague crowd or "it is believed" names nobody), outside the trigger's own words."""
        return self.analysis.attribution(index, window, skip=(start, end)) is not None

    def story_source(self, index, start, end):
        """Is the crowd of this claim the story's own stated source ("dealers said" twice
        elsewhere in a market report that then says "dealers believe")? A wire convention."""
        return self.analysis.story_source(index, start, end)


def _sentence_words(prose, start, end) -> set:
    """The distinct words of a sentence as `sentence_tokens` cuts them (lower case, clitics
    apart, ' for ’) and its marks, without making the tokens."""
    found = WORD.findall(prose, start, end)
    if prose.find("'", start, end) < 0 and prose.find("’", start, end) < 0:
        words = {text.lower() for text in found}
    else:  # only then can a word hold a clitic to cut off
        words = set()
        for text in set(found):
            lower = text.lower()
            if "'" in lower or "’" in lower:
                words.update(_cut_lower(text, lower))
            else:
                words.add(lower)
    words.update(_GAP.findall(prose, start, end))
    return words


def _cut_lower(text, lower):
    """The lower-case parts `_cut` makes of a word token with this text and lower case."""
    m = _CLITIC.search(text)
    lower = lower.replace("’", "'")
    return [lower] if not m else [lower[:m.start()], lower[m.start():]]


def _cut(token):
    """A word token, with a clitic split off as a token of its own, in lower case with ' for ’."""
    m = _CLITIC.search(token.text)
    lower = token.lower.replace("’", "'")
    if not m:
        return [Token(token.start, token.end, token.text, lower, token.lemma, token.sentence)]
    cut = token.start + m.start()
    return [Token(token.start, cut, token.text[:m.start()], lower[:m.start()], lower[:m.start()], token.sentence),
            Token(cut, token.end, m.group(0), lower[m.start():], lower[m.start():], token.sentence)]


def _marks(prose, start, end, sentence):
    return [Token(m.start(), m.end(), m.group(0), m.group(0), m.group(0), sentence)
            for m in _GAP.finditer(prose, start, end)]


def document_view(ctx):
    """The grammar's view of one document, built once and shared by all grammar rules."""
    return ctx.computed(_View)


RULE = Grammar
