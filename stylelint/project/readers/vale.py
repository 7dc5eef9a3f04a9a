"""A Vale `.vale.ini`, honoured when no stylelint configuration exists: StylesPath,
BasedOnStyles, MinAlertLevel, `Style.Rule = NO|level`, glob sections and vocabularies."""
from __future__ import annotations

import re
from pathlib import Path

from ...core.alert import LEVELS
from ..config import Config, Section
from ..errors import ConfigError
from ..globs import GlobError, check_glob
from ...core.checks import UNSUPPORTED
from ...core.markup import Skips
from ...core.markup.frontmatter import ALL_KEYS
from ...core.patterns.compiling import compile_pattern
from ..packs import builtin_rules_dir, pack_registry
from ..yamlfile import read_yaml
from . import vale_builtin
from .mapping import check_level

_ONE_CHOICE = re.compile(r"\{([^{},]*)\}")
_EXTENDS = re.compile(r"^extends:\s*['\"]?(\w+)", re.M)

VALE_NAMES = (".vale", "_vale", "vale.ini", ".vale.ini", "_vale.ini")  # Vale's order in one folder


def load_vale(path: Path) -> Config:
    ini = _ValeIni(path)
    registry = pack_registry(ini.style_folders())
    config = Config(path, path.parent, registry, [], styles_paths=ini.styles_paths, vale=True)
    skipped = _drop_unsupported(registry)
    reject = []
    for vocab in _split(ini.core.get("Vocab")):
        for folder in ini.styles_paths:
            base = folder / "config" / "vocabularies" / vocab
            config.accept += _word_file(base / "accept.txt")
            reject += _word_file(base / "reject.txt")
    config.filled = vale_builtin.fill(registry, config.accept, reject, ini.styles_paths)
    for name in ini.sections():
        section = ini.parser[name]
        packs = _split(section.get("BasedOnStyles")) if "BasedOnStyles" in section else None
        rules = ini.rule_settings(section, registry)
        patterns = ini.ignore_patterns(section)
        if name == "*":
            config.packs = packs or []
            config.rules.update(rules)
            if patterns:  # kept as a section, so they follow the same path as the others
                config.sections.insert(0, Section(["**"], None, {}, patterns))
        else:
            try:
                check_glob(name)
            except GlobError as exc:
                raise ConfigError(path, f"section [{name}]: {exc}", ini.section_line(name)) from None
            # Vale's globs read `{md}` as a choice of one; wcmatch (as bash) leaves it literal.
            config.sections.append(Section([_ONE_CHOICE.sub(r"\1", name)], packs, rules, patterns))
    config.notes += _skip_notes(ini, {r: why for r, (why, needs) in skipped.items() if needs is None})
    config.untested = {r: (why, needs) for r, (why, needs) in skipped.items()
                       if needs is not None and ini.wanted(r)}
    config.front_matter = ALL_KEYS  # Vale lints the value of every front matter key
    if any(key in ini.core for key in ("SkippedScopes", "IgnoredClasses", "IgnoredScopes")):
        config.skips = Skips.from_vale(_split(ini.core.get("SkippedScopes")),
                                       _split(ini.core.get("IgnoredClasses")),
                                       _split(ini.core.get("IgnoredScopes")))
    level = (ini.core.get("MinAlertLevel") or "suggestion").strip()
    config.min_level = check_level(path, level, "MinAlertLevel", ini.line)
    return config


def _drop_unsupported(registry: dict) -> dict[str, tuple[str, list | None]]:
    """Vale styles may hold rules of types stylelint cannot run (`script`, `sequence`): Vale
    users expect the rest of the style to load, so those rules leave the registry instead of
    refusing the whole configuration. Rule id -> (the reason, the patterns a draft must all
    contain for the rule to apply, or None when any draft might)."""
    skipped = {}
    for rule_id, rule_path in list(registry.items()):
        try:
            text = rule_path.read_text(encoding="utf-8-sig", errors="replace")
        except OSError:
            continue  # building the rule reports it, with the file's name
        m = _EXTENDS.search(text)
        if m and m.group(1) in UNSUPPORTED:
            needs = _sequence_words(rule_path, text) if m.group(1) == "sequence" else None
            skipped[rule_id] = (f"a {m.group(1)} rule ({UNSUPPORTED[m.group(1)]})", needs)
            del registry[rule_id]
    return skipped


def _sequence_words(path: Path, text: str) -> list | None:
    """A sequence rule matches a run of words, each token's `pattern` one word: a draft that
    has no match for some token's pattern cannot trigger it, whatever the words' parts of
    speech, so skipping the rule there loses nothing. Searched case-blind and anywhere in the
    text, so the test can only ever say "might apply" too often, never too rarely."""
    try:
        tokens = read_yaml(path, text)[0].get("tokens") or []
        needs = [compile_pattern(str(t["pattern"]), ignorecase=True) for t in tokens
                 if isinstance(t, dict) and t.get("pattern") and not t.get("negate")]
    except Exception:  # noqa: BLE001 - anything unusual: say it is skipped, for every draft
        return None
    return needs or None


def _skip_notes(ini, skipped: dict[str, str]) -> list[str]:
    """One line naming the skipped rules that would have run (one of an active style not
    turned off, or one turned on by name), grouped by why. A rule the configuration turns off
    costs nothing, so it is not named."""
    by_reason: dict[str, list[str]] = {}
    for rule_id, why in {**skipped, **ini.unknown}.items():
        if ini.wanted(rule_id):
            by_reason.setdefault(why, []).append(rule_id)
    if not by_reason:
        return []
    parts = [f"{', '.join(sorted(ids))}: {why}" for why, ids in by_reason.items()]
    return [f"{ini.path.name}: skipped " + "; ".join(parts)]


