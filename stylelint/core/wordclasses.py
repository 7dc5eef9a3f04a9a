"""Word classes for grammar rules: word lists, and verbs given as lemmas whose every inflection
is generated when the rule is built (lemminflect, or a table of its answers kept on disk), and
nouns with their plurals. A class's words are a set, so a pattern matches them by lookup."""
from __future__ import annotations

import re

from dataclasses import dataclass

FORMS = {"base": ("VB",), "present": ("VB", "VBP", "VBZ"), "past": ("VBD",),
         "participle": ("VBN",), "ing": ("VBG",), "finite": ("VBD", "VBP", "VBZ"), "third": ("VBZ",),
         "any": ("VB", "VBP", "VBZ", "VBD", "VBN", "VBG")}
TAGS = FORMS["any"]


class GrammarError(ValueError):
    pass


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
    phrases: tuple = ()       # members of more than one token: ("human", "rights"), ("women", "'s")

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
    phrases = []
    for entry in value.get("words") or []:
        entry = str(entry).lower()
        if entry.startswith("*") and len(entry) > 1:
            suffixes.append(entry[1:])
        elif len(parts := _tokens_of(entry)) > 1:
            phrases.append(parts)
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
                     tuple(suffixes), tuple(phrases))


# A clitic the grammar's view cuts off its word ("don't" -> do + n't): one definition for both.
CLITIC = re.compile(r"(?i)(?<=\w)(n['’]t|['’](?:s|re|ve|ll|d|m))$")


def _tokens_of(entry: str) -> tuple:
    """The tokens a sentence gives for a member: "human rights" -> (human, rights), "women's" ->
    (women, 's), as the grammar's view cuts a clitic off its word."""
    out = []
    for part in entry.split():
        m = CLITIC.search(part)
        out += [part[:m.start()], part[m.start():].replace("’", "'")] if m else [part]
    return tuple(out)
