"""Word tables from maintained packages and word files beside rules, handed to the rules that
need them (`Rule.use_words`): the core never reads a file.

The spelling dictionary is pyspellchecker's English word list plus the British spellings in
codespell's en-GB table; `wordlist: codespell` is codespell's list of common misspellings. Both
are parsed once and kept in the on-disk cache (`cache`) for cold starts.
"""
from __future__ import annotations

import functools
import importlib.util
import json
import os
from pathlib import Path

from ..core.checks.base import RuleError
from .cache import Memo, cached_table
from .wordtable import SortedTable

WORDLISTS = ("codespell",)


@functools.lru_cache(maxsize=1)
def dictionary() -> SortedTable:
    """The spelling dictionary as a SortedTable (supports `in`), built once and cached on disk."""
    english = _package_folder("spellchecker") / "resources" / "en.json.gz"
    british = _package_folder("codespell_lib") / "data" / "dictionary_en-GB_to_en-US.txt"

    def build():
        import gzip  # only on a cache miss

        words = set(json.load(gzip.open(english)))
        for line in british.read_text(encoding="utf-8").splitlines():
            words.add(line.split("->", 1)[0].strip().lower())
        return dict.fromkeys(words, "")

    return cached_table("words-table", [english, british], build)


@functools.lru_cache(maxsize=1)
def lemma_table() -> SortedTable:
    """lemminflect's lemma of every lower-case or caseless word it knows (where it differs),
    computed once with the core's own function and cached on disk: a short run then looks up a
    few words in place instead of loading lemminflect's tables."""
    from ..core.words import lemminflect_lemma

    def build():
        from lemminflect.core.Lemmatizer import Lemmatizer

        lemmatizer = Lemmatizer()
        known = set(lemmatizer._getLemmaDict()) | set(lemmatizer._getOverridesDict())
        table = {}
        for word in known:
            if word.isalpha() and (word.islower() or word.lower() == word.upper()):
                found = lemminflect_lemma(word)
                if found != word:
                    table[word] = found
        return table

    return cached_table("lemma-table-2", lemminflect_files(), build)  # 2: caseless words too


@functools.lru_cache(maxsize=1)
def inflection_table() -> SortedTable:
    """The core's inflections of every verb lemminflect knows, encoded, computed once with the
    core's own function and cached on disk: building the grammar rules then never loads
    lemminflect (0.25 s with the numpy it imports)."""
    from ..core.wordclasses import encode_inflections, lemminflect_inflections

    def build():
        from lemminflect.core.Inflections import Inflections

        return {lemma: encode_inflections(lemminflect_inflections(lemma))
                for lemma, forms in Inflections()._getInflDict().items()
                if any(tag.startswith("VB") for tag in forms)}

    return InflectionTable(cached_table("inflection-table", lemminflect_files(), build))


class InflectionTable:
    """The inflection table, and the verbs lemminflect does not list (it guesses their forms
    by rule: "pillory", "repute"), each computed once and kept in a memo of its own."""

    def __init__(self, table: SortedTable):
        self.table = table
        self.extra = Memo("inflection-extra", lemminflect_files())

    def get(self, lemma: str):
        found = self.table.get(lemma)
        if found is None:
            found = self.extra.get(lemma)
        if not isinstance(found, str):  # not kept yet (or kept by other code): compute it
            from ..core.wordclasses import encode_inflections, lemminflect_inflections

            found = encode_inflections(lemminflect_inflections(lemma))
            self.extra.put(lemma, found)
            self.extra.flush()
        return found


@functools.lru_cache(maxsize=None)  # asked for the cache keys of several tables
def _package_folder(name: str) -> Path:
    """A package's folder, found without importing it: importing codespell_lib costs 17 ms,
    lemminflect 0.1 s (it imports numpy), and only their data files are read."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.origin:
        raise ModuleNotFoundError(f"No module named '{name}'", name=name)
    return Path(spec.origin).parent


def lemminflect_files() -> list[Path]:
    """lemminflect's data files (the cache keys). A layout this does not know only costs the
    cache."""
    folder = _package_folder("lemminflect")
    return [folder / "resources" / name for name in (
        "lemma_lu.csv.gz", "lemma_overrides.csv", "model_lemma.pkl.gz",
        "infl_lu.csv.gz", "infl_overrides.csv", "model_infl.pkl.gz")]


@functools.lru_cache(maxsize=4)
def wordlist(name: str) -> SortedTable:
    """Swaps from a maintained misspelling list shipped by a package (not typed by us).

    codespell's dictionary lines are `wrong->right` or `wrong->right1, right2, ...`; several
    options become `a|b` (a choice for the editor, so never applied by --fix). A trailing
    reason after the last comma is dropped.
    """
    if name not in WORDLISTS:
        raise RuleError(f"unknown wordlist {name!r} (known: {', '.join(WORDLISTS)})", "wordlist")
    path = _package_folder("codespell_lib") / "data" / "dictionary.txt"
    return cached_table(f"wordlist-{name}-table", [path], lambda: _parse_codespell(path))


def _parse_codespell(path: Path) -> dict[str, str]:
    swaps = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        wrong, _, right = line.partition("->")
        # Entries whose fix adds an apostrophe ("wasn->wasn't") would flag every contraction,
        # since words are split at apostrophes.
        if not wrong.isalpha() or "'" in right:
            continue
        if "," in right:
            options = [o.strip() for o in right.split(",") if o.strip()]
            if options:
                swaps[wrong] = "|".join(options)
        elif right:
            swaps[wrong] = right.strip()
    return swaps


class FileWords:
    """The word tables of the packages, and word files next to one rule file (Vale's
    `ignore` lists: beside the rule, or in the style folder's `config/ignore/`; for a Vale
    configuration also in each StylesPath and its `config/ignore/`, where Vale looks)."""

    def __init__(self, rule_folder: Path, styles_paths=()):
        self.base = rule_folder
        self.styles_paths = list(styles_paths)

    dictionary = staticmethod(dictionary)
    wordlist = staticmethod(wordlist)

    def word_file(self, name: str, key: str) -> list[str]:
        base = self.base
        path = (base / name).resolve()
        root = base.resolve().parent
        if os.path.commonpath([path, root]) != str(root):
            raise RuleError(f"'{key}' must name a file inside the style folder, not {name!r}", key)
        if not path.is_file():
            path = (base.parent / "config" / "ignore" / name).resolve()
        for styles in self.styles_paths:
            for candidate in (styles / name, styles / "config" / "ignore" / name):
                inside = os.path.commonpath([candidate.resolve(), styles.resolve()]) == str(styles.resolve())
                if not path.is_file() and inside and candidate.is_file():
                    path = candidate
        if not path.is_file():
            where = " or on StylesPath" if self.styles_paths else ""
            raise RuleError(f"word list {name!r} not found next to the rule{where}", key)
        return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip() and not line.startswith("# ")]
