"""Which patterns can take super-linear time: an analysis of the parse tree of `re`.

Patterns that pass (`can_backtrack` false and `anchored` true) are compiled with `re` and run
without a timeout; everything else goes to `regex`, which always has one (see `compiling`).
"""
from __future__ import annotations

import re as stdre

# Syntax that `re` rejects or reads differently from Vale's engine: POSIX classes, \p{..},
# \X, \G, scoped or version flags; these always go to `regex`.
_LEADING_FLAGS = stdre.compile(r"^(?:\(\?[imsx]+\))+")  # global flags: `re` reads them too
_REGEX_ONLY = stdre.compile(r"\[\[:|\\[pPXGLmM]|\(\?[a-zA-Z]*-|\(\?V|\(\?[a-zA-Z]+\)|\(\?r|\(\?\||\{e")
try:
    import re._parser as _re_parser
    from re._constants import (
        ANY, ASSERT, ASSERT_NOT, AT, BRANCH, CATEGORY, GROUPREF, GROUPREF_EXISTS, IN, LITERAL,
        MAX_REPEAT, MAXREPEAT, MIN_REPEAT, NEGATE, NOT_LITERAL, RANGE, SUBPATTERN,
    )
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _re_parser
    from sre_constants import (
        ANY, ASSERT, ASSERT_NOT, AT, BRANCH, CATEGORY, GROUPREF, GROUPREF_EXISTS, IN, LITERAL,
        MAX_REPEAT, MAXREPEAT, MIN_REPEAT, NEGATE, NOT_LITERAL, RANGE, SUBPATTERN,
    )

REPEATS = (MAX_REPEAT, MIN_REPEAT)
_SMALL = 16  # a repeat of at most this many costs a constant per position, whatever follows
_KNOWN = {ANY, ASSERT, ASSERT_NOT, AT, BRANCH, CATEGORY, GROUPREF, GROUPREF_EXISTS, IN, LITERAL,
          MAX_REPEAT, MIN_REPEAT, NOT_LITERAL, SUBPATTERN}


# A group that turns case-insensitivity off for a part ("(?-i:[A-Z])", a capital after a word).
_CASE_SENSITIVE_GROUP = stdre.compile(r"\(\?-i:")


def anchor_tree(source: str) -> list | None:
    """`re`'s reading of a case-insensitive pattern that `parse_tree` leaves to `regex` only
    for its case-sensitive groups (`(?-i:...)`), else None. `re` reads its literal strings as
    `regex` does, so the anchors it gives hold; lower-cased, they are found whatever the case
    of the text (the pattern still runs with `regex`, under its timeout)."""
    if not source.startswith("(?i)") or not _CASE_SENSITIVE_GROUP.search(source) \
            or _REGEX_ONLY.search(_CASE_SENSITIVE_GROUP.sub("(?:", _LEADING_FLAGS.sub("", source))):
        return None
    try:
        return list(_re_parser.parse(source, stdre.MULTILINE))
    except (stdre.error, RecursionError, OverflowError, ValueError):
        return None


def parse_tree(source: str) -> list | None:
    """The parse tree of a pattern that `re` reads as Vale's engine would, else None."""
    if _REGEX_ONLY.search(_LEADING_FLAGS.sub("", source)):
        return None
    try:
        return list(_re_parser.parse(source, stdre.MULTILINE))
    except (stdre.error, RecursionError, OverflowError, ValueError):
        return None


def _broad(items) -> bool:
    """An item that matches many different characters (., \\w, \\s, [^x], ...)."""
    if len(items) != 1:
        return True
    op, av = items[0]
    if op is ANY or op is CATEGORY or op is NOT_LITERAL:
        return True
    if op is IN:
        return any(o is NEGATE or o is CATEGORY or (o is RANGE and a[1] - a[0] > 2) for o, a in av) \
            or len(av) > 3
    return False


def can_backtrack(items, in_repeat: bool = False) -> bool:
    """Conservatively: could this pattern take super-linear time on some input?"""
    open_ended = []  # open-ended repeats met so far in this sequence, not yet fenced off
    repeats = []  # every long repeat met so far that nothing mandatory has fenced off yet
    for op, av in items:
        if op in REPEATS:
            low, high, sub = av
            sub = list(sub)
            if high > 1 and (in_repeat or can_backtrack(sub, True)):
                return True
            if high > _SMALL and any(_overlap(r, sub) for r in repeats):
                return True  # a*a*a*c: each repeat can take what the one before it took
            if high > _SMALL:
                if low > 0:  # a mandatory character none of the earlier repeats can take
                    repeats = []
                repeats.append(sub)
            if high == MAXREPEAT and _broad(sub):
                if any(_overlap(r, sub) for r in open_ended):  # e.g. \w+\w+ or .*x.*: polynomial
                    return True
                if low > 0:  # its first character is one none of the open repeats can take
                    open_ended = []
                open_ended.append(sub)
            elif low > 0:
                open_ended = [r for r in open_ended if not _fenced(r, sub)]
        elif op is BRANCH:
            if in_repeat or any(can_backtrack(list(b), in_repeat) for b in av[1]):
                return True
        elif op is SUBPATTERN:
            if can_backtrack(list(av[3]), in_repeat):
                return True
        elif op in (ASSERT, ASSERT_NOT):
            if can_backtrack(list(av[1]), in_repeat):
                return True
        elif op in (GROUPREF, GROUPREF_EXISTS) or op not in _KNOWN:
            # Back-references, and anything this analysis does not model (atomic groups and
            # possessive repeats, whose insides can still backtrack): never proven safe.
            return True
        elif op is not AT:
            # A mandatory character fences off the repeats before it -- unless they can
            # consume that character too (".*x.*y" stays cubic).
            open_ended = [r for r in open_ended if not _fenced(r, [(op, av)])]
            repeats = [r for r in repeats if not _fenced(r, [(op, av)])]
    return False


