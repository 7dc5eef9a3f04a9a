"""Vale's scope language: a list is OR, ``&`` is AND, ``~`` negates, dotted parts match sections.

Each alternative runs on one *unit* of text: blocks of prose, sentences, paragraphs, the summary
or the raw file. Our own scope ``quote`` (text inside direct quotations) is not a unit: it is
split off here and applied to each match's span instead, so ``~quote`` means "prose outside
quotations".
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Part:
    sections: frozenset[str]
    negated: bool


@dataclass(frozen=True)
class Alternative:
    unit: str  # which blocks this alternative runs on: text, sentence, paragraph, summary or raw
    parts: tuple[Part, ...]
    quote: bool | None  # True: only inside quotations; False: only outside; None: either


class ScopeError(ValueError):
    pass


# Every section a block scope can have (ours and Vale's), plus file types: a scope naming
# anything else would silently never run.
KNOWN_SECTIONS = frozenset(
    "text sentence paragraph summary raw quote heading h1 h2 h3 h4 h5 h6 list blockquote table "
    "header cell caption figure attr alt comment line block frontmatter md markdown mdx html htm "
    "txt rst adoc org xml dita".split())


def as_vale_reads(value):
    """A scope as Vale reads it. Vale checks no scope names: a section no block has can only
    be a front-matter key (`title` matches `text.frontmatter.title.md`), so such a part is
    written here as the front-matter scope it is. Our own packs keep the strict check."""
    if not isinstance(value, (str, list)):
        return value
    items = [value] if isinstance(value, str) else value

    def part(raw):
        name = raw.strip().lstrip("~")
        sections = set(name.split("."))
        if not name or sections <= KNOWN_SECTIONS or "frontmatter" in sections:
            return raw
        return raw.replace(name, "frontmatter." + name, 1)

    rewritten = [" & ".join(part(p) for p in item.split("&")) if isinstance(item, str) and "&" in item
                 else part(item) if isinstance(item, str) else item for item in items]
    return rewritten[0] if isinstance(value, str) else rewritten


def parse_scope(value) -> tuple[Alternative, ...]:
    items = [value] if isinstance(value, str) else list(value or ["text"])
    alternatives = []
    for item in items:
        if not isinstance(item, str) or not item.strip():
            raise ScopeError(f"scope entries must be non-empty strings, not {item!r}")
        if " " in item.strip() and "&" not in item:
            raise ScopeError(f"scope {item!r} contains a space; use '&' to combine scopes")
        parts, quote, unit = [], None, None
        for raw in item.split("&"):
            raw = raw.strip()
            negated = raw.startswith("~")
            name = raw.lstrip("~")
            if not name:
                raise ScopeError(f"empty scope part in {item!r}")
            if name in ("code", "link", "strong", "emphasis"):
                raise ScopeError(f"scope '{name}' is no longer supported; use 'raw' instead")
            sections = frozenset(name.split("."))
            unknown = sorted(sections - KNOWN_SECTIONS)
            if unknown and "frontmatter" not in sections:  # front-matter keys are the writer's
                raise ScopeError(f"unknown scope '{unknown[0]}' in {item!r} (known scopes include "
                                 f"text, heading, list, blockquote, table, sentence, paragraph, "
                                 f"summary, raw and quote)")
            if sections == {"quote"}:
                quote = not negated
                continue
            if not negated:
                for candidate in ("sentence", "paragraph", "summary", "raw"):
                    if candidate in sections:
                        unit = candidate
            parts.append(Part(sections, negated))
        alternatives.append(Alternative(unit or "text", tuple(parts), quote))
    return tuple(alternatives)


def block_matches(alternative: Alternative, scope: str) -> bool:
    """Does a block with this scope string (e.g. ``sentence.text.md``) satisfy the alternative?"""
    sections = set(scope.split("."))
    for part in alternative.parts:
        if part.negated:
            if sections & {"raw", "summary"} or part.sections <= sections:
                return False
        elif not part.sections <= sections:
            return False
    return True
