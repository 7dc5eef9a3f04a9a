"""Building one rule from its YAML file: validated against its type's keys, with errors that
name the file and line, then given the word tables it needs (`wordlists.FileWords`)."""
from __future__ import annotations

from pathlib import Path

from ..core.checks import rule_class
from ..core.checks.base import RuleError
from ..core.checks.keys import COMMON_KEYS, VALUE_TYPES
from ..core.scope import as_vale_reads
from .errors import ConfigError
from .wordlists import FileWords
from .yamlfile import read_yaml


def validate(data, lines, path, origin=None, option_keys=()) -> type:
    """The rule's class, or ConfigError. A key set by the configuration (`option_keys`) is
    reported at `origin`, the configuration's (file, line), not in the rule file."""
    def where(key):
        return origin if key in option_keys and origin else (path, lines.get(key))

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
            file, line = where(key)
            raise ConfigError(file, f"unknown key '{key}' for a {data['extends']} rule "
                                    f"(allowed: {', '.join(sorted(allowed))})", line)
        check, expected = VALUE_TYPES[allowed[key]]
        if not check(value):
            file, line = where(key)
            raise ConfigError(file, f"'{key}' must be {expected}, not {_describe(value)}", line)
    return cls


def _describe(value) -> str:
    if value is None:
        return "empty"
    return {dict: "a mapping", list: "a list", str: f"the text {value!r}", bool: str(value).lower()}.get(
        type(value), repr(value))


def build_rule(rule_id: str, path: Path, options: dict | None = None, vocab=(), text=None,
               origin=None, styles_paths=(), vale=False):
    """One rule from its file, with the configuration's `options` for it; `origin` is the
    (file, line) of those options, where an error in them is reported; `vale`: for a Vale
    configuration, read as Vale reads it."""
    data, lines = read_yaml(path, text)
    if isinstance(data, dict) and options:
        data = {**data, **options}
    if vale and isinstance(data, dict) and "scope" in data:
        data = {**data, "scope": as_vale_reads(data["scope"])}
    option_keys = set(options or ())
    cls = validate(data, lines, path, origin, option_keys)
    try:
        rule = cls(rule_id, data, tuple(vocab))
        rule.use_words(FileWords(path.parent, styles_paths))
        return rule
    except RuleError as exc:
        if origin and exc.key in option_keys:
            raise ConfigError(origin[0], f"{rule_id}: {exc}", origin[1]) from None
        line = lines.get((exc.key, exc.index)) if exc.index is not None else None
        raise ConfigError(path, str(exc), line or lines.get(exc.key)) from None
