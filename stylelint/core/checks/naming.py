"""naming (ours): one house name per place or group, with the preferred form as the fix.

Each group lists the forms of one name; the first is the house form unless the rule's `prefer`
list (usually set per outlet in the config) names another. `mode: consistent` has no house
form: the first form an article uses is the one it must keep (until `prefer` names one of its
forms, which makes that form the house form). A variant is allowed inside a
first-reference gloss ("Nagorno-Karabakh (known to Armenians as Artsakh)"), inside fixed
expressions (`exceptions`: "chicken Kiev"), inside a longer name ("Royal Bombay Yacht Club"),
in copy dated before the group's `since` year (front matter `date:`; without one, the latest
year the copy itself mentions, "in March 1987", stands in for its date), in a sentence about
the past (a year before `since`, or one of the rule's `historical` words: "Kievan Rus' in 988",
"the Byelorussian SSR"), and, with `scope: ~quote`, inside quotations. A group with
`confidence: low` is reported one level below the rule's (a usage desks differ on, such as
"Azeris" for the ethnic group).
"""
from __future__ import annotations

import re

from ..lazyre import CaselessRe, LazyRe
from ..patterns.compiling import finditer
from .base import Hit, Rule, RuleError

# {house} and {alt} are filled with the escaped forms. Each pattern marks an allowed gloss.
DEFAULT_GLOSSES = [
    # the Azerbaijani or Azeri language, "Nagorno-Karabakh, or Artsakh as Armenians call it",
    # "Turkey - or Türkiye, as it prefers": both named on purpose
    r"{house}\s*[,—–-]?\s+or\s+{alt}\b",
    r"{alt}\s*[,—–-]?\s+or\s+{house}\b",
    r"{house}\s*\([^()]*\b{alt}\b[^()]*\)",  # Kolkata (Calcutta); Kyiv (formerly spelled Kiev)
    r"{alt}\s*\([^()]*\b{house}\b[^()]*\)",  # Bombay (now Mumbai)
    r"{house},?\s+(?:(?:also|formerly|previously|once|sometimes|officially)\s+)?(?:(?:known|spelled|spelt|called|named)\s+)?"
    r"(?:(?:to|by)\s+[\w\s]{{1,40}}?\s+)?(?:as\s+)?(?:the\s+)?{alt}\b",  # Myanmar, also known as Burma
    r"{alt},?\s+(?:now|today|since renamed|renamed)\s+(?:(?:called|known as|named)\s+)?{house}",
    # "Turkey, which now calls itself Türkiye", "the region, which Armenians call Artsakh"
    r"{house},?\s+which\s+(?:[\w\s]{{1,40}}?\s+)?(?:calls?|called|names?|named|refers? to as)\s+"
    r"(?:it\s+|itself\s+|themselves\s+)?(?:the\s+)?{alt}\b",
    r"\b(?:calls?|called|names?|named|refers? to as|known as)\s+(?:it\s+)?(?:the\s+)?{alt}\b[^.!?]{{0,80}}?\b{house}\b",
    # the name mentioned as what somebody calls it: "which Armenians call Artsakh", "known
    # locally as Artsakh", "refer to the region as Artsakh", "call the disputed region Artsakh"
    r"\b(?:call|calls|called|calling|refer(?:s|red|ring)?\s+to\s+[\w\s]{{1,30}}?\s+as|"
    r"known\s+(?:locally\s+|to\s+[\w\s]{{1,40}}?\s+)?as)\s+"
    r"(?:it\s+|(?:the|their|its|this|that)\s+(?:[\w-]+\s+){{0,3}})?(?:the\s+)?{alt}\b",
]


