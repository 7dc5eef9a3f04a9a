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
        unless_before: 1                               # ... or the sentence before (or heading above)
        unless_story: [survey]                         # ... or the story named a survey before it
        unless_repeated: true                          # ... or gave the same figure before it
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
import json

from ..grammar import GrammarError, Pattern, commonness
from ..prefilter import prefilter_of
from ..wordclasses import build_class, inflections
from ..window import DEFAULT as DEFAULT_WINDOW, Window
from ..patterns.messages import format_message
from .base import Hit, Rule, RuleError
from .grammar_view import document_view


# The words or marks that key some grammar rule built in this process (each pattern's most
# telling required set): each document is indexed once by all of them, whichever rule asks
# first (a union only grows, so it holds the words of every rule built before the document is
# read). Common words of a pattern's later sets ("the", ",") are looked up in its few
# candidate sentences only.
_VOCABULARY: frozenset = frozenset()


def _need_words(words: frozenset) -> None:
    global _VOCABULARY
    if not words <= _VOCABULARY:
        _VOCABULARY = _VOCABULARY | words


class _Built(dict):
    def put(self, key, value):
        self[key] = value


# What building a grammar rule made, by the rule keys it was made from; the project layer
# keeps it on disk (use_built_memo), as it does the pattern analyses.
_BUILT_FROM = ("classes", "phrases", "triggers", "needs_source", "window")
_BUILT = _Built()
_BUILT_STATE = {"triggers": list, "needs_source": bool, "window": Window, "_required": dict,
                "_by_word": dict, "_unkeyed": list, "_verb_forms": dict}


def use_built_memo(memo) -> None:
    """Keep built grammar rules in `memo` (`get(key)`, `put(key, value)`)."""
    global _BUILT
    _BUILT = memo


def _well_built(built) -> bool:
    """A built state as `_build` makes it (a memo from other code may hold something else)."""
    return isinstance(built, dict) and built.keys() == _BUILT_STATE.keys() and \
        all(isinstance(built[k], t) for k, t in _BUILT_STATE.items())


