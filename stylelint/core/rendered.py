"""The prose as Vale lints it: inline markup rendered away, with a map back to the file.

stylelint's prose keeps every character in place (markup becomes spaces), so positions are
exact. Vale lints the text its HTML renderer produces instead, where `the **Project** field`
reads `the Project field` and `([API](url))` reads `(API)`; a Vale rule written for that text
(a spacing or dash rule) misfires on the spaces the markup left. For Vale's rules (not ours),
the readers' `dropped` spans -- emphasis marks, link brackets and targets, inline tags,
comments, padding of decoded entities -- are deleted from the prose, and every match found
in the result is mapped back to its exact place in the original.
"""
from __future__ import annotations

from dataclasses import replace

from .markup import Block, Parsed


class Rendered:
    """The rendered string of a document and the offsets of its characters in the original."""

    def __init__(self, prose: str, dropped: list[tuple[int, int, bool]], code=(), text="", shown=()):
        if shown:  # masked for our rules, the original words for Vale's (URLs in plain text)
            chars = list(prose)
            for start, end in shown:
                chars[start:end] = text[start:end]
            prose = "".join(chars)
        gone = bytearray(len(prose) + 1)  # 1: markup that separates words, 2: padding
        for start, end in code:
            gone[start:end] = b"\x03" * (end - start)  # kept: masked inline code
        for start, end, separates in sorted(dropped, key=lambda d: d[2]):
            gone[start:end] = (b"\x01" if separates else b"\x02") * (end - start)
        chars: list[str] = []
        self.code: list[bool] = []  # per rendered character: inside inline code
        self.back: list[int] = []  # rendered offset -> original offset
        self.forward = [0] * (len(prose) + 1)  # original offset -> rendered offset
        separated = False  # a tag was removed since the last character kept
        for i, char in enumerate(prose):
            self.forward[i] = len(chars)
            if gone[i] in (1, 2):
                separated = separated or gone[i] == 1
                continue
            if separated and chars and chars[-1].isalnum() and char.isalnum():
                chars.append(" ")  # `word<b>bold</b>` renders as two words, as in Vale
                self.back.append(i - 1)
                self.code.append(False)
            separated = False
            chars.append(char)
            self.back.append(i)
            self.code.append(gone[i] == 3)
        self.forward[len(prose)] = len(chars)
        self.back.append(len(prose))
        self.prose = "".join(chars)

    def block(self, block: Block) -> Block:
        """A block over the rendered string; masked code at its edges is part of it, as Vale
        keeps inline code (as `*`) in a block's text."""
        start, end = self.forward[block.start], self.forward[block.end]
        return Block(self._past_code(start, -1), self._past_code(end, 1), block.scope)

    def _past_code(self, at: int, step: int) -> int:
        """`at` moved over masked inline code (and the spaces before it) on its line."""
        def char(i):  # the character `at` would take in next
            return i - 1 if step < 0 else i
        while True:
            i = at
            while 0 <= char(i) < len(self.prose) and self.prose[char(i)] in " \t":
                i += step
            if not (0 <= char(i) < len(self.prose) and self.code[char(i)]):
                return at
            while 0 <= char(i) < len(self.prose) and self.code[char(i)]:
                i += step
            at = i

    def to_original(self, hit):
        """A hit found in the rendered string, at its place in the original text; a span that
        crossed markup covers that markup and is never fixed automatically."""
        if not hit.end > hit.start:
            return replace(hit, start=self.back[hit.start], end=self.back[hit.start])
        start, end = self.back[hit.start], self.back[hit.end - 1] + 1
        if end - start != hit.end - hit.start:
            return replace(hit, start=start, end=end, fixable=False)
        return replace(hit, start=start, end=end)


def rendered_parsed(parsed: Parsed, rendered: Rendered) -> Parsed:
    """The reader's result re-expressed over the rendered string."""
    return Parsed(rendered.prose, [rendered.block(b) for b in parsed.blocks], [], parsed.counts)

