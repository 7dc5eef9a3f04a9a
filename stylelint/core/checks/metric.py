"""metric: a formula over document statistics (Vale's variables), evaluated without `eval`.

Also serves Vale's legacy `readability` type, which names the metrics instead of a formula.
Syllables are counted by vowel groups, as Vale does. textstat is not used: its current releases
download NLTK's CMU dictionary from the network on first use (which fails offline and in CI),
and its hyphenation fallback (Pyphen) costs more than the rest of a run on an archive.
"""
from __future__ import annotations

import ast
import math
import operator
import re

from ..lazyre import LazyRe
from ..markup import MASK
from .base import Hit, Rule, RuleError

VARIABLES = ("words", "sentences", "syllables", "characters", "complex_words", "long_words",
             "polysyllabic_words", "paragraphs", "pre", "list", "blockquote",
             *(f"heading_h{i}" for i in range(1, 7)))
_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
        ast.Div: operator.truediv, ast.Pow: operator.pow, ast.Mod: operator.mod,
        ast.USub: operator.neg, ast.UAdd: operator.pos}
_FUNCS = {"sqrt": math.sqrt, "abs": abs, "log": math.log, "min": min, "max": max,
          "round": round, "pow": math.pow}
_CONDITION = re.compile(r"^\s*(<=|>=|==|!=|<|>)\s*(-?\d+(?:\.\d+)?)\s*$")
_COMPARE = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge,
            "==": operator.eq, "!=": operator.ne}
LEGACY = {  # Vale's `readability` metrics as formulas
    "Flesch-Kincaid": "(0.39 * (words / sentences)) + (11.8 * (syllables / words)) - 15.59",
    "Gunning Fog": "0.4 * ((words / sentences) + 100 * (complex_words / words))",
    "Coleman-Liau": "(0.0588 * (characters / words * 100)) - (0.296 * (sentences / words * 100)) - 15.8",
    "SMOG": "1.0430 * sqrt(polysyllabic_words * 30 / sentences) + 3.1291",
    "Automated Readability": "(4.71 * (characters / words)) + (0.5 * (words / sentences)) - 21.43",
}
# A word: a letter, then letters, digits, ' ’ and hyphens, ending on a letter or digit. The
# pattern leaves trailing ' ’ - on and `_statistics` strips them once per distinct word: the
# same words (r"[^\W\d_](?:[\w'’-]*\w)?"), 15% faster without the regex backtracking off them.
_WORD_RUN = re.compile(r"[^\W\d_][\w'’-]*")
_ASCII_WORD_RUN = re.compile(r"[A-Za-z][A-Za-z0-9_'’-]*")  # the same in ASCII text, where `re` tests ranges faster
# Vale's word tokenizer for its statistics (twine's word-boundary tokenizer): numbers are
# words, hyphens split; Vale's own formulas are tuned to it.
_VALE_WORD = LazyRe(r"(?:[A-Z]\.){2,}|[\p{N}\p{L}']+", engine="regex")


def compile_formula(formula: str):
    """Parse a formula into a checked AST; only numbers, variables, + - * / ** %, and math."""
    formula = re.sub(r"\bheading\.(h[1-6])\b", r"heading_\1", formula)
    if len(formula) > MAX_FORMULA:
        raise RuleError(f"formula is longer than {MAX_FORMULA} characters", "formula")
    try:
        tree = ast.parse(formula, mode="eval")
    except SyntaxError as exc:
        raise RuleError(f"formula is not valid arithmetic: {exc.msg}", "formula") from None
    except (RecursionError, MemoryError):
        tree = None
    if tree is None or _depth(tree) > MAX_DEPTH:  # evaluation recurses once per level
        raise RuleError(f"formula is nested more than {MAX_DEPTH} levels deep", "formula")
    for node in ast.walk(tree):
        if isinstance(node, (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Load)) or type(node) in _OPS:
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            continue
        if isinstance(node, ast.Name) and (node.id in VARIABLES or node.id in _FUNCS or node.id == "math"):
            continue
        if isinstance(node, ast.Call) and not node.keywords and _function_name(node.func) in _FUNCS:
            continue
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "math" \
                and node.attr in _FUNCS:
            continue
        raise RuleError(f"formula may only use numbers, + - * / % **, the functions "
                        f"{', '.join(sorted(_FUNCS))} and the variables {', '.join(VARIABLES)}", "formula")
    try:  # a trial run with every variable at 1 catches wrong argument counts now, not mid-run
        evaluate(tree.body, dict.fromkeys(VARIABLES, 1.0))
    except (TypeError, KeyError) as exc:
        raise RuleError(f"formula cannot be evaluated: {exc}", "formula") from None
    except (ZeroDivisionError, ValueError, OverflowError):
        pass
    return tree.body


MAX_FORMULA = 2000  # characters; Vale's readability formulas are under 100
MAX_DEPTH = 100


def _depth(tree) -> int:
    deepest, stack = 0, [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in ast.iter_child_nodes(node))
    return deepest


def _function_name(func):
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "math":
        return func.attr
    return None


