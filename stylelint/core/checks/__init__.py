"""The registry of rule types: each module implements one type (the `extends:` value of a
rule file) as a subclass of `base.Rule` and names it `RULE`."""
from __future__ import annotations

import importlib

from .base import RuleError

TYPES = {
    "existence": "existence", "substitution": "substitution", "occurrence": "occurrence",
    "repetition": "repetition", "consistency": "consistency", "conditional": "conditional",
    "capitalization": "capitalization", "metric": "metric", "readability": "metric",
    "spelling": "spelling", "naming": "naming", "attribution": "attribution", "grammar": "grammar",
}
UNSUPPORTED = {
    "sequence": "needs Vale's part-of-speech tagger, which stylelint does not ship",
    "script": "runs Tengo code, which stylelint never executes",
}


def rule_class(extends: str):
    if extends in UNSUPPORTED:
        raise RuleError(f"rule type '{extends}' is not supported: {UNSUPPORTED[extends]}", "extends")
    if extends not in TYPES:
        known = ", ".join(sorted(TYPES))
        raise RuleError(f"unknown rule type '{extends}' (extends must be one of: {known})", "extends")
    module = importlib.import_module(f".{TYPES[extends]}", __name__)
    return module.RULE
