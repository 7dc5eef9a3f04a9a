"""A regular expression over a sentence's lower-case text that every match of a grammar
pattern implies: a sentence it does not find cannot match, and is neither tokenised nor walked
by the backtracking matcher for that pattern.

A sentence's grammar tokens cover all of its text but spaces and underscores, in order; so the
text from a match's first token to its last is the tokens' texts with spaces (or nothing)
between them. The expression keeps a pattern's literal words in order, with those gaps between
adjacent ones; whatever else the pattern reads (a word class of many words, a suffix, NUM,
lookarounds, marks) becomes "up to n tokens of any text", which can only let more through.
Only literal words of plain ASCII are kept: their lower case in the sentence's lower-cased text
is the token's own (a token written with ’ is compared with ', so ' stands for either).
"""
from __future__ import annotations

import re

from .grammar import Alt, Atom, Edge, Look, Mark, Repeat, Seq

_GAP = r"[\s_]*+"  # between two adjacent tokens: a whole run of spaces, or nothing (glued)
# A literal that begins (ends) with a letter or digit starts (ends) a token: no letter or digit
# just before (after) it -- except a clitic cut from its word: "do" "n't", "ca" "n't".
_STARTED = r"(?<![^\W_].)"  # after the first letter: none before it
_ENDS = r"(?!(?!n['’]t)[^\W_])"
_MAX_WORDS = 40  # a longer word list costs more to search for than it saves (measured): a wildcard
_ASCII = re.compile(r"[\x20-\x7e]+")


_BUILT: dict = {}  # pattern -> its expression, made when first asked for


def prefilter_of(pattern) -> re.Pattern | None:
    """`prefilter(pattern)`, made once per process."""
    if pattern not in _BUILT:
        _BUILT[pattern] = prefilter(pattern)
    return _BUILT[pattern]


def prefilter(pattern) -> re.Pattern | None:
    """The expression for a `grammar.Pattern`, or None when it keeps no literal word (then
    every sentence passes)."""
    try:
        items = _items(pattern.root)
    except TypeError:  # a node this module does not know: no filter
        return None
    first, last = _edges(pattern.root)
    items = _trimmed(items, not first, not last)
    if not any(kind != "any" for kind, _ in items):  # (an alternation holds a word in each option)
        return None
    # A pattern held to the sentence's start (end) sees only spaces before (after) its tokens
    return re.compile(("^" + _GAP if first else "") + _render(items) + (_GAP + r"\Z" if last else ""))


def _edges(root) -> tuple[bool, bool]:
    """Does every match begin at the sentence's first token (`^` before any token), end at its
    last (`$` after every token)?"""
    items = root.items if isinstance(root, Seq) else [root]

    def held(nodes, end):
        for node in nodes:
            if isinstance(node, Edge) and node.end == end:
                return True
            if not isinstance(node, (Edge, Mark, Look)):  # zero width: the place is the same
                return False
        return False

    return held(items, False), held(reversed(items), True)


# A node becomes a list of items: ("word", regex of one token) or ("any", at most n tokens)
# or ("alt", [item lists]). Items of a list are adjacent tokens.

def _items(node) -> list:
    if isinstance(node, Atom):
        return [_word(node)]
    if isinstance(node, Seq):
        return _merged([item for child in node.items for item in _items(child)])
    if isinstance(node, Alt):
        options = [_items(option) for option in node.options]
        if all(len(o) == 1 and o[0][0] == "word" for o in options):
            return [("word", "|".join(o[0][1] for o in options))]
        if not all(any(kind != "any" for kind, _ in o) for o in options):  # one holds no word
            return [("any", _width(node))]
        return [("alt", options)]
    if isinstance(node, Repeat):
        inner = _items(node.node)
        if len(inner) == 1 and inner[0][0] == "word" and node.low >= 1:
            return inner + [("any", node.high - 1)] if node.high > 1 else inner
        return [("any", _width(node))]
    if isinstance(node, (Look, Edge, Mark)):
        return []  # zero width
    raise TypeError(node)


