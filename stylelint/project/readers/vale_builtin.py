"""Vale's built-in style `Vale`, as the pack `rules/Vale`: Vale.Repetition and Vale.Spelling
are rule files; Vale.Terms and Vale.Avoid take their swap list and tokens from the
configuration's vocabulary (accept.txt, reject.txt) and exist only when it has some, as in Vale.
Vale's spelling also reads every word list in StylesPath/config/ignore/."""
from __future__ import annotations

from pathlib import Path

from ..packs import builtin_rules_dir

NAME = "Vale"  # case-sensitive, as in Vale: a style folder named `vale` is an ordinary style


def folder() -> Path:
    return builtin_rules_dir() / NAME


def fill(registry: dict, accept: list[str], reject: list[str], styles_paths: list[Path]) -> dict:
    """Options that complete the built-in rules from this configuration (rule id -> options);
    Vale.Terms and Vale.Avoid leave the registry when the vocabulary gives them nothing."""
    filled = {}
    if accept:
        filled["Vale.Terms"] = {"swap": {term.lower(): term for term in accept}}
    else:
        registry.pop("Vale.Terms", None)
    if reject:
        filled["Vale.Avoid"] = {"tokens": list(reject)}
    else:
        registry.pop("Vale.Avoid", None)
    ignore = sorted({p.name for base in styles_paths if (base / "config" / "ignore").is_dir()
                     for p in (base / "config" / "ignore").iterdir() if p.is_file()})
    if ignore:
        filled["Vale.Spelling"] = {"ignore": ignore}
    return filled
