"""Building one rule from its YAML file: validated against its type's keys, with errors that
name the file and line, then given the word tables it needs (`wordlists.FileWords`)."""
from __future__ import annotations

from pathlib import Path

from ..core.checks import rule_class
from ..core.checks.base import RuleError
from ..core.checks.keys import COMMON_KEYS, VALUE_TYPES
from .errors import ConfigError
from .wordlists import FileWords
from .yamlfile import read_yaml


def validate(data, lines, path) -> type:
    if not isinstance(data, dict):
        raise ConfigError(path, "a rule file must be a YAML mapping of keys (extends, message, ...)", 1)
    for key in ("extends", "message"):
        if key not in data:
            raise ConfigError(path, f"missing required key '{key}'", 1)
    if not isinstance(data["extends"], str):
        raise ConfigError(path, "'extends' must be a string naming the rule type", lines.get("extends"))
    try:
        cls = rule_class(data["extends"])
    except RuleError as exc:
        raise ConfigError(path, str(exc), lines.get("extends")) from None
    allowed = {**COMMON_KEYS, **cls.KEYS}
    for key, value in data.items():
        if key == "code":
            raise ConfigError(path, "'code' is deprecated; use 'scope: raw' instead", lines.get(key))
        if key not in allowed:
            raise ConfigError(path, f"unknown key '{key}' for a {data['extends']} rule "
                                    f"(allowed: {', '.join(sorted(allowed))})", lines.get(key))
        check, expected = VALUE_TYPES[allowed[key]]
        if not check(value):
            raise ConfigError(path, f"'{key}' must be {expected}, not {_describe(value)}", lines.get(key))
    return cls


def _describe(value) -> str:
    if value is None:
        return "empty"
    return {dict: "a mapping", list: "a list", str: f"the text {value!r}", bool: str(value).lower()}.get(
        type(value), repr(value))


def build_rule(rule_id: str, path: Path, options: dict | None = None, vocab=(), text=None):
    data, lines = read_yaml(path, text)
    if isinstance(data, dict) and options:
        data = {**data, **options}
    cls = validate(data, lines, path)
    try:
        rule = cls(rule_id, data, tuple(vocab))
        rule.use_words(FileWords(path.parent))
        return rule
    except RuleError as exc:
        line = lines.get((exc.key, exc.index)) if exc.index is not None else None
        raise ConfigError(path, str(exc), line or lines.get(exc.key)) from None
