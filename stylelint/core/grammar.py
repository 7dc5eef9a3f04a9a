"""A small grammar over word classes and lemmas, for rules that must hold across tense,
aspect, inflection and optional words ("critics have long argued", "it had been feared").

A pattern is a sequence of elements over the tokens of one sentence:
- `CROWD` -- a word class (upper case) defined in the rule's `classes`, or a built-in one:
  `NUM` (a token starting with a digit), `YEAR` (1000 to 2099), `CAP` (a capitalised word),
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
from dataclasses import dataclass

from .words import FUNCTION_WORDS

FORMS = {"base": ("VB",), "present": ("VB", "VBP", "VBZ"), "past": ("VBD",),
         "participle": ("VBN",), "ing": ("VBG",), "finite": ("VBD", "VBP", "VBZ"), "third": ("VBZ",),
         "any": ("VB", "VBP", "VBZ", "VBD", "VBN", "VBG")}
TAGS = FORMS["any"]
_LEX = re.compile(r"""\s*(?:("[^"]*"|'[^']*')|(<!|!|&|\(|\)|\[|\]|\||[?*+]|\{\d*,\d*\}|\{\d+\})|([^\s()\[\]|?*+{}!&]+))""")
_CLASS_NAME = re.compile(r"[A-Z][A-Z0-9_]*$")
_MAX_REPEAT = 8  # an open repeat (`*`, `+`) never spans more tokens than this


class GrammarError(ValueError):
    pass


# -- word classes -----------------------------------------------------------------------------

_INFLECTION_TABLE = None  # lemma -> encoded inflections, precomputed (use_inflection_table)


def use_inflection_table(table) -> None:
    """Answer `inflections` from `table` (lemma -> `encode_inflections(...)`, any `.get`),
    which holds exactly what `inflections` computes for every verb lemminflect knows. The
    project layer keeps it in its on-disk cache: lemminflect's inflection tables (and numpy,
    which it imports) cost 0.25 s to load, more than linting an article."""
    global _INFLECTION_TABLE
    _INFLECTION_TABLE = table


def encode_inflections(found: dict[str, set[str]]) -> str:
    return ";".join(f"{tag}={','.join(sorted(forms))}" for tag, forms in sorted(found.items()))


def _decode_inflections(encoded: str) -> dict[str, set[str]]:
    pairs = (part.split("=", 1) for part in encoded.split(";"))
    return {tag: set(forms.split(",")) if forms else set() for tag, forms in pairs}


def inflections(lemma: str) -> dict[str, set[str]]:
    """Tag -> forms of a verb (from the precomputed table when it has the verb)."""
    encoded = _INFLECTION_TABLE.get(lemma) if _INFLECTION_TABLE is not None else None
    return _decode_inflections(encoded) if encoded is not None else lemminflect_inflections(lemma)


def lemminflect_inflections(lemma: str) -> dict[str, set[str]]:
    """Tag -> forms of a verb. lemminflect's dictionary first; its rules for unknown verbs,
    and for tags the dictionary leaves out (it gives no VBN for "insist")."""
    from lemminflect import getAllInflections, getAllInflectionsOOV

    found = {tag: set(forms) for tag, forms in getAllInflections(lemma, upos="VERB").items()}
    guessed = getAllInflectionsOOV(lemma, upos="VERB")
    if "VBN" not in found and "VBD" in found:
        found["VBN"] = set(found["VBD"])
    for tag in TAGS:
        found.setdefault(tag, set(guessed.get(tag, ())))
    found["VB"].add(lemma)
    found["VBP"].add(lemma)
    return found


@dataclass(frozen=True)
class WordClass:
    name: str
    words: frozenset          # any form
    forms: dict               # tag -> frozenset (verb classes only)
    suffixes: tuple = ()

    def members(self, form: str | None) -> tuple[frozenset, tuple]:
        if form is None:
            return self.words, self.suffixes
        if not self.forms:
            raise GrammarError(f"class {self.name} lists words, not verbs, so it has no form '{form}'")
        return frozenset().union(*(self.forms[tag] for tag in FORMS[form])), ()