def _word(atom) -> tuple:
    if atom.suffixes or atom.test is not None:
        return ("any", 1)
    # A class stands in many patterns: its expression is made once per process
    if atom.words not in _WORDS:
        _WORDS[atom.words] = _words(atom.words)
    return _WORDS[atom.words]


_WORDS: dict = {}  # a word set -> its item


def _words(words: frozenset) -> tuple:
    if not words or len(words) > _MAX_WORDS or not all(_ASCII.fullmatch(w) for w in words):
        return ("any", 1)
    # Whole words (a letter or digit at both ends) as one tree of their letters, which a search
    # walks a letter at a time: a list of a hundred verb forms costs little more than one word
    whole = {w for w in words if w[0].isalnum() and w[-1].isalnum() and not w.startswith("n'")}
    options = [_literal(w) for w in sorted(words - whole, key=len, reverse=True)]
    if whole:
        trie: dict = {}
        for word in whole:
            node = trie
            for char in word:
                node = node.setdefault(char, {})
            node[""] = {}  # a word ends here
        # (each branch with its own end test: an alternation whose every branch opens on a
        # letter lets `re` skip in C to the places where one of those letters stands)
        options += [_char(char) + _STARTED + _tree(child) + _ENDS for char, child in sorted(trie.items())]
    return ("word", "|".join(options))


def _tree(node: dict) -> str:
    branches = [_char(char) + _tree(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = "(?:" + "|".join(branches) + ")" if len(branches) > 1 or "" in node else branches[0]
    return body + "?" if "" in node else body


def _char(char: str) -> str:
    return "['’]" if char == "'" else re.escape(char)


def _literal(word: str) -> str:
    """A word's text, ' standing for ' or ’; a search skips in C to the places where one of a
    list's first letters stands, so the start test comes after the first letter."""
    text = "".join(map(_char, word))
    if word[0] == "'":  # a branch for each of ' and ’, so that every branch opens on a character (`_word`)
        rest = "".join(map(_char, word[1:])) + (_ENDS if word[-1].isalnum() else "")
        return f"'{rest}|’{rest}"
    if word[0].isalnum() and not word.startswith("n'"):
        text = _char(word[0]) + _STARTED + "".join(map(_char, word[1:]))
    return text + (_ENDS if word[-1].isalnum() else "")


def _merged(items: list) -> list:
    """Adjacent wildcards as one ("any", n + m): two of them could split a run of text in many
    ways, which a failing search would all try."""
    out = []
    for item in items:
        if item[0] == "any" and out and out[-1][0] == "any":
            out[-1] = ("any", out[-1][1] + item[1])
        elif item != ("any", 0):
            out.append(item)
    return out


def _trimmed(items: list, front=True, back=True) -> list:
    """Wildcards at either end say nothing to a search for the rest (unless held to an edge)."""
    start, end = 0, len(items)
    while front and start < end and items[start][0] == "any":
        start += 1
    while back and end > start and items[end - 1][0] == "any":
        end -= 1
    return items[start:end]


def _width(node) -> int:
    """The most tokens a node can match."""
    if isinstance(node, Atom):
        return 1
    if isinstance(node, Seq):
        return sum(_width(child) for child in node.items)
    if isinstance(node, Alt):
        return max((_width(option) for option in node.options), default=0)
    if isinstance(node, Repeat):
        return node.high * _width(node.node)
    if isinstance(node, (Look, Edge, Mark)):
        return 0
    raise TypeError(node)


def _render(items: list) -> str:
    parts = []
    for kind, value in items:
        if kind == "word":
            parts.append(f"(?:{value})")
        elif kind == "alt":
            parts.append("(?:" + "|".join(_render(option) for option in value) + ")")
        else:  # up to n tokens: n - 1 runs of spaces at most, each taken whole
            parts.append(r"(?:[^\s_]+(?:[\s_]++[^\s_]+){0,%d})?" % max(value - 1, 0))
    return _GAP.join(parts)
