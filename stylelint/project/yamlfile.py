"""Reading YAML safely (rules and configs are data: `safe_load` only, no alias bombs) with
the line of every key, so errors can name the line."""
from __future__ import annotations

import hashlib
import importlib.util
import pickle
from pathlib import Path

from .cache import Memo
from .errors import ConfigError

# What a text parses to, by the text's digest: reading 27 rule files (and importing PyYAML)
# costs more than linting an article. Only texts that parsed without error are kept.
def _pyyaml() -> list[Path]:
    spec = importlib.util.find_spec("yaml")
    return [Path(spec.origin)] if spec and spec.origin else [Path("yaml-missing")]


PARSED = Memo("yaml-parsed", _pyyaml, limit=1_000)


def read_yaml(path: Path, text: str | None = None):
    """safe_load plus the line of every top-level key (and list item) for error messages."""
    if text is None:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(path, f"cannot read file: {getattr(exc, 'strerror', None) or exc}") from None
    digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()
    kept = PARSED.get(digest)
    if kept is not None:
        try:
            data, lines = pickle.loads(kept)  # fresh objects for every caller
            if isinstance(lines, dict):
                return data, lines
        except Exception:  # noqa: BLE001 - a memo from another version of this code: parse again
            pass
    parsed = _parse(path, text)
    PARSED.put(digest, pickle.dumps(parsed, protocol=pickle.HIGHEST_PROTOCOL))
    return parsed


def _parse(path: Path, text: str):
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)  # libyaml: same safety, faster
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
    import yaml

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
    import yaml

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
