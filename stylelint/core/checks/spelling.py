"""spelling: words the dictionary does not know.

The dictionary is data from maintained packages, not a list of ours: pyspellchecker's English
word list plus the British spellings in codespell's en-GB table, so both house styles pass;
regular plurals and British spellings of listed words are derived, as a Hunspell affix file would.
House vocabulary (`vocab.accept`) and `ignore` word lists extend it. With our `skip_names: true`,
capitalised words are treated as names and not checked: news copy is full of names (Zelenskyy,
Mykolaiv) that no general dictionary has.
"""
from __future__ import annotations

import bisect
import itertools
import re

from ..markup import MASK
from ..slips import SlipIndex, slips_of
from ..words import FUNCTION_WORDS
from .base import Hit, Rule

_DEFAULT_FILTERS = [r"[A-Z]{1}[a-z]+[A-Z]+\w+", r"[A-Z]+$", r"[^a-zA-Z_'’]"]
_TOKEN = re.compile(r"\w++(?:['’-]\w++)*+")  # possessive: the same tokens, faster (analysis.WORD)
_ASCII_TOKEN = re.compile(r"[A-Za-z0-9_]++(?:['’-][A-Za-z0-9_]++)*+")  # the same in ASCII text, faster
# A Roman numeral in its standard form is a word ("xxx", "XIV"), as in Hunspell's en_US, which
# lists them; pyspellchecker's word list does not.
_ROMAN = re.compile(r"m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")
# What a Hunspell-style speller (Vale's) accepts by its form, whatever its word list: numbers
# ("1,200", "2020-21"), hex and binary literals, 40-character hashes, and a number with a unit
# the dictionary knows ("5am"). Only rules with their own `filters` (`custom: true`) see
# these: the default filters already pass over any word with a digit.
_NUMBER_FORMS = re.compile(r"[0-9]+(?:[.,-][0-9]+)*[.,-]?|0?x[0-9a-f]+|0b[01]+|[0-9a-z]{40}")
_NUMBER_UNIT = re.compile(r"[0-9]+([a-z]+)")
_CLITIC = re.compile(r"(?<=[a-z])'(?:ll|re|ve|d|m)$")
_INSIDE_OUT = re.compile(r"[a-z][A-Z]|[a-z]{1,4}'[A-Z]")  # "iMac", "d'Ivoire" (not "ofTexas")
# British spellings as American ones, to find "privatisation" or "rumours" in a US word list.
_GB_TO_US = [(re.compile(a), b) for a, b in [
    (r"is(e|es|ed|ing|ation|ations|er|ers)$", r"iz\1"), (r"ys(e|es|ed|ing|er|ers)$", r"yz\1"),
    (r"our(s|ed|ing|ite|ites|able|er|ers|ful|less)?$", r"or\1"), (r"(t|b|g|ch)re(s)?$", r"\1er\2"),
    (r"(t|b)re(?=[a-z])", r"\1er"), (r"tred$", "tered"), (r"tring$", "tering"),
    (r"ence(s)?$", r"ense\1"), (r"ogue(s)?$", r"og\1"), (r"mme(s)?$", r"m\1"),
    (r"lled$", "led"), (r"lling$", "ling"), (r"ller(s)?$", r"ler\1"), (r"llen$", "len"), (r"ae", "e"),
    (r"oe", "e"),
]]
# A regular plural (or third person) of a word the list has is a word too, as a Hunspell
# dictionary's affix rules make it: "expirations", "boxes", "ethnicities". The base must be a
# real word of three letters or more ("apps"), and "-s" never follows an "s" ("housess" stays a
# typo).
_PLURALS = [(re.compile(r"^([a-z]{2,}[a-rt-z])s$"), r"\1"), (re.compile(r"^([a-z]{2,}(?:s|x|z|ch|sh))es$"), r"\1"),
            (re.compile(r"^([a-z]{2,}[^aeiou])ies$"), r"\1y")]


