"""A small grammar over word classes and lemmas, for rules that must hold across tense,
aspect, inflection and optional words ("critics have long argued", "it had been feared").

A pattern is a sequence of elements over the tokens of one sentence:
- `CROWD` -- a word class (upper case) defined in the rule's `classes`, or a built-in one:
  `NUM` (a token starting with a digit), `YEAR` (1000 to 2099, or a range as one word:
  "2002-2004"), `HUNDREDS` (a numeral of 100 or more: "120", "2,000"), `THOUSANDS` (1,000 or
  more), `CAP` (a capitalised word),
  `WORD` (any word), `ANY`;
- `CROWD:past` -- a verb class restricted to some forms (`base`, `present`, `past`,
  `participle`, `ing`, `finite`, `third` -- "insists"); verb classes list lemmas and every inflection is generated
  when the rule is built, so matching is a set lookup;
- `that`, `","` -- a literal word or (quoted) punctuation, case-insensitive;
- `( A B | C )` groups with alternatives; `?`, `*`, `+`, `{m,n}` repeat the element before;
- `!X` -- the next tokens are not X; `&X` -- they are X; `<!X` -- the tokens just before are
  not X (all three zero width);
- `^`, `$` -- the start and the end of the sentence;
- `[` ... `]` -- the part of the match to report (default: all of it);
- `VERB_GROUP` -- a named phrase (the rule's `phrases`), a pattern used inside others.
Classes are word lists; an entry `*ly` matches any word ending in "ly".
"""
from __future__ import annotations

import re

from .lazyre import LazyRe
from .wordclasses import FORMS, GrammarError, WordClass
from .words import FUNCTION_WORDS

_LEX = LazyRe(r"""\s*(?:("[^"]*"|'[^']*')|(<!|!|&|\(|\)|\[|\]|\||[?*+]|\{\d*,\d*\}|\{\d+\})|([^\s()\[\]|?*+{}!&]+))""")
_CLASS_NAME = re.compile(r"[A-Z][A-Z0-9_]*$")
_MAX_REPEAT = 8  # an open repeat (`*`, `+`) never spans more tokens than this


# -- pattern nodes (continuation-passing backtracking over one sentence's tokens) -------------

class Atom:
    def __init__(self, label, words=frozenset(), suffixes=(), test=None):
        self.label, self.words, self.suffixes, self.test = label, words, suffixes, test

    def accepts(self, token) -> bool:
        lower = token.lower
        if lower in self.words:
            return True
        if self.suffixes and lower.endswith(self.suffixes) and (lower.isalpha() or "-" in lower):
            return True
        return self.test is not None and self.test(token)

    def match(self, tokens, pos, cont):
        if pos < len(tokens) and self.accepts(tokens[pos]):
            return cont(pos + 1)
        return None

    def first(self):
        return {self}, False


class Seq:
    def __init__(self, items):
        self.items = items

    def match(self, tokens, pos, cont, i=0):
        items = self.items
        # Leading words and classes take one token each and never backtrack: tested in a loop,
        # without a continuation apiece (the matcher's hottest path)
        while i < len(items) and type(items[i]) is Atom:
            if pos < len(tokens) and items[i].accepts(tokens[pos]):
                pos, i = pos + 1, i + 1
            else:
                return None
        if i == len(items):
            return cont(pos)
        return items[i].match(tokens, pos, lambda p: self.match(tokens, p, cont, i + 1))

    def first(self):
        atoms = set()
        for item in self.items:
            found, nullable = item.first()
            atoms |= found
            if not nullable:
                return atoms, False
        return atoms, True


class Alt:
    def __init__(self, options):
        self.options = options

    def match(self, tokens, pos, cont):
        for option in self.options:
            result = option.match(tokens, pos, cont)
            if result is not None:
                return result
        return None

    def first(self):
        atoms, nullable = set(), False
        for option in self.options:
            found, empty = option.first()
            atoms |= found
            nullable = nullable or empty
        return atoms, nullable


class Repeat:
    def __init__(self, node, low, high):
        self.node, self.low, self.high = node, low, high

    def match(self, tokens, pos, cont, count=0):  # greedy
        if type(self.node) is Atom:
            # One token per repetition: the longest run of accepted tokens, then each shorter
            # one, in the order the general case below tries them
            atom, end = self.node, pos
            limit = min(len(tokens), pos + self.high - count)
            while end < limit and atom.accepts(tokens[end]):
                end += 1
            for p in range(end, pos + max(self.low - count, 0) - 1, -1):
                result = cont(p)
                if result is not None:
                    return result
            return None
        if count < self.high:
            result = self.node.match(tokens, pos, lambda p: self.match(tokens, p, cont, count + 1)
                                     if p != pos else None)
            if result is not None:
                return result
        return cont(pos) if count >= self.low else None

    def first(self):
        atoms, nullable = self.node.first()
        return atoms, nullable or self.low == 0


