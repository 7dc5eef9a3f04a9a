"""Built rules, handed to `lint_text`: the (rule, level) pairs to run, the lowest level
reported and how long a `regex` pattern may run. A RuleSet is built once and used for any
number of documents; the word index its rules share is built on first use and kept on the
RuleSet (never in a global).

The project layer subclasses it to choose the pairs per file from a configuration's overrides.
"""
from __future__ import annotations

from .alert import LEVELS
from .markup.frontmatter import DEFAULT_KEYS
from .patterns.compiling import DEFAULT_TIMEOUT
from .terms import TermIndex


class RuleSet:
    def __init__(self, pairs=(), min_level: str = "suggestion", regex_timeout: float = DEFAULT_TIMEOUT):
        if min_level not in LEVELS:
            raise ValueError(f"min_level must be suggestion, warning or error, not {min_level!r}")
        self._pairs = list(pairs)  # (rule, level)
        self.min_level = min_level
        self.regex_timeout = regex_timeout  # seconds a `regex` pattern may run on one text
        self._indexes: dict = {}
        self.front_matter = DEFAULT_KEYS  # front matter keys whose values are prose
        self.skips = None  # a Vale configuration's SkippedScopes and the like (markup.Skips)

    def prepare(self) -> None:
        """Load now what linting would otherwise load on first use -- the Markdown parser and
        the lemma tables -- so that `lint_text` opens no file (`load_rules` calls this)."""
        from .markup.markdown import markdown_parser
        from .words import load_lemmas

        markdown_parser()
        load_lemmas()

    def for_path(self, path: str | None) -> list:
        """The (rule, level) pairs for a file; `path` only matters to a configuration."""
        return self._pairs

    def genre_for(self, path: str | None) -> str | None:
        """The kind of piece a file is (review, column...), when a configuration says so."""
        return None

    def ignores_for(self, path: str | None) -> tuple:
        """Compiled patterns whose matches are not linted in a markup file (Vale's
        TokenIgnores and BlockIgnores); none without a configuration."""
        return ()

    def rule(self, rule_id: str):
        """The rule with this id (KeyError if there is none)."""
        for rule, _ in self.for_path(None):
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    def known_ids(self) -> set[str]:
        """Every rule id a directive may name (a configuration knows rules it turns off too)."""
        return {rule.id for rule, _ in self.for_path(None)}

    def term_index(self, pairs) -> TermIndex | None:
        """The shared word index of these pairs, built once per distinct list of rules."""
        key = tuple(id(rule) for rule, _ in pairs)
        if key not in self._indexes:
            index = TermIndex()
            for rule, _ in pairs:
                for term, payload in rule.terms or ():
                    index.add(term, rule.id, payload, rule.ignorecase)
                if rule.lookup:
                    index.add_lookup(rule.id, rule.lookup)
            useful = index.entries or index.lookups
            self._indexes[key] = (index if useful else None, [r for r, _ in pairs])  # ids stay alive
        return self._indexes[key][0]
