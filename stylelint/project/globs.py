"""gitignore-like path globs for `ignore`, `overrides` and Vale's glob sections.

Matching is wcmatch's: it expands braces up to a limit and compiles each glob to a
regular expression with atomic groups, so no glob takes long on any path. Our own translation
to `re` backtracked (`****************zzz` took 33 s, twenty `{a,A}` groups expanded to a million
patterns).
"""
from __future__ import annotations

import re
from functools import lru_cache

_LIMIT = 1000  # brace alternatives one glob may expand to
_RANGE = re.compile(r"\[!?\]?[^\]]*\]")
_BACKWARDS = re.compile(r"(.)-(.)")


class GlobError(ValueError):
    """A glob that cannot be used; the message says why, for the config error."""


def check_glob(pattern) -> str:
    """The glob itself if it can be used, else GlobError saying why."""
    if not isinstance(pattern, str):
        raise GlobError(f"a glob must be text, not {type(pattern).__name__ if pattern is not None else 'empty'}")
    if not pattern.strip("!"):
        raise GlobError("a glob cannot be empty")
    for group in _RANGE.findall(pattern):
        for low, high in _BACKWARDS.findall(group[1:-1].lstrip("!")):
            if low > high:
                raise GlobError(f"the range '{low}-{high}' in '{group}' runs backwards")
    try:
        _matcher(pattern.lstrip("/"))
    except (_limit_error(), ValueError) as exc:
        raise GlobError(f"'{pattern}' expands to too many alternatives ({exc})") from None
    return pattern


@lru_cache(maxsize=1024)
def _matcher(pattern: str):
    from wcmatch import glob as wc  # imported when a glob is first used (10 ms)

    # `*` stays within a folder, `**` crosses folders, `{a,b}` alternatives, dot files
    # included; a glob without a slash matches the file name in any folder (as `*.md` users expect).
    return wc.compile(pattern, flags=wc.GLOBSTAR | wc.BRACE | wc.DOTGLOB | wc.MATCHBASE, limit=_LIMIT)


def _limit_error():
    from wcmatch._wcparse import PatternLimitException  # not re-exported; stable since wcmatch 8

    return PatternLimitException


def glob_match(pattern: str, relpath: str) -> bool:
    """Does a relative path match? A leading `!` inverts the glob."""
    negate = pattern.startswith("!")
    pattern = (pattern[1:] if negate else pattern).lstrip("/")
    try:
        hit = bool(_matcher(pattern).match(relpath))
    except (_limit_error(), ValueError):  # refused when the config was read
        hit = False
    return hit != negate