class Look:
    """Zero width: the tokens after (or, `behind`, just before) do not match (`!X`, `<!X`), or
    the tokens after do (`&X`: "view" is an opinion in "view the plan as", not in "view pages")."""

    def __init__(self, node, behind=False, wanted=False):
        self.node, self.behind, self.wanted = node, behind, wanted
        self.atoms = _one_token(node)  # one token wide: only the token before is looked at
        if self.atoms is not None:  # their words in one set: one lookup, not a call per atom
            self.words = frozenset().union(*(atom.words for atom in self.atoms))
            self.tested = [atom for atom in self.atoms if atom.suffixes or atom.test is not None]

    def match(self, tokens, pos, cont):
        if self.behind and self.atoms is not None:
            found = bool(pos) and (tokens[pos - 1].lower in self.words
                                   or any(atom.accepts(tokens[pos - 1]) for atom in self.tested))
        elif self.behind:
            found = any(self.node.match(tokens, start, lambda p: True if p == pos else None)
                        for start in range(max(pos - _MAX_REPEAT, 0), pos))
        else:
            found = bool(self.node.match(tokens, pos, lambda p: True))
        return cont(pos) if found == self.wanted else None

    def first(self):
        return set(), True


def _one_token(node):
    """The atoms of a node that always matches exactly one token (a word class, a word, or
    alternatives of them), else None."""
    if isinstance(node, Atom):
        return [node]
    if isinstance(node, Seq) and len(node.items) == 1:
        return _one_token(node.items[0])
    if isinstance(node, Alt):
        options = [_one_token(option) for option in node.options]
        return None if any(o is None for o in options) else [a for o in options for a in o]
    return None


class Edge:
    """Zero width: the start (`^`) or the end (`$`) of the sentence."""

    def __init__(self, end):
        self.end = end

    def match(self, tokens, pos, cont):
        return cont(pos) if pos == (len(tokens) if self.end else 0) else None

    def first(self):
        return set(), True


class Mark:
    def __init__(self, index):
        self.index = index

    def match(self, tokens, pos, cont):
        marks = tokens.marks
        old = marks[self.index]
        marks[self.index] = pos
        result = cont(pos)
        if result is None:
            marks[self.index] = old
        return result

    def first(self):
        return set(), True


# -- parsing --------------------------------------------------------------------------------

# Built-in classes are tests on a token, named functions so that a built pattern can be kept
# in the cache folder (pickle stores a function by its name).
def _num(t):
    return t.text[:1].isdigit()


def _year(t):
    """A year, or a range written as one word ("2002-2004", "1918-19")."""
    text = t.text
    if len(text) in (7, 9) and text[4] == "-" and text[5:].isdigit():
        text = text[:4]
    return len(text) == 4 and text.isdigit() and "1000" <= text <= "2099"


def _hundreds(t):
    digits = t.text.replace(",", "")
    return digits.isdigit() and int(digits) >= 100


def _thousands(t):
    digits = t.text.replace(",", "")
    return digits.isdigit() and int(digits) >= 1000


def _cap(t):
    return t.text[:1].isupper()


def _word(t):
    return t.text[:1].isalnum()


def _any(t):
    return True


_NUMERALS_AND_CAP = ("NUM", "CAP", "YEAR", "HUNDREDS", "THOUSANDS")  # tests a pattern may begin with
BUILTIN = {"NUM": _num, "YEAR": _year, "HUNDREDS": _hundreds, "THOUSANDS": _thousands, "CAP": _cap,
           "WORD": _word, "ANY": _any}