def _split_patterns(value: str) -> list[str]:
    """Split at commas outside brackets: `(a{1,2}), (b)` is two patterns."""
    parts, depth, current = [], 0, ""
    for i, char in enumerate(value):
        escaped = i > 0 and value[i - 1] == "\\"
        if char in "([{" and not escaped:
            depth += 1
        elif char in ")]}" and not escaped:
            depth = max(depth - 1, 0)
        if char == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    return [p.strip() for p in parts + [current] if p.strip()]


def _split(value) -> list[str]:
    return [v.strip() for v in (value or "").split(",") if v.strip()]


class _ValeIni:
    """One parsed .vale.ini: its core settings, glob sections and style folders."""

    def __init__(self, path: Path):
        import configparser  # only a Vale project reads an ini file

        self.path = path
        self.text = path.read_text(encoding="utf-8", errors="replace")
        self.parser = configparser.ConfigParser(
            interpolation=None, strict=False, inline_comment_prefixes=(" #", " ;"),
            delimiters=("=",), allow_no_value=True)
        self.parser.optionxform = str
        try:
            self.parser.read_string("[__core__]\n" + self.text, source=str(path))
        except configparser.Error as exc:
            m = re.search(r"line (\d+)", str(exc))
            message = f"ini syntax error: {exc.message if hasattr(exc, 'message') else exc}"
            raise ConfigError(path, message.split("\n")[0], int(m.group(1)) - 1 if m else None) from None
        self.core = self.parser["__core__"]
        self.unknown: dict[str, str] = {}  # rule ids set here that no loaded style has
        self.styles_paths = [path.parent / p.strip()
                             for p in (self.core.get("StylesPath") or "").split(",") if p.strip()]
        for folder in self.styles_paths:
            if not folder.is_dir():
                raise ConfigError(path, f"StylesPath '{folder}' does not exist", self.line("StylesPath"))

    def line(self, key: str) -> int | None:
        m = re.search(rf"^[ \t]*{re.escape(key)}[ \t]*=", self.text, re.M)
        return self.text.count("\n", 0, m.start()) + 1 if m else None

    def section_line(self, name: str) -> int | None:
        at = self.text.find(f"[{name}]")
        return self.text.count("\n", 0, at) + 1 if at >= 0 else None

    def sections(self) -> list[str]:
        return [name for name in self.parser.sections() if name != "__core__"]

    def style_folders(self) -> list[Path]:
        """The folder of every style named anywhere (BasedOnStyles, or a rule of it set)."""
        based, named = set(), set()
        for name in self.sections():
            section = self.parser[name]
            based.update(_split(section.get("BasedOnStyles")))
            named.update(k.split(".")[0] for k in section if "." in k)
        folders = []
        for name in sorted(based | named):
            folder = self._style_folder(name)
            if folder is None and name in based:  # Vale stops here too, with its code
                raise ConfigError(self.path, f"E100 [loadStyles] Runtime error: style '{name}' "
                                             "does not exist on StylesPath",
                                  self.line("BasedOnStyles"))
            if folder is not None:
                folders.append(folder)
        return folders

    def ignore_patterns(self, section) -> list[str]:
        """BlockIgnores (old name IgnorePatterns) and TokenIgnores: comma-separated regexes,
        checked now so a broken one names this file and line."""
        patterns = []
        for key in ("BlockIgnores", "IgnorePatterns", "TokenIgnores"):
            for pattern in _split_patterns(section.get(key) or "") if key in section else ():
                try:
                    compile_pattern(pattern)
                except Exception as exc:  # regex.error, or our refusal of an unsafe pattern
                    raise ConfigError(self.path, f"{key}: invalid pattern {pattern!r} ({exc})",
                                      self.line(key)) from None
                patterns.append(pattern)
        return patterns

    def wanted(self, rule_id: str) -> bool:
        """Would this rule run somewhere: its style is based on and it is not set to NO, or it
        is set to YES or a level by name?"""
        style = rule_id.split(".")[0]
        for name in self.sections():
            section = self.parser[name]
            value = (section.get(rule_id) or "").strip()
            if value and value != "NO":
                return True
            if not value and style in _split(section.get("BasedOnStyles")):
                return True
        return False

    def _style_folder(self, name: str) -> Path | None:
        if name == vale_builtin.NAME:  # Vale never loads a style folder of that name either
            return vale_builtin.folder()
        for folder in self.styles_paths:
            if (folder / name).is_dir():
                return folder / name
        if (builtin_rules_dir() / name).is_dir():
            return builtin_rules_dir() / name
        return None

    def rule_settings(self, section, registry) -> dict[str, str]:
        """`Style.Rule = YES|NO|level` lines of a section, as config rule settings."""
        rules = {}
        for key, value in section.items():
            if "." not in key:
                continue
            value = (value or "").strip()
            if value not in ("YES", "NO", *LEVELS):
                raise ConfigError(self.path, f"'{key}' must be YES, NO, suggestion, warning or error, "
                                             f"not {value!r}", self.line(key))
            if key not in registry:  # Vale ignores a rule it has not loaded; so do we
                self.unknown.setdefault(key, "no such rule in the styles on StylesPath")
                continue
            rules[key] = "off" if value == "NO" else "on" if value == "YES" else value
        return rules


def _word_file(path: Path) -> list[str]:
    if not path.is_file():
        return []
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("# ")]
