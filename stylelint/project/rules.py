"""Rules built from a configuration: `load_rules` is the way into the public API.

A ProjectRules is the core's RuleSet with the configuration behind it: the pairs for a file
follow the configuration's overrides, and `--select` / `--ignore` narrow them.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path, PurePath

from ..core import wordclasses, words
from ..core.checks import grammar
from ..core.patterns import compiling
from ..core.patterns.compiling import DEFAULT_TIMEOUT
from ..core.rules import RuleSet
from . import wordlists
from .cache import Memo
from .config import Config
from .discovery import load_config
from .errors import ConfigError
from .packs import pack_registry

# What compiling each pattern found (engine, anchors): it depends on the pattern, the `re`
# parser of this Python and the code that analyses it.
PATTERN_ANALYSES = Memo("pattern-analyses", lambda: sorted(Path(compiling.__file__).parent.glob("*.py")),
                        key=sys.version)
# What building each grammar rule made (parsed patterns, inflected verb classes): it depends on
# the rule's keys, the core code that builds it and lemminflect's data (the inflections).
GRAMMAR_BUILT = Memo("grammar-built", lambda: sorted(Path(compiling.__file__).parent.parent.glob("**/*.py"))
                     + wordlists.lemminflect_files(), key=sys.version, limit=500)


class ProjectRules(RuleSet):
    def __init__(self, config: Config, select=(), ignore=(), min_level: str | None = None):
        super().__init__((), min_level or config.min_level, regex_timeout())
        self.config = config
        if config.front_matter is not None:
            self.front_matter = config.front_matter
        self.skips = config.skips
        self.select = resolve_names(select, config, "--select")
        self.ignore = resolve_names(ignore, config, "--ignore")
        self._chosen: dict[int, list] = {}
        self._relative_paths: dict[str, str] = {}  # a path as given -> as `_relative` makes it
        # The same lemmas and inflections as lemminflect gives, without loading it
        words.use_lemma_table(wordlists.lemma_table())
        wordclasses.use_inflection_table(wordlists.inflection_table())
        compiling.use_pattern_analyses(PATTERN_ANALYSES)
        grammar.use_built_memo(GRAMMAR_BUILT)

    def for_path(self, path: str | None) -> list:
        """The pairs for a file; an absolute path is made relative to the configuration."""
        pairs = self.config.rules_for(self._relative(path))
        key = id(pairs)  # the config keeps one list per setting, so its id names the setting
        if key not in self._chosen:
            self._chosen[key] = [(r, level) for r, level in pairs
                                 if (not self.select or _named(r.id, self.select))
                                 and not _named(r.id, self.ignore)]
        return self._chosen[key]

    def genre_for(self, path: str | None) -> str | None:
        return self.config.genre_for(self._relative(path))

    def ignores_for(self, path: str | None) -> tuple:
        return self.config.ignores_for(self._relative(path))

    def _relative(self, path: str | None) -> str | None:
        """The path as the configuration's sections match it: an absolute one made relative to
        the configuration (remembered: each file asks three times, and a `Path` costs more
        than the rest of the question)."""
        if path is None:
            return None
        found = self._relative_paths.get(path)
        if found is None:
            found = self.config.relpath(Path(path)) if PurePath(path).is_absolute() else path
            if len(self._relative_paths) > 10_000:  # an archive's paths are unbounded; memory is not
                self._relative_paths.clear()
            self._relative_paths[path] = found
        return found

    def rule(self, rule_id: str):
        """Any rule of the configuration's packs, active or not (KeyError if unknown)."""
        if rule_id == "Vocab.Avoid" and self.config.reject:
            return self.config.avoid_rule()
        return self.config.rule(rule_id)

    def known_ids(self) -> set[str]:
        return set(self.config.registry) | ({"Vocab.Avoid"} if self.config.reject else set())

    def every_rule(self) -> list:
        """Every rule of the packs the configuration names, and the house reject list's."""
        rules = [self.config.rule(rule_id) for rule_id in sorted(self.config.registry)]
        return rules + ([self.config.avoid_rule()] if self.config.reject else [])


def regex_timeout() -> float:
    """Seconds a `regex` pattern may run on one text: STYLELINT_REGEX_TIMEOUT, else 2."""
    return float(os.environ.get("STYLELINT_REGEX_TIMEOUT", DEFAULT_TIMEOUT))


def resolve_names(names, config: Config, option: str) -> tuple[str, ...]:
    """Rule ids and pack names as the configuration spells them. A name may be given in any
    case and as a comma-separated list; one that names nothing is an error with a hint, so a
    typo cannot turn a CI check into "No problems found"."""
    known = {rule_id: rule_id for rule_id in config.registry}
    known.update({rule_id.split(".")[0]: rule_id.split(".")[0] for rule_id in config.registry})
    if config.reject:
        known.update({"Vocab.Avoid": "Vocab.Avoid", "Vocab": "Vocab"})
    by_lower = {name.lower(): name for name in known}
    resolved = []
    for given in (n.strip() for raw in names for n in str(raw).split(",")):
        if not given:
            continue
        name = known.get(given) or by_lower.get(given.lower())
        if name is None:
            import difflib  # only for a misspelt name

            close = difflib.get_close_matches(given.lower(), list(by_lower), n=2, cutoff=0.6)
            hint = (f" Did you mean {' or '.join(by_lower[c] for c in close)}?" if close
                    else " Run 'stylelint rules' to list them.")
            raise ConfigError(option, f"no rule or pack named '{given}' in the packs in use.{hint}")
        resolved.append(name)
    return tuple(resolved)


def _named(rule_id: str, names) -> bool:
    return any(rule_id == n or rule_id.startswith(n + ".") for n in names)


def load_rules(config: str | Path | None = None, packs: list | None = None) -> ProjectRules:
    """Rules built once, to lint any number of texts with `lint_text`.

    `config`: a `.stylelint.yaml`, `pyproject.toml` or `.vale.ini` file; `packs`: folders of
    YAML rules; neither: the built-in packs. Raises ConfigError (one line naming the file)."""
    if config is not None and packs is not None:
        raise ValueError("give either a config file or pack folders, not both")
    if packs is not None:
        folders = [Path(p) for p in packs]
        for folder in folders:
            if not folder.is_dir():
                raise ConfigError(folder, "rule pack folder does not exist")
        built = ProjectRules(Config(None, Path.cwd(), pack_registry(folders), [f.name for f in folders]))
    else:
        built = ProjectRules(load_config(Path(config).resolve() if config is not None else None))
    built.for_path(None)  # build now: errors surface here, and linting reads no file
    built.prepare()
    return built
