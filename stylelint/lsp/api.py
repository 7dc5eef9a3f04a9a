"""The only place the server touches stylelint itself: the public API and config discovery."""
from __future__ import annotations

from pathlib import Path

from .. import config as _config
from ..engine import lint_text as _lint_text
from ..loader import ConfigError  # noqa: F401  (re-exported for the server)


class Rules:
    """Built rules of one configuration (stand-in for stylelint.load_rules until it lands)."""

    def __init__(self, config):
        self.config = config
        self._by_id = None

    def rule(self, rule_id: str):
        if self._by_id is None:
            self._by_id = {r.id: r for r, _ in self.config._build(
                list({r.split(".")[0] for r in self.config.registry}), {})}
        return self._by_id.get(rule_id)


def load_rules(config: Path | None) -> Rules:
    loaded = _config.load_config.__wrapped__(config)  # never the cached one: we reload on change
    return Rules(loaded)


def lint_text(text: str, rules: Rules, syntax: str, path: str | None):
    return _lint_text(text, rules.config, path, syntax)


def find_config(folder: Path) -> Path | None:
    """The config `stylelint check` would use for a file in `folder`."""
    return _config.find_config(folder)


def forget_configs() -> None:
    """Config files may have appeared or gone: search again next time."""
    _config._find_in.cache_clear()


def is_ignored(rules: Rules, path: Path) -> bool:
    """Would `stylelint check` skip this file (the config's `ignore` globs)?"""
    return rules.config.is_ignored(path)


def rule(rules: Rules, rule_id: str):
    """The rule behind a finding, for hover (None for one the configuration does not know)."""
    return rules.rule(rule_id)
