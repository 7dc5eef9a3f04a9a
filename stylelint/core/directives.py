"""Inline directives in HTML comments: ours (stylelint-disable ...) and Vale's (vale off ...)."""
from __future__ import annotations

import bisect
import json
import re

_OURS = re.compile(r"^\s*stylelint-(disable-next-line|disable-line|disable-file|disable|enable)\b\s*(.*?)\s*$", re.S)
_VALE_TOGGLE = re.compile(r"^vale (.+\..+|[^.]+) = (YES|NO|on|off)$")
_VALE_MATCH = re.compile(r"^vale (.+\..+)(\[.+\]) = (YES|NO)$")
_VALE_ALL = re.compile(r"^vale (on|off)$")
ALL = "*"  # key of the range that disables every rule


class Directives:
    """Suppressed ranges: (start, end, rule id | pack | ALL, matched texts or None, exceptions)."""

    def __init__(self, comments, line_starts: list[int], length: int):
        self.ranges: list[tuple[int, int, str, frozenset | None, frozenset]] = []
        self.whole_file = False
        self._open: dict = {}  # (name, matches) -> (start offset, rules re-enabled inside it)
        for start, end, body in comments:
            self._read(start, end, body.strip(), line_starts, length)
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
            directive, rest = m.groups()
            rest = rest.split("--", 1)[0]  # "-- reason" is a note for humans
            names = [r.strip() for r in rest.split(",") if r.strip()] or [ALL]
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
        m = _VALE_MATCH.match(body)
        if m:
            try:
                listed = json.loads(m.group(2))
            except ValueError:
                return
            if not isinstance(listed, list) or not all(isinstance(x, str) for x in listed):
                return  # Vale wants a JSON list of strings; anything else is not a directive
            matches = frozenset(listed)
            if m.group(3) == "NO":
                self._disable(m.group(1), end, matches)
            else:
                self._enable(m.group(1), start, end, matches)
            return
        m = _VALE_TOGGLE.match(body)
        if m:
            if m.group(2) in ("NO", "off"):
                self._disable(m.group(1), end)
            else:
                self._enable(m.group(1), start, end)

    def suppressed(self, rule_id: str, start: int, matched: str) -> bool:
        if self.whole_file:
            return True
        pack = rule_id.split(".")[0]
        for begin, finish, name, matches, excluded in self.ranges:
            if begin <= start < finish and name in (ALL, rule_id, pack) \
                    and rule_id not in excluded and pack not in excluded \
                    and (matches is None or matched in matches):
                return True
        return False
