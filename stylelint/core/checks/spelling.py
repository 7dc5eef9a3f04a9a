"""spelling: words the dictionary does not know.

The dictionary is data from maintained packages, not a list of ours: pyspellchecker's English
word list plus the British spellings in codespell's en-GB table, so both house styles pass.
House vocabulary (`vocab.accept`) and `ignore` word lists extend it. With our `skip_names: true`,
capitalised words are treated as names and not checked: news copy is full of names (Zelenskyy,
Mykolaiv) that no general dictionary has.
"""
from __future__ import annotations

import bisect
import functools
import gzip
import json
import os
import re
from pathlib import Path


from . import Hit, Rule, RuleError

_DEFAULT_FILTERS = [r"[A-Z]{1}[a-z]+[A-Z]+\w+", r"[A-Z]+$", r"[^a-zA-Z_'’]"]
_TOKEN = re.compile(r"\w+(?:['’-]\w+)*")
# British spellings as American ones, to find "privatisation" or "rumours" in a US word list.
_GB_TO_US = [(re.compile(a), b) for a, b in [
    (r"is(e|es|ed|ing|ation|ations|er|ers)$", r"iz\1"), (r"ys(e|es|ed|ing|er|ers)$", r"yz\1"),
    (r"our(s|ed|ing|ite|ites|able|er|ers|ful|less)?$", r"or\1"), (r"tre(s)?$", r"ter\1"),
    (r"ence(s)?$", r"ense\1"), (r"ogue(s)?$", r"og\1"), (r"mme(s)?$", r"m\1"),
    (r"lled$", "led"), (r"lling$", "ling"), (r"ller(s)?$", r"ler\1"), (r"ae", "e"), (r"oe", "e"),
]]


@functools.lru_cache(maxsize=1)
def builtin_words():
    """The dictionary as a SortedTable (supports `in`), built once and cached on disk."""
    import codespell_lib
    import spellchecker

    from ..cache import cached_table

    english = Path(spellchecker.__file__).parent / "resources" / "en.json.gz"
    british = Path(codespell_lib.__file__).parent / "data" / "dictionary_en-GB_to_en-US.txt"

    def build():
        words = set(json.load(gzip.open(english)))
        for line in british.read_text(encoding="utf-8").splitlines():
            words.add(line.split("->", 1)[0].strip().lower())
        return dict.fromkeys(words, "")

    return cached_table("words-table", [english, british], build)


class Spelling(Rule):
    KEYS = {"custom": "bool", "filters": "strlist", "ignore": "str|strlist", "dictionaries": "strlist",
            "append": "bool", "dicpath": "str", "aff": "str", "dic": "str", "threshold": "number",
            "skip_names": "bool", "vocab": "bool"}

    def __init__(self, rule_id, data, vocab=()):
        super().__init__(rule_id, data, vocab)
        filters = list(data.get("filters") or [])
        if not data.get("custom"):
            filters += _DEFAULT_FILTERS
        self.filters = [self.compile(f, "filters") for f in filters]
        self.skip_names = data.get("skip_names", False)
        self._verdicts: dict = {}  # (word, in compound) -> misspelled, memoised across documents
        self.extra = set()
        base = Path(data.get("__dir__", "."))
        ignore = data.get("ignore") or []
        for name in [ignore] if isinstance(ignore, str) else ignore:
            self.extra.update(_read_list(base, name, "ignore"))
        if data.get("dic"):
            self.extra.update(w.split("/")[0] for w in _read_list(base, data["dic"], "dic")[1:])
        self.accept_re = None
        if self.vocab:
            body = "|".join(sorted(self.vocab, key=len, reverse=True))
            self.accept_re = self.compile(r"(?i)^(?:%s)$" % body, "vocab")

    def check(self, ctx, block, string):
        hits = self._document_hits(ctx, string)
        lo = bisect.bisect_left(hits, (block.start,))
        for start, end, word in hits[lo:]:
            if start >= block.end:
                break
            if end <= block.end:
                yield Hit(start, end, (word,))

    def _document_hits(self, ctx, string):
        """Every misspelled word of the string, found once per document: one C-level pass lists
        the words, the dictionary is asked once per distinct word, and only then are the few
        unknown ones located."""
        key = (self.id, id(string))
        if key in ctx.state:
            return ctx.state[key]
        skip_names = self.skip_names
        tokens = {w for w in set(_TOKEN.findall(string)) if not (skip_names and w[0].isupper())}
        known = builtin_words().present({w.lower() for w in tokens})
        unknown = {w for w in tokens if w.lower() not in known and self._misspelled(w)}
        hits = []
        if unknown:
            for m in _TOKEN.finditer(string):
                word = m.group(0)
                if word not in unknown:
                    continue
                if "-" not in word:
                    hits.append((m.start(), m.end(), word))
                    continue
                offset = m.start()
                for part in word.split("-"):
                    if self._misspelled(part, in_compound=True):
                        hits.append((offset, offset + len(part), part))
                    offset += len(part) + 1
        ctx.state[key] = hits
        return hits

    def _misspelled(self, word, in_compound=False):
        """Memoised verdict for a word (a compound is misspelled if one of its parts is)."""
        key = (word, in_compound)
        verdict = self._verdicts.get(key)
        if verdict is None:
            plain = word.replace("’", "'")
            if in_compound:  # short parts are prefixes: pre-, wi-fi, e-mail
                verdict = len(plain) > 3 and not self._filtered(plain) and not self._lookup(plain)
            elif "-" in plain:
                verdict = not self._lookup(plain) and any(
                    self._misspelled(part, True) for part in plain.split("-"))
            else:
                verdict = not self._lookup(plain) and not self._filtered(plain)
            if len(self._verdicts) > 200_000:  # an archive's vocabulary is unbounded; memory is not
                self._verdicts.clear()
            self._verdicts[key] = verdict
        return verdict

    def _lookup(self, word):
        lower = word.lower()
        words = builtin_words()
        if lower in words or (self.skip_names and word[0].isupper()):
            return True
        if lower.endswith("'s"):
            lower = lower[:-2]
        if lower in words or word in self.extra or lower in self.extra:
            return True
        if self.accept_re is not None and self.accept_re.match(word):
            return True
        return any(pattern.search(lower) and pattern.sub(us, lower) in words for pattern, us in _GB_TO_US)

    def _filtered(self, word):
        return any(f.search(word) for f in self.filters)


def _read_list(base: Path, name: str, key: str) -> list[str]:
    path = (base / name).resolve()
    root = base.resolve().parent
    if os.path.commonpath([path, root]) != str(root):
        raise RuleError(f"'{key}' must name a file inside the style folder, not {name!r}", key)
    if not path.is_file():
        path = (base.parent / "config" / "ignore" / name).resolve()
    if not path.is_file():
        raise RuleError(f"word list {name!r} not found next to the rule", key)
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("# ")]


RULE = Spelling