# Prefixes English keeps adding to words ("noncompete", "hyperconnected", "cofounder").
_PREFIXES = ("re", "un", "non", "co", "de", "dis", "mis", "pre", "post", "mid", "sub", "semi", "anti",
             "mega", "hyper", "multi", "micro", "mini", "ultra", "super", "inter", "counter", "cyber",
             "under", "over", "out", "self")
# Words that are never half of a closed compound: a missing space ("forthe", "eachother").
_NOT_PARTS = FUNCTION_WORDS - {"over", "under", "out", "off", "back", "down", "up", "on", "in"}


def _plural(part, words) -> bool:
    """A plural as the first half is two words run together ("questionsmarks", "reserveshelped"):
    closed compounds take the singular ("bookrunner", "farmworkers")."""
    return part.endswith("s") and not part.endswith("ss") and part[:-1] in words


# Derived words whose slips are looked up in full before the list is sorted for pruning them
# (`SlipIndex`, 0.1 s): a run with fewer never pays for the sort, a corpus run saves more.
_PRUNE_AFTER = 150


class Spelling(Rule):
    KEYS = {"custom": "bool", "filters": "strlist", "ignore": "str|strlist", "dictionaries": "strlist",
            "append": "bool", "dicpath": "str", "aff": "str", "dic": "str", "threshold": "number",
            "skip_names": "bool", "vocab": "bool", "compound_parts": "bool", "derived": "bool"}

    def __init__(self, rule_id, data, vocab=()):
        super().__init__(rule_id, data, vocab)
        filters = list(data.get("filters") or [])
        if not data.get("custom"):
            filters += _DEFAULT_FILTERS
        self.filters = [self.compile(f, "filters") for f in filters]
        self.skip_names = data.get("skip_names", False)
        # Ours checks each part of "budgett-cutting"; Vale splits on spaces only, so the
        # hyphen puts a compound through its filters whole (`compound_parts: false`).
        self.compound_parts = data.get("compound_parts", True)
        # Ours accepts what English makes of listed words ("rebranded", "snowpack"); Vale's
        # Hunspell speller only what its affix file lists (`derived: false`, the default).
        self.derived = data.get("derived", False)
        self._verdicts: dict = {}  # (word, in compound) -> misspelled, memoised across documents
        # Words (as written) that an earlier document showed to be fine: news repeats its
        # vocabulary, so a long run asks the dictionary about a document's new words only.
        self._fine: set[str] = set()
        ignore = data.get("ignore") or []
        self.word_files = [("ignore", name) for name in ([ignore] if isinstance(ignore, str) else ignore)]
        if data.get("dic"):
            self.word_files.append(("dic", data["dic"]))
        self.extra: set[str] = set()
        self.words = None  # the dictionary, handed in by `use_words`
        self._slip_index: SlipIndex | None = None  # the dictionary and `extra`, sorted (`_near`)
        self._slips_made = 0
        self.accept_re = self.phrase_re = None
        if self.vocab:
            body = "|".join(sorted(self.vocab, key=len, reverse=True))
            self.accept_re = self.compile(r"(?i)^(?:%s)$" % body, "vocab")
            # An accepted phrase ("flooberg place") covers its words wherever it is written.
            phrases = [t for t in self.vocab if " " in t or "\t" in t]
            if phrases:
                body = "|".join(sorted(phrases, key=len, reverse=True))
                self.phrase_re = self.compile(r"(?i)\b(?:%s)\b" % body, "vocab")

    def use_words(self, words) -> None:
        self._fine.clear()
        self._slip_index, self._slips_made = None, 0
        self.words = words.dictionary()
        for key, name in self.word_files:
            listed = words.word_file(name, key)
            if key == "dic":  # a Hunspell .dic: a word count first, entries carry /FLAGS
                listed = [w.split("/")[0] for w in listed[1:]]
            self.extra.update(listed)

    def candidates(self, ctx, alternative) -> list:
        """Only the blocks that hold a misspelled word: the document's are all found at once
        (`_document_hits`), so the nine blocks in ten without one are never visited."""
        pairs = ctx.scoped(alternative)
        if not pairs or any(string is not pairs[0][1] for _, string in pairs):
            return pairs  # (an alternative's blocks share one string: the prose, or the file)
        hits = self._document_hits(ctx, pairs[0][1])
        return ctx.blocks_at(alternative, [start for start, _, _ in hits]) if hits else []

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
        found = ctx.memory(self)
        if id(string) in found:  # one of the document's strings (prose, summary, raw text)
            return found[id(string)]
        skip_names, fine = self.skip_names, self._fine
        new = set((_ASCII_TOKEN if string.isascii() else _TOKEN).findall(string)) - fine
        tokens = {w for w in new if not (skip_names and w[0].isupper())}
        known = self.words.present({w.lower() for w in tokens})
        unknown = {w for w in tokens if w.lower() not in known and self._misspelled(w)}
        if len(fine) > 200_000:  # an archive's vocabulary is unbounded; memory is not
            fine.clear()
        fine |= new - unknown
        hits = []
        for start, word in _occurrences(string, unknown):
            end = start + len(word)
            if _touches_mask(ctx, string, start, end) or start and string[start - 1] in "@#":
                continue  # (a social handle or a hashtag is a name: "@janeroe", "#MeToo")
            if "-" not in word or not self.compound_parts:
                hits.append((start, end, word))
                continue
            offset = start
            for part in word.split("-"):
                if self._misspelled(part, in_compound=True):
                    hits.append((offset, offset + len(part), part))
                offset += len(part) + 1
        if hits and self.phrase_re is not None:
            spans = [m.span() for m in self.phrase_re.finditer(string)]
            hits = [h for h in hits if not any(a <= h[0] and h[1] <= b for a, b in spans)]
        found[id(string)] = hits
        return hits

    def _misspelled(self, word, in_compound=False):
        """Memoised verdict for a word (a compound is misspelled if one of its parts is)."""
        key = (word, in_compound)
        verdict = self._verdicts.get(key)
        if verdict is None:
            plain = word.replace("’", "'")
            if in_compound:  # short parts are prefixes: pre-, wi-fi, e-mail
                verdict = len(plain) > 3 and not self._filtered(plain) and not self._lookup(plain)
            elif "-" in plain and self.compound_parts:
                # "pre-empted", "mis-steps": a prefix the dictionary writes closed up
                verdict = not self._lookup(plain) and not self._lookup(plain.replace("-", "")) and any(
                    self._misspelled(part, True) for part in plain.split("-"))
            else:
                verdict = not self._lookup(plain) and not self._filtered(plain)
            if len(self._verdicts) > 200_000:  # an archive's vocabulary is unbounded; memory is not
                self._verdicts.clear()
            self._verdicts[key] = verdict
        return verdict

    def _lookup(self, word):
        lower = word.lower()
        words = self.words
        if lower in words or not any(c.isalpha() for c in word):  # "___" is no word to spell
            return True
        if self.skip_names and (word[0].isupper() or _INSIDE_OUT.match(word)):
            return True  # a name: "Côte d'Ivoire", or a brand written inside out ("iMac", "eBay")
        if lower.endswith("'s"):
            lower = lower[:-2]
        elif self.skip_names and (clitic := _CLITIC.search(lower)):
            lower = lower[:clitic.start()]  # "there'll", "should've": the word before the clitic
        if lower in words or word in self.extra or lower in self.extra or _ROMAN.fullmatch(lower) \
                or _NUMBER_FORMS.fullmatch(lower):
            return True
        unit = _NUMBER_UNIT.fullmatch(lower)
        if unit and (unit.group(1) in words or unit.group(1) in self.extra):
            return True
        if self.accept_re is not None and self.accept_re.match(word):
            return True
        if any(pattern.search(lower) and pattern.sub(us, lower) in words for pattern, us in _GB_TO_US):
            return True
        return self._known(lower) or self.derived and self._derived(lower)

    def _known(self, lower):
        """A listed word, or the regular plural of one."""
        words = self.words
        if lower in words or lower in self.extra:
            return True
        bases = [pattern.sub(base, lower) for pattern, base in _PLURALS if pattern.search(lower)]
        return any(base in words or base in self.extra for base in bases)

    def _derived(self, lower):
        """A word English makes from listed ones, as a Hunspell affix and compound file would: a
        productive prefix before a word of five letters or more ("rebranded", "underpriced",
        "megabanks"; not "untill"), or two words of four letters or more closed up ("snowpack",
        "workflows", "homeownership"), neither of them a function word ("withthe" stays a typo)
        and the first not a plural ("questionsmarks").
        Shorter parts would take in typos: "ref" + "feral" is no "referral"."""
        if not lower.isalpha() or len(lower) < 6:
            return False
        made = any(lower.startswith(prefix) and len(lower) - len(prefix) >= 5 and self._known(lower[len(prefix):])
                   for prefix in _PREFIXES) or \
            any(lower[:i] in self.words and lower[:i] not in _NOT_PARTS and lower[i:] not in _NOT_PARTS
                and not _plural(lower[:i], self.words) and self._known(lower[i:])
                for i in range(4, len(lower) - 3))
        # ... unless a listed word is a slip away: "billlion" is "bill" + "lion" and a typo of
        # "billion", "announcecement" one of "announcement"
        if not made:
            return False
        near = self._near(lower)  # a few hundred strings, looked up in one set intersection
        return not self.words.present(near) and not near & self.extra

    def _near(self, lower) -> set:
        """The slips of `lower` that may be in the dictionary or `extra`: all of them, until
        enough derived words have asked to pay for sorting both lists to prune them."""
        self._slips_made += 1
        if self._slip_index is None and self._slips_made > _PRUNE_AFTER:
            self._slip_index = SlipIndex(itertools.chain(self.words.keys(), self.extra))
        if self._slip_index is None:
            return set(slips_of(lower))
        return set(self._slip_index.slips(lower))

    def _filtered(self, word):
        return any(f.search(word) for f in self.filters)


