"""Inline directives in HTML comments: ours (stylelint-disable ...) and Vale's (vale off ...)."""
from __future__ import annotations

import bisect
import json
import re

# Only the head of a comment is matched with a regex; the rest is split with str methods, so a
# comment of any length is read in linear time (a regex ending in `(.*?)\s*$` was quadratic on
# 100k spaces, and Vale's `(.+\..+)(\[.+\])` cubic on `a.[` repeated).
_OURS = re.compile(r"\s*stylelint-(disable-next-line|disable-line|disable-file|disable|enable)\b")
_VALE_ALL = re.compile(r"^vale (on|off)$")
_VALE_STYLES = re.compile(r"^vale styles? = ([^=]*)$")
ALL = "*"  # key of the range that disables every rule


class Directives:
    """Suppressed ranges: (start, end, rule id | pack | ALL, matched texts or None, exceptions)."""

    def __init__(self, comments, line_starts: list[int], length: int):
        self.ranges: list[tuple[int, int, str, frozenset | None, frozenset]] = []
        self.whole_file = False
        self._index = None  # built on first use, once every range is known
        self.named: list[tuple[int, int, str]] = []  # (start, end, name) in our directives
        self._open: dict = {}  # (name, matches) -> (start offset, rules re-enabled inside it)
        self._source = (comments, line_starts, length)
        self._whole_file_view = None
        self.vale_off_at_end = False  # a `vale off` with no `vale on` after it
        for start, end, body in comments:
            body = body.strip()
            if _VALE_ALL.match(body):
                self.vale_off_at_end = body == "vale off"
            self._read(start, end, body, line_starts, length)
        for (name, matches), (begin, excluded) in self._open.items():
            self.ranges.append((begin, length, name, matches, excluded))

    def _disable(self, name, at, matches=None):
        self._open.setdefault((name, matches), (at, frozenset()))

    def _enable(self, name, at, end, matches=None):
        key = (name, matches)
        if key in self._open:
            begin, excluded = self._open.pop(key)
            self.ranges.append((begin, at, name, matches, excluded))
        elif name != ALL and (ALL, None) in self._open:
            # "disable everything, then enable one rule": keep the rest disabled.
            begin, excluded = self._open.pop((ALL, None))
            self.ranges.append((begin, at, ALL, None, excluded))
            self._open[(ALL, None)] = (end, excluded | {name})

    def _read(self, start, end, body, line_starts, length):
        m = _OURS.match(body)
        if m:
            directive, rest = m.group(1), body[m.end():].strip()
            rest = rest.split("--", 1)[0]  # "-- reason" is a note for humans
            names = [r.strip() for r in rest.split(",") if r.strip()] or [ALL]
            self.named += [(start, end, name) for name in names if name != ALL]
            if directive == "disable-file":
                self.whole_file = True
            elif directive == "disable":
                for name in names:
                    self._disable(name, end)
            elif directive == "enable":
                if names == [ALL]:
                    for key in list(self._open):
                        if key[1] is None:
                            self._enable(key[0], start, end)
                else:
                    for name in names:
                        self._enable(name, start, end)
            else:
                line = bisect.bisect_right(line_starts, start) - 1
                target = line + (1 if directive == "disable-next-line" else 0)
                if target < len(line_starts):
                    begin = line_starts[target]
                    finish = line_starts[target + 1] if target + 1 < len(line_starts) else length
                    for name in names:
                        self.ranges.append((begin, finish, name, None, frozenset()))
            return
        m = _VALE_ALL.match(body)
        if m:
            (self._disable(ALL, end) if m.group(1) == "off" else self._enable(ALL, start, end))
            return
        m = _VALE_STYLES.match(body)
        if m:  # `vale styles = A, B`: only these styles from here on (every other rule off)
            if (ALL, None) in self._open:
                self._enable(ALL, start, end)
            self._disable(ALL, end)
            for name in (n.strip() for n in m.group(1).split(",")):
                if name:
                    self._enable(name, start, end)
            return
        vale = _vale_toggle(body)
        if vale is None:
            return
        name, listed, on = vale
        if listed is not None:
            try:
                listed = json.loads(listed)
            except ValueError:
                return
            if not isinstance(listed, list) or not all(isinstance(x, str) for x in listed):
                return  # Vale wants a JSON list of strings; anything else is not a directive
        # Vale keeps one toggle per listed match: ["a", "b"] = NO, then ["a"] = YES leaves b off.
        for matches in [frozenset([x]) for x in listed] if listed is not None else [None]:
            if on:
                self._enable(name, start, end, matches)
            else:
                self._disable(name, end, matches)

    def for_whole_file_rules(self) -> "Directives":
        """The directives a `raw` or `summary` rule obeys. Vale runs those rules once over the
        whole file after its walk, with every per-rule comment reset (core.File.ResetComments
        before lintSizedScopes and the raw pass): of Vale's comments only a `vale off` still
        open at the end of the file counts, and it silences them everywhere. Our own
        `stylelint-disable` comments keep their places."""
        if self._whole_file_view is None:
            comments, line_starts, length = self._source
            ours = [c for c in comments if _OURS.match(c[2].strip())]
            view = self._whole_file_view = Directives(ours, line_starts, length)
            if self.vale_off_at_end:
                view.whole_file = True
        return self._whole_file_view

    def suppressed(self, rule_id: str, start: int, matched: str) -> bool:
        if self.whole_file:
            return True
        if self._index is None:
            self._index = _index(self.ranges)
        pack = rule_id.split(".")[0]
        for name in (ALL, rule_id, pack):
            found = self._index.get(name)
            if found is None:
                continue
            begins, entries, reach = found
            # Ranges sorted by start; `reach` is the furthest end so far, so the walk back
            # stops as soon as no earlier range can cover `start` (30,000 one-line ranges).
            i = bisect.bisect_right(begins, start) - 1
            while i >= 0 and reach[i] > start:
                _, finish, _, matches, excluded = entries[i]
                if start < finish and rule_id not in excluded and pack not in excluded \
                        and (matches is None or matched in matches):
                    return True
                i -= 1
        return False