_IRREGULAR_PLURALS = {"man": "men", "woman": "women", "person": "people", "child": "children",
                      "police": "police", "people": "people", "wife": "wives", "life": "lives",
                      "chief": "chiefs", "thief": "thieves", "leaf": "leaves", "crisis": "crises",
                      "analysis": "analyses", "thesis": "theses", "criterion": "criteria",
                      "phenomenon": "phenomena", "medium": "media", "datum": "data"}


def plurals(lemma: str) -> set[str]:
    """A noun and its plural ("authority" -> authorities). English spelling rules and a few
    irregular nouns: no dictionary to load for the short noun lists rules give."""
    if lemma in _IRREGULAR_PLURALS:
        return {lemma, _IRREGULAR_PLURALS[lemma]}
    if lemma.endswith("man") and len(lemma) > 4:  # spokesman, chairman
        return {lemma, lemma[:-3] + "men"}
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return {lemma, lemma[:-1] + "ies"}
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        return {lemma, lemma + "es"}
    return {lemma, lemma + "s"}


def build_class(name: str, value) -> WordClass:
    """`[words...]`, or `{verbs: [lemmas...], nouns: [lemmas...], words: [...]}`."""
    if isinstance(value, list):
        value = {"words": value}
    if not isinstance(value, dict) or set(value) - {"words", "verbs", "nouns"}:
        raise GrammarError(f"class {name} must be a list of words or a mapping with 'verbs' "
                           f"(lemmas), 'nouns' (lemmas) and/or 'words'")
    words, suffixes, forms = set(), [], {}
    entries = list(value.get("words") or []) + list(value.get("verbs") or []) + list(value.get("nouns") or [])
    odd = next((e for e in entries if not isinstance(e, (str, int)) or isinstance(e, bool)), None)
    if odd is not None:
        raise GrammarError(f"class {name}: {odd!r} is not a word (YAML reads bare on, off, yes and "
                           f"no as true/false: put them in quotes)")
    for entry in value.get("words") or []:
        entry = str(entry).lower()
        if entry.startswith("*") and len(entry) > 1:
            suffixes.append(entry[1:])
        else:
            words.add(entry)
    for lemma in value.get("nouns") or []:
        found = plurals(str(lemma).lower())
        words |= found
        suffixes += ["-" + form for form in found]  # the head of a compound: "eco-warriors"
    for lemma in value.get("verbs") or []:
        for tag, found in inflections(str(lemma).lower()).items():
            forms.setdefault(tag, set()).update(found)
    for found in forms.values():
        words |= found
    return WordClass(name, frozenset(words), {t: frozenset(f) for t, f in forms.items()},
                     tuple(suffixes))


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
        if i == len(self.items):
            return cont(pos)
        return self.items[i].match(tokens, pos, lambda p: self.match(tokens, p, cont, i + 1))

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

    def match(self, tokens, pos, cont):
        if self.behind and self.atoms is not None:
            found = bool(pos) and any(atom.accepts(tokens[pos - 1]) for atom in self.atoms)
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

BUILTIN = {
    "NUM": lambda t: t.text[:1].isdigit(),
    "YEAR": lambda t: len(t.text) == 4 and t.text.isdigit() and "1000" <= t.text <= "2099",
    "CAP": lambda t: t.text[:1].isupper(),
    "WORD": lambda t: t.text[:1].isalnum(),
    "ANY": lambda t: True,
}


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
        vague = nullable or any(a.test is not None and a.label not in ("NUM", "CAP", "YEAR") for a in atoms)
        if anchored and vague and not self.at_start:
            raise GrammarError(f"pattern {source!r} must begin with ^, a word, a class, NUM, YEAR or CAP")
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
            lexemes.append(("word", quoted[1:-1]) if quoted else ("op", op) if op else ("word", word))
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
            if kind is None or value in ("|", ")"):
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
        if kind != "word":
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
                words, suffixes = self._classes[name].members(form or None)
                return Atom(value, words, suffixes)
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
