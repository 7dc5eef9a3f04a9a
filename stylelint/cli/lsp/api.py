"""The only place the server touches the rest of stylelint: the public API (build rules once per
configuration, then `lint_text`) and the project's config discovery, the same as `check`'s."""
from __future__ import annotations

from pathlib import Path

from stylelint import ConfigError, lint_text, load_rules
from stylelint.project import discovery

__all__ = ["ConfigError", "lint_text", "load_rules", "find_config"]  # the server's vocabulary


def find_config(folder: Path, vale_root: Path) -> Path | None:
    """The config `stylelint check` run in `vale_root` would use for a file in `folder`."""
    return discovery.find_config(folder, vale_root)


def forget_configs() -> None:
    """Config files changed on disk: search and read them again next time."""
    discovery.forget()


def is_ignored(rules, path: Path) -> bool:
    """Would `stylelint check` skip this file (the config's `ignore` globs)?"""
    return rules.config.is_ignored(path)


def rule(rules, rule_id: str):
    """The rule behind a finding, for hover (None for one the configuration does not know)."""
    try:
        return rules.rule(rule_id)
    except KeyError:
        return None
