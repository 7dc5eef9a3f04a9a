"""Compiling rule patterns the way Vale does, with the `regex` module and a timeout.

Vale's patterns are .NET-flavoured; `regex` (version 0 semantics) accepts nearly all of them,
and the few rewrites below cover the rest. Every user pattern runs with a timeout so a
catastrophic pattern becomes an error for that rule, not a hung pre-commit hook.
"""
from __future__ import annotations

import os
import re as stdre

import regex

TIMEOUT = float(os.environ.get("STYLELINT_REGEX_TIMEOUT", "2.0"))

WORD_TEMPLATE = r"(?m)\b(?:%s)\b"
NONWORD_TEMPLATE = r"(?m)(?:%s)"

_REWRITES = [
    (stdre.compile(r"\(\?'(\w+)'"), r"(?P<\1>"),
    (stdre.compile(r"\\k<(\w+)>"), r"(?P=\1)"),
    (stdre.compile(r"(?<!\\)\\Z"), r"(?=\\n?\\z)"),
]


class PatternError(ValueError):
    pass


def translate(pattern: str) -> str:
    for old, new in _REWRITES:
        pattern = old.sub(new, pattern)
    return pattern


def compile_pattern(pattern: str, ignorecase: bool = False):
    source = ("(?i)" if ignorecase else "") + translate(pattern)
    try:
        return regex.compile(source, regex.MULTILINE)
    except (regex.error, ValueError, OverflowError) as exc:
        raise PatternError(f"invalid regular expression {pattern!r}: {exc}") from None


def finditer(compiled, text: str, start: int = 0, end: int | None = None):
    """All matches, raising TimeoutError when the pattern takes too long."""
    return compiled.finditer(text, start, len(text) if end is None else end, timeout=TIMEOUT)


def search(compiled, text: str, start: int = 0, end: int | None = None):
    return compiled.search(text, start, len(text) if end is None else end, timeout=TIMEOUT)


_PLAIN = stdre.compile(r"[\w \-'’]*")


def is_plain(text: str) -> bool:
    """Letters, digits, spaces, hyphens and apostrophes only: a phrase, not a pattern."""
    return bool(_PLAIN.fullmatch(text))


_GROUP_OPEN = stdre.compile(r"(?<!\\)\((?!\?)")


def uncapture(pattern: str) -> str:
    """Turn capturing groups into non-capturing ones (substitution needs its own numbering)."""
    return _GROUP_OPEN.sub("(?:", pattern)


def has_capture_group(pattern: str) -> bool:
    return bool(_GROUP_OPEN.search(pattern))


# Go fmt-style verbs as used in Vale messages: %s, %d, %v, %q, %.2f, %[2]s and %%.
_VERB = stdre.compile(r"%(?:\[(\d+)\])?[-+# 0]*\d*(?:\.(\d+))?([sdvfgq%])")


def format_message(template: str, args: list) -> str:
    """Fill a Vale message: missing arguments print as empty text, surplus ones are dropped."""
    position = 0

    def fill(m):
        nonlocal position
        index, precision, verb = m.groups()
        if verb == "%":
            return "%"
        if index:
            i = int(index) - 1
        else:
            i = position
            position += 1
        value = args[i] if 0 <= i < len(args) else ""
        if verb == "f" and isinstance(value, (int, float)):
            return f"{value:.{int(precision) if precision else 6}f}"
        if verb == "d" and isinstance(value, float):
            return str(int(value))
        if verb == "q":
            return f'"{value}"'
        return str(value)

    return " ".join(_VERB.sub(fill, template).split("\n")).strip()


def to_sentence(options: list[str], conjunction: str = "or") -> str:
    quoted = [f"'{o}'" for o in options]
    if len(quoted) <= 1:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + f" {conjunction} " + quoted[-1]