class Naming(Rule):
    KEYS = {"groups": "list", "prefer": "strlist", "glosses": "strlist", "ignorecase": "bool",
            "exceptions": "strlist", "vocab": "bool", "historical": "strlist"}

    def __init__(self, rule_id, data, vocab=()):
        super().__init__(rule_id, data, ())
        groups = data.get("groups") or []
        if not groups:
            raise RuleError("a naming rule needs 'groups': lists of forms of the same name", "groups")
        prefer = set(data.get("prefer") or [])
        glosses = data.get("glosses") or DEFAULT_GLOSSES
        flags = "(?i)" if data.get("ignorecase") else ""
        try:  # a broken gloss pattern should fail when the rule loads, not mid-run
            self.compile("|".join(g.format(house="a", alt="b") for g in glosses), "glosses")
        except (KeyError, IndexError, ValueError) as exc:
            raise RuleError(f"glosses may only use {{house}} and {{alt}} placeholders: {exc}",
                            "glosses") from None
        self._glosses, self._gloss_flags = glosses, flags
        self.groups, alternatives, self.form_group = [], [], {}
        for index, group in enumerate(groups):
            if not isinstance(group, dict) or not isinstance(group.get("forms"), list) \
                    or len(group["forms"]) < 2 or not all(isinstance(f, str) for f in group["forms"]):
                raise RuleError("each group needs 'forms': a list of two or more names", "groups", index)
            unknown = set(group) - {"forms", "exceptions", "mode", "since", "note", "historical", "confidence"}
            if unknown:
                raise RuleError(f"unknown key '{sorted(unknown)[0]}' in a naming group "
                                f"(allowed: forms, exceptions, mode, since, note, historical, confidence)",
                                "groups", index)
            if group.get("confidence", "high") not in ("high", "low"):
                raise RuleError("a group's 'confidence' must be high or low (low: its alerts come one "
                                "level below the rule's)", "groups", index)
            forms = list(group["forms"])
            mode = group.get("mode", "prefer")
            if mode not in ("prefer", "consistent"):
                raise RuleError("a group's mode must be prefer or consistent", "groups", index)
            chosen = [f for f in forms if f in prefer]
            house = chosen[0] if chosen else forms[0]
            if chosen:
                mode = "prefer"  # a house that names its form wants it, not first-use consistency
            exceptions = [e for e in group.get("exceptions") or [] if isinstance(e, str)]
            exception_re = self.compile(r"(?i)\b(?:%s)\b" % "|".join(map(re.escape, exceptions)),
                                        "groups", index) if exceptions else None
            past = [w for w in group.get("historical") or [] if isinstance(w, str)]
            entry = {"forms": forms, "house": house, "mode": mode, "exceptions": exception_re,
                     "historical": re.compile(r"(?i)\b(?:%s)" % "|".join(map(re.escape, past))) if past else None,
                     "since": group.get("since"), "note": group.get("note", ""), "glosses": {},
                     "low": group.get("confidence") == "low"}
            for form in forms:
                for other in forms:
                    if other != form:  # written and compiled on first use: most documents never need them
                        entry["glosses"][(form, other)] = None
            for form in forms:
                self.form_group[form.lower() if flags else form] = len(self.groups)
                alternatives.append(re.escape(form))
            self.groups.append(entry)
        alternatives.sort(key=len, reverse=True)
        self.pattern = self.compile(r"(?m)\b(?:%s)\b" % "|".join(alternatives), "groups",
                                    data.get("ignorecase", False))
        self.ignorecase = bool(flags)
        self.build_exceptions(data.get("exceptions") or [])
        words = data.get("historical") or []
        self.historical = re.compile(r"(?i)\b(?:%s)" % "|".join(map(re.escape, words))) if words else None

    @property
    def forms(self):
        """Every form of every name in the groups (what `prefer` may name)."""
        return [form for group in self.groups for form in group["forms"]]

    def prefilters(self):
        return [self.pattern]

    def check(self, ctx, block, string):
        first_used = ctx.memory(self)
        for m in finditer(self.pattern, string, block.start, block.end):
            form = m.group(0)
            index = self.form_group.get(form.lower() if self.ignorecase else form)
            if index is None:
                continue
            group = self.groups[index]
            if group["since"] and (year := ctx.computed(_copy_year)) and year < int(group["since"]):
                continue
            if self._about_the_past(ctx, string, group, m.start()):
                continue
            house = group["house"] if group["mode"] == "prefer" else first_used.setdefault(index, form)
            # The form to keep needs no gloss: only another one is looked for in a gloss (each
            # gloss pattern is compiled on first use, a few milliseconds)
            if self._same(form, house) or self._glossed(group, string, block, m.start(), m.end()):
                continue
            if group["exceptions"] is not None and self._inside(group["exceptions"], string, block,
                                                                m.start(), m.end()):
                continue
            if self.excepted(string, m.start(), m.end(), block):
                continue
            if self.names == "skip" and string is ctx.prose and ctx.analysis.in_longer_name(m.start(), m.end()):
                continue  # part of another name: the Royal Bombay Yacht Club keeps its name
            yield Hit(m.start(), m.end(), (house, form, group["note"]), (house,),
                      fixable=group["mode"] == "prefer" and not self._paired(ctx, group, string, block, m),
                      lower=group["low"])

    def _paired(self, ctx, group, string, block, m):
        """Another form of the same name in the sentence: most likely a gloss the patterns do
        not know ("Artsakh, known internationally as Nagorno-Karabakh"); a fix would wreck it."""
        fold = str.lower if self.ignorecase else str
        for s, e in ctx.sentences(block.start, block.end):
            if s <= m.start() < e:
                sentence = fold(string[s:e])
                return any(fold(f) in sentence for f in group["forms"] if not self._same(f, m.group(0)))
        return False

    def _about_the_past(self, ctx, string, group, start) -> bool:
        """A sentence dated before the change, or one of the rule's `historical` words in it.
        A sentence with no year of its own takes the time of the one before it in the same
        paragraph ("In 1986 the reactor exploded. Crews came from Kiev.")."""
        if string is not ctx.prose or not group["since"] and not group["historical"]:
            return False  # only a renaming has a past; Azeri for Azerbaijani is a register choice
        i = ctx.analysis.sentence_at(start)
        if i < 0:
            return False
        sentence = ctx.analysis.sentences[i]
        past = group["historical"] or (self.historical if group["since"] else None)
        if past is not None and past.search(string, sentence.start, sentence.end):
            return True
        if not group["since"]:
            return False
        years = [int(a or b) for a, b in _YEAR.findall(string, sentence.start, sentence.end)]
        if not years and i > 0 and ctx.analysis.sentences[i - 1].paragraph == sentence.paragraph:
            before = ctx.analysis.sentences[i - 1]
            years = [int(a or b) for a, b in _YEAR.findall(string, before.start, before.end)]
        return bool(years and max(years) < int(group["since"]))

    def _same(self, a, b):
        return a.lower() == b.lower() if self.ignorecase else a == b

    def _glossed(self, group, string, block, start, end):
        form = string[start:end]
        for (house, alt), pattern in group["glosses"].items():
            if not (self._same(alt, form) or self._same(house, form)):
                continue
            if pattern is None:
                source = self._gloss_flags + "|".join(
                    f"(?:{g.format(house=re.escape(house), alt=re.escape(alt))})" for g in self._glosses)
                pattern = group["glosses"][(house, alt)] = self.compile(source, "glosses")
            if self._inside(pattern, string, block, start, end):
                return True
        return False

    @staticmethod
    def _inside(pattern, string, block, start, end):
        lo, hi = max(block.start, start - 160), min(block.end, end + 160)
        return any(m.start() <= start and end <= m.end() for m in finditer(pattern, string, lo, hi))


# A year as news copy writes one: after a preposition, a season or a month ("in 1987",
# "March 1987", "March 3, 1987"), never a bare number ("1,200 troops").
_YEAR = CaselessRe(
    r"\b(?:in|since|until|till|by|from|during|of|year|early|late|mid-?|spring|summer|autumn|fall|winter|"
    r"jan(?:uary|\.)?|feb(?:ruary|\.)?|march|april|may|june|july|aug(?:ust|\.)?|sept?(?:ember|\.)?|"
    r"oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)\s+(?:\d{1,2},?\s+)?([12]\d{3}|[1-9]\d{2})\b(?![,.]\d)"
    r"|\b(?:the|fiscal|financial)\s+([12]\d{3})(?=[/-]\d{2}\b|\s+(?:fiscal|financial|budget|season|election|census))")


def _copy_year(ctx) -> int | None:
    """The copy's date: the year of its front matter, else the latest year its prose mentions."""
    return ctx.year if ctx.year is not None else _latest_year(ctx.prose)


def _latest_year(text: str) -> int | None:
    years = [int(a or b) for a, b in _YEAR.findall(text) if 1800 <= int(a or b) <= 2100]
    return max(years) if years else None


RULE = Naming
