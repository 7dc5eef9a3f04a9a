"""Vale's rule messages: Go fmt-style verbs filled with a hit's arguments."""
from __future__ import annotations

import re as stdre

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
