"""A Vale `.vale.ini`, honoured when no stylelint configuration exists: StylesPath,
BasedOnStyles, MinAlertLevel, `Style.Rule = NO|level`, glob sections and vocabularies."""
from __future__ import annotations

import configparser
import re
from pathlib import Path

from ...core.alert import LEVELS
from ..config import Config, Section
from ..errors import ConfigError
from ..globs import expand_braces
from ..packs import builtin_rules_dir, pack_registry
from .mapping import check_level

VALE_NAMES = (".vale.ini", "_vale.ini", "vale.ini", ".vale", "_vale")


def load_vale(path: Path) -> Config:
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
    registry = pack_registry(folders)
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
    config.min_level = check_level(path, level, "MinAlertLevel", line)
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