def evaluate(node, variables):
    """Evaluate in floats, as Vale's formula language does: 9 ** 9 ** 9 overflows at once
    instead of computing a number with millions of digits."""
    if isinstance(node, ast.Constant):
        return float(node.value)
    if isinstance(node, ast.Name):
        return float(variables.get(node.id, 0))
    if isinstance(node, ast.BinOp):
        left, right = evaluate(node.left, variables), evaluate(node.right, variables)
        if isinstance(node.op, ast.Pow):
            return math.pow(left, right)
        return _OPS[type(node.op)](left, right)
    if isinstance(node, ast.UnaryOp):
        return _OPS[type(node.op)](evaluate(node.operand, variables))
    if isinstance(node, ast.Call):
        return float(_FUNCS[_function_name(node.func)](*(evaluate(a, variables) for a in node.args)))
    raise ValueError("unsupported formula")


_SYLLABLES: dict[str, int] = {}
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


def syllable_count(word: str) -> int:
    """Syllables by vowel groups, as Vale's own counter does: a silent final "e" does not count,
    "-le" after a consonant does, and every word has at least one. Memoised per word."""
    count = _SYLLABLES.get(word)
    if count is None:
        lower = word.lower()
        count = len(_VOWEL_GROUPS.findall(lower))
        if lower.endswith("e") and not lower.endswith(("le", "ee", "ye")) and count > 1:
            count -= 1
        elif lower.endswith("le") and len(lower) > 2 and lower[-3] not in "aeiouy" and count == 1:
            count += 1
        if lower.endswith(("ed", "es")) and len(lower) > 3 and lower[-3] not in "aeioutdy" and count > 1:
            count -= 1
        count = max(count, 1)
        if len(_SYLLABLES) < 200_000:
            _SYLLABLES[word] = count
    return count


def statistics(ctx) -> dict:
    """Vale's metric variables for a document (metric rules ask `ctx.computed(statistics)`)."""
    return _statistics(ctx, _ASCII_WORD_RUN if ctx.summary.isascii() else _WORD_RUN, "'’-")


def vale_statistics(ctx) -> dict:
    """The same, with words counted by Vale's tokenizer (for the rules of a Vale style)."""
    return _statistics(ctx, _VALE_WORD)


# A word's figures as the statistics add them up -- syllables, characters, polysyllabic (0 or
# 1), long (0 or 1) -- packed in one integer of 40-bit fields, memoised per word as written: a
# document's totals are then one C-level sum over its words (a Python loop over its distinct
# words cost as much as listing them). No document has 2**40 characters.
_FIELD = 40
_FIGURES: dict[str, dict[str, int]] = {}  # trailing characters stripped -> {word: figures}


def _figures(word: str) -> int:
    count = syllable_count(word)
    return count | len(word) << _FIELD | (count >= 3) << 2 * _FIELD | (len(word) > 6) << 3 * _FIELD


def _statistics(ctx, word_pattern, trailing="") -> dict:
    words = word_pattern.findall(ctx.summary.replace(MASK, " "))
    figures = _FIGURES.setdefault(trailing, {})
    if len(figures) > 200_000:  # an archive's vocabulary is unbounded; memory is not
        figures.clear()
    for word in set(words).difference(figures):
        figures[word] = _figures(word.rstrip(trailing) if trailing else word)
    total, mask = sum(map(figures.__getitem__, words)), (1 << _FIELD) - 1
    syllables, characters, polysyllabic, long_words = (total >> k * _FIELD & mask for k in range(4))
    blocks = [b for b in ctx.parsed.blocks if ".heading." not in b.scope and ".table." not in b.scope]
    sentences = sum(len(ctx.sentences(b.start, b.end)) for b in blocks)
    stats = {
        "words": len(words),
        "sentences": max(sentences, 1),
        "syllables": syllables,
        "characters": characters,
        "complex_words": polysyllabic,
        "polysyllabic_words": polysyllabic,
        "long_words": long_words,
        "paragraphs": max(len(blocks) - 1, 0),
        **{k: v for k, v in ctx.parsed.counts.items()},
    }
    return stats


class Metric(Rule):
    KEYS = {"formula": "str", "condition": "str", "metrics": "strlist", "grade": "number"}
    DEFAULT_SCOPE = "summary"

    def __init__(self, rule_id, data, vocab=()):
        data = dict(data, scope="summary")  # Vale forces the scope: one result per file
        super().__init__(rule_id, data, ())
        if data["extends"] == "readability":
            names = data.get("metrics") or []
            unknown = [n for n in names if n not in LEGACY]
            if not names or unknown:
                raise RuleError(f"metrics must be some of: {', '.join(LEGACY)}", "metrics")
            formula = "(" + " + ".join(f"({LEGACY[n]})" for n in names) + f") / {len(names)}"
            condition = f"> {data.get('grade', 8)}"
        else:
            formula, condition = data.get("formula"), data.get("condition")
            if not formula or not condition:
                raise RuleError("a metric rule needs 'formula' and 'condition'", "formula")
        self.formula = compile_formula(formula)
        m = _CONDITION.match(condition)
        if not m:
            raise RuleError(f"condition must look like '> 8.0', not {condition!r}", "condition")
        self.compare, self.bound = _COMPARE[m.group(1)], float(m.group(2))

    def check(self, ctx, block, string):
        variables = ctx.computed(statistics if self.ours else vale_statistics)
        if not variables["words"]:
            return
        try:
            result = evaluate(self.formula, variables)
        except (ZeroDivisionError, ValueError, OverflowError, TypeError):
            return
        if self.compare(result, self.bound):
            yield Hit(0, 0, (f"{result:.2f}",))


RULE = Metric
