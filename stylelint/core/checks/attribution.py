"""attribution (ours): a sentence that makes a claim an editor would want sourced, and names
no source in the same sentence.

Cue lists are data in the rule file:
- `triggers`: named groups of patterns that make a sentence need a source (a vague crowd as
  source, an anonymous source, a statistic, an accusation, a prediction about people), each
  with an optional message of its own;
- `attributions` (optional): extra patterns that attribute a sentence, on top of the document
  analysis, which already knows a named source (a reporting verb whose subject names somebody,
  "according to", a quotation's speaker, a study tied to a name, "the researchers" pointing
  back to researchers named earlier, a citation or link).
A sentence with a trigger outside quotations and no source is flagged once, at its first
trigger. A cue that lies inside a trigger's own match does not count: a trigger such as "some
experts say" carries its verb, and the analysis reads its vague subject as nobody.
`window: N` lets the N sentences before and after the claim, in the same paragraph, source it
too (AP: restate the attribution unless context makes the source perfectly clear); a mapping
(`sentences`, `next_paragraph`) reaches the next paragraph's opening as well (core/window.py).
"""
from __future__ import annotations

from ..patterns.compiling import finditer
from ..patterns.messages import format_message
from ..window import NONE as NO_WINDOW, Window
from .base import Hit, Rule, RuleError


class Attribution(Rule):
    KEYS = {"triggers": "list", "attributions": "strlist", "exceptions": "strlist", "vocab": "bool",
            "ignorecase": "bool", "window": "int|map"}

    def __init__(self, rule_id, data, vocab=()):
        super().__init__(rule_id, data, ())
        ignorecase = data.get("ignorecase", True)
        self.triggers = []
        for index, trigger in enumerate(data.get("triggers") or []):
            if not isinstance(trigger, dict) or not isinstance(trigger.get("patterns"), list) \
                    or not trigger["patterns"]:
                raise RuleError("each trigger needs 'patterns': a list of regular expressions",
                                "triggers", index)
            unknown = set(trigger) - {"name", "patterns", "message"}
            if unknown:
                raise RuleError(f"unknown key '{sorted(unknown)[0]}' in a trigger (allowed: name, "
                                f"patterns, message)", "triggers", index)
            body = "|".join(f"(?:{p})" for p in trigger["patterns"])
            self.triggers.append((trigger.get("name", f"trigger {index + 1}"),
                                  self.compile(body, "triggers", ignorecase, index),
                                  trigger.get("message")))
        if not self.triggers:
            raise RuleError("an attribution rule needs 'triggers'", "triggers")
        cues = data.get("attributions") or []
        self.attribution = self.compile("|".join(f"(?:{c})" for c in cues), "attributions",
                                        ignorecase) if cues else None
        try:
            self.window = Window.read(data.get("window"), NO_WINDOW)
        except ValueError as exc:
            raise RuleError(str(exc), "window") from None
        self.build_exceptions(data.get("exceptions") or [])

    def prefilters(self):
        return [pattern for _, pattern, _ in self.triggers]

    # Sentences of every prose block, lists and blockquotes included; the rule's own scope
    # still decides which blocks (e.g. `~heading`).
    BLOCK_UNIT = "text"

    def check(self, ctx, block, string):
        return self._block(ctx, block)

    def _block(self, ctx, block):
        """Triggers are searched once per block (they are rare), and only the sentences that
        hold one are looked at: attribution cues are common, so they are never scanned for
        in sentences that need no source."""
        prose = ctx.prose
        hits = []
        for order, (name, pattern, message) in enumerate(self.triggers):
            for m in finditer(pattern, prose, block.start, block.end):
                if not m.group(0).strip() or ctx.in_quote(m.start(), m.end()):
                    continue
                if self.excepted(prose, m.start(), m.end(), block):
                    continue
                hits.append((m.start(), m.end(), order, name, message))
        if not hits:
            return
        analysis = ctx.analysis
        by_sentence: dict[int, list] = {}
        for hit in hits:
            by_sentence.setdefault(max(analysis.sentence_at(hit[0]), 0), []).append(hit)
        sentences = analysis.sentences
        for i in sorted(by_sentence):
            sentence = sentences[i]
            if ctx.in_quote(sentence.start, sentence.end):
                continue
            triggers = by_sentence[i]
            if analysis.attribution(i, self.window) is not None:
                continue
            if self._cued(ctx, sentence, triggers) or any(
                    self._cued(ctx, sentences[j], by_sentence.get(j, []))
                    for j in range(max(i - self.window.sentences, 0),
                                   min(i + self.window.sentences + 1, len(sentences)))
                    if j != i and sentences[j].paragraph == sentence.paragraph):
                continue
            first = min(triggers, key=lambda h: (h[2], h[0]))
            yield Hit(first[0], first[1], (prose[first[0]:first[1]], first[3], first[4]))

    def _cued(self, ctx, sentence, triggers):
        """One of the rule's own cues anywhere in the sentence, except one that lies inside a
        trigger's own words: in "some experts say" or "according to a source" the cue names
        nobody ("it was reported by the BBC" still counts: "reported by" reaches past it)."""
        if self.attribution is None:
            return False
        for m in finditer(self.attribution, ctx.prose, sentence.start, sentence.end):
            if m.end() == m.start():
                continue
            if any(t_start <= m.start() and m.end() <= t_end for t_start, t_end, *_ in triggers):
                continue
            return True
        return False

    def format(self, hit):
        matched, name, message = hit.args
        return format_message(message or self.message, [matched, name])


RULE = Attribution
