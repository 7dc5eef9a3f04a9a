"""Stable fingerprints for findings: the rule, the matched words and the sentence around them.

Line numbers are left out on purpose, so a finding keeps its fingerprint when lines are added
or removed elsewhere in the file (baselines, SARIF `partialFingerprints`). Case, runs of
whitespace and markup are normalised away: re-wrapping a paragraph or adding emphasis elsewhere
in the sentence does not make an old finding new.
"""
from __future__ import annotations

import bisect
import functools
import hashlib
import re

_SPACE = re.compile(r"[\s\x1a]+")


@functools.lru_cache(maxsize=64)
def normalise(text: str) -> str:
    """(Remembered for the last few texts: the findings of one sentence share it, and a very
    long sentence with thousands of them would otherwise be normalised once for each.)"""
    return _SPACE.sub(" ", text).strip().casefold()


def fingerprint(rule_id: str, matched: str, sentence: str) -> str:
    basis = f"{rule_id}\n{normalise(matched)}\n{normalise(sentence)}"
    return hashlib.sha256(basis.encode("utf-8", "surrogatepass")).hexdigest()[:16]


class Sentences:
    """Finds the sentence around an offset, using the document's own sentence split."""

    def __init__(self, ctx):
        self.ctx = ctx
        self.blocks = sorted(ctx.parsed.blocks, key=lambda b: b.start)
        self.starts = [b.start for b in self.blocks]
        self._sentence_starts: dict = {}

    def around(self, start: int, end: int) -> str:
        i = bisect.bisect_right(self.starts, start) - 1
        if i >= 0 and start < self.blocks[i].end:
            block = self.blocks[i]
            spans = self.ctx.sentences(block.start, block.end)
            starts = self._sentence_starts.get(i)
            if starts is None:  # a long paragraph with many findings: a search, not a scan
                starts = self._sentence_starts[i] = [s for s, _ in spans]
            j = bisect.bisect_right(starts, start) - 1
            if j >= 0 and start < spans[j][1]:
                return self.ctx.prose[spans[j][0]:max(spans[j][1], end)]
            return self.ctx.prose[block.start:block.end]
        # Outside the prose (a whole-file scope): the line holds the finding.
        text = self.ctx.text
        lo = text.rfind("\n", 0, start) + 1
        hi = text.find("\n", end)
        return text[lo:hi if hi >= 0 else len(text)]
