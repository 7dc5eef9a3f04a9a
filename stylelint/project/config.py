"""Configuration: `.stylelint.yaml`, `[tool.stylelint]` in pyproject.toml, or a Vale `.vale.ini`.

All three become one `Config`: which packs run, per-rule levels and options, per-glob sections,
vocabulary, ignored paths and the levels that are shown and that fail the run.
"""
from __future__ import annotations

import configparser
import json
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .checks import LEVELS
from .loader import ConfigError, build_rule, pack_rules, read_yaml

STYLELINT_NAMES = (".stylelint.yaml", ".stylelint.yml")
VALE_NAMES = (".vale.ini", "_vale.ini", "vale.ini", ".vale", "_vale")
CONFIG_KEYS = {"packs", "min_level", "fail_level", "rules", "vocab", "ignore", "overrides"}


def builtin_rules_dir() -> Path:
    """Packs shipped in the wheel (stylelint/rules), or rules/ beside the package in a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "rules", here.parent / "rules"):
        if candidate.is_dir():
            return candidate
    raise ConfigError(here, "built-in rules are missing from this installation; reinstall stylelint")


@dataclass
class Section:
    globs: list[str]
    packs: list[str] | None  # replaces the active packs for matching files (Vale BasedOnStyles)
    rules: dict[str, object]


@dataclass
class Config:
    path: Path | None
    base: Path
    registry: dict[str, Path]  # rule id -> rule file, for every pack that was named
    packs: list[str]  # active pack names for every file
    rules: dict[str, object] = field(default_factory=dict)  # id -> "off" | level | {options}
    sections: list[Section] = field(default_factory=list)
    min_level: str = "suggestion"
    fail_level: str = "error"
    accept: list[str] = field(default_factory=list)
    reject: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    _built: dict = field(default_factory=dict, repr=False)

    # -- which rules run on a file ----------------------------------------------------------
    def settings_for(self, relpath: str | None):
        packs, settings = list(self.packs), dict(self.rules)
        for section in self.sections:
            if relpath is not None and any(glob_match(g, relpath) for g in section.globs):
                if section.packs is not None:
                    packs = section.packs
                settings.update(section.rules)
        return packs, settings

    def rules_for(self, relpath: str | None = None) -> list:
        """(rule, level) pairs that apply to a file, built once per distinct setting."""
        packs, settings = self.settings_for(relpath)
        key = (tuple(packs), json.dumps(settings, sort_keys=True, default=str))
        if key not in self._built:
            self._built[key] = self._build(packs, settings)
        return self._built[key]

    def _build(self, packs, settings):
        chosen = []
        for rule_id, path in self.registry.items():
            setting = settings.get(rule_id, settings.get(rule_id.split(".")[0]))
            if isinstance(setting, str) and setting == "off" or (setting is None and rule_id.split(".")[0] not in packs):
                continue
            options = dict(setting) if isinstance(setting, dict) else {}
            level = options.pop("level", setting if isinstance(setting, str) and setting in LEVELS else None)
            rule = self._rule(rule_id, path, options)
            chosen.append((rule, level or rule.level))
        if self.reject:
            chosen.append((self._avoid_rule(), "error"))
        return chosen

    def _rule(self, rule_id, path, options):
        key = (rule_id, json.dumps(options, sort_keys=True, default=str))
        if key not in self._built:
            self._built[key] = build_rule(rule_id, path, options or None, self.accept)
        return self._built[key]

    def _avoid_rule(self):
        from .checks.existence import Existence

        if "Vocab.Avoid" not in self._built:
            self._built["Vocab.Avoid"] = Existence("Vocab.Avoid", {
                "extends": "existence", "message": "Avoid '%s': it is on the house reject list.",
                "level": "error", "tokens": list(self.reject), "vocab": False,
                "description": "Terms the house vocabulary rejects (vocab.reject).",
            })
        return self._built["Vocab.Avoid"]

    def is_ignored(self, path: Path) -> bool:
        try:
            rel = path.resolve().relative_to(self.base.resolve()).as_posix()
        except ValueError:
            return False
        return any(glob_match(g, rel) or glob_match(g.rstrip("/") + "/**", rel) for g in self.ignore)

    def relpath(self, path: Path | None) -> str | None:
        if path is None:
            return None
        try:
            return path.resolve().relative_to(self.base.resolve()).as_posix()
        except ValueError:
            return path.as_posix()


# -- discovery ----------------------------------------------------------------------------

def find_config(start: Path) -> Path | None:
    """The nearest stylelint config walking up from `start`; a Vale config only if none exists."""
    directory = start if start.is_dir() else start.parent
    return _find_in(directory.absolute())


@lru_cache(maxsize=1024)
def _find_in(directory: Path) -> Path | None:
    for names in (STYLELINT_NAMES + ("pyproject.toml",), VALE_NAMES):
        for folder in (directory.resolve(), *directory.resolve().parents):
            for name in names:
                candidate = folder / name
                try:
                    found = candidate.is_file()
                except OSError:  # a folder we may not look into holds no config for us
                    found = False
                if found and (name != "pyproject.toml" or _has_tool_section(candidate)):
                    return candidate
    return None


def _has_tool_section(path: Path) -> bool:
    try:
        return "[tool.stylelint" in path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False


@lru_cache(maxsize=64)
def load_config(path: Path | None) -> Config:
    """Load a config file (None: the built-in default packs)."""
    if path is None:
        builtin = builtin_rules_dir()
        names = sorted(p.name for p in builtin.iterdir() if p.is_dir() and not p.name.startswith("."))
        return Config(None, Path.cwd(), _registry([builtin / n for n in names]), names)
    if not path.is_file():
        raise ConfigError(path, "configuration file not found")
    if path.name in VALE_NAMES or path.suffix == ".ini":
        return _load_vale(path)
    if path.name == "pyproject.toml":
        return _load_pyproject(path)
    data, lines = read_yaml(path)
    return _from_mapping(path, data if data is not None else {}, lines.get)


def _registry(folders: list[Path]) -> dict[str, Path]:
    registry: dict[str, Path] = {}
    for folder in folders:
        for rule_id, rule_path in pack_rules(folder):
            if rule_id in registry:
                raise ConfigError(rule_path, f"duplicate rule id '{rule_id}' (also {registry[rule_id]})")
            registry[rule_id] = rule_path
    return registry


def _resolve_packs(path: Path, names, line) -> list[Path]:
    builtin = builtin_rules_dir()
    folders = []
    for index, name in enumerate(names):
        where = line(("packs", index)) or line("packs")
        if not isinstance(name, str):
            raise ConfigError(path, f"'packs' entries must be pack names or folders, not {name!r}", where)
        local = (path.parent / name)
        if local.is_dir():
            folders.append(local)
        elif "/" not in name and (builtin / name).is_dir():
            folders.append(builtin / name)
        else:
            known = ", ".join(sorted(p.name for p in builtin.iterdir() if p.is_dir()))
            raise ConfigError(path, f"pack '{name}' not found: not a folder next to this file nor a "
                                    f"built-in pack ({known})", where)
    return folders


def _check_rules(path, registry, rules, line, key="rules"):
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
            if "level" in setting and setting["level"] not in LEVELS:
                raise ConfigError(path, f"level for '{rule_id}' must be suggestion, warning or error",
                                  line(rule_id) or line(key))
        elif setting not in LEVELS:
            raise ConfigError(path, f"'{rule_id}' must be off, on, suggestion, warning, error or a "
                                    f"mapping of options, not {setting!r}", line(rule_id) or line(key))
        clean[rule_id] = setting
    return clean


def _level(path, value, key, line):
    if value not in LEVELS:
        raise ConfigError(path, f"'{key}' must be suggestion, warning or error, not {value!r}", line(key))
    return value


def _from_mapping(path: Path, data, line) -> Config:
    if not isinstance(data, dict):
        raise ConfigError(path, "the configuration must be a mapping of keys (packs, rules, ...)", 1)
    for key in data:
        if key not in CONFIG_KEYS:
            raise ConfigError(path, f"unknown key '{key}' (allowed: {', '.join(sorted(CONFIG_KEYS))})", line(key))
    builtin = builtin_rules_dir()
    names = data.get("packs")
    if names is None:
        names = sorted(p.name for p in builtin.iterdir() if p.is_dir())
    if not isinstance(names, list):
        raise ConfigError(path, "'packs' must be a list of pack names or folders", line("packs"))
    folders = _resolve_packs(path, names, line)
    registry = _registry(folders)
    config = Config(path, path.parent, registry, [f.name for f in folders])
    config.rules = _check_rules(path, registry, data.get("rules") or {}, line)
    config.min_level = _level(path, data.get("min_level", "suggestion"), "min_level", line)
    config.fail_level = _level(path, data.get("fail_level", "error"), "fail_level", line)
    vocab = data.get("vocab") or {}
    if not isinstance(vocab, dict) or set(vocab) - {"accept", "reject"}:
        raise ConfigError(path, "'vocab' must be a mapping with 'accept' and/or 'reject' lists", line("vocab"))
    for key in ("accept", "reject"):
        values = vocab.get(key) or []
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise ConfigError(path, f"'vocab.{key}' must be a list of terms", line(key) or line("vocab"))
        setattr(config, key, values)
    ignore = data.get("ignore") or []
    if not isinstance(ignore, list) or not all(isinstance(v, str) for v in ignore):
        raise ConfigError(path, "'ignore' must be a list of path globs", line("ignore"))
    config.ignore = ignore
    overrides = data.get("overrides") or []
    if not isinstance(overrides, list):
        raise ConfigError(path, "'overrides' must be a list of {files: [...], rules: {...}}", line("overrides"))
    for index, entry in enumerate(overrides):
        if not isinstance(entry, dict) or set(entry) - {"files", "rules"} or "files" not in entry:
            raise ConfigError(path, "each override needs 'files' (globs) and 'rules'",
                              line(("overrides", index)) or line("overrides"))
        files = [entry["files"]] if isinstance(entry["files"], str) else entry["files"]
        rules = _check_rules(path, registry, entry.get("rules") or {}, line, "overrides")
        config.sections.append(Section(list(files), None, rules))
    return config


def _load_pyproject(path: Path) -> Config:
    import tomllib

    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text).get("tool", {}).get("stylelint", {})
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(path, f"cannot read file: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise ConfigError(path, f"TOML syntax error: {exc}", int(m.group(1)) if m else None) from None

    def line(key):
        m = re.search(rf"^\s*\"?{re.escape(str(key))}\"?\s*=", text, re.M)
        return text.count("\n", 0, m.start()) + 1 if m else None

    return _from_mapping(path, data, line)


def _load_vale(path: Path) -> Config:
    text = path.read_text(encoding="utf-8", errors="replace")
    parser = configparser.ConfigParser(interpolation=None, strict=False, inline_comment_prefixes=(" #", " ;"),
                                       delimiters=("=",), allow_no_value=True)
    parser.optionxform = str
    try:
        parser.read_string("[__core__]\n" + text, source=str(path))
    except configparser.Error as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise ConfigError(path, f"ini syntax error: {exc.message if hasattr(exc, 'message') else exc}".split("\n")[0],
                          int(m.group(1)) - 1 if m else None) from None

    def line(key):
        m = re.search(rf"^\s*{re.escape(key)}\s*=", text, re.M)
        return text.count("\n", 0, m.start()) + 1 if m else None

    core = parser["__core__"]
    styles_paths = [path.parent / p.strip() for p in (core.get("StylesPath") or "").split(",") if p.strip()]
    for folder in styles_paths:
        if not folder.is_dir():
            raise ConfigError(path, f"StylesPath '{folder}' does not exist", line("StylesPath"))

    def style_folder(name):
        for folder in styles_paths:
            if (folder / name).is_dir():
                return folder / name
        if (builtin_rules_dir() / name).is_dir():
            return builtin_rules_dir() / name
        return None

    def split(value):
        return [v.strip() for v in (value or "").split(",") if v.strip()]

    # Every style named anywhere, plus the styles of individually named rules.
    named = set()
    for section_name in parser.sections():
        if section_name == "__core__":
            continue
        section = parser[section_name]
        named.update(split(section.get("BasedOnStyles")))
        named.update(k.split(".")[0] for k in section if "." in k)
    folders = []
    for name in sorted(named):
        if name == "Vale":
            continue  # Vale's built-in style (its spelling dictionary) is not part of stylelint
        folder = style_folder(name)
        if folder is None:
            raise ConfigError(path, f"style '{name}' does not exist on StylesPath", line("BasedOnStyles"))
        folders.append(folder)
    registry = _registry(folders)
    config = Config(path, path.parent, registry, [])
    for section_name in parser.sections():
        if section_name == "__core__":
            continue
        section = parser[section_name]
        packs = [p for p in split(section.get("BasedOnStyles")) if p != "Vale"] \
            if "BasedOnStyles" in section else None
        rules = {}
        for key, value in section.items():
            if "." not in key:
                continue
            value = (value or "").strip()
            if key.split(".")[0] == "Vale":
                continue
            if key not in registry:
                raise ConfigError(path, f"unknown rule '{key}'", line(key))
            if value not in ("YES", "NO", *LEVELS):
                raise ConfigError(path, f"'{key}' must be YES, NO, suggestion, warning or error, "
                                        f"not {value!r}", line(key))
            rules[key] = "off" if value == "NO" else "on" if value == "YES" else value
        if section_name == "*":
            config.packs = packs or []
            config.rules.update(rules)
        else:
            config.sections.append(Section(expand_braces(section_name), packs, rules))
    level = (core.get("MinAlertLevel") or "suggestion").strip()
    config.min_level = _level(path, level, "MinAlertLevel", line)
    for vocab in split(core.get("Vocab")):
        for folder in styles_paths:
            base = folder / "config" / "vocabularies" / vocab
            config.accept += _word_file(base / "accept.txt")
            config.reject += _word_file(base / "reject.txt")
    return config


def _word_file(path: Path) -> list[str]:
    if not path.is_file():
        return []
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("# ")]


# -- globs --------------------------------------------------------------------------------

def expand_braces(pattern: str) -> list[str]:
    m = re.search(r"\{([^{}]*)\}", pattern)
    if not m:
        return [pattern]
    return [e for option in m.group(1).split(",")
            for e in expand_braces(pattern[:m.start()] + option + pattern[m.end():])]


@lru_cache(maxsize=512)
def _glob_regex(pattern: str) -> re.Pattern:
    out, i = [], 0
    while i < len(pattern):
        c = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
            continue
        if pattern.startswith("**", i):
            out.append(".*")
            i += 2
            continue
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            j = pattern.find("]", i + 1)
            if j < 0:
                out.append(re.escape(c))
            else:
                body = pattern[i + 1:j]
                out.append("[" + ("^" + body[1:] if body.startswith("!") else body) + "]")
                i = j
        else:
            out.append(re.escape(c))
        i += 1
    return re.compile("".join(out) + r"\Z")


def glob_match(pattern: str, relpath: str) -> bool:
    """gitignore-like globs: `*` stays within a folder, `**` crosses folders, `{a,b}` expands.
    A pattern without a slash also matches the file name anywhere (as `*.md` users expect)."""
    negate = pattern.startswith("!")
    pattern = pattern[1:] if negate else pattern
    hit = False
    for p in expand_braces(pattern):
        p = p.lstrip("/") if p.startswith("/") else p
        target = relpath if "/" in p else relpath.rsplit("/", 1)[-1]
        if _glob_regex(p).match(target) or _glob_regex(p).match(relpath):
            hit = True
            break
    return hit != negate


def config_for(path: Path | None, explicit: Path | None = None) -> Config:
    if explicit is not None:
        return load_config(explicit.resolve())
    found = find_config(path if path is not None else Path(os.getcwd()))
    return load_config(found.resolve() if found else None)
