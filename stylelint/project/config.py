"""The configuration model: which packs run, per-rule levels and options, per-glob sections,
vocabulary, ignored paths and the levels shown and failing. The readers (`readers/`) turn
`.stylelint.yaml`, `[tool.stylelint]` and `.vale.ini` into one `Config`; `discovery` finds them.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from ..core.alert import LEVELS
from ..core.checks.existence import Existence
from .cache import flush_memos
from .errors import ConfigError
from ..core.patterns.compiling import compile_pattern, search
from .globs import glob_match
from .loader import build_rule


def _ignores(glob: str, rel: str) -> bool:
    """A glob ignores a path it matches, or a path inside a folder it matches; `!` inverts
    the whole test (not each half of it)."""
    negate = glob.startswith("!")
    glob = glob[1:] if negate else glob
    return (glob_match(glob, rel) or glob_match(glob.rstrip("/") + "/**", rel)) != negate


@dataclass
class Section:
    globs: list[str]
    packs: list[str] | None  # replaces the active packs for matching files (Vale BasedOnStyles)
    rules: dict[str, object]
    ignore_patterns: list[str] = field(default_factory=list)  # Vale Token/BlockIgnores
    genre: str | None = None  # the kind of piece these files are (review, column...; core.genre)


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
    front_matter: tuple | None = None  # keys whose values are prose; None: the defaults
    setting_lines: dict[str, int] = field(default_factory=dict)  # rule id or pack -> its line here
    notes: list[str] = field(default_factory=list)  # what was skipped while reading it (Vale)
    # Skipped rules that apply only to drafts with certain words: id -> (why, patterns).
    untested: dict[str, tuple] = field(default_factory=dict)
    filled: dict[str, dict] = field(default_factory=dict)  # rule id -> options it always gets
    styles_paths: list[Path] = field(default_factory=list)  # Vale's StylesPath: word lists
    vale: bool = False  # a .vale.ini: rule files are read as Vale reads them
    skips: object = None  # core.markup.Skips from a .vale.ini's SkippedScopes and the like
    # Built rules, memoised: one rule per (id, options), one list of pairs per setting.
    _rules: dict = field(default_factory=dict, repr=False)
    _pairs: dict = field(default_factory=dict, repr=False)
    _ignores: dict = field(default_factory=dict, repr=False)
    _avoid: object = field(default=None, repr=False)
    _base: tuple | None = field(default=None, repr=False)  # (base, base resolved)
    _unsectioned: list | None = field(default=None, repr=False)  # the pairs, without sections
    _relpaths: dict = field(default_factory=dict, repr=False)  # path -> relpath (asked twice a file)
    _folders: dict = field(default_factory=dict, repr=False)  # folder -> folder resolved (`_resolve`)

    # -- which rules run on a file ----------------------------------------------------------
    def settings_for(self, relpath: str | None):
        packs, settings = list(self.packs), dict(self.rules)
        for section in self.sections:
            if relpath is not None and any(glob_match(g, relpath) for g in section.globs):
                if section.packs is not None:
                    packs = section.packs
                settings.update(section.rules)
        return packs, settings

    def genre_for(self, relpath: str | None) -> str | None:
        """The kind of piece the last override matching a file names, if any."""
        found = None
        for section in self.sections:
            if section.genre and relpath is not None and any(glob_match(g, relpath) for g in section.globs):
                found = section.genre
        return found

    def ignores_for(self, relpath: str | None) -> tuple:
        """Compiled Token/BlockIgnores of the sections matching a file (compiled once)."""
        found = tuple(p for section in self.sections if section.ignore_patterns and relpath is not None
                      and any(glob_match(g, relpath) for g in section.globs)
                      for p in section.ignore_patterns)
        if found not in self._ignores:
            self._ignores[found] = tuple(compile_pattern(p) for p in found)
        return self._ignores[found]

    def rules_for(self, relpath: str | None = None) -> list:
        """(rule, level) pairs that apply to a file, built once per distinct setting."""
        if not self.sections:  # no section chooses by path: every file has the same setting
            if self._unsectioned is None:
                self._unsectioned = self._rules_for(None)
            return self._unsectioned
        return self._rules_for(relpath)

    def _rules_for(self, relpath: str | None) -> list:
        packs, settings = self.settings_for(relpath)
        key = (tuple(packs), json.dumps(settings, sort_keys=True, default=str))
        if key not in self._pairs:
            self._pairs[key] = self.build(packs, settings)
        return self._pairs[key]

    def build(self, packs, settings) -> list:
        """(rule, level) pairs for these active packs and per-rule settings."""
        chosen = []
        for rule_id, path in self.registry.items():
            setting = settings.get(rule_id, settings.get(rule_id.split(".")[0]))
            if isinstance(setting, str) and setting == "off" or (setting is None and rule_id.split(".")[0] not in packs):
                continue
            options = dict(setting) if isinstance(setting, dict) else {}
            level = options.pop("level", setting if isinstance(setting, str) and setting in LEVELS else None)
            rule = self.rule(rule_id, options)
            chosen.append((rule, level or rule.level))
        self._check_prefer(settings, [rule for rule, _ in chosen])
        if self.reject:
            chosen.append((self.avoid_rule(), "error"))
        flush_memos()  # what building these rules parsed, for the next run
        return chosen

    def _check_prefer(self, settings, rules) -> None:
        """A `prefer` value that is no form of any name in the rules it is set on would be
        ignored silently (a typo such as 'Artsak' keeps the old house name): refuse it."""
        for name, setting in settings.items():
            if not isinstance(setting, dict) or not setting.get("prefer"):
                continue
            forms = {form for rule in rules if rule.id == name or rule.id.split(".")[0] == name
                     for form in getattr(rule, "forms", ())}
            for value in setting["prefer"]:
                if value not in forms:
                    import difflib  # only for a misspelt name

                    close = difflib.get_close_matches(value, sorted(forms), n=1)
                    hint = f" Did you mean '{close[0]}'?" if close else ""
                    raise ConfigError(self.path or name, f"{name}: prefer: '{value}' is not one of the "
                                      f"names this rule knows.{hint}", self.setting_lines.get(name))

    def rule(self, rule_id: str, options: dict | None = None):
        """One rule of the registry, built with these options (KeyError if unknown)."""
        path = self.registry[rule_id]
        options = {**self.filled.get(rule_id, {}), **(options or {})}
        key = (rule_id, json.dumps(options, sort_keys=True, default=str))
        if key not in self._rules:
            line = self.setting_lines.get(rule_id, self.setting_lines.get(rule_id.split(".")[0]))
            self._rules[key] = build_rule(rule_id, path, options or None, self.accept,
                                          origin=(self.path, line) if self.path else None,
                                          styles_paths=self.styles_paths, vale=self.vale)
        return self._rules[key]

    def avoid_rule(self):
        """The rule made from the house reject list (vocab.reject)."""
        if self._avoid is None:
            self._avoid = Existence("Vocab.Avoid", {
                "extends": "existence", "message": "Avoid '%s': it is on the house reject list.",
                "level": "error", "tokens": list(self.reject), "vocab": False,
                "description": "Terms the house vocabulary rejects (vocab.reject).",
            })
        return self._avoid

    def untested_in(self, text: str) -> list[str]:
        """The skipped rules that might have applied to this text (see `untested`)."""
        def might(patterns) -> bool:
            try:
                return all(search(p, text) is not None for p in patterns)  # under the regex timeout
            except Exception:  # noqa: BLE001 - a pattern that timed out: it might apply
                return True
        return [rule_id for rule_id, (_, patterns) in self.untested.items() if might(patterns)]

    def is_ignored(self, path: Path) -> bool:
        if not self.ignore:  # nothing to match: no need to resolve the path
            return False
        try:
            rel = self._resolve(path).relative_to(self._resolved_base()).as_posix()
        except ValueError:
            return False
        return any(_ignores(g, rel) for g in self.ignore)

    def relpath(self, path: Path | None) -> str | None:
        if path is None:
            return None
        found = self._relpaths.get(path)
        if found is None:
            if len(self._relpaths) > 10_000:
                self._relpaths.clear()
            try:
                found = self._resolve(path).relative_to(self._resolved_base()).as_posix()
            except ValueError:
                found = path.as_posix()
            self._relpaths[path] = found
        return found

    def _resolve(self, path: Path) -> Path:
        """`path.resolve()`, its folder resolved once per folder (a file's own path is resolved
        in full only when it is a symbolic link): resolving walks every folder above it."""
        if path.name in ("", "..") or os.path.islink(path):
            return path.resolve()
        folder = self._folders.get(path.parent)
        if folder is None:
            if len(self._folders) > 10_000:
                self._folders.clear()
            folder = self._folders[path.parent] = path.parent.resolve()
        return folder / path.name

    def _resolved_base(self) -> Path:
        """The configuration's folder, resolved once (not once per file checked)."""
        if self._base is None or self._base[0] != self.base:
            self._base = (self.base, self.base.resolve())
        return self._base[1]