class Grammar(Rule):
    KEYS = {"classes": "map", "phrases": "strmap", "triggers": "list", "needs_source": "bool",
            "window": "int|map"}
    BLOCK_KIND = "text"

    def __init__(self, rule_id, data, vocab=()):
        super().__init__(rule_id, data, ())
        # Building parses every pattern and inflects every verb class: a third of a cold
        # start. What it builds depends only on these keys, so it is kept (use_built_memo).
        key = json.dumps([data.get(k) for k in _BUILT_FROM], sort_keys=True, default=str)
        built = _BUILT.get(key)
        if not _well_built(built):
            built = self._build(data)
            _BUILT.put(key, built)
        self.__dict__.update(built)
        self._prefiltering = False
        _need_words(frozenset(self._by_word))

    @classmethod
    def _build(cls, data) -> dict:
        classes = {}
        for name, value in (data.get("classes") or {}).items():
            try:
                classes[name] = build_class(name, value)
            except GrammarError as exc:
                raise RuleError(str(exc), name) from None  # reported at the class's own line
        phrases = {}
        for name, source in (data.get("phrases") or {}).items():  # in order: later ones use earlier
            try:
                phrases[name] = Pattern(str(source), classes, phrases, anchored=False)
            except GrammarError as exc:
                raise RuleError(f"phrase {name}: {exc}", name) from None
        triggers = [cls._trigger(trigger, classes, phrases, index)
                    for index, trigger in enumerate(data.get("triggers") or [])]
        if not triggers:
            raise RuleError("a grammar rule needs 'triggers', each with 'patterns'", "triggers")
        try:
            window = Window.read(data.get("window"), DEFAULT_WINDOW)
        except ValueError as exc:
            raise RuleError(str(exc), "window") from None
        # Each pattern's required word sets, the most telling first, and the patterns by the
        # words of that first set: a document is tried on the patterns it has a word of.
        required, by_word, unkeyed = {}, {}, []
        for pattern in (p for trigger in triggers for p in trigger["patterns"]):
            required[pattern] = words = sorted(pattern.required, key=commonness)
            if not words:
                unkeyed.append(pattern)
            for word in words[0] if words else ():
                by_word.setdefault(word, []).append(pattern)
        verb_forms: dict[str, set] = {}
        for word_class in classes.values():
            for tag, words in word_class.forms.items():
                for word in words:
                    verb_forms.setdefault(word, set()).add(tag)
        return {"triggers": triggers, "needs_source": data.get("needs_source", False), "window": window,
                "_required": required, "_by_word": by_word, "_unkeyed": unkeyed, "_verb_forms": verb_forms}

    @staticmethod
    def _trigger(trigger, classes, phrases, index):
        if not isinstance(trigger, dict) or not isinstance(trigger.get("patterns"), list) or not trigger["patterns"]:
            raise RuleError("each trigger needs 'patterns': a list of grammar patterns", "triggers", index)
        allowed = ("name", "patterns", "message", "unless", "unless_before", "unless_story",
                   "unless_repeated", "suggest", "confidence")
        unknown = set(trigger) - set(allowed)
        if unknown:
            raise RuleError(f"unknown key '{sorted(unknown)[0]}' in a trigger (allowed: {', '.join(allowed)})",
                            "triggers", index)
        story = trigger.get("unless_story") or []
        if not isinstance(story, list) or not all(isinstance(w, str) for w in story):
            raise RuleError("a trigger's 'unless_story' must be a list of source nouns (survey, poll)",
                            "triggers", index)
        before = trigger.get("unless_before", 0)
        if not isinstance(before, int) or isinstance(before, bool) or not 0 <= before <= 5:
            raise RuleError("a trigger's 'unless_before' must be a whole number from 0 to 5 (sentences "
                            "before the match, in its paragraph, where 'unless' also counts)", "triggers", index)
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
                "low": trigger.get("confidence") == "low", "before": before,
                "story": frozenset(w.lower() for w in story), "repeated": trigger.get("unless_repeated") is True}

    def candidates(self, ctx, alternative) -> list:
        """Only the scoped blocks holding the start of a hit: the hits are found for the whole
        document at once, and most blocks of a document hold none (a call per block was a
        tenth of the grammar rules' time)."""
        if alternative.unit not in ("text", "sentence", "paragraph"):
            return ctx.scoped(alternative)
        hits = self._document_hits(ctx)
        return ctx.blocks_at(alternative, [h[0] for h in hits]) if hits else []

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
            # Prefilters from the rule's second document on: one article does not pay for
            # compiling expressions it would use once.
            self._prefiltering = True
        return memory["hits"]

    def _candidates(self, view) -> dict[int, set]:
        """Sentence -> the patterns that can match in it: those whose every required word set
        has a word in the sentence (a few dict lookups per pattern and document)."""
        chosen: dict[int, set] = {}
        where = view.where(_VOCABULARY)
        if len(where) < len(self._by_word):
            keyed = {p for word in where if word in self._by_word for p in self._by_word[word]}
        else:
            keyed = {p for word, patterns in self._by_word.items() if word in where for p in patterns}
        for pattern in self._unkeyed + list(keyed):
            found = None
            for words in self._required[pattern]:
                found = view.sentences_with(words, where) if found is None else view.narrowed(found, words)
                if not found:
                    break
            if found is None:  # nothing required: every sentence where a first word occurs
                found = set(range(len(view.sentences))) if pattern.at_start else \
                    view.sentences_where(pattern.can_start)
            expression = prefilter_of(pattern) if found and self._prefiltering else None
            if expression is not None:
                found = view.matching(expression, found)
            for sentence in found:
                chosen.setdefault(sentence, set()).add(pattern)
        return chosen

    def _sentence_hits(self, view, sentence, patterns):
        tokens = view.sentence_tokens(sentence)
        hits = []
        for trigger in self.triggers:
            found = [h for pattern in trigger["patterns"] if pattern in patterns
                     for h in self._matches(view, pattern, tokens)
                     if self.names == "match" or not _a_name(view, tokens, h[0], h[1])]
            if found and not self._unless(view, sentence, trigger) \
                    and not (trigger["story"] and view.named_earlier(sentence, trigger["story"])):
                if trigger["repeated"]:  # a figure the story gave before is not a new claim
                    found = [h for h in found if not view.stated_earlier(sentence, tokens[h[2][0]:h[2][2]])]
                hits += [(s, e, trigger, span) for s, e, span in found]
        hits = _without_overlaps(hits)
        if self.needs_source and hits:
            if view.quiet_kind(sentence):
                return []
            hits = [min(hits, key=lambda h: (self.triggers.index(h[2]), h[0]))]
            if view.attributed(sentence, hits[0][0], hits[0][1], self.window):
                return []
            s, e, trigger, span = hits[0]
            lower = trigger["low"] or view.story_source(sentence, s, e) or view.crowd_reports(sentence, s, e)
            return [(s, e, self._hit(view, s, e, trigger, tokens, span, lower))]
        return [(s, e, self._hit(view, s, e, trigger, tokens, span, trigger["low"])) for s, e, trigger, span in hits]

    def _may_match(self, view, pattern, index) -> bool:
        """Can the pattern match in sentence `index`, by its prefilter? (Always on a first document.)"""
        expression = prefilter_of(pattern) if self._prefiltering else None
        return expression is None or bool(view.matching(expression, [index]))

    def _unless(self, view, sentence, trigger) -> bool:
        """Does an `unless` pattern match in the sentence, or in the `unless_before` sentences
        before it (for a paragraph's first sentence: the one ending the paragraph before)?"""
        if not trigger["unless"]:
            return False
        for index in [sentence] + view.before(sentence, trigger["before"]):
            patterns = [p for p in trigger["unless"] if self._may_match(view, p, index)]
            if not patterns:  # none can match here: the sentence is not tokenised for them
                continue
            tokens = view.sentence_tokens(index)
            if any(p.search(tokens, s) for p in patterns for s in _starts(p, tokens)):
                return True
        return False

    @staticmethod
    def _matches(view, pattern, tokens):
        for start in _starts(pattern, tokens):
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


def _starts(pattern, tokens):
    """Where in the tokens a match can start: at a first word (a match takes at least one
    token, and its first is one of the pattern's first words or classes), or at the start."""
    if pattern.at_start:
        return range(1)
    if pattern.first_tests:
        return [i for i, token in enumerate(tokens) if pattern.can_start(token)]
    first = pattern.first_words  # only words can start it: one set lookup per token, no call
    return [i for i, token in enumerate(tokens) if token.lower in first]


def _a_name(view, tokens, start: int, end: int) -> bool:
    """One capitalised word inside a sentence that is not in title case is a name ("believes
    that Savaged is the same person": a handle, not the verb)."""
    word = view.text[start:end]
    if not word[:1].isupper() or " " in word or start == tokens[0].start:
        return False
    return sum(1 for t in tokens if t.text[:1].isupper()) * 2 < len(tokens)


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


RULE = Grammar
