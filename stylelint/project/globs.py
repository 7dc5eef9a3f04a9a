"""gitignore-like path globs for `ignore`, `overrides` and Vale's glob sections."""
from __future__ import annotations

import re
from functools import lru_cache


def expand_braces(pattern: str) -> list[str]:
    m = re.search(r"\{([^{}]*)\}", pattern)
    if not m:
        return [pattern]
    return [e for option in m.group(1).split(",")
            for e in expand_braces(pattern[:m.start()] + option + pattern[m.end():])]


@lru_cache(maxsize=512)
def _glob_regex(pattern: str) -> re.Pattern:
    out, i = [], 0
    while i < len(pattern):
        c = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
            continue
        if pattern.startswith("**", i):
            out.append(".*")
            i += 2
            continue
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            j = pattern.find("]", i + 1)
            if j < 0:
                out.append(re.escape(c))
            else:
                body = pattern[i + 1:j]
                out.append("[" + ("^" + body[1:] if body.startswith("!") else body) + "]")
                i = j
        else:
            out.append(re.escape(c))
        i += 1
    return re.compile("".join(out) + r"\Z")


def glob_match(pattern: str, relpath: str) -> bool:
    """gitignore-like globs: `*` stays within a folder, `**` crosses folders, `{a,b}` expands.
    A pattern without a slash also matches the file name anywhere (as `*.md` users expect)."""
    negate = pattern.startswith("!")
    pattern = pattern[1:] if negate else pattern
    hit = False
    for p in expand_braces(pattern):
        p = p.lstrip("/") if p.startswith("/") else p
        target = relpath if "/" in p else relpath.rsplit("/", 1)[-1]
        if _glob_regex(p).match(target) or _glob_regex(p).match(relpath):
            hit = True
            break
    return hit != negate
