"""Inline directives in HTML comments: ours (stylelint-disable ...) and Vale's (vale off ...)."""
from __future__ import annotations

import bisect
import json
import re

_OURS = re.compile(r"^\s*stylelint-(disable-next-line|disable-line|disable-file|disable|enable)\b\s*(.*?)\s*$", re.S)
_VALE_TOGGLE = re.compile(r"^vale (.+\..+|[^.]+) = (YES|NO|on|off)$")
_VALE_MATCH = re.compile(r"^vale (.+\..+)(\[.+\]) = (YES|NO)$")
_VALE_ALL = re.compile(r"^vale (on|off)$")


class Directives:
    """Suppressed ranges: (start, end, rule ids or None for all, matched texts or None)."""

    def __init__(self, comments, line_starts: list[int], length: int):
        self.ranges: list[tuple[int, int, frozenset | None, frozenset | None]] = []
        self.whole_file = False
        open_ranges: dict = {}  # key (rules, matches) -> start offset
        for start, end, body in comments:
            self._read(start, end, body.strip(), open_ranges, line_starts, length)
        for (rules, matches), begin in open_ranges.items():
            self.ranges.append((begin, length, rules, matches))

    def _read(self, start, end, body, open_ranges, line_starts, length):
        m = _OURS.match(body)
        if m:
            kind, rest = m.groups()
            rest = rest.split("--", 1)[0]  # "-- reason" is a comment for humans
            rules = frozenset(r.strip() for r in rest.split(",") if r.strip()) or None
            if kind == "disable-file":
                self.whole_file = True
            elif kind == "disable":
                open_ranges.setdefault((rules, None), end)
            elif kind == "enable":
                for key in [k for k in open_ranges if rules is None or k[0] == rules or
                            (k[0] and rules and k[0] <= rules)]:
                    self.ranges.append((open_ranges.pop(key), start, key[0], key[1]))
            else:
                line = bisect.bisect_right(line_starts, start) - 1
                target = line + (1 if kind == "disable-next-line" else 0)
                if target < len(line_starts):
                    begin = line_starts[target]
                    finish = line_starts[target + 1] if target + 1 < len(line_starts) else length
                    self.ranges.append((begin, finish, rules, None))
            return
        if _VALE_ALL.match(body):
            if body.endswith("off"):
                open_ranges.setdefault((None, None), end)
            elif (None, None) in open_ranges:
                self.ranges.append((open_ranges.pop((None, None)), start, None, None))
            return
        m = _VALE_MATCH.match(body)
        if m:
            try:
                matches = frozenset(json.loads(m.group(2)))
            except ValueError:
                return
            key = (frozenset([m.group(1)]), matches)
            if m.group(3) == "NO":
                open_ranges.setdefault(key, end)
            elif key in open_ranges:
                self.ranges.append((open_ranges.pop(key), start, key[0], key[1]))
            return
        m = _VALE_TOGGLE.match(body)
        if m:
            key = (frozenset([m.group(1)]), None)
            if m.group(2) in ("NO", "off"):
                open_ranges.setdefault(key, end)
            elif key in open_ranges:
                self.ranges.append((open_ranges.pop(key), start, key[0], None))

    def suppressed(self, rule_id: str, start: int, matched: str) -> bool:
        if self.whole_file:
            return True
        pack = rule_id.split(".")[0]
        for begin, finish, rules, matches in self.ranges:
            if begin <= start < finish and (rules is None or rule_id in rules or pack in rules) \
                    and (matches is None or matched in matches):
                return True
        return False
