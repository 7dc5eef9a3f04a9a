"""What a Vale configuration says not to lint: `SkippedScopes` (block tags skipped whole),
`IgnoredClasses` (elements of these HTML classes skipped) and `IgnoredScopes` (inline tags
whose words are masked). Tag names are HTML's, as Vale reads every format through HTML:
`blockquote`, `li`, `table`, `figure`, `pre`; `strong`, `em`, `code`, `a`."""
from __future__ import annotations

from dataclasses import dataclass

VALE_SKIPPED = frozenset({"script", "style", "pre", "figure", "noscript", "iframe"})
VALE_CLASSES = frozenset({"problematic", "pre", "code"})
VALE_IGNORED = frozenset({"tt", "code", "kbd"})


@dataclass(frozen=True)
class Skips:
    blocks: frozenset = VALE_SKIPPED
    classes: frozenset = VALE_CLASSES
    inline: frozenset = VALE_IGNORED

    @classmethod
    def from_vale(cls, skipped=(), classes=(), ignored=()) -> "Skips":
        """Each list replaces Vale's default, except classes, which add to it (as in Vale)."""
        return cls(frozenset(skipped) or VALE_SKIPPED, VALE_CLASSES | frozenset(classes),
                   frozenset(ignored) or VALE_IGNORED)

    def skips_element(self, tag: str, classes: str = "") -> bool:
        return tag in self.blocks or tag in self.inline or bool(self.classes & set(classes.split()))
