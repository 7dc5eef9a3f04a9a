"""The keys a rule file may have and the type of value each takes, for validation with
messages an editor can act on ("'level' must be a string, not a list")."""
from __future__ import annotations

CATEGORIES = ("neutrality", "sourcing", "naming", "typo", "style", "readability")

def _is_strlist(v):
    return isinstance(v, list) and all(isinstance(x, str) for x in v)


VALUE_TYPES = {
    "str": (lambda v: isinstance(v, str), "a string"),
    "bool": (lambda v: isinstance(v, bool), "true or false"),
    "int": (lambda v: isinstance(v, int) and not isinstance(v, bool), "a whole number"),
    "number": (lambda v: isinstance(v, (int, float)) and not isinstance(v, bool), "a number"),
    "strlist": (_is_strlist, "a list of strings"),
    "str|strlist": (lambda v: isinstance(v, str) or _is_strlist(v), "a string or a list of strings"),
    "strmap": (lambda v: isinstance(v, dict) and all(isinstance(k, str) and isinstance(x, (str, type(None)))
                                                     for k, x in v.items()), "a mapping of strings to strings"),
    "map": (lambda v: isinstance(v, dict), "a mapping"),
    "int|map": (lambda v: isinstance(v, dict) or isinstance(v, int) and not isinstance(v, bool),
                "a whole number or a mapping"),
    "list": (lambda v: isinstance(v, list), "a list"),
}

COMMON_KEYS = {
    "extends": "str", "message": "str", "level": "str", "scope": "str|strlist", "link": "str",
    "limit": "int", "description": "str", "action": "map",
    # stylelint's own keys (Vale ignores rules that carry them, see the README)
    "category": "str", "rationale": "str", "examples": "map", "names": "str",
    "reported": "str", "opinion": "str", "headlines": "str", "lower_terms": "strlist", "soft": "str",
    "sport": "str", "fix": "str",
}
# Parts of speech a rule may ask of a list word (`senses`), guessed from its neighbours.
SENSES = ("adjective", "verb", "noun")
# What a fix may do without a person reading it first (as ruff's applicability): `safe` fixes
# only the form of a word; `unsafe` may change what a sentence claims, so it needs --unsafe-fixes.
FIX_CLASSES = ("safe", "unsafe")
SAFE_BY_DEFAULT = ("typo", "naming", "style")  # categories whose fixes correct a form, not a claim
