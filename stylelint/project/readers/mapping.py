"""The stylelint configuration schema, as read from `.stylelint.yaml` or `[tool.stylelint]`:
a mapping of packs, rules, levels, vocabulary, ignored paths and overrides."""
from __future__ import annotations

from pathlib import Path

from ...core import genre
from ...core.alert import LEVELS
from ..config import Config, Section
from ..errors import ConfigError
from ..globs import GlobError, check_glob
from ..packs import builtin_rules_dir, check_pack_folder, default_pack_names, pack_registry
from . import vale_builtin

CONFIG_KEYS = {"packs", "min_level", "fail_level", "rules", "vocab", "ignore", "overrides", "front_matter"}


def _resolve_packs(path: Path, names, line) -> list[Path]:
    builtin = builtin_rules_dir()
    folders = []
    for index, name in enumerate(names):
        where = line(("packs", index)) or line("packs")
        if not isinstance(name, str):
            raise ConfigError(path, f"'packs' entries must be pack names or folders, not {name!r}", where)
        local = (path.parent / name)
        if local.is_dir():
            problem = check_pack_folder(local, path)
            if problem:
                raise ConfigError(path, f"pack '{name}': {problem}", where)
            folders.append(local)
        elif "/" not in name and (builtin / name).is_dir():
            folders.append(builtin / name)
        else:
            known = ", ".join(sorted(p.name for p in builtin.iterdir() if p.is_dir()))
            raise ConfigError(path, f"pack '{name}' not found: not a folder next to this file nor a "
                                    f"built-in pack ({known})", where)
    return folders


def _check_rules(path, registry, rules, line, lines_of, key="rules"):
    if not isinstance(rules, dict):
        raise ConfigError(path, f"'{key}' must be a mapping of rule ids to off, a level or options", line(key))
    clean = {}
    for rule_id, setting in rules.items():
        if rule_id not in registry and not any(r.startswith(f"{rule_id}.") for r in registry):
            raise ConfigError(path, f"unknown rule '{rule_id}' (run 'stylelint rules' to list them)",
                              line(rule_id) or line(key))
        if setting is False or setting in ("off", "NO", "no"):
            setting = "off"
        elif setting is True or setting in ("on", "YES", "yes"):
            setting = "on"
        elif isinstance(setting, dict):
            if "level" in setting and (not isinstance(setting["level"], str) or setting["level"] not in LEVELS):
                raise ConfigError(path, f"level for '{rule_id}' must be suggestion, warning or error",
                                  line(rule_id) or line(key))
        elif not isinstance(setting, str) or setting not in LEVELS:
            raise ConfigError(path, f"'{rule_id}' must be off, on, suggestion, warning, error or a "
                                    f"mapping of options, not {setting!r}", line(rule_id) or line(key))
        clean[rule_id] = setting
        if isinstance(setting, dict):  # where an error in these options is reported
            lines_of.setdefault(rule_id, line(rule_id) or line(key))
    return clean


def check_level(path, value, key, line):
    if not isinstance(value, str) or value not in LEVELS:
        raise ConfigError(path, f"'{key}' must be suggestion, warning or error, not {value!r}", line(key))
    return value


def from_mapping(path: Path, data, line) -> Config:
    if not isinstance(data, dict):
        raise ConfigError(path, "the configuration must be a mapping of keys (packs, rules, ...)", 1)
    for key in data:
        if key not in CONFIG_KEYS:
            raise ConfigError(path, f"unknown key '{key}' (allowed: {', '.join(sorted(CONFIG_KEYS))})", line(key))
    names = data.get("packs")
    if names is None:
        names = default_pack_names()
    if not isinstance(names, list):
        raise ConfigError(path, "'packs' must be a list of pack names or folders", line("packs"))
    folders = _resolve_packs(path, names, line)
    registry = pack_registry(folders)
    config = Config(path, path.parent, registry, [f.name for f in folders])
    config.rules = _check_rules(path, registry, data.get("rules") or {}, line, config.setting_lines)
    config.min_level = check_level(path, data.get("min_level", "suggestion"), "min_level", line)
    config.fail_level = check_level(path, data.get("fail_level", "error"), "fail_level", line)
    vocab = data.get("vocab") or {}
    if not isinstance(vocab, dict) or set(vocab) - {"accept", "reject"}:
        raise ConfigError(path, "'vocab' must be a mapping with 'accept' and/or 'reject' lists", line("vocab"))
    for key in ("accept", "reject"):
        values = vocab.get(key) or []
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise ConfigError(path, f"'vocab.{key}' must be a list of terms", line(key) or line("vocab"))
        setattr(config, key, values)
    if vale_builtin.NAME in config.packs:  # Vale's built-in style, named as a pack
        config.filled = vale_builtin.fill(registry, config.accept, config.reject, [])
    if "front_matter" in data:
        keys = data["front_matter"] if data["front_matter"] is not None else []
        if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
            raise ConfigError(path, "'front_matter' must be a list of keys whose values are prose "
                                    "(title, description, ...)", line("front_matter"))
        config.front_matter = tuple(keys)
    ignore = data.get("ignore") or []
    if not isinstance(ignore, list):
        raise ConfigError(path, "'ignore' must be a list of path globs", line("ignore"))
    config.ignore = _globs(path, ignore, lambda i: line(("ignore", i)) or line("ignore"), "ignore")
    overrides = data.get("overrides") or []
    if not isinstance(overrides, list):
        raise ConfigError(path, "'overrides' must be a list of {files: [...], rules: {...}}", line("overrides"))
    for index, entry in enumerate(overrides):
        if not isinstance(entry, dict) or set(entry) - {"files", "rules", "genre"} or "files" not in entry:
            raise ConfigError(path, "each override needs 'files' (globs) and 'rules' (or 'genre')",
                              line(("overrides", index)) or line("overrides"))
        files = [entry["files"]] if isinstance(entry["files"], str) else entry["files"]
        where = line(("overrides", index)) or line("overrides")
        if not isinstance(files, list) or not files:
            raise ConfigError(path, f"override {index + 1}: 'files' must be a glob or a list of globs, "
                                    f"not {files!r}", line(("files", 0)) or where)
        files = _globs(path, files, lambda i, at=where: at, f"override {index + 1} files")
        rules = _check_rules(path, registry, entry.get("rules") or {}, line, config.setting_lines,
                             "overrides")
        kind = entry.get("genre")
        if kind is not None and (not isinstance(kind, str) or genre.kind_of(kind) is None):
            raise ConfigError(path, f"override {index + 1}: 'genre' must name a kind of piece "
                                    f"({', '.join(genre.NAMED)}), not {kind!r}", where)
        config.sections.append(Section(list(files), None, rules, genre=genre.kind_of(kind) if kind else None))
    return config


def _globs(path, globs: list, where, key: str) -> list[str]:
    """Each glob checked now (a wrong type, a backwards range, too many alternatives), so the
    error names this file and line instead of failing on every draft. `where(index)` is the
    line of a glob."""
    for index, glob in enumerate(globs):
        try:
            check_glob(glob)
        except GlobError as exc:
            raise ConfigError(path, f"'{key}': {exc}", where(index)) from None
    return list(globs)