def _occurrences(string: str, words: set) -> list[tuple[int, str]]:
    """(offset, word) of every `_TOKEN` of the string that is one of `words`, in order: the
    few unknown words are found with `str.find` instead of walking every token in Python."""
    found = []
    for word in words:
        at = string.find(word)
        while at >= 0:
            if _token_at(string, at, at + len(word)):
                found.append((at, word))
            at = string.find(word, at + 1)
    found.sort()
    return found


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # `re`'s \w


def _token_at(string: str, start: int, end: int) -> bool:
    """Is string[start:end] (a word `_TOKEN` matches whole) a token of the string? Not when a
    word character, or ' ’ - after one, comes before it, nor when one, or ' ’ - before one,
    comes after it (it is then part of a longer token)."""
    if start and (_is_word(string[start - 1])
                  or start > 1 and string[start - 1] in "'’-" and _is_word(string[start - 2])):
        return False
    return not (end < len(string) and (_is_word(string[end])
                                       or end + 1 < len(string) and string[end] in "'’-" and _is_word(string[end + 1])))


# Masked characters that only separate words in the file: a tag's brackets, a table's pipes
# and padding. A word next to one of them is whole; next to any other masked character it is
# half of a longer one.
_SEPARATORS = frozenset("<>|")


def _touches_mask(ctx, string: str, start: int, end: int) -> bool:
    """Half a word whose other half is masked: "doesn" of "doesn&rsquo;t", a word glued to
    code. The first and last words of an HTML paragraph or a table cell are whole words."""
    def glued(at):
        char = ctx.source_char(at)
        return not char.isspace() and char not in _SEPARATORS

    if start and string[start - 1] == MASK and glued(start - 1):
        return True
    for at in range(end, min(end + 2, len(string))):  # past one decoded character: "doesn’"
        if string[at] == MASK:
            return glued(at)
        if string[at].isspace():
            return False
    return False


RULE = Spelling
