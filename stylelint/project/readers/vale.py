"""A Vale `.vale.ini`, honoured when no stylelint configuration exists: StylesPath,
BasedOnStyles, MinAlertLevel, `Style.Rule = NO|level`, glob sections and vocabularies."""
from __future__ import annotations

import configparser
import re
from pathlib import Path

from ...core.alert import LEVELS
from ..config import Config, Section
from ..errors import ConfigError
from ..globs import GlobError, check_glob
from ..packs import builtin_rules_dir, pack_registry
from .mapping import check_level

VALE_NAMES = (".vale.ini", "_vale.ini", "vale.ini", ".vale", "_vale")


def load_vale(path: Path) -> Config:
    ini = _ValeIni(path)
    registry = pack_registry(ini.style_folders())
    config = Config(path, path.parent, registry, [])
    for name in ini.sections():
        section = ini.parser[name]
        packs = [p for p in _split(section.get("BasedOnStyles")) if p != "Vale"] \
            if "BasedOnStyles" in section else None
        rules = ini.rule_settings(section, registry)
        if name == "*":
            config.packs = packs or []
            config.rules.update(rules)
        else:
            try:
                check_glob(name)
            except GlobError as exc:
                raise ConfigError(path, f"section [{name}]: {exc}", ini.section_line(name)) from None
            config.sections.append(Section([name], packs, rules))
    level = (ini.core.get("MinAlertLevel") or "suggestion").strip()
    config.min_level = check_level(path, level, "MinAlertLevel", ini.line)
    for vocab in _split(ini.core.get("Vocab")):
        for folder in ini.styles_paths:
            base = folder / "config" / "vocabularies" / vocab
            config.accept += _word_file(base / "accept.txt")
            config.reject += _word_file(base / "reject.txt")
    return config


def _split(value) -> list[str]:
    return [v.strip() for v in (value or "").split(",") if v.strip()]


class _ValeIni:
    """One parsed .vale.ini: its core settings, glob sections and style folders."""

    def __init__(self, path: Path):
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
        named = set()
        for name in self.sections():
            section = self.parser[name]
            named.update(_split(section.get("BasedOnStyles")))
            named.update(k.split(".")[0] for k in section if "." in k)
        folders = []
        for name in sorted(named):
            if name == "Vale":
                continue  # Vale's built-in style (its spelling dictionary) is not part of stylelint
            folder = self._style_folder(name)
            if folder is None:
                raise ConfigError(self.path, f"style '{name}' does not exist on StylesPath",
                                  self.line("BasedOnStyles"))
            folders.append(folder)
        return folders

    def _style_folder(self, name: str) -> Path | None:
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
            if key.split(".")[0] == "Vale":
                continue
            if key not in registry:
                raise ConfigError(self.path, f"unknown rule '{key}'", self.line(key))
            if value not in ("YES", "NO", *LEVELS):
                raise ConfigError(self.path, f"'{key}' must be YES, NO, suggestion, warning or error, "
                                             f"not {value!r}", self.line(key))
            rules[key] = "off" if value == "NO" else "on" if value == "YES" else value
        return rules


def _word_file(path: Path) -> list[str]:
    if not path.is_file():
        return []
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("# ")]