def _has_open_broad(items) -> bool:
    for op, av in items:
        if op in REPEATS:
            if av[1] == MAXREPEAT and _broad(list(av[2])):
                return True
            if _has_open_broad(list(av[2])):
                return True
        elif op is SUBPATTERN and _has_open_broad(list(av[3])):
            return True
        elif op is BRANCH and any(_has_open_broad(list(b)) for b in av[1]):
            return True
        elif op in (ASSERT, ASSERT_NOT) and _has_open_broad(list(av[1])):
            return True
    return False


def _starts_fenced(items) -> bool:
    """Does every match begin with a literal, a narrow class or a boundary? Then a search
    tries the pattern only at few places, instead of scanning on from every character."""
    for op, av in items:
        if op is LITERAL or op is AT:
            return True
        if op is IN:
            return not _broad([(op, av)])
        if op is SUBPATTERN:
            return _starts_fenced(list(av[3]))
        if op is BRANCH:
            return all(_starts_fenced(list(b)) for b in av[1])
        if op in REPEATS:
            if av[0] == 0 or (av[1] == MAXREPEAT and _broad(list(av[2]))):
                return False
            return _starts_fenced(list(av[2]))
        return False
    return True


def anchored(tree) -> bool:
    """A pattern with an open-ended wide repeat (\\w+, [^.]*) is quadratic under search unless
    its start is fenced (\\b, a literal): "[a-z]+\\d" on a long run of letters retries from
    every letter. Such patterns stay with `regex`, which has a timeout."""
    return _starts_fenced(tree) or not _has_open_broad(tree)


def _fenced(repeat, items) -> bool:
    """True when `items` is one literal character that the repeated item cannot match."""
    if len(items) != 1 or items[0][0] is not LITERAL or len(repeat) != 1:
        return False
    char = chr(items[0][1])
    op, av = repeat[0]
    if op is CATEGORY:
        return not _in_category(str(av), char)
    if op is IN and not any(o is NEGATE for o, _ in av):
        return not any(_in_category(str(a), char) if o is CATEGORY else
                       (o is LITERAL and chr(a) == char) or
                       (o is RANGE and a[0] <= ord(char) <= a[1]) for o, a in av)
    return False


def _spaces_only(items) -> bool:
    op, av = items[0]
    if op is CATEGORY:
        return "SPACE" in str(av).upper() and "NOT" not in str(av).upper()
    return op is IN and all(o is CATEGORY and "SPACE" in str(a).upper() and "NOT" not in str(a).upper()
                            or (o is LITERAL and chr(a).isspace()) for o, a in av)


def _no_spaces(items) -> bool:
    op, av = items[0]
    if op is CATEGORY:
        name = str(av).upper()
        return ("WORD" in name or "DIGIT" in name) and "NOT" not in name
    return op is IN and all((o is CATEGORY and ("WORD" in str(a).upper() or "DIGIT" in str(a).upper())
                             and "NOT" not in str(a).upper())
                            or (o is LITERAL and not chr(a).isspace())
                            or (o is RANGE and not any(chr(c).isspace() for c in range(a[0], min(a[1], 0x3000) + 1)))
                            for o, a in av)


def _overlap(a, b) -> bool:
    """Could two repeated items match the same character? Only "spaces vs. no spaces" is
    recognised as disjoint (\\w+\\s+\\w+); anything else is assumed to overlap."""
    if len(a) != 1 or len(b) != 1:
        return True
    if a[0][0] is LITERAL and b[0][0] is LITERAL:  # compared without case: (?i) may apply
        return chr(a[0][1]).lower() == chr(b[0][1]).lower()
    if a[0][0] is LITERAL or b[0][0] is LITERAL:
        repeat, literal = (b, a) if a[0][0] is LITERAL else (a, b)
        return not _fenced(repeat, literal)
    return not ((_spaces_only(a) and _no_spaces(b)) or (_spaces_only(b) and _no_spaces(a)))


def _in_category(name: str, char: str) -> bool:
    name = name.upper()
    if "SPACE" in name:
        hit = char.isspace()
    elif "WORD" in name:
        hit = char.isalnum() or char == "_"
    elif "DIGIT" in name:
        hit = char.isdigit()
    else:
        return True
    return hit != ("NOT" in name)