def unknown_names(directives: Directives, known_ids: set[str]):
    """(start, end, name, close matches) of names in our directives that are neither a rule
    id nor a pack: such a directive disables nothing, and the writer should know. Vale's
    comments are left alone, as Vale leaves them."""
    packs = {rule_id.split(".")[0] for rule_id in known_ids}
    lower = {name.lower(): name for name in known_ids | packs}
    for start, end, name in directives.named:
        if name not in known_ids and name not in packs:
            import difflib  # only for a misspelt rule name

            close = difflib.get_close_matches(name.lower(), list(lower), n=1, cutoff=0.6)
            yield start, end, name, [lower[c] for c in close]


def _index(ranges):
    """name -> (sorted starts, ranges in that order, running maximum of their ends)."""
    grouped: dict = {}
    for entry in sorted(ranges, key=lambda r: (r[0], r[1])):
        grouped.setdefault(entry[2], []).append(entry)
    index = {}
    for name, entries in grouped.items():
        reach, furthest = [], -1
        for entry in entries:
            furthest = max(furthest, entry[1])
            reach.append(furthest)
        index[name] = ([e[0] for e in entries], entries, reach)
    return index

def _vale_toggle(body: str):
    """`vale Rule.Id = NO`, `vale Pack = off`, `vale Rule.Id["a", "b"] = YES`:
    (name, JSON list text or None, on) or None when the comment is not one of these."""
    if not body.startswith("vale ") or "\n" in body:
        return None
    head, sep, value = body[5:].rpartition(" = ")
    if not sep or value not in ("YES", "NO", "on", "off"):
        return None
    bracket = head.find("[")
    if bracket > 0 and head.endswith("]") and value in ("YES", "NO"):
        name, listed = head[:bracket], head[bracket:]
        if len(listed) > 2 and "." in name[1:-1]:
            return name, listed, value == "YES"
    if bracket >= 0 and "." not in head:
        return None
    if not head or (("." in head) and ("." not in head[1:-1])):
        return None
    return head, None, value in ("YES", "on")