class Pattern:
    """One compiled pattern; `search(tokens, start)` -> (start, end) of the reported part."""

    def __init__(self, source: str, classes: dict[str, WordClass], phrases: dict | None = None,
                 anchored: bool = True):
        self.source = source
        self._classes = classes
        self._phrases = phrases or {}
        self._lexemes = self._lex(source)
        self._i = 0
        self.root = self._alt()
        if self._i != len(self._lexemes):
            raise GrammarError(f"unexpected '{self._lexemes[self._i][1]}' in pattern {source!r}")
        atoms, nullable = self.root.first()
        # Matches are looked for only where a first word occurs, or at the sentence start (`^`).
        self.at_start = isinstance(self.root, Seq) and bool(self.root.items) and \
            isinstance(self.root.items[0], Edge) and not self.root.items[0].end
        vague = nullable or any(a.test is not None and a.label not in _NUMERALS_AND_CAP for a in atoms)
        if anchored and vague and not self.at_start:
            raise GrammarError(f"pattern {source!r} must begin with ^, a word, a class, NUM, YEAR, HUNDREDS, "
                               "THOUSANDS or CAP")
        self.first_atoms = atoms
        self.first_words = frozenset().union(*(a.words for a in atoms))
        self.first_tests = [a for a in atoms if a.suffixes or a.test is not None]
        self.required = _required(self.root)

    def can_start(self, token) -> bool:
        return token.lower in self.first_words or any(a.accepts(token) for a in self.first_tests)

    @staticmethod
    def _lex(source):
        lexemes, pos = [], 0
        source = source.strip()
        while pos < len(source):
            m = _LEX.match(source, pos)
            if not m or m.end() == pos:
                raise GrammarError(f"cannot read pattern {source!r} at {source[pos:]!r}")
            quoted, op, word = m.groups()
            # (a quoted "$" or "^" is the character, not the sentence's end or start)
            lexemes.append(("quoted", quoted[1:-1]) if quoted else ("op", op) if op else ("word", word))
            pos = m.end()
        return lexemes

    def _peek(self):
        return self._lexemes[self._i] if self._i < len(self._lexemes) else (None, None)

    def _alt(self):
        options = [self._seq()]
        while self._peek() == ("op", "|"):
            self._i += 1
            options.append(self._seq())
        return options[0] if len(options) == 1 else Alt(options)

    def _seq(self):
        items = []
        while True:
            kind, value = self._peek()
            if kind is None or kind == "op" and value in ("|", ")"):  # not a quoted "|" or ")"
                return Seq(items)
            items.append(self._item())

    def _item(self):
        kind, value = self._peek()
        if value in ("!", "<!", "&") and kind == "op":
            self._i += 1
            return Look(self._primary(), behind=value == "<!", wanted=value == "&")
        node = self._primary()
        kind, value = self._peek()
        if kind == "op" and (value in "?*+" or value.startswith("{")):
            self._i += 1
            low, high = {"?": (0, 1), "*": (0, _MAX_REPEAT), "+": (1, _MAX_REPEAT)}.get(value, (None, None))
            if low is None:
                parts = value[1:-1].split(",")
                low = int(parts[0] or 0)
                high = int(parts[-1]) if parts[-1] else _MAX_REPEAT
            node = Repeat(node, low, high)
        return node

    def _primary(self):
        kind, value = self._peek()
        self._i += 1
        if kind == "op" and value == "(":
            node = self._alt()
            if self._peek() != ("op", ")"):
                raise GrammarError(f"unclosed '(' in pattern {self.source!r}")
            self._i += 1
            return node
        if kind == "op" and value in ("[", "]"):
            return Mark(0 if value == "[" else 1)
        if kind == "word" and value in ("^", "$"):
            return Edge(value == "$")
        if kind not in ("word", "quoted"):
            raise GrammarError(f"unexpected '{value}' in pattern {self.source!r}")
        return self._atom(value)

    def _atom(self, value):
        name, _, form = value.partition(":")
        if form and form not in FORMS:
            raise GrammarError(f"unknown form ':{form}' in pattern {self.source!r} "
                               f"(use one of {', '.join(FORMS)})")
        if _CLASS_NAME.match(name):
            if name in self._phrases and not form:
                return self._phrases[name].root
            if name in self._classes:
                cls = self._classes[name]
                words, suffixes = cls.members(form or None)
                atom = Atom(value, words, suffixes)
                if cls.phrases and not form:  # "human rights": a sequence of words
                    return Alt([atom] + [Seq([Atom(w, frozenset({w})) for w in phrase]) for phrase in cls.phrases])
                return atom
            if name in BUILTIN and not form:
                return Atom(name, test=BUILTIN[name])
            raise GrammarError(f"unknown word class {name} in pattern {self.source!r}")
        if form:
            raise GrammarError(f"':{form}' needs a verb class, not the word '{name}'")
        return Atom(value, frozenset({value.lower()}))

    def search(self, tokens, start: int):
        """The reported span (token indices) of the first match starting at `start`."""
        tokens.marks = [None, None]
        end = self.root.match(tokens, start, lambda p: p)
        if end is None or end == start:
            return None
        left, right = tokens.marks
        return (start if left is None else left, end if right is None else right, end)


def _required(node) -> list[frozenset]:
    """Word sets of which every match holds at least one word each (to skip sentences cheaply)."""
    if isinstance(node, Atom):
        return [node.words] if node.words and not node.suffixes and node.test is None else []
    if isinstance(node, Seq):
        return [words for item in node.items for words in _required(item)]
    if isinstance(node, Repeat):
        return _required(node.node) if node.low > 0 else []
    if isinstance(node, Alt):
        options = [_required(option) for option in node.options]
        if all(options):
            return [frozenset().union(*(min(found, key=commonness) for found in options))]
    return []


def commonness(words: frozenset) -> tuple:
    """How many sentences a word set is likely to be found in: a set holding a function word
    or a mark ("a" of "a person") is found almost everywhere, so "person" tells more."""
    return (not words.isdisjoint(FUNCTION_WORDS) or any(not w[:1].isalnum() for w in words), len(words))


class TokenList(list):
    """A sentence's tokens, with the report marks of the match in progress."""
    marks: list
