"""Which rules lint a document: the config `stylelint check` would find for it, built once.

Built rules are kept per config file until a config or rule file changes; then everything is
dropped and built again on next use (a change to a pack's rule can affect any config)."""
from __future__ import annotations

import threading
from pathlib import Path, PurePosixPath

from . import api

CONFIG_NAMES = {".stylelint.yaml", ".stylelint.yml", "pyproject.toml",
                ".vale.ini", "_vale.ini", "vale.ini", ".vale", "_vale"}
VOCAB_NAMES = {"accept.txt", "reject.txt"}  # Vale vocabularies
WATCH_GLOBS = ["**/{" + ",".join(sorted(CONFIG_NAMES | VOCAB_NAMES)) + "}", "**/*.{yml,yaml}"]


def affects_rules(path: str) -> bool:
    """Could a change to this file change which rules run or how? (config, rule or word list)"""
    name = PurePosixPath(path.replace("\\", "/")).name
    return name in CONFIG_NAMES or name in VOCAB_NAMES or name.endswith((".yml", ".yaml"))


class Configs:
    def __init__(self):
        self._rules: dict[Path | None, object] = {}
        self._lock = threading.Lock()  # a build runs in the lint thread, a reload in the loop
        self.generation = 0

    def find(self, document: Path | None, folder: Path | None) -> Path | None:
        """The config for a document: searched from its folder upwards, as `stylelint check`
        does; an unsaved document searches from its workspace folder. A Vale config is
        searched as Vale run in the workspace folder would search it."""
        start = document.parent if document is not None else folder
        if start is None:
            return None
        found = api.find_config(start, folder or start)
        return found.resolve() if found else None

    def rules(self, config: Path | None):
        """Built rules for a config file (None: the built-in packs). Raises api.ConfigError."""
        with self._lock:
            cache = self._rules
        if config not in cache:
            cache[config] = api.load_rules(config)
        return cache[config]

    def reload(self) -> None:
        with self._lock:
            self._rules = {}
            self.generation += 1
        api.forget_configs()


def relative_path(document: Path | None, config: Path | None) -> str | None:
    """The document's path as config overrides see it: relative to the config's folder."""
    if document is None or config is None:
        return None
    try:
        return document.resolve().relative_to(config.parent).as_posix()
    except ValueError:
        return None
