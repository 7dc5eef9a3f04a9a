"""Vale's `action` key: checked when a rule loads, turned into suggestions for a match."""
from __future__ import annotations

from ..patterns.compiling import PatternError, compile_pattern
from .errors import RuleError

ACTIONS = ("replace", "remove", "suggest", "edit", "convert")


def check_action(action: dict) -> None:
    if not action:
        return
    name = action.get("name")
    params = action.get("params") or []
    if name not in ACTIONS:
        raise RuleError(f"action name must be replace, remove, suggest, edit or convert, not {name!r}",
                        "action")
    if not isinstance(params, list):
        raise RuleError("action params must be a list", "action")


def action_suggestions(action: dict, matched: str) -> tuple[str, ...]:
    """The suggestions an action makes for the matched text (none for most actions)."""
    name = action.get("name")
    params = [str(p) for p in action.get("params") or []]
    if name == "replace":
        return tuple(params)
    if name == "remove":
        return ("",)
    if name == "edit" and params:
        return _edit(params[0], params[1:], matched)
    return ()


def _edit(op: str, rest: list[str], matched: str) -> tuple[str, ...]:
    if op == "truncate" and rest:
        return (matched.split(rest[0])[0].strip(),)
    if op in ("trim", "trim_left", "trim_right") and rest:
        strip = {"trim": str.strip, "trim_left": str.lstrip, "trim_right": str.rstrip}[op]
        return (strip(matched, rest[0]).strip(),)
    if op == "split" and len(rest) == 2:
        parts = matched.split(rest[0])
        index = int(rest[1]) if str(rest[1]).isdigit() else 0
        return (parts[index].strip(),) if index < len(parts) else ()
    if op == "regex" and len(rest) == 2:
        try:
            return (compile_pattern(rest[0]).sub(rest[1].replace("$", "\\"), matched).strip(),)
        except (PatternError, Exception):
            return ()
    return ()
