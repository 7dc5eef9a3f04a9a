"""Finding and loading the configuration of a file: the nearest `.stylelint.yaml` (or
`[tool.stylelint]` in pyproject.toml) walking up from it, a Vale config only if none exists,
and the built-in packs when there is no configuration at all.

A Vale config is found as Vale finds it: one for the whole run, in the working directory or
its parents (Vale's core.loadConfig), so a `.vale.ini` in a folder below it (a style
package's test fixtures, a vendored project) is not read. Only where Vale would find none and
stop (E100 ".vale.ini not found") is the nearest one above each file used instead."""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from .config import Config
from .errors import ConfigError
from .packs import builtin_rules_dir, default_pack_names, pack_registry
from .readers.mapping import from_mapping
from .readers.pyproject import load_pyproject
from .readers.vale import VALE_NAMES, load_vale
from .yamlfile import read_yaml

STYLELINT_NAMES = (".stylelint.yaml", ".stylelint.yml")


def find_config(start: Path, vale_root: Path | None = None) -> Path | None:
    """The nearest stylelint config walking up from `start`; if none, the Vale config Vale
    would use when run in `vale_root` (default: the working directory), else the nearest
    Vale config above `start`."""
    directory = (start if start.is_dir() else start.parent).absolute()
    root = (vale_root if vale_root is not None else Path(os.getcwd())).absolute()
    return _find_in(directory, STYLELINT_NAMES + ("pyproject.toml",)) \
        or _find_in(root, VALE_NAMES) or _find_in(directory, VALE_NAMES)


@lru_cache(maxsize=1024)
def _find_in(directory: Path, names: tuple[str, ...]) -> Path | None:
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
        names = default_pack_names()
        return Config(None, Path.cwd(), pack_registry([builtin / n for n in names]), names)
    if not path.is_file():
        raise ConfigError(path, "configuration file not found")
    if path.name in VALE_NAMES or path.suffix == ".ini":
        return load_vale(path)
    if path.name == "pyproject.toml":
        return load_pyproject(path)
    data, lines = read_yaml(path)
    return from_mapping(path, data if data is not None else {}, lines.get)


def config_for(path: Path | None, explicit: Path | None = None) -> Config:
    if explicit is not None:
        return load_config(explicit.resolve())
    found = find_config(path if path is not None else Path(os.getcwd()))
    return load_config(found.resolve() if found else None)


def forget() -> None:
    """Config files were created, changed or deleted: search and read them again (the language
    server calls this when the editor reports such a change)."""
    _find_in.cache_clear()
    load_config.cache_clear()
