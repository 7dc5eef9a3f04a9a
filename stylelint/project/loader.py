"""Loading rule packs: one YAML file per rule, validated, with errors that name file and line."""
from __future__ import annotations

from pathlib import Path

import yaml

from .checks import COMMON_KEYS, KIND_CHECKS, RuleError, rule_class

try:
    _Loader = yaml.CSafeLoader  # libyaml: same safety as SafeLoader, many times faster
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader


class ConfigError(Exception):
    """A rule, pack or configuration problem: one line naming the file (and line)."""

    def __init__(self, path, message: str, line: int | None = None):
        where = f"{path}:{line}" if line else f"{path}"
        super().__init__(f"{where}: {message}")
        self.args_for_pickle = (path, message, line)

    def __reduce__(self):  # so an error found in a worker process reaches the main one intact
        return (ConfigError, self.args_for_pickle)


def read_yaml(path: Path, text: str | None = None):
    """safe_load plus the line of every top-level key (and list item) for error messages."""
    if text is None:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(path, f"cannot read file: {getattr(exc, 'strerror', None) or exc}") from None
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is not None:
            _check_size(node)
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        if "quoted scalar" in (exc.context or "") and exc.context_mark is not None:
            # The end of the file is no help: point at the line where the quote opens.
            mark, problem = exc.context_mark, "a quotation mark is opened here and never closed"
        raise ConfigError(path, f"YAML syntax error: {problem}", mark.line + 1 if mark else None) from None
    except yaml.YAMLError as exc:
        raise ConfigError(path, f"YAML error: {exc}") from None
    except ValueError as exc:
        raise ConfigError(path, str(exc)) from None
    finally:
        loader.dispose()
    lines: dict = {}
    _record_lines(node, lines, top=True)
    return data, lines


def _record_lines(node, lines: dict, top: bool) -> None:
    """Line of every mapping key (top-level keys win over nested ones of the same name) and
    of every list item, as (key, index)."""
    if not isinstance(node, yaml.MappingNode):
        return
    for key_node, value_node in node.value:
        key = key_node.value
        if top:
            lines[key] = key_node.start_mark.line + 1
        else:
            lines.setdefault(key, key_node.start_mark.line + 1)
        if isinstance(value_node, yaml.SequenceNode):
            for i, item in enumerate(value_node.value):
                lines.setdefault((key, i), item.start_mark.line + 1)
                _record_lines(item, lines, False)
        else:
            _record_lines(value_node, lines, False)


def _check_size(node) -> None:
    """Refuse YAML whose aliases expand into far more data than the file holds (an "alias
    bomb"): a long word list is fine, a few lines that unfold into millions of nodes are not."""
    distinct, stack, seen = 0, [node], set()
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        distinct += 1
        if isinstance(current, yaml.MappingNode):
            stack.extend(n for pair in current.value for n in pair)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)
    budget, stack = 10 * distinct + 10_000, [node]
    while stack:
        current = stack.pop()
        budget -= 1
        if budget < 0:
            raise ValueError("the file expands to too much data (repeated YAML aliases?)")
        if isinstance(current, yaml.MappingNode):
            stack.extend(n for pair in current.value for n in pair)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)


def validate(data, lines, path) -> None:
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
        check, expected = KIND_CHECKS[allowed[key]]
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
        return cls(rule_id, {**data, "__dir__": str(path.parent)}, tuple(vocab))
    except RuleError as exc:
        line = lines.get((exc.key, exc.index)) if exc.index is not None else None
        raise ConfigError(path, str(exc), line or lines.get(exc.key)) from None


def pack_rules(folder: Path) -> list[tuple[str, Path]]:
    """(rule id, file) for every rule in a pack folder; the id is `Pack.FileStem`."""
    if not folder.is_dir():
        raise ConfigError(folder, "rule pack folder does not exist")
    found = []
    for path in sorted(folder.rglob("*")):
        if path.suffix in (".yml", ".yaml") and path.is_file():
            found.append((f"{path.parent.name}.{path.name.split('.')[0]}", path))
    return found
